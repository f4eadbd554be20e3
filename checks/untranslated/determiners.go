package untranslated

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

//go:embed data/determiners.txt
var determinersFile string

// determiners maps a language to its articles and determiners
// (data/determiners.txt).
var determiners = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for lang, lines := range langLines(determinersFile) {
		m[lang] = map[string]bool{}
		for _, words := range lines {
			for _, w := range strings.Fields(words) {
				m[lang][w] = true
			}
		}
	}
	return m
})

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

// afterDeterminer reports whether the word starting at text[start:]
// follows an article or determiner of lang, spaces between: a common
// noun, not a name.
func afterDeterminer(text string, start int, lang language.Base) bool {
	d := determiners()[lang.String()]
	before := strings.TrimRight(text[:start], " \u00a0")
	if d == nil || len(before) == start {
		return false
	}
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !corpus.IsWordRune(r) {
			break
		}
		i -= n
	}
	return d[strings.ToLower(before[i:])]
}
