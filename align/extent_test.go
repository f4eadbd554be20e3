package align_test

import (
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// Extent covers the beads from their first target sentence to their
// last, and each source document's sentences likewise; a source-only
// bead widens the sources alone.
func TestExtent(t *testing.T) {
	sp := func(a, b int) corpus.Span { return corpus.Span{Start: a, End: b} }
	beads := []align.SentenceLink{
		{Target: []corpus.Span{sp(10, 20)}, Sources: []align.SourceSentences{{Doc: 0, Spans: []corpus.Span{sp(5, 15)}}}},
		{Sources: []align.SourceSentences{{Doc: 1, Spans: []corpus.Span{sp(40, 50)}}}},
		{Target: []corpus.Span{sp(21, 30), sp(31, 35)}, Sources: []align.SourceSentences{{Doc: 0, Spans: []corpus.Span{sp(16, 25)}}}},
	}
	target, sources, ok := align.Extent(beads)
	if !ok || target != sp(10, 35) || len(sources) != 2 || sources[0] != sp(5, 25) || sources[1] != sp(40, 50) {
		t.Errorf("got %v %v %v", target, sources, ok)
	}
	if _, sources, ok := align.Extent(beads[1:2]); ok || sources[1] != sp(40, 50) {
		t.Errorf("a source-only bead: got %v %v", sources, ok)
	}
	if _, _, ok := align.Extent(nil); ok {
		t.Error("no beads: got ok")
	}
}
