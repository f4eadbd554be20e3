package align

import "github.com/crossread/crossread/corpus"

// Options tune an aligner. The zero value is the default.
type Options struct{}

// New returns the default paragraph aligner.
func New(opt Options) Aligner { return stub{} }

type stub struct{}

// Align is a placeholder that leaves everything unaligned.
func (stub) Align(target *corpus.Document, sources []*corpus.Document) (*Alignment, error) {
	a := &Alignment{Target: target, Sources: sources}
	for i := range target.Paragraphs {
		a.Links = append(a.Links, Link{Target: []int{i}})
	}
	for d, s := range sources {
		for j := range s.Paragraphs {
			a.Links = append(a.Links, Link{Sources: []SourceParas{{Doc: d, Paras: []int{j}}}})
		}
	}
	return a, nil
}
