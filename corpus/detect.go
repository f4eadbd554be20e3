package corpus

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

//go:embed data/stopwords.txt
var stopwordData string

var (
	stopOnce sync.Once
	stopLang map[string][]string // word → languages that use it
	stopTags []string
)

func loadStopwords() {
	stopLang = map[string][]string{}
	for _, line := range strings.Split(stopwordData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		tag, words, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		stopTags = append(stopTags, tag)
		seen := map[string]bool{}
		for _, w := range strings.Fields(words) {
			if !seen[w] {
				seen[w] = true
				stopLang[w] = append(stopLang[w], tag)
			}
		}
	}
}

// Detect guesses the language of text: by script where the script says it
// (Hangul, kana, Han, Cyrillic, Greek), otherwise by counting frequent
// function words. It returns language.Und when it cannot tell.
func Detect(text string) language.Tag {
	var hangul, kana, han, cyr, greek, deva, latin int
	n := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Devanagari, r):
			deva++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
		if n >= 20000 {
			break
		}
	}
	if n == 0 {
		return language.Und
	}
	cjk := hangul + kana + han
	switch {
	case hangul*5 > n:
		return language.Korean
	case kana*20 > n && cjk*2 > n:
		return language.Japanese
	case han*2 > n:
		return language.Chinese
	case cyr*2 > n:
		return language.Russian
	case greek*2 > n:
		return language.Greek
	case deva*2 > n:
		return byStopwords(text, "hi", "sa")
	case latin*2 > n:
		return byStopwords(text, "en", "de", "fr", "es", "it", "pt", "fi", "id", "la", "pl", "cs")
	}
	return language.Und
}

// byStopwords picks, among the candidate tags, the language whose function
// words are most frequent in text.
func byStopwords(text string, candidates ...string) language.Tag {
	score := stopwordScores(text)
	best, bestN := "", 0
	for _, c := range candidates {
		if score[c] > bestN {
			best, bestN = c, score[c]
		}
	}
	if best == "" {
		return language.Und
	}
	return language.Make(best)
}

// stopwordScores counts, for each language, the function words of the
// first 5,000 words of text that it uses.
func stopwordScores(text string) map[string]int {
	stopOnce.Do(loadStopwords)
	score := map[string]int{}
	fold := cases.Fold()
	for i, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r)
	}) {
		if i > 5000 {
			break
		}
		for _, tag := range stopLang[fold.String(w)] {
			score[tag]++
		}
	}
	return score
}

// Contradicts reports whether text is confidently in another language than
// declared, and which: when its letters are mostly of a script declared's
// language is not written in (Cyrillic text declared ja), or, in Latin and
// Devanagari script, when declared is one of the languages whose function
// words the detector knows and another's are far more frequent. Too
// little text, or a language the detector does not know, contradicts
// nothing.
func Contradicts(text string, declared language.Tag) (language.Tag, bool) {
	got := Detect(text)
	if got == language.Und || declared == language.Und {
		return got, false
	}
	gs, _ := got.Script()
	ds, _ := declared.Script()
	if !sameScriptFamily(gs, ds) {
		return got, true
	}
	gb, _ := got.Base()
	db, _ := declared.Base()
	if gb == db || (gs.String() != "Latn" && gs.String() != "Deva") {
		return got, false
	}
	stopOnce.Do(loadStopwords)
	if !slices.Contains(stopTags, db.String()) {
		return got, false
	}
	score := stopwordScores(text)
	const minEvidence, margin = 12, 4
	return got, score[gb.String()] >= minEvidence && score[gb.String()] >= margin*score[db.String()]
}

// sameScriptFamily reports whether scripts a and b write the same text as
// far as a detector can tell: Japanese and Korean include Han characters,
// simplified and traditional Chinese are both Han.
func sameScriptFamily(a, b language.Script) bool {
	family := func(s language.Script) string {
		switch s.String() {
		case "Jpan", "Hira", "Kana", "Hani", "Hans", "Hant", "Kore", "Hang":
			return "CJK"
		}
		return s.String()
	}
	return family(a) == family(b)
}

// LangContradicted reports whether the text of d contradicts the language
// it was declared in (see Contradicts), and the language it reads as. A
// detected language contradicts nothing.
func (d *Document) LangContradicted() (language.Tag, bool) {
	if d.LangDetected {
		return language.Und, false
	}
	return Contradicts(d.Text, d.Lang)
}
