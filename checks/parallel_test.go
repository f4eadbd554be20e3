package checks

import (
	"slices"
	"testing"
)

func TestSchedule(t *testing.T) {
	run := func(*Pass) error { return nil }
	mk := func(name string, requires ...string) *Check {
		return &Check{Name: name, Doc: "d", Run: run, Requires: requires}
	}
	tests := []struct {
		cs   []*Check
		want []int
	}{
		{nil, []int{}},
		{[]*Check{mk("a")}, []int{0}},
		{[]*Check{mk("a"), mk("b"), mk("c")}, []int{0, 1, 2}},
		// c needs b: b goes first among those before c.
		{[]*Check{mk("a"), mk("b"), mk("c", "b"), mk("d")}, []int{1, 0, 2, 3}},
		// Two checks with needs, each segment on its own.
		{[]*Check{mk("a"), mk("b"), mk("c", "b"), mk("d"), mk("e"), mk("f", "e", "a"), mk("g")}, []int{1, 0, 2, 4, 3, 5, 6}},
		{[]*Check{mk("a"), mk("b", "a")}, []int{0, 1}},
	}
	for _, tt := range tests {
		got := schedule(tt.cs)
		if !slices.Equal(got, tt.want) {
			t.Errorf("schedule: %v; want %v", got, tt.want)
		}
		// Whatever the order, every check before one with needs comes
		// before it: the wait in parallel ends.
		pos := make([]int, len(got))
		for k, i := range got {
			pos[i] = k
		}
		for i, c := range tt.cs {
			for j := range i {
				if len(c.Requires) > 0 && pos[j] > pos[i] {
					t.Errorf("%v: check %d runs after %d, which waits for it", got, j, i)
				}
			}
		}
	}
}
