package checks

import (
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// parallel runs the checks of r on up to workers goroutines, taking them
// in order. A check with Requires waits until every check before it is
// done: those were taken before it, and none of them waits for a later
// one, so the wait ends. A panic in a check is raised again in the
// caller's goroutine, where the command's recovery sees it.
func (r *run) parallel(workers int) {
	workers = min(workers, len(r.cs))
	done := make([]chan struct{}, len(r.cs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	var next atomic.Int64
	var panicked atomic.Pointer[checkPanic]
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var found []Finding
			for {
				i := int(next.Add(1)) - 1
				if i >= len(r.cs) {
					return
				}
				if len(r.cs[i].Requires) > 0 {
					for _, d := range done[:i] {
						<-d
					}
				}
				found = r.guarded(i, found[:0], &panicked)
				close(done[i])
			}
		}()
	}
	wg.Wait()
	if p := panicked.Load(); p != nil {
		panic(fmt.Sprintf("%v\n\ngoroutine of check %s:\n%s", p.value, p.check, p.stack))
	}
}

// checkPanic is a panic of a check running in a goroutine of its own.
type checkPanic struct {
	check string
	value any
	stack []byte
}

// guarded runs check i as r.one does, catching a panic for the caller.
func (r *run) guarded(i int, found []Finding, panicked *atomic.Pointer[checkPanic]) (out []Finding) {
	defer func() {
		if v := recover(); v != nil {
			panicked.CompareAndSwap(nil, &checkPanic{r.cs[i].Name, v, debug.Stack()})
			out = nil
		}
	}()
	return r.one(i, found)
}

// forEach calls f(0) … f(n-1) on up to workers goroutines (in the
// caller's alone when workers is 1 or less); a panic in f is raised again
// in the caller's goroutine.
func forEach(workers, n int, f func(int)) {
	if workers <= 1 || n <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var panicked atomic.Pointer[checkPanic]
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if v := recover(); v != nil {
					panicked.CompareAndSwap(nil, &checkPanic{"", v, debug.Stack()})
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
	if p := panicked.Load(); p != nil {
		panic(fmt.Sprintf("%v\n\n%s", p.value, p.stack))
	}
}
