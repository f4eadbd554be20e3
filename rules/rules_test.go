package rules_test

import (
	"testing"
	"testing/fstest"

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
		if got := r.Terms[i].Right; got != want {
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
