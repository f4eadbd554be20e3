package align

import (
	"math/rand/v2"
	"testing"
)

// lcsTable is the plain dynamic programme that lcsBits replaces.
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

// TestLCSBits checks the bit-parallel LCS against the table on random
// words: short and long (past 64 runes), with runes inside and beyond the
// mask table, reusing one scratch as matchCognates does.
func TestLCSBits(t *testing.T) {
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
		if got, want := lcs(a, b, &scratch), lcsTable(a, b); got != want {
			t.Fatalf("lcs(%q, %q) = %d; want %d", string(a), string(b), got, want)
		}
	}
}
