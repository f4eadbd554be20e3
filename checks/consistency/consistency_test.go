package consistency_test

import (
	"testing"

	"github.com/crossread/crossread/checks/consistency"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

func TestConsistency(t *testing.T) {
	testCases := []struct {
		name, tgtLang, tgt string
		want               string // flagged target text, "; "-joined
	}{
		{"nickname usual, real name once", "en",
			"Old Huang said so.\n\nOld Huang smiled.\n\nHuang left early.", "Huang"},
		{"real name usual: the names check flags the nickname", "de",
			"Zuckerberg sprach.\n\nZuckerberg lachte.\n\nXiao Zha ging.", ""},
		{"one name throughout", "fr",
			"Mark Zuckerberg parle.\n\nZuckerberg rit.", ""},
		{"diacritics dropped once", "en",
			"Coach Stępiński won.\n\nStępiński smiled.\n\nStepinski left.", "Stepinski"},
		{"case only is no inconsistency", "en",
			"Apple grew.\n\nAPPLE shares rose.", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if g := pairtest.Spans(pairtest.Run(t, consistency.Check, "Source text.", tc.tgt, "zh", tc.tgtLang, 0)); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
