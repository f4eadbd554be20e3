package align

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/corpus"
)

// TestTokenSurprise checks that sharing a rare name is more surprising than
// sharing a word found in most paragraphs, and sharing nothing not at all.
func TestTokenSurprise(t *testing.T) {
	load := func(lang language.Tag, paras ...string) *docFeat {
		d, err := corpus.Load("t.txt", []byte(strings.Join(paras, "\n\n")), corpus.Options{Lang: lang, Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		f := extract(d)
		f.weigh()
		return f
	}
	tf := load(language.German,
		"Der Server von Wayland startet heute.",
		"Der Server läuft.",
		"Nichts davon.")
	sf := load(language.English,
		"Wayland starts today.",
		"The server runs.",
		"The server is down.",
		"The server is up.",
		"Another server here.")
	w := &work{t: tf, srcs: []*docFeat{sf}, scs: []*scorer{newScorer(tf, sf)}}
	name := w.tokenSurprise(0, 0, 0)   // shares Wayland, in one paragraph
	common := w.tokenSurprise(0, 1, 1) // shares server, in four of five
	none := w.tokenSurprise(0, 2, 0)
	if !(name > common) || none != 0 {
		t.Errorf("got name %.2f, common %.2f, none %.2f; want name > common and none 0", name, common, none)
	}
}
