package entities_test

import "testing"

// TestCodeNameTranslated: a product name with a code whose other word the
// target translates beside the kept code is major, with the source's
// word as fix where no article before it carries the translated word's
// gender; a name kept, a series named by a plain number and a
// German noun before a code stay quiet.
func TestCodeNameTranslated(t *testing.T) {
	const en = "Samsung on Wednesday unveiled the Galaxy S25 Ultra, which goes on sale in Europe."
	for _, tc := range []struct {
		name, src, tgt, sl, tl, want string
	}{
		{"de translated", en, "Samsung hat am Mittwoch die Galaxie S25 Ultra vorgestellt, die in Europa in den Handel kommt.", "en", "de", "Galaxie"}, // "die Galaxy" would keep the wrong gender: no fix
		{"fr translated", en, "Samsung a dévoilé mercredi la Galaxie S25 Ultra, qui sera mise en vente en Europe.", "en", "fr", "Galaxie"},
		{"es translated", en, "Samsung presentó el miércoles la Galaxia S25 Ultra, que saldrá a la venta en Europa.", "en", "es", "Galaxia"},
		{"es translated, no article", "Samsung unveiled Galaxy S25 Ultra on Wednesday.", "Samsung presentó Galaxia S25 Ultra el miércoles.", "en", "es", "Galaxia→Galaxy"},
		{"de kept", en, "Samsung hat am Mittwoch das Galaxy S25 Ultra vorgestellt, das in Europa in den Handel kommt.", "en", "de", ""},
		{"a series by a plain number", "Verstappen won the Formula 1 race in Monaco.", "Verstappen gewann das Rennen der Formel 1 in Monaco.", "en", "de", ""},
		{"a german noun before a code", "Die Einnahme von Vitamin D3 hilft.", "Taking vitamins D3 helps.", "de", "en", ""},
		{"an inner capital kept", "Apple sold the new iPhone Air in Tokyo.", "Apple a vendu le nouvel iPhone Air à Tokyo.", "en", "fr", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := majors(t, tc.src, tc.tgt, tc.sl, tc.tl, "", "→"); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
