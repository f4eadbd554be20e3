package corpus

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// dangling maps a language to the words of data/lexicon/dangling.txt:
// true for words that never stand before any closing mark, false for
// words that may end a sentence.
var dangling = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, rows := range langTable("data/lexicon/dangling.txt", 2) {
		m := map[string]bool{}
		for _, cols := range rows {
			for k, col := range cols {
				for _, w := range strings.Fields(col) {
					m[w] = k == 0
				}
			}
		}
		out[lang] = m
	}
	return out
})

// Dangling reports whether the lower-case word w of lang cannot stand
// before the mark (one of , ; : ) .): "of," or "the ." show that the words
// after them were dropped.
func Dangling(w string, mark rune, lang language.Base) bool {
	always, ok := dangling()[lang.String()][w]
	return ok && (always || mark != '.')
}
