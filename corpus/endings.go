package corpus

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// EndingKind names a column of data/lexicon/endings.txt.
type EndingKind string

const (
	// WordEnding: endings typical of a language's words and foreign to
	// English, French and German ("-mente", "-ción").
	WordEnding EndingKind = "word"
	// NounEnding: endings of common nouns in a language that capitalises
	// them ("-ung", "-heit").
	NounEnding EndingKind = "noun"
	// AdjectiveEnding: endings of adjectives in languages that capitalise
	// only the first word of a descriptive name ("Центристская партия").
	AdjectiveEnding EndingKind = "adjective"
	// AttributiveEnding: endings of an adjective agreeing with the noun
	// after it ("günstigere Kopfhörer").
	AttributiveEnding EndingKind = "attributive"
)

var endingLists = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for lang, rows := range langTable("data/lexicon/endings.txt", 3) {
		for _, cols := range rows {
			k := lang + "\t" + cols[0]
			out[k] = append(out[k], strings.Fields(cols[1])...)
		}
	}
	return out
})

// Endings returns the word endings of kind listed for lang, if any.
func Endings(lang language.Base, kind EndingKind) []string {
	return endingLists()[lang.String()+"\t"+string(kind)]
}

// HasEnding reports whether the lower-case word w ends in one of the
// endings of kind listed for lang.
func HasEnding(w string, lang language.Base, kind EndingKind) bool {
	for _, x := range Endings(lang, kind) {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

var lookalikes = sync.OnceValue(func() map[string]map[string]bool { return wordSets("data/lexicon/lookalikes.txt") })

// IsLookalike reports whether the lower-case word w is a frequent word of
// lang spelt like a function word of another language (English "die",
// "also"): data/lexicon/lookalikes.txt.
func IsLookalike(w string, lang language.Base) bool {
	return lookalikes()[lang.String()][w]
}
