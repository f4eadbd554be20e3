package entities_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

func TestEntities(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt string
		want                             string // flagged target text, or "omitted:NAME"; "" for none
	}{
		{"name replaced", "es", "en",
			"Si bien Del Potro tuvo una ventaja, el partido siguió.",
			"Although Queen Mary had an early lead, the match went on.", "Queen Mary"},
		{"name omitted", "cs", "en",
			"Pořad moderoval známý historik Henry Luis Gates.",
			"The show was hosted by the well-known historian.", "omitted:Henry Luis Gates"},
		{"polish case ending", "pl", "en",
			"Drużyna trenera Miłosza Stępińskiego wygrała.",
			"The team of coach Miłosz Stępiński won.", ""},
		{"diacritics dropped", "pl", "en",
			"Drużyna trenera Miłosza Stępińskiego wygrała.",
			"The team of coach Milosz Stepinski won.", ""},
		{"exonym from the rule data", "pl", "en",
			"Spotkanie odbyło się w Paryżu i w Gandawie.",
			"The meeting took place in Paris and in Ghent.", ""},
		{"acronym reordered", "es", "en",
			"Encontraron ADN del virus en la muestra.",
			"They found DNA of the virus in the sample.", ""},
		{"acronym localised through the rule data", "fr", "en",
			"Il veut porter l'affaire devant la CEDH demain.",
			"He wants to bring the case before the ECHR tomorrow.", ""},
		{"russian transliterated", "ru", "en",
			"Об этом сообщил журналист Райан Кеннеди.",
			"This was reported by journalist Ryan Kennedy.", ""},
		{"russian name replaced", "ru", "en",
			"Об этом сообщил журналист Райан Кеннеди.",
			"This was reported by journalist Oprah Winfrey.", "Oprah Winfrey"},
		{"latin name in a japanese source omitted", "ja", "en",
			"米国地質調査所(USGS)に報告は入っていません。",
			"No reports have been received by the Geological Survey.", "omitted:USGS"},
		{"german common nouns are no names", "de", "en",
			"Der Mann arbeitet als Freiwilliger für die Diözese.",
			"The man works as a volunteer for the diocese.", ""},
		{"german multiword name omitted", "de", "en",
			"Der nördliche Teil oder die Sentinel Range hat hohe Berge.",
			"The northern part has high mountains.", "omitted:Sentinel Range"},
		{"german target: no omission by count", "en", "de",
			"The Big Bang made the Earth.",
			"Der Urknall schuf die Erde.", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a := pairtest.Pair(t, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, 1)
			fs, err := checks.Run(a, []*checks.Check{entities.Check})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				if f.Category == "accuracy/omission" {
					got = append(got, "omitted:"+a.Sources[f.Source.Doc].Slice(f.Source.Span))
				} else {
					got = append(got, a.Target.Slice(f.Span))
				}
				if f.Severity != checks.Info {
					t.Errorf("severity %s; want info (a hint, see doc.go)", f.Severity)
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
