package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestWordsFastPath compares words, which cuts ASCII itself, with uniseg
// cutting the whole paragraph, on random text of the characters whose
// classes UAX #29 treats apart, with and without letters beyond ASCII.
func TestWordsFastPath(t *testing.T) {
	ascii := []string{"a", "Z", "7", "0", "_", ":", ".", "'", ",", ";", " ", "  ", "\"", "-", "!", "\n", "\r\n", "\t", "(", "$", "%"}
	other := []string{"é", "\u0301", "’", "‘", "·", "中", "国", "ア", "я", "ש", "\u05f3", "\u200d", "\u00ad", "🇩", "🇪", "٫", "\u3000", "—"}
	rng := rand.New(rand.NewPCG(29, 1))
	for n := range 20000 {
		alphabet := ascii
		if n%2 == 1 {
			alphabet = append(slices.Clone(ascii), other...)
		}
		checkWords(t, randomText(rng, alphabet, 24))
	}
	for _, s := range []string{"e.g. it's 3.14, 1,000;2 a:b _x x_ 3D A1 U.S.A.", "can't  stop", "x \u0301y", "  lead", "end  "} {
		checkWords(t, s)
	}
}

// FuzzWords: words agrees with uniseg on any text.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"e.g. it's 3.14, 1,000", "Meta’s 中国 x \u0301y", "a:b_c 1;2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWords(t, s) })
}

func checkWords(t *testing.T, s string) {
	t.Helper()
	got := words(s, Span{0, len(s)})
	want := unisegWords(s, 0, len(s), nil)
	if !slices.Equal(got, want) {
		t.Fatalf("words(%q) = %v, uniseg %v", s, got, want)
	}
}

// randomText strings together up to n pieces of alphabet, at least one.
func randomText(rng *rand.Rand, alphabet []string, n int) string {
	var b strings.Builder
	for range 1 + rng.IntN(n) {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}
