package numbers

import (
	"math/rand/v2"
	"testing"

	"github.com/crossread/crossread/internal/quantity"
)

// TestElsewhereIndex: looking a value up in the index finds it exactly
// when a pass over every quantity does, rounding of either side and the
// target's significant digits included.
func TestElsewhereIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []quantity.Kind{quantity.Count, quantity.Percent, quantity.Money, quantity.Date}
	random := func(doc int) *item {
		scale := []float64{1, 1, 1e3, 1e6, 1e9}[r.IntN(5)]
		dec := r.IntN(3)
		v := float64(r.IntN(20000)) / []float64{1, 10, 100}[dec]
		if r.IntN(4) == 0 {
			v = float64(r.IntN(30)) * 1000 // trailing zeros: a rounder figure
			dec = 0
		}
		return &item{doc: doc, q: quantity.Quantity{Kind: kinds[r.IntN(len(kinds))], Value: v * scale, Scale: scale, Decimals: dec}}
	}
	for round := range 50 {
		var all []*item
		for range r.IntN(300) {
			all = append(all, random(-1))
		}
		idx := newValueIndex(all)
		for range 200 {
			x := random(round % 2)
			if r.IntN(3) == 0 && len(all) > 0 {
				x.q.Value = all[r.IntN(len(all))].q.Value
			}
			want := false
			for _, o := range all {
				if o.q.Kind != quantity.Time && o.q.Kind != quantity.Date && (equal(o.q.Value, x.q.Value) || rounded(x, o)) {
					want = true
				}
			}
			if got := elsewhere(x, idx); got != want {
				t.Fatalf("elsewhere(%v ×%g, %d decimals) = %v; a pass over all says %v", x.q.Value, x.q.Scale, x.q.Decimals, got, want)
			}
		}
	}
}
