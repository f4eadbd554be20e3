package align

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/corpus"
)

func TestLearnPairs(t *testing.T) {
	// Gletscher and glacier share three links, Zelt and tente two; Hütte
	// and cabane share one, which is chance.
	var de, fr []string
	de = append(de, "Der Gletscher war steil.", "Am Gletscher stand das Zelt.", "Ein Zelt am Gletscher.", "Die Hütte lag oben.")
	fr = append(fr, "Le glacier était raide.", "Au glacier se dressait la tente.", "Une tente sur le glacier.", "La cabane était en haut.")
	// Padding, so that neither word is in more than a tenth of the links.
	for k := range 40 {
		de = append(de, "Satz Nummer "+strings.Repeat("x", k+3)+".")
		fr = append(fr, "Phrase numéro "+strings.Repeat("x", k+3)+".")
	}
	tf, sf := featOf(t, language.French, fr...), featOf(t, language.German, de...)
	w := &work{t: tf, srcs: []*docFeat{sf}, scs: []*scorer{newScorer(tf, sf)}}
	var links []alink
	for i := range de {
		links = append(links, alink{t0: i, t1: i, parts: []bead{{t0: i, t1: i, s0: i, s1: i}}})
	}
	// "Zelt" and "tente" (paragraph 1) match only once learned, and the
	// scorer must see it: its tables are laid out ahead of time.
	before, _ := w.scs[0].pair(1, 1)
	if !w.learnPairs(links) {
		t.Fatal("learned nothing")
	}
	if after, _ := w.scs[0].pair(1, 1); after <= before {
		t.Errorf("matched weight of a pair with a learned word: %v before learning, %v after; want more", before, after)
	}
	learned := func(tw, sw string) bool {
		ti, ok1 := tf.lookup(kWord, tw)
		si, ok2 := sf.lookup(kWord, sw)
		if !ok1 || !ok2 {
			t.Fatalf("no type %q or %q", tw, sw)
		}
		for _, m := range w.scs[0].mt[ti] {
			if m.s == si {
				return true
			}
		}
		return false
	}
	testCases := []struct {
		fr, de string
		want   bool
	}{
		{"glacier", "gletscher", true},
		{"tente", "zelt", true},
		{"cabane", "hutte", false},
		{"glacier", "zelt", false},
	}
	for _, tc := range testCases {
		if got := learned(tc.fr, tc.de); got != tc.want {
			t.Errorf("%s ~ %s: got %v; want %v", tc.fr, tc.de, got, tc.want)
		}
	}
}

// featOf reduces paragraphs in lang to weighed features.
func featOf(t *testing.T, lang language.Tag, paras ...string) *docFeat {
	t.Helper()
	d, err := corpus.Load("t.txt", []byte(strings.Join(paras, "\n\n")), corpus.Options{Lang: lang, Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	f := extract(d)
	f.weigh()
	return f
}
