package align

import (
	"math"
	"slices"
	"testing"
)

// TestViterbi checks that the best path's beads are marked where they
// start, and that a path through units without partner marks nothing.
func TestViterbi(t *testing.T) {
	const good, bad = 2.0, -5.0
	testCases := []struct {
		name   string
		nt, ns int
		// wt gives the weight of the bead of shape k at (i, j).
		wt   func(i, j, k int) float64
		want []int8 // by cell, row-major over (nt+1)×(ns+1)
	}{
		{"diagonal", 2, 2, func(i, j, k int) float64 {
			if k == 0 && i == j {
				return good
			}
			return bad
		}, []int8{1, 0, 0, 0, 1, 0, 0, 0, 0}},
		{"merge of two source units", 1, 2, func(i, j, k int) float64 {
			if k == 2 {
				return good
			}
			return bad
		}, []int8{3, 0, 0, 0, 0, 0}},
		{"nothing pairs", 1, 1, func(i, j, k int) float64 { return math.Inf(-1) }, []int8{0, 0, 0, 0}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			ps := &pathSum{nt: tc.nt, ns: tc.ns}
			for range tc.nt {
				ps.skipT = append(ps.skipT, orderPrior.skip)
			}
			for range tc.ns {
				ps.skipS = append(ps.skipS, orderPrior.skip)
			}
			ps.wts = make([]float64, (tc.nt+1)*(tc.ns+1)*len(orderShapes))
			for i := range tc.nt + 1 {
				for j := range tc.ns + 1 {
					for k, sh := range orderShapes {
						w := math.Inf(-1)
						if i+sh[0] <= tc.nt && j+sh[1] <= tc.ns {
							w = tc.wt(i, j, k)
						}
						ps.wts[ps.at(i, j)*len(orderShapes)+k] = w
					}
				}
			}
			if got := ps.viterbi(); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestLengthGCTails checks that a length ratio true pairs do not expect is
// no evidence of a pair, even for a unit so short that true pairs' ratios
// spread wider than random whole paragraphs' (a clause that splitWith
// cuts off), and that a ratio that fits keeps its evidence.
func TestLengthGCTails(t *testing.T) {
	ja := lengthGC{c: 0.517, s2: 4.07, mu0: -0.676, sigma0: 0.29} // fitted on a ja-en pair
	fr := lengthGC{c: 1.13, s2: 4.4, mu0: 0.17, sigma0: 0.27}     // on an fr-en pair
	testCases := []struct {
		name   string
		g      lengthGC
		lt, ls int
		lo, hi float64
	}{
		{"paragraph against a clause", ja, 32, 9, -1, 0},      // was 13.6
		{"clause against a paragraph", fr, 7, 74, -1, 0},      // was 12.0
		{"short pair that fits", fr, 90, 80, 0.1, 0.3},        // 0.21, as before
		{"long pair that fits", ja, 150, 300, 0.4, 0.6},       // 0.53, as before
		{"long pair far off", fr, 400, 100, math.Inf(-1), -2}, // the outliers' floor
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.g.llr(tc.lt, tc.ls); got < tc.lo || got > tc.hi {
				t.Errorf("llr(%d, %d) = %.3f; want %.1f to %.1f", tc.lt, tc.ls, got, tc.lo, tc.hi)
			}
		})
	}
}

func TestMovedSkip(t *testing.T) {
	skip := orderPrior.skip
	for _, c := range []struct {
		name  string
		ratio float64
		want  float64
	}{
		{"chance keeps the prior", 1, skip},
		{"shared words make passing cheaper", 21, skip + math.Log(11)},
		{"nothing shared makes it dearer, by ln 2 at most", 0, skip - math.Ln2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := movedSkip(skip, c.ratio); math.Abs(got-c.want) > 1e-12 {
				t.Errorf("movedSkip(%.3f, %g) = %.4f, want %.4f", skip, c.ratio, got, c.want)
			}
		})
	}
}
