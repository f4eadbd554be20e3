package align

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

func TestTerritory(t *testing.T) {
	// one1 is a link of target unit t to paragraph s of source d.
	one1 := func(t, d, s int) alink {
		return alink{t0: t, t1: t, parts: []bead{{t0: t, t1: t, d: d, s0: s, s1: s}}}
	}
	two := alink{t0: 3, t1: 3, parts: []bead{{t0: 3, t1: 3, d: 0, s0: 2, s1: 2}, {t0: 3, t1: 3, d: 1, s0: 0, s1: 0}}}
	tests := []struct {
		name     string
		links    []alink
		n        int
		cautious bool
		want     []int
	}{
		{"between two links of source 1", []alink{one1(0, 1, 0), one1(3, 1, 3)}, 5, false,
			[]int{-1, 1, 1, -1, -1}},
		{"between two sources", []alink{one1(0, 0, 0), one1(3, 1, 3)}, 4, false,
			[]int{-1, -1, -1, -1}},
		{"next to a link of two sources", []alink{one1(0, 0, 0), two}, 4, false,
			[]int{-1, -1, -1, -1}},
		// Source 1 has two paragraphs left between its links: a stretch
		// of two is its own, a stretch of three is not.
		{"cautious, room", []alink{one1(0, 1, 0), one1(3, 1, 3)}, 4, true,
			[]int{-1, 1, 1, -1}},
		{"cautious, too long", []alink{one1(0, 1, 0), one1(4, 1, 3)}, 5, true,
			[]int{-1, -1, -1, -1, -1}},
		// Consecutive paragraphs of source 1 leave it nothing to place,
		// but a single unit may still be an addition inside its run.
		{"cautious, one unit", []alink{one1(0, 1, 0), one1(2, 1, 1)}, 3, true,
			[]int{-1, 1, -1}},
		{"cautious, consecutive", []alink{one1(0, 1, 0), one1(3, 1, 1)}, 4, true,
			[]int{-1, -1, -1, -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := territory(tc.links, tc.n, tc.cautious); !slices.Equal(got, tc.want) {
				t.Errorf("got %v; want %v", got, tc.want)
			}
		})
	}
}

func TestSettleShared(t *testing.T) {
	// Target unit 5 is linked to paragraph 7 of source 0 (strong) and
	// paragraph 2 of source 1 (weak).
	l := alink{t0: 5, t1: 5, parts: []bead{{t0: 5, t1: 5, d: 0, s0: 7, s1: 7, ev: 9}, {t0: 5, t1: 5, d: 1, s0: 2, s1: 2, ev: 3}}}
	if owns(l, 1) || !owns(l, 0) {
		t.Fatalf("owns: source 0 has the stronger part")
	}
	tests := []struct {
		name  string
		found []alink
		parts int
	}{
		{"placed elsewhere", []alink{{t0: 6, t1: 6, parts: []bead{{t0: 6, t1: 6, d: 1, s0: 2, s1: 2}}}}, 1},
		{"nowhere else", []alink{{t0: 6, t1: 6, parts: []bead{{t0: 6, t1: 6, d: 1, s0: 3, s1: 3}}}}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keep := settleShared(tc.found, []alink{l}, nil, 1)
			if len(keep) != 1 || len(keep[0].parts) != tc.parts || keep[0].parts[0].d != 0 {
				t.Errorf("got %+v; want the link with %d parts, source 0 first", keep, tc.parts)
			}
		})
	}
}

func TestStrayNumber(t *testing.T) {
	tf := featOf(t, language.German,
		"Führen Sie den Befehl mit der Option aus.",
		"Siehe Abschnitt 2.6.",
		"Tabelle 1.6. Werte",
		"Es stieg um 31 Prozent auf 340 Millionen.",
		"Keine Zahl hier.")
	sf := featOf(t, language.English,
		"Run the command with the option.",
		"Then follow section 2.6, recovery.",
		"Table 1.6. Values and more text.",
		"It grew 31 percent to 0.34 billion.")
	w := &work{t: tf, srcs: []*docFeat{sf}, scs: []*scorer{newScorer(tf, sf)}}
	tests := []struct {
		name string
		b    bead
		want bool
	}{
		{"source number without partner", bead{t0: 0, t1: 0, s0: 0, s1: 1}, true},
		{"target number without partner", bead{t0: 0, t1: 1, s0: 0, s1: 0}, true},
		{"number matched", bead{t0: 0, t1: 1, s0: 0, s1: 1}, false},
		{"number matched in a merge", bead{t0: 1, t1: 1, s0: 0, s1: 1}, false},
		{"single paragraphs", bead{t0: 1, t1: 1, s0: 0, s1: 0}, false},
		{"a caption with its number", bead{t0: 2, t1: 2, s0: 1, s1: 2}, true},
		{"one number matched of two", bead{t0: 3, t1: 4, s0: 3, s1: 3}, false},
	}
	for _, tc := range tests {
		if got := w.strayNumber(tc.b); got != tc.want {
			t.Errorf("%s: got %v; want %v", tc.name, got, tc.want)
		}
	}
}
