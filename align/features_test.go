package align

import (
	"testing"

	"golang.org/x/text/transform"
)

// TestLatinFoldRuneByRune: the table folded in one pass holds what the
// chain gives each rune alone.
func TestLatinFoldRuneByRune(t *testing.T) {
	tab := latinFold()
	for r := range rune(latinFoldEnd) {
		want, _, err := transform.String(foldChain(), string(r))
		if err != nil {
			t.Fatal(err)
		}
		if tab[r] != want {
			t.Errorf("%U: table %q, alone %q", r, tab[r], want)
		}
	}
}
