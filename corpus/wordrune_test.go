package corpus

import (
	"testing"
	"unicode/utf8"
)

func TestWordRunes(t *testing.T) {
	preds := map[string]func(rune) bool{"IsWordRune": IsWordRune, "IsApostrophe": IsApostrophe}
	for _, c := range []struct {
		pred string
		r    rune
		want bool
	}{
		{"IsWordRune", 'a', true},
		{"IsWordRune", 'Ö', true},
		{"IsWordRune", '7', true},
		{"IsWordRune", '٣', true},      // Arabic-Indic digit
		{"IsWordRune", '中', true},      // Han
		{"IsWordRune", 'ा', true},      // Devanagari vowel sign, spacing (Mc)
		{"IsWordRune", '्', true},      // Devanagari virama (Mn)
		{"IsWordRune", '\u0301', true}, // combining acute (Mn)
		{"IsWordRune", ' ', false},
		{"IsWordRune", '-', false},
		{"IsWordRune", '\'', false},
		{"IsWordRune", '’', false},
		{"IsWordRune", '.', false},
		{"IsWordRune", '$', false},
		{"IsWordRune", '²', false}, // a superscript is a number, not a digit
		{"IsWordRune", utf8.RuneError, false},
		{"IsApostrophe", '\'', true},
		{"IsApostrophe", '’', true},
		{"IsApostrophe", '‘', false},
		{"IsApostrophe", '`', false},
		{"IsApostrophe", 'a', false},
	} {
		if got := preds[c.pred](c.r); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.pred, c.r, got, c.want)
		}
	}
}
