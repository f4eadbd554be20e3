package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

func TestSeparators(t *testing.T) {
	testCases := []struct {
		tag            string
		decimal, group rune
	}{
		{"en", '.', ','},
		{"de", ',', '.'},
		{"de-DE", ',', '.'},
		{"de-CH", '.', '’'},
		{"de-AT", ',', '\u00a0'},
		{"fr", ',', '\u202f'}, // CLDR 48; x/text's older CLDR has U+00A0
		{"fr-FR", ',', '\u202f'},
		{"es-MX", '.', ','},
		{"pt-AO", ',', '\u00a0'},
		{"sv", ',', '\u00a0'},
		{"no", ',', '\u00a0'},
		{"nb", ',', '\u00a0'},
		{"tr", ',', '.'},
		{"hi", '.', ','},
		{"ar", '٫', '٬'},
		{"mn", '.', ','},
		{"und", '.', ','},
	}
	for _, tc := range testCases {
		d, g := Separators(language.Make(tc.tag))
		if d != tc.decimal || g != tc.group {
			t.Errorf("Separators(%s): got %q, %q; want %q, %q", tc.tag, d, g, tc.decimal, tc.group)
		}
	}
}
