package align

import (
	"slices"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func TestIncreasing(t *testing.T) {
	for _, c := range []struct {
		name        string
		pairs, want []point
	}{
		{"none", nil, nil},
		{"in order", []point{{0, 0}, {2, 3}, {5, 9}}, []point{{0, 0}, {2, 3}, {5, 9}}},
		// A number shared by sentences far apart agrees with no other.
		{"one astray", []point{{0, 0}, {1, 40}, {2, 2}, {3, 3}}, []point{{0, 0}, {2, 2}, {3, 3}}},
		// Two pairs of one target sentence: one of them at most, the
		// nearer, which leaves the next the most room.
		{"one sentence twice", []point{{1, 1}, {1, 2}, {2, 3}}, []point{{1, 1}, {2, 3}}},
		{"falling", []point{{0, 5}, {1, 4}, {2, 3}}, []point{{2, 3}}},
	} {
		if got := increasing(slices.Clone(c.pairs)); !slices.Equal(got, c.want) {
			t.Errorf("%s: increasing(%v) = %v, want %v", c.name, c.pairs, got, c.want)
		}
	}
}

// TestGuide: the guide passes through the sentences that share a number
// only they have, jumps where one side dropped sentences, and leads only
// where anchors are near.
func TestGuide(t *testing.T) {
	src := "Alpha beta 11. Gamma delta. Epsilon 33. Zeta eta. Theta iota 55. Kappa lambda."
	tgt := "Alpha beta 11. Epsilon 33. Zeta eta. Theta iota 55 und 99. Kappa lambda."
	s, _ := corpus.Load("s.txt", []byte(src), corpus.Options{Lang: language.English})
	d, _ := corpus.Load("t.txt", []byte(tgt), corpus.Options{Lang: language.English})
	a := &Alignment{Target: d, Sources: []*corpus.Document{s}}
	ts, ss := d.Paragraphs[0].Sentences, s.Paragraphs[0].Sentences
	if len(ts) != 5 || len(ss) != 6 {
		t.Fatalf("%d and %d sentences, want 5 and 6", len(ts), len(ss))
	}
	tcum := alnumCum(ts, func(int) string { return d.Text })
	scum := alnumCum(ss, func(int) string { return s.Text })
	g := newGuide(a, ts, ss, make([]int, len(ss)), tcum, scum)
	// Target 0 is source 0, 1 is 2 (source 1 dropped: corner 1 meets
	// source corner 1 and 2), 3 is 4; 99 is the target's own.
	want := []guideRow{{0, 0, true}, {1, 2, true}, {3, 3, true}, {4, 4, true}, {5, 5, true}, {6, 6, true}}
	for i, w := range want {
		if got := g.row(i); got != w {
			t.Errorf("row(%d) = %v, want %v", i, got, w)
		}
	}
	if got := g.from(point{1, 1}, 3, 4); !slices.Equal(got, []guideRow{{0, 1, true}, {2, 2, true}, {3, 3, true}}) {
		t.Errorf("from((1, 1), 3, 4) = %v", got)
	}
	// Without anchors, a link of more sentences than maxGuideRows has
	// no guide.
	long := make([]int, maxGuideRows+2)
	for i := range long {
		long[i] = 10 * i
	}
	none := &guide{knots: []point{{0, 0}, {maxGuideRows + 1, maxGuideRows + 1}}, tcum: long, scum: long, ratio: 1}
	if none.from(point{}, 10, 10) != nil {
		t.Error("a guide without anchors leads a chunk")
	}
}

// TestGuidedBand: the band holds the stretch each row is expected at, the
// diagonal where it runs near, and the diagonal alone where no anchor
// leads.
func TestGuidedBand(t *testing.T) {
	diag := []int{0, 1, 2, 3, 4, 5, 6, 7}
	guide := []guideRow{{0, 0, true}, {1, 1, true}, {2, 2, true}, {3, 60, true}, {61, 61, true}, {62, 62, true}, {}, {64, 64, true}}
	in := guidedBand(diag, guide, 2)
	for _, c := range []struct {
		i, j int
		want bool
	}{
		{0, 0, true}, {2, 4, true}, {2, 5, false}, {3, 30, true}, {3, 62, true}, {3, 63, false},
		{4, 4, false}, {4, 61, true}, {6, 6, true}, {6, 62, false}, {7, 66, true}, {7, 67, false},
	} {
		if got := in(c.i, c.j); got != c.want {
			t.Errorf("in(%d, %d) = %v, want %v", c.i, c.j, got, c.want)
		}
	}
}

// FuzzGuide: from any anchors, the chain rises on both sides, every row
// the guide leads lies within the table, and a chunk's band from it can
// be asked of every cell.
func FuzzGuide(f *testing.F) {
	f.Add([]byte{10, 12, 3, 3, 5, 9, 7, 2, 9, 11})
	f.Add([]byte{200, 150, 0, 149, 1, 0, 199, 149})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		n, m := int(data[0])%300+1, int(data[1])%300+1
		tcum, scum := make([]int, n+1), make([]int, m+1)
		for i := 1; i <= n; i++ {
			tcum[i] = tcum[i-1] + int(data[i%len(data)])%40
		}
		for j := 1; j <= m; j++ {
			scum[j] = scum[j-1] + int(data[(j*7)%len(data)])%40
		}
		var pairs []point
		for k := 2; k+1 < len(data); k += 2 {
			pairs = append(pairs, point{int(data[k]) % n, int(data[k+1]) % m})
		}
		chain := increasing(pairs)
		for k := 1; k < len(chain); k++ {
			if chain[k].i <= chain[k-1].i || chain[k].j <= chain[k-1].j {
				t.Fatalf("chain %v does not rise", chain)
			}
		}
		g := &guide{tcum: tcum, scum: scum, ratio: float64(scum[m]) / float64(max(tcum[n], 1))}
		g.knots = append(g.knots, point{})
		for _, p := range chain {
			g.knots = append(g.knots, p, point{p.i + 1, p.j + 1})
		}
		g.knots = append(g.knots, point{n, m})
		for i := 0; i <= n; i++ {
			if r := g.row(i); r.ok && (r.lo < 0 || r.lo > r.hi || r.hi > m) {
				t.Fatalf("row %d = %+v outside 0..%d", i, r, m)
			}
		}
		cur := point{n / 3, m / 3}
		if rows := g.from(cur, n, m); rows != nil {
			diag := make([]int, n-cur.i+1)
			in := guidedBand(diag, rows, 3)
			for i := range diag {
				in(i, m-cur.j)
			}
		}
	})
}
