package align_test

import (
	"fmt"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func TestWhole(t *testing.T) {
	load := func(s string) *corpus.Document {
		d, err := corpus.Load("x", []byte(s), corpus.Options{Lang: language.English})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	testCases := []struct {
		name, tgt string
		srcs      []string
		segment   bool
		want      string
	}{
		{"segment pair", "Eins.", []string{"One."}, true, "[{[0] [{0 [0]}] 1}]"},
		{"two sources", "Eins.", []string{"One.", "Uno."}, true, "[{[0] [{0 [0]} {1 [0]}] 1}]"},
		{"several paragraphs", "A\n\nB", []string{"a\n\nb"}, false, "[{[0 1] [{0 [0 1]}] 1}]"},
		{"empty target", "", []string{"One."}, false, "[{[] [{0 [0]}] 0}]"},
		{"empty source", "Eins.", []string{""}, false, "[{[0] [] 0}]"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			var srcs []*corpus.Document
			for _, s := range tc.srcs {
				srcs = append(srcs, load(s))
			}
			tgt := load(tc.tgt)
			if got := align.IsSegment(tgt, srcs); got != tc.segment {
				t.Errorf("IsSegment = %v; want %v", got, tc.segment)
			}
			if got := fmt.Sprint(align.Whole(tgt, srcs).Links); got != tc.want {
				t.Errorf("got %s; want %s", got, tc.want)
			}
		})
	}
}
