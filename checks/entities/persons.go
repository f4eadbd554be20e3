package entities

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/crossread/crossread/corpus"
)

//go:embed data/givennames.txt
var givenNamesFile string

// givenNames holds data/givennames.txt, folded as names are.
var givenNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(givenNamesFile, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.Fields(line) {
			m[corpus.FoldName(f)] = true
		}
	}
	return m
})

// personName reports whether n names a person: a given name of the list
// followed by at least one more capitalised word ("Brad Smith", "Mayor
// Tom Jones"). Its words from the given name on count as a name even
// where each is a common word ("Smith", "Jones"), since a translation
// keeps a person's name; the title before ("Mayor") is translated.
func personName(n name) bool {
	_, ok := personAt(n)
	return ok
}

// personAt returns the index of the word of n that a person's name opens
// with (see personName), and whether one does.
func personAt(n name) (int, bool) {
	for k := 0; k+1 < len(n.words); k++ {
		if w := n.words[k]; !w.acro && givenNames()[corpus.FoldName(w.text)] {
			return k, true
		}
	}
	return 0, false
}
