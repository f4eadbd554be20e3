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
	b, err := RulesFS.ReadFile("data/lexicon/dangling.txt")
	if err != nil {
		panic("corpus: embedded dangling.txt: " + err.Error())
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		m := map[string]bool{}
		for k, col := range cols[1:] {
			for _, w := range strings.Fields(col) {
				m[w] = k == 0
			}
		}
		out[cols[0]] = m
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
