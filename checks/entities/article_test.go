package entities_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

// TestArticleDropped: in a target that capitalises its nouns, an English
// name of "The" and common words kept without the article reads as the
// common noun.
func TestArticleDropped(t *testing.T) {
	const en = "According to a report by The Information, OpenAI spends $3 billion on training models."
	for _, tc := range []struct {
		name, src, tgt, tl, want string
	}{
		{"de without the article", en, "Einem Bericht von Information zufolge gibt OpenAI 3 Milliarden US-Dollar für das Training von Modellen aus.", "de", "Information→The "},
		{"de with it", en, "Einem Bericht von The Information zufolge gibt OpenAI 3 Milliarden US-Dollar für das Training von Modellen aus.", "de", ""},
		{"de, a name of no German word", "According to The Guardian, the talks failed.", "Laut dem Guardian sind die Gespräche gescheitert.", "de", ""},
		{"de, the German article before the name", "In a statement shared with The Times, she said so.", "In einer mit der Times geteilten Erklärung sagte sie das.", "de", ""},
		{"fr capitalises names only", en, "Selon un rapport d'Information, OpenAI dépense 3 milliards de dollars pour entraîner ses modèles.", "fr", ""},
		{"de, the article opening the sentence is none of the name", "The Information Commissioner said so.", "Der Informationsbeauftragte sagte das.", "de", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, fs := pairtest.Run(t, entities.Check, tc.src, tc.tgt, "en", tc.tl, 1)
			var got []string
			for _, f := range fs {
				if strings.Contains(f.Message, "without its article") {
					g := a.Target.Slice(f.Span)
					for _, fx := range f.Fixes {
						g += "→" + fx.Edits[0].New
					}
					got = append(got, g)
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
