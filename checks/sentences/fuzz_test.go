package sentences

import (
	"math"
	"strings"
	"testing"
)

// FuzzParseLengths: the lengths table's parser returns a table or an
// error naming file:line, never panics.
func FuzzParseLengths(f *testing.F) {
	f.Add(lengthsData)
	f.Add("de\t112\t0.2\n")
	f.Add("# comment\n\nxx\t-1\tNaN\n")
	f.Fuzz(func(t *testing.T, data string) {
		m, err := parseLengths("f.tsv", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tsv:") {
				t.Errorf("error without its file and line: %v", err)
			}
			return
		}
		for lang, lm := range m {
			if math.IsNaN(lm.logScale) || math.IsInf(lm.logScale, 0) || !(lm.sd >= 0 && lm.sd <= 1) {
				t.Errorf("%s: a model that is no number: %+v", lang, lm)
			}
		}
	})
}

// FuzzParseWordshare: the word-share table's parser returns a table or
// an error naming file:line, never panics.
func FuzzParseWordshare(f *testing.F) {
	f.Add(wordshareData)
	f.Add("de\t0.2\t3\n")
	f.Add("# comment\n\nxx\tNaN\t1\nde\t0.2\tNaN\n")
	f.Fuzz(func(t *testing.T, data string) {
		m, err := parseWordshare("f.tsv", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tsv:") {
				t.Errorf("error without its file and line: %v", err)
			}
			return
		}
		for lang, v := range m {
			if !(v.rate > 0 && v.rate <= 1 && v.most >= v.rate && v.most <= 10) {
				t.Errorf("%s: a worth out of range: %v", lang, v)
			}
		}
	})
}
