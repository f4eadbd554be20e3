package entities

import (
	"slices"
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

// The fast forms of a run of Han characters are the forms the long way.
func TestHanForms(t *testing.T) {
	for _, s := range []string{"在食用受污染宠物食品后死亡的宠物", "谢谢", "中", "北京"} {
		fast, slow := formsOfWord(s), formsOf(s)
		if fast.folded != slow.folded || fast.lower != slow.lower || fast.cap != slow.cap || fast.acro != slow.acro ||
			fast.trans != slow.trans || !slices.Equal(fast.parts, slow.parts) || !slices.Equal(fast.phon, slow.phon) ||
			len(fast.alts) != len(slow.alts) {
			t.Errorf("%q: fast %+v, slow %+v", s, *fast, slow)
		}
	}
}
