package align

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/corpus"
)

func TestAddPunct(t *testing.T) {
	testCases := []struct {
		text string
		want []string // punctuation classes, in the order of the types
	}{
		{"Wie ist das zu erklären?", []string{"?"}},
		{"Comment l'expliquer ? Voir « Les Alpes » (1956).", []string{"?", "\"", "("}},
		{"Literatur: Dyhrenfurth; Baltoro!", []string{":", ";", "!"}},
		{"... wir gelangten zu drei Fusstapfen", []string{"…"}},
		{"Ein ganz gewöhnlicher Satz, mit Komma.", nil},
		{"Schlechtes Wetter - wie viele Expeditionen - kostete Tage.", []string{"–"}},
		{"- kosteten ein paar Tage.", []string{"–"}},
		{"Himalaya-Berge, 1881-1902 und Süd–Nord.", nil},
		{"※人体に直接貼らないでください。", []string{"*"}},
		{"*Keep out of reach of children.", []string{"*"}},
	}
	for _, tc := range testCases {
		d, err := corpus.Load("t.txt", []byte(tc.text), corpus.Options{Lang: language.German, Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		f := extract(d)
		addPunct(f, d)
		var got []string
		for _, ti := range f.paras[0].types {
			if f.types[ti].kind == kPunct {
				got = append(got, f.types[ti].key)
			}
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %s; want %s", tc.text, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}

func TestShortness(t *testing.T) {
	testCases := []struct {
		short, chars int
		want         float64
	}{
		{0, 0, 1},
		{10, 0, 0},
		{10, 3, 0.3},
		{10, 10, 1},
		{10, 80, 1},
	}
	for _, tc := range testCases {
		if got := (dpParams{shortUnit: tc.short}).shortness(tc.chars); got != tc.want {
			t.Errorf("shortUnit %d, %d chars: got %v; want %v", tc.short, tc.chars, got, tc.want)
		}
	}
}

func TestUnlinkedShare(t *testing.T) {
	span := [4]int{0, 9, 0, 9}
	free := make([]bool, 10)
	testCases := []struct {
		beads []bead
		want  float64
	}{
		{nil, 1},
		{[]bead{{t0: 0, t1: 9, s0: 0, s1: 9}}, 0},
		{[]bead{{t0: 0, t1: 4, s0: 0, s1: 4}}, 0.5},
		// Units outside the span do not count.
		{[]bead{{t0: -3, t1: 4, s0: 5, s1: 12}}, 0.5},
	}
	for _, tc := range testCases {
		if got := unlinkedShare(tc.beads, span, free, free); got != tc.want {
			t.Errorf("%v: got %v; want %v", tc.beads, got, tc.want)
		}
	}
}
