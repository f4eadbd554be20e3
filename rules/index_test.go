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

// TestIndexInnerKeys: a rule whose first word may sit inside a token of
// Chinese or Japanese, which runs on without spaces, is offered for a
// text holding its first letter anywhere, and for no other; whatever the
// index offers, FindAny finds the same matches as on every rule.
func TestIndexInnerKeys(t *testing.T) {
	ja := language.MustParseBase("ja")
	lists := []string{"*ラマ", "*頭痛", "*ヘッドホン", "*部品*"}
	var x Index
	var pats [][]Pattern
	for i, l := range lists {
		ps, err := ParsePatterns(l, ja)
		if err != nil {
			t.Fatal(err)
		}
		pats = append(pats, ps)
		x.Add(i, ps)
	}
	for _, c := range []struct {
		text string
		want []int32
	}{
		{"メタ社は新しいラマを公開した。", []int32{0}},
		{"彼はヘッドホンと部品を買った。", []int32{2, 3}},
		{"東京で会議が開かれた。", nil},
	} {
		toks := corpus.Tokenize(c.text)
		got := x.Candidates(KeysOf(toks))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: candidates %v, want %v", c.text, got, c.want)
		}
		for i, ps := range pats {
			if FindAny(ps, toks) != nil && !slices.Contains(got, int32(i)) {
				t.Errorf("%q: %s matches but is not offered", c.text, lists[i])
			}
		}
	}
}
