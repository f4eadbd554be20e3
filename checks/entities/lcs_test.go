package entities

import (
	"math/rand/v2"
	"testing"
)

// TestLCSBitParallel compares the bit-parallel count of the longest
// common subsequence with the table's on random words of a few letters,
// up to 64 runes and past it.
func TestLCSBitParallel(t *testing.T) {
	letters := []rune("abcdeéжш中")
	rng := rand.New(rand.NewPCG(7, 11))
	word := func(n int) []rune {
		w := make([]rune, n)
		for i := range w {
			w[i] = letters[rng.IntN(len(letters))]
		}
		return w
	}
	for range 20000 {
		a, b := word(rng.IntN(70)), word(rng.IntN(70))
		if got, want := lcsLength(a, b), lcsTable(a, b); got != want {
			t.Fatalf("lcsLength(%q, %q) = %d, want %d", string(a), string(b), got, want)
		}
	}
}
