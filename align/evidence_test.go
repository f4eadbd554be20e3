package align

import (
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestEvidence: what a sentence and its translation share, and what a
// sentence and another text do not.
func TestEvidence(t *testing.T) {
	for _, c := range []struct {
		name, src, srcLang, tgt, tgtLang string
		matched                          bool
	}{
		{"a scale word the number reader does not know", "Приехали около 500 тыс. человек.", "ru", "About 500,000 people arrived.", "en", true},
		{"a number inside an identifier", "The 1500m final starts at noon.", "en", "Финал на 1500 м начнётся в полдень.", "ru", true},
		{"a year written with two digits", "2018年に開業した。", "ja", "It opened in '18.", "en", true},
		{"a headline in title case shares no name", "Storm Leaves Thousands Without Power", "en", "Der Sturm ließ Tausende ohne Strom.", "de", false},
		{"words in capitals are no acronyms", "THE CARDS ARE STICKING OUT", "en", "LES CARTES DÉPASSENT", "fr", false},
		{"another text", "Siemens raised its forecast to 4.2 billion euros.", "en", "Le chat dormait sur le rebord de la fenêtre.", "fr", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := corpus.Load("s", []byte(c.src), corpus.Options{Lang: language.Make(c.srcLang), Format: corpus.FormatText})
			d, _ := corpus.Load("t", []byte(c.tgt), corpus.Options{Lang: language.Make(c.tgtLang), Format: corpus.FormatText})
			e := Evidence(d, []corpus.Span{d.Paragraphs[0].Span}, s, []corpus.Span{s.Paragraphs[0].Span})
			if got := e.Source.Numbers[1]+e.Source.Names[1] > 0; got != c.matched {
				t.Errorf("a number or name matched: %v; want %v (%+v)", got, c.matched, e)
			}
		})
	}
}
