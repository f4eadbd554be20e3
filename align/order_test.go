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
