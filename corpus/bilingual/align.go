package bilingual

import (
	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// Aligner returns the alignment a bilingual file holds: each target
// paragraph linked to the source paragraph of its unit, with score 1. A
// unit with text on one side only leaves that paragraph unaligned.
// Documents that are not from a bilingual file are an error.
var Aligner align.Aligner = unitAligner{}

type unitAligner struct{}

func (unitAligner) Align(target *corpus.Document, sources []*corpus.Document) (*align.Alignment, error) {
	if len(sources) != 1 || len(target.Units) != len(target.Paragraphs) || len(sources[0].Units) != len(sources[0].Paragraphs) {
		return nil, errNotBilingual
	}
	src := sources[0]
	byOrdinal := map[int]int{}
	for j, u := range src.Units {
		byOrdinal[u.Ordinal] = j
	}
	a := &align.Alignment{Target: target, Sources: sources}
	used := make([]bool, len(src.Paragraphs))
	for i, u := range target.Units {
		l := align.Link{Target: []int{i}}
		if j, ok := byOrdinal[u.Ordinal]; ok {
			l.Sources = []align.SourceParas{{Doc: 0, Paras: []int{j}}}
			l.Score = 1
			used[j] = true
		}
		a.Links = append(a.Links, l)
	}
	for j, ok := range used {
		if !ok {
			a.Links = append(a.Links, align.Link{Sources: []align.SourceParas{{Doc: 0, Paras: []int{j}}}})
		}
	}
	return a, nil
}
