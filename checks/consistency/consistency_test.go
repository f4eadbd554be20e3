package consistency_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
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
			a := pairtest.Pair(t, "Source text.", tc.tgt, "zh", tc.tgtLang, 0)
			fs, err := checks.Run(a, []*checks.Check{consistency.Check})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				got = append(got, a.Target.Slice(f.Span))
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
