package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestTokenSurprise checks that sharing a rare name is more surprising than
// sharing a word found in most paragraphs, and sharing nothing not at all.
func TestTokenSurprise(t *testing.T) {
	tf := featOf(t, language.German,
		"Der Server von Wayland startet heute.",
		"Der Server läuft.",
		"Nichts davon.")
	sf := featOf(t, language.English,
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
