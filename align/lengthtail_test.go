package align_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// lengthTailSource is an English news item of three paragraphs; the third
// opens with a one-word clause ("Critics,"), where a merge may cut it.
const lengthTailSource = `The city council of Lyon approved the new budget on Monday after a long debate about schools and roads.

The mayor said the plan would help families in the northern districts.

Critics, including the opposition leader Marc Dubois, warned that taxes would rise by 12 percent next year.
`

// TestMergeOnLengthTail aligns translations of three paragraphs whose
// second paragraph shares no word with its source, next to a third that
// shares a name and a number with its own: order and lengths must place
// the second. A paragraph's length against the one-word clause that opens
// the other side's third paragraph fits no translation, yet it once gave
// a merge more length evidence than the pairs it replaced (see
// lengthGC.pullIn): in French the target's second and third paragraphs
// were merged against the source's third, in German the source's second
// and third against the target's third.
func TestMergeOnLengthTail(t *testing.T) {
	testCases := []struct {
		name   string
		lang   language.Tag
		target string
	}{
		{"fr-en, two target paragraphs", language.French, `Le conseil municipal de Lyon a adopté lundi le nouveau budget après un long débat sur les écoles et les routes.

Selon le maire, cette mesure soulagera surtout les ménages modestes qui habitent au nord.

Ses détracteurs, dont le chef de l'opposition Marc Dubois, ont averti que les impôts augmenteraient de 12 % l'an prochain.
`},
		{"de-en, two source paragraphs", language.German, `Der Stadtrat von Lyon hat am Montag nach langer Debatte über Schulen und Straßen den neuen Haushalt beschlossen.

Laut dem Bürgermeister wird die Maßnahme vor allem einkommensschwache Haushalte im Norden entlasten.

Kritiker, darunter Oppositionsführer Marc Dubois, warnten, dass die Steuern im kommenden Jahr um 12 Prozent steigen würden.
`},
	}
	const want = "target 1 <- source.en.txt#1\ntarget 2 <- source.en.txt#2\ntarget 3 <- source.en.txt#3\n"
	load := func(name, text string, lang language.Tag) *corpus.Document {
		d, err := corpus.Load(name, []byte(text), corpus.Options{Lang: lang, Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			src := load("source.en.txt", lengthTailSource, language.English)
			tgt := load("target.txt", tc.target, tc.lang)
			a, err := align.New(align.Options{}).Align(tgt, []*corpus.Document{src})
			if err != nil {
				t.Fatal(err)
			}
			if got := render(a); got != want {
				t.Errorf("got\n%swant\n%s", got, want)
			}
		})
	}
}
