package lcs

import (
	"math/rand/v2"
	"testing"
)

// lcsTable is the plain dynamic programme that bitsLength replaces.
func lcsTable(a, b []rune) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// TestLength checks the bit-parallel LCS against the table on random
// words: short and long (past 64 runes), with runes inside and beyond the
// mask table, reusing one scratch as the aligner's cognate passes do, and
// through Of's pool.
func TestLength(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alpha := []rune("abcdeé€中Āab")
	var scratch []int
	for k := range 20000 {
		n := 12
		if k%4 == 0 {
			n = 70
		}
		word := func() []rune {
			w := make([]rune, r.IntN(n))
			sz := 2 + r.IntN(len(alpha)-1)
			for i := range w {
				w[i] = alpha[r.IntN(sz)]
			}
			return w
		}
		a, b := word(), word()
		want := lcsTable(a, b)
		if got := Length(a, b, &scratch); got != want {
			t.Fatalf("Length(%q, %q) = %d; want %d", string(a), string(b), got, want)
		}
		if got := Of(a, b); got != want {
			t.Fatalf("Of(%q, %q) = %d; want %d", string(a), string(b), got, want)
		}
	}
}
