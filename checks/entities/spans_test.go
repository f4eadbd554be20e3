package entities

import (
	"slices"
	"testing"

	"github.com/crossread/crossread/corpus"
)

func TestInsideAnyDisjoint(t *testing.T) {
	spans := disjoint([]corpus.Span{{Start: 30, End: 40}, {Start: 0, End: 5}, {Start: 3, End: 8}, {Start: 50, End: 60}})
	if want := []corpus.Span{{Start: 0, End: 8}, {Start: 30, End: 40}, {Start: 50, End: 60}}; !slices.Equal(spans, want) {
		t.Fatalf("disjoint = %v, want %v", spans, want)
	}
	for _, tc := range []struct {
		s    corpus.Span
		want bool
	}{
		{corpus.Span{Start: 0, End: 8}, true},
		{corpus.Span{Start: 4, End: 6}, true},
		{corpus.Span{Start: 7, End: 9}, false},
		{corpus.Span{Start: 10, End: 12}, false},
		{corpus.Span{Start: 30, End: 40}, true},
		{corpus.Span{Start: 55, End: 61}, false},
		{corpus.Span{Start: 61, End: 62}, false},
	} {
		if got := insideAny(tc.s, spans); got != tc.want {
			t.Errorf("insideAny(%v) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if insideAny(corpus.Span{Start: 1, End: 2}, nil) {
		t.Error("inside no span")
	}
}
