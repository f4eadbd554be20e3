package entities

import (
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestParaNamesShared: the names of a source paragraph are kept in its
// document's memo and read by the paragraphs of the target side by side
// (Pass.Each), so what paraNames returns leaves no room for an append to
// write into.
func TestParaNamesShared(t *testing.T) {
	text := "Angela Merkel met Emmanuel Macron and Olaf Scholz in Berlin, then Pedro Sánchez, Giorgia Meloni and Donald Tusk."
	d, err := corpus.Load("s.en", []byte(text), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := language.English.Base()
	for range 2 {
		ns := paraNames(d, 0, d.Paragraphs[0].Span, b)
		if len(ns) < 3 || cap(ns) != len(ns) {
			t.Fatalf("paraNames: %d names, capacity %d; want 3 or more and no spare capacity", len(ns), cap(ns))
		}
	}
}

func TestGeminatedRest(t *testing.T) {
	for _, tc := range []struct{ py, rest, want string }{
		{"nichi", "nitto", "to"}, {"nichi", "nippon", "hon"}, {"hoku", "hokkaido", "kaido"},
		{"nichi", "nichito", ""}, {"nichi", "nitdo", ""}, {"yama", "yatta", ""}, {"nichi", "nit", ""},
	} {
		got, ok := geminatedRest(tc.py, tc.rest)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("geminatedRest(%q, %q) = %q, %v; want %q", tc.py, tc.rest, got, ok, tc.want)
		}
	}
}
