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

// TestFindAnyIn: searching through token positions finds what a scan of
// every token finds.
func TestFindAnyIn(t *testing.T) {
	en := language.MustParseBase("en")
	toks := corpus.Tokenize("The fire hose broke; fire hoses and a firehose, the llamas' llama and *phones of the fire brigade.")
	at := PositionsOf(toks)
	for _, l := range []string{"fire hose", "llama", "*hose", "the fire", "brigade|llamas", "phone"} {
		ps, err := ParsePatterns(l, en)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := FindAnyIn(ps, toks, at), FindAny(ps, toks); !slices.Equal(got, want) {
			t.Errorf("%q: through positions %v, by scan %v", l, got, want)
		}
	}
}
