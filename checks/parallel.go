package checks

import (
	"slices"

	"github.com/crossread/crossread/internal/parallel"
)

// parallel runs the checks of r on up to workers goroutines, in the order
// schedule gives. A check with Requires waits until every check before
// it is done: those were taken before it, and none of them waits for a
// later one, so the wait ends. A panic in a check is raised again in the
// caller's goroutine, where the command's recovery sees it.
func (r *run) parallel(workers int) {
	done := make([]chan struct{}, len(r.cs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	order := schedule(r.cs)
	parallel.Do(workers, len(order), func(k int) {
		i := order[k]
		defer close(done[i]) // even when the check panics: a later one may wait
		if len(r.cs[i].Requires) > 0 {
			for _, d := range done[:i] {
				<-d
			}
		}
		r.one(i)
	})
}

// schedule orders the checks cs for running side by side: in list
// order, but for the checks that another requires, which go first among
// those before it, so that it waits less. Every check before one with
// Requires still comes before it.
func schedule(cs []*Check) []int {
	order := make([]int, 0, len(cs))
	from := 0
	for i, c := range cs {
		if len(c.Requires) == 0 && i < len(cs)-1 {
			continue
		}
		seg := make([]int, 0, i+1-from)
		for j := from; j <= i; j++ {
			seg = append(seg, j)
		}
		// Stable: required checks first, each group in list order.
		slices.SortStableFunc(seg, func(a, b int) int {
			return boolRank(!slices.Contains(c.Requires, cs[a].Name)) - boolRank(!slices.Contains(c.Requires, cs[b].Name))
		})
		order = append(order, seg...)
		from = i + 1
	}
	return order
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Each calls f(i, q) for i from 0 to n-1, side by side on the run's
// workers, each with a pass q of its own whose findings are reported
// through p, in order of i, once all calls are done: a check whose
// paragraphs are read apart spreads them over the cores and reports what
// one by one would, in the same order. f must not change what the calls
// share.
func (p *Pass) Each(n int, f func(i int, q *Pass)) {
	if p.env.Workers <= 1 || n <= 1 {
		for i := range n {
			f(i, p)
		}
		return
	}
	p.LinkFor(0) // the link index, built before the calls read it
	found := make([][]Finding, n)
	parallel.Do(p.env.Workers, n, func(i int) {
		q := *p
		q.report = func(f Finding) { found[i] = append(found[i], f) }
		f(i, &q)
	})
	for _, fs := range found {
		for _, f := range fs {
			p.report(f)
		}
	}
}
