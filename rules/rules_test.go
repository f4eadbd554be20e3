package rules_test

import (
	"slices"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/rules"
)

// TestNoFixRight: "-" in the right column of a term or calque rule offers no fix,
// where an empty column would be an error.
func TestNoFixRight(t *testing.T) {
	data := "calque\tbreak the bank\tBank sprengen\t-\n" +
		"term\thedge fund\tHeckenfonds\tHedgefonds\n"
	r, err := rules.Load(rules.Layer{FS: fstest.MapFS{"terms/en-de.tsv": {Data: []byte(data)}}})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"", "Hedgefonds"} {
		if got := r.AllTerms()[i].Right; got != want {
			t.Errorf("rule %d: right %q; want %q", i+1, got, want)
		}
	}
	if _, err := rules.Load(rules.Layer{FS: fstest.MapFS{"terms/en-de.tsv": {Data: []byte("term\ta\tb\t\n")}}}); err == nil {
		t.Errorf("an empty right column loaded")
	}
	c, err := rules.Load(rules.Layer{FS: fstest.MapFS{"calques/de.tsv": {Data: []byte("Haut im Spiel\t-\n")}}})
	if err != nil || c.Calques[0].Right != "" {
		t.Errorf("calque with '-' right: %v, %+v", err, c)
	}
}

// TestCounts: rules counted by kind and language pair.
func TestCounts(t *testing.T) {
	fs := fstest.MapFS{
		"terms/en-de.tsv": {Data: []byte("term\ta\tb\tc\nterm\td\te\tf\nfalse-friend\tg\th\ti\n")},
		"terms/zh-en.tsv": {Data: []byte("calque\t*块*\tblocks\tGPUs\n")},
		"calques/de.tsv":  {Data: []byte("Was ist das Konzept\tWas bedeutet\n")},
	}
	r, err := rules.Load(rules.Layer{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	want := []rules.Count{
		{Kind: "calque", Langs: "de", N: 1},
		{Kind: "term/calque", Langs: "zh→en", N: 1},
		{Kind: "term/false-friend", Langs: "en→de", N: 1},
		{Kind: "term/term", Langs: "en→de", N: 2},
	}
	got := r.Counts()
	if len(got) != len(want) {
		t.Fatalf("got %v; want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("count %d: got %v; want %v", i, got[i], want[i])
		}
	}
}

// TestEmbeddedTermsLazy: the embedded term files, which a run reads only
// for its target language, all parse, and reading them lazily gives the
// rules, in the order, that reading them at load does.
func TestEmbeddedTermsLazy(t *testing.T) {
	lazy, err := rules.Load(rules.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if err := lazy.TermErrors(); err != nil {
		t.Fatalf("embedded term files: %v", err)
	}
	eagerLayer := rules.Embedded()
	eagerLayer.Lazy = false
	eager, err := rules.Load(eagerLayer)
	if err != nil {
		t.Fatal(err)
	}
	fresh, _ := rules.Load(rules.Embedded())
	for _, lang := range []string{"de", "en", "fr", "ja", "zh", "sw"} {
		b := language.MustParseBase(lang)
		got, want := origins(fresh.TermsInto(b)), origins(eager.TermsInto(b))
		if !slices.Equal(got, want) {
			t.Errorf("%s: lazy gives %d rules, eager %d", lang, len(got), len(want))
		}
	}
	if got, want := origins(fresh.AllTerms()), origins(eager.AllTerms()); !slices.Equal(got, want) || len(got) < 1000 {
		t.Errorf("all terms: lazy %d, eager %d", len(got), len(want))
	}
}

func origins(ts []rules.TermRule) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Origin)
	}
	return out
}
