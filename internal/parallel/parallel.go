package parallel

import (
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Do calls f(0) … f(n-1) on up to workers goroutines, each taking the
// next index, in increasing order, as it becomes free, and returns when
// all calls have. With
// workers of 1 or less, or n of 1 or less, it calls them in turn in the
// caller's goroutine. A panic in f is raised again in the caller's
// goroutine, with the stack of the goroutine it happened in, so that the
// caller's recovery sees it.
func Do(workers, n int, f func(i int)) {
	if workers <= 1 || n <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var panicked atomic.Pointer[string]
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if v := recover(); v != nil {
					msg := fmt.Sprintf("%v\n\ngoroutine of parallel.Do:\n%s", v, debug.Stack())
					panicked.CompareAndSwap(nil, &msg)
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
		panic(*p)
	}
}
