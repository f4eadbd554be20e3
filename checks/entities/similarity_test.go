package entities

import (
	"strings"
	"testing"
)

// TestSimilarity: twice the longest common subsequence over the total
// length in runes, for names short enough for the stack and for longer.
func TestSimilarity(t *testing.T) {
	long := strings.Repeat("ab", 20)
	testCases := []struct {
		a, b string
		want float64
	}{
		{"kennedy", "kennedi", 12.0 / 14},
		{"abc", "abc", 1},
		{"abc", "xyz", 0},
		{"müller", "muller", 10.0 / 12},
		{"джексон", "джек", 8.0 / 11},
		{long, long + "c", 80.0 / 81},
		{"a", long, 2.0 / 41},
	}
	for _, tc := range testCases {
		if got := similarity(tc.a, tc.b); got != tc.want {
			t.Errorf("similarity(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
