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

// TestFoldsAsIs: every character foldsAsIs lets through is one the
// folding chain of its script leaves as it is (kana keep their voicing
// marks: が is not か).
func TestFoldsAsIs(t *testing.T) {
	n := 0
	fo := newFolder()
	for r := rune(0x3000); r <= 0xD7FF; r++ {
		if !foldsAsIs(string(r)) {
			continue
		}
		n++
		if got, _, _ := transform.String(fo.chain(string(r)), string(r)); got != string(r) {
			t.Fatalf("%U folds to %q", r, got)
		}
	}
	if n < 30000 {
		t.Errorf("only %d characters fold as they are", n)
	}
	for _, s := range []string{"", "北京a", "\uF900", "ｶﾞ", "か\u3099", "ＡＢ"} {
		if foldsAsIs(s) {
			t.Errorf("%q taken to fold as it is", s)
		}
	}
}
