package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

// Languages without tables of their own read digits with their own
// separators, not with English ones.
func TestFallbackSeparators(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		{"nl", "een cluster van 100.000 GPU's", 100000},
		{"nl", "een groei van 2,5 procent", 2.5},
		{"sv", "ökade med 2,5 procent", 2.5},
		{"tr", "1.250 kişi", 1250},
		{"en", "1.250 people", 1.25},
		{"ko", "1,250명", 1250},
	} {
		qs := Extract(c.text, language.MustParse(c.lang))
		if len(qs) == 0 || qs[0].Value != c.want {
			t.Errorf("%s %q: got %+v; want %v", c.lang, c.text, qs, c.want)
		}
	}
	if Knows(language.Swahili) || !Knows(language.German) || !Knows(language.Dutch) {
		t.Error("Knows: want Swahili unknown, German and Dutch known")
	}
}
