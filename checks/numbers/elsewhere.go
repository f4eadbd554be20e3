package numbers

import (
	"cmp"
	"math"
	"slices"

	"github.com/crossread/crossread/internal/quantity"
)

// elsewhere reports whether a number of the same value occurs among the
// quantities idx holds: equal, or within the rounding of either.
func elsewhere(x *item, idx *valueIndex) bool {
	for _, o := range idx.candidates(x) {
		if equal(o.q.Value, x.q.Value) || rounded(x, o) {
			return true
		}
	}
	return false
}

// valueIndex holds a document's quantities (times and dates left out) by
// value, so that looking for one value elsewhere costs a logarithm, not
// a pass over a document of thousands of numbers for each number missing.
// Quantities of one Step are sorted together: two numbers are rounded
// alike within half the larger step, so each group is searched within
// half its own step or half the number's, whichever is larger.
type valueIndex struct {
	steps  []float64 // the Step of each group
	groups [][]*item // each group sorted by value
}

// newValueIndex indexes all, leaving times and dates out.
func newValueIndex(all []*item) *valueIndex {
	idx := &valueIndex{}
	at := map[float64]int{}
	for _, o := range all {
		if o.q.Kind == quantity.Time || o.q.Kind == quantity.Date {
			continue
		}
		st := o.q.Step()
		g, ok := at[st]
		if !ok {
			g = len(idx.steps)
			at[st] = g
			idx.steps = append(idx.steps, st)
			idx.groups = append(idx.groups, nil)
		}
		idx.groups[g] = append(idx.groups[g], o)
	}
	for _, g := range idx.groups {
		slices.SortStableFunc(g, func(a, b *item) int { return cmp.Compare(a.q.Value, b.q.Value) })
	}
	return idx
}

// candidates returns the indexed quantities whose value may equal x's
// or round to it: a superset of those elsewhere accepts.
func (idx *valueIndex) candidates(x *item) []*item {
	var out []*item
	v := x.q.Value
	for g, st := range idx.steps {
		tol := math.Max(x.q.Step(), st) / 2
		// near also allows a billionth of the larger value.
		slack := 2e-9 * (math.Abs(v) + tol)
		lo, hi := v-tol-slack, v+tol+slack
		xs := idx.groups[g]
		i, _ := slices.BinarySearchFunc(xs, lo, func(o *item, at float64) int { return cmp.Compare(o.q.Value, at) })
		for ; i < len(xs) && xs[i].q.Value <= hi; i++ {
			out = append(out, xs[i])
		}
	}
	return out
}
