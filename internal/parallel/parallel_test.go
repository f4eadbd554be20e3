package parallel_test

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/crossread/crossread/internal/parallel"
)

func TestDo(t *testing.T) {
	for _, workers := range []int{-1, 0, 1, 2, 7, 100} {
		for _, n := range []int{0, 1, 2, 5, 1000} {
			var calls atomic.Int64
			seen := make([]atomic.Int32, n)
			parallel.Do(workers, n, func(i int) {
				calls.Add(1)
				seen[i].Add(1)
			})
			if int(calls.Load()) != n {
				t.Errorf("workers %d, n %d: %d calls", workers, n, calls.Load())
			}
			for i := range seen {
				if seen[i].Load() != 1 {
					t.Errorf("workers %d, n %d: index %d called %d times", workers, n, i, seen[i].Load())
				}
			}
		}
	}
}

func TestDoPanics(t *testing.T) {
	for _, workers := range []int{1, 3} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "step 7") {
					t.Errorf("workers %d: recovered %v; want the step's panic", workers, r)
				}
			}()
			parallel.Do(workers, 20, func(i int) {
				if i == 7 {
					panic("step 7")
				}
			})
		}()
	}
}

func ExampleDo() {
	squares := make([]int, 5)
	parallel.Do(2, len(squares), func(i int) { squares[i] = i * i })
	fmt.Println(squares)
	// Output: [0 1 4 9 16]
}
