package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestAssembleDropsOverlaps: a link that starts inside the one before
// it is dropped, and the paragraphs after both stay linked. Kept, it
// stopped the walk: a zh-en document with a moved paragraph and a merge
// came out with one link of eighteen.
func TestAssembleDropsOverlaps(t *testing.T) {
	link := func(t0, t1, s0, s1 int) alink {
		return alink{t0: t0, t1: t1, parts: []bead{{t0: t0, t1: t1, s0: s0, s1: s1}}, score: 1}
	}
	four := strings.TrimSuffix(strings.Repeat("Paragraph.\n\n", 4), "\n\n")
	d, err := corpus.Load("t.txt", []byte(four), corpus.Options{Lang: language.English, Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	a := assemble(d, []*corpus.Document{d}, []alink{link(0, 1, 0, 0), link(0, 0, 3, 3), link(2, 2, 1, 1), link(3, 3, 2, 2)})
	var got []string
	for _, l := range a.Links {
		var s []int
		for _, sp := range l.Sources {
			s = append(s, sp.Paras...)
		}
		got = append(got, fmt.Sprint(l.Target, ":", s))
	}
	want := "[[0 1]:[0] [2]:[1] [3]:[2] []:[3]]"
	if g := fmt.Sprint(got); g != want {
		t.Errorf("links %s; want %s", g, want)
	}
}
