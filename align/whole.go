package align

import "github.com/crossread/crossread/corpus"

// Whole returns the alignment of documents known to be translations of
// each other as a whole, such as the segment pairs of a translation
// pipeline: one link holding every target paragraph and every source
// paragraph, with score 1. A target without paragraphs gets no link; its
// source paragraphs are listed as left out.
func Whole(target *corpus.Document, sources []*corpus.Document) *Alignment {
	a := &Alignment{Target: target, Sources: sources}
	l := Link{Score: 1}
	for i := range target.Paragraphs {
		l.Target = append(l.Target, i)
	}
	for d, s := range sources {
		if len(s.Paragraphs) == 0 {
			continue
		}
		sp := SourceParas{Doc: d}
		for j := range s.Paragraphs {
			sp.Paras = append(sp.Paras, j)
		}
		l.Sources = append(l.Sources, sp)
	}
	switch {
	case len(l.Target) == 0:
		for _, sp := range l.Sources {
			a.Links = append(a.Links, Link{Sources: []SourceParas{sp}})
		}
	case len(l.Sources) == 0:
		l.Score = 0
		for _, i := range l.Target {
			a.Links = append(a.Links, Link{Target: []int{i}})
		}
	default:
		a.Links = append(a.Links, l)
	}
	return a
}

// IsSegment reports whether target and sources are each a single
// paragraph: a segment pair, which Whole aligns without search.
func IsSegment(target *corpus.Document, sources []*corpus.Document) bool {
	if len(target.Paragraphs) != 1 || len(sources) == 0 {
		return false
	}
	for _, s := range sources {
		if len(s.Paragraphs) != 1 {
			return false
		}
	}
	return true
}
