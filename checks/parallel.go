package checks

import "github.com/crossread/crossread/internal/parallel"

// parallel runs the checks of r on up to workers goroutines, taking them
// in order. A check with Requires waits until every check before it is
// done: those were taken before it, and none of them waits for a later
// one, so the wait ends. A panic in a check is raised again in the
// caller's goroutine, where the command's recovery sees it.
func (r *run) parallel(workers int) {
	done := make([]chan struct{}, len(r.cs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	parallel.Do(workers, len(r.cs), func(i int) {
		defer close(done[i]) // even when the check panics: a later one may wait
		if len(r.cs[i].Requires) > 0 {
			for _, d := range done[:i] {
				<-d
			}
		}
		r.one(i, nil)
	})
}
