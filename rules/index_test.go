package rules

import (
	"slices"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestIndexCandidates checks that an index offers exactly the items whose
// patterns Keys.MayMatch lets through, and the Always items, in order.
func TestIndexCandidates(t *testing.T) {
	en := language.MustParseBase("en")
	lists := []string{"fire hose", "Kopfhörer|headphones", "*phone", "llama", "cat|dog", "", "bank holiday"}
	var x Index
	pats := make([][]Pattern, len(lists))
	for i, l := range lists {
		if l == "" {
			x.Always(i)
			continue
		}
		ps, err := ParsePatterns(l, en)
		if err != nil {
			t.Fatal(err)
		}
		pats[i] = ps
		x.Add(i, ps)
	}
	for _, text := range []string{"", "A dog sat.", "The llama and the fire brigade.", "Smartphones for all", "Nothing here at all"} {
		k := KeysOf(corpus.Tokenize(text))
		var want []int32
		for i, ps := range pats {
			if lists[i] == "" || k.MayMatch(ps) {
				want = append(want, int32(i))
			}
		}
		if got := x.Candidates(k); !slices.Equal(got, want) {
			t.Errorf("%q: candidates %v, want %v", text, got, want)
		}
	}
}
