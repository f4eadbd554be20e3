package punctuation_test

import (
	"testing"

	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/punctuation"
)

func TestPunctuation(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt, want string
	}{
		{"sentences run together", "en", "de",
			"They used 240,000 GPUs! Release is expected in 2025.",
			"Sie nutzten 240.000 GPUs, die zusammen verwendet wurden!Voraussichtliche Veröffentlichung 2025.", "!→ "},
		{"a question run together", "en", "fr",
			"Is it enough? Nobody knows.",
			"Est-ce assez?Personne ne le sait.", "?→ "},
		{"spaced as it should be", "en", "de",
			"They used GPUs! Release is next year.",
			"Sie nutzten GPUs! Die Veröffentlichung folgt.", ""},
		{"a name with a mark inside", "en", "en",
			"He wrote on Yahoo!Answers.",
			"He wrote on Yahoo!Answers.", ""},
		{"inside an address", "en", "de",
			"See https://example.com/wow!Now for more.",
			"Siehe https://example.com/wow!Now für mehr.", ""},
		// Glued as in the first case, but Japanese writes no spaces.
		{"a script without spaces", "en", "ja",
			"Is it good? Yes.",
			"それはgood?Yesです。", ""},
		{"the same in a spaced script", "en", "en",
			"Is it good? Yes.",
			"It is good?Yes it is.", "?→ "},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pairtest.Check(t, punctuation.Check, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, 1); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}
