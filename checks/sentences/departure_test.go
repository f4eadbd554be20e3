package sentences

import (
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// TestBeadAt finds the bead of an offset by binary search, over beads
// without target sentences too.
func TestBeadAt(t *testing.T) {
	sp := func(a, b int) []corpus.Span { return []corpus.Span{{Start: a, End: b}} }
	beads := []align.SentenceLink{
		{Target: sp(0, 10)},
		{}, // a source sentence left out
		{Target: []corpus.Span{{Start: 11, End: 20}, {Start: 21, End: 30}}},
		{},
		{},
		{Target: sp(31, 40)},
	}
	testCases := []struct{ off, want int }{
		{0, 0}, {9, 0}, {10, -1}, {11, 2}, {25, 2}, {30, -1}, {31, 5}, {39, 5}, {40, -1}, {99, -1},
	}
	for _, tc := range testCases {
		if got := beadAt(beads, tc.off); got != tc.want {
			t.Errorf("beadAt(%d) = %d; want %d", tc.off, got, tc.want)
		}
	}
	if got := beadAt(nil, 0); got != -1 {
		t.Errorf("beadAt on no beads = %d; want -1", got)
	}
}
