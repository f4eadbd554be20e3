package untranslated

import (
	_ "embed"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

//go:embed data/naming.txt
var namingFile string

//go:embed data/loanletters.txt
var loanLettersFile string

// loanLetters maps a language to the letters its own words do not use
// (data/loanletters.txt).
var loanLetters = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for lang, lines := range langLines(loanLettersFile) {
		m[lang] = strings.Join(lines, "")
	}
	return m
})

// loanword reports whether the lower-case word w holds a letter that the
// words of lang do not use: a loanword or a name there ("walkman" in
// Italian), which a target may share with its source.
func loanword(w string, lang language.Base) bool {
	ls := loanLetters()[lang.String()]
	return ls != "" && strings.ContainsAny(w, ls)
}

// namings maps a language to the phrases after which it cites a word of
// another language (data/naming.txt).
var namings = sync.OnceValue(func() map[string][]string { return langLines(namingFile) })

// afterNaming reports whether the word starting at text[start:] follows a
// phrase of lang that cites it as a term ("they call it samargon"): a
// word kept on purpose, not left untranslated.
func afterNaming(text string, start int, lang language.Base) bool {
	before := strings.ToLower(strings.TrimRight(text[:start], " \u00a0"))
	if len(before) == start {
		return false
	}
	for _, ph := range namings()[lang.String()] {
		if rest, ok := strings.CutSuffix(before, ph); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
			return true
		}
	}
	return false
}

// langLines reads a data file of lines LANG <TAB> value ('#' opens a
// comment line): the values of each language, in order.
func langLines(file string) map[string][]string {
	m := map[string][]string{}
	for line := range strings.Lines(file) {
		lang, v, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok && !strings.HasPrefix(lang, "#") {
			m[lang] = append(m[lang], strings.TrimSpace(v))
		}
	}
	return m
}
