package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestTranslitCognates checks that Cyrillic words match Latin cognates
// once transcribed, in either direction, and that short or unrelated
// words do not.
func TestTranslitCognates(t *testing.T) {
	testCases := []struct {
		name         string
		cyr, lat     string
		cyrLang      language.Tag
		latLang      language.Tag
		cword, lword string
		want         bool
	}{
		{"ukrainian borrowing", "Нова інформація з'явилася вчора.", "New information appeared yesterday.", language.Ukrainian, language.English, "інформація", "information", true},
		{"russian adjective", "Это патриотическая песня.", "It is a patriotic song.", language.Russian, language.English, "патриотическая", "patriotic", true},
		{"czech cognate", "Президент підписав закон.", "Prezident podepsal zákon.", language.Ukrainian, language.Czech, "президент", "prezident", true},
		{"unrelated words", "Вчора падав сніг.", "Yesterday it snowed heavily.", language.Ukrainian, language.English, "вчора", "yesterday", false},
		{"same start, other word", "Його прохання виконали.", "The program ran.", language.Ukrainian, language.English, "прохання", "program", false},
		{"short word", "Його звуть Ян.", "His name is Jan.", language.Ukrainian, language.English, "звуть", "name", false},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			cf := extract(load(t, tc.cyr, tc.cyrLang))
			lf := extract(load(t, tc.lat, tc.latLang))
			for _, dir := range []string{"cyrillic target", "latin target"} {
				tf, sf, tw, sw := cf, lf, tc.cword, tc.lword
				if dir == "latin target" {
					tf, sf, tw, sw = lf, cf, tc.lword, tc.cword
				}
				found := false
				matchTranslitCognates(tf, sf, func(ti, si int32, m float32) {
					found = found || tf.types[ti].key == tw && sf.types[si].key == sw
				})
				if found != tc.want {
					t.Errorf("%s: %s ~ %s matched %v; want %v", dir, tw, sw, found, tc.want)
				}
			}
		})
	}
}
