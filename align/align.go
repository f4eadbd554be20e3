package align

import (
	"github.com/crossread/crossread/corpus"
)

// SourceParas names paragraphs of one source document.
type SourceParas struct {
	Doc   int   // index into Alignment.Sources
	Paras []int // 0-based paragraph indices, ascending
}

// Link is one bead of an alignment: target paragraphs and the source
// paragraphs they translate. A link with no Sources is an unaligned target
// paragraph; one with no Target is a source paragraph nobody translated.
type Link struct {
	Target  []int         // 0-based target paragraph indices, ascending, contiguous
	Sources []SourceParas // empty for an unaligned target paragraph
	Score   float64       // confidence in [0, 1]; 0 for unaligned paragraphs
}

// Alignment is the result of aligning a target with its sources.
//
// Every target paragraph appears in exactly one Link; every source paragraph
// that no target paragraph is linked to appears in a Link with an empty
// Target. Links are ordered by target paragraph, then source-only links by
// source document and paragraph.
type Alignment struct {
	Target  *corpus.Document
	Sources []*corpus.Document
	Links   []Link
}

// LinkFor returns the link that holds target paragraph i, or nil. It scans
// the links: a caller asking for many paragraphs asks an Index.
func (a *Alignment) LinkFor(i int) *Link {
	for k := range a.Links {
		for _, t := range a.Links[k].Target {
			if t == i {
				return &a.Links[k]
			}
		}
	}
	return nil
}

// Aligned returns the links that have both target and source paragraphs.
func (a *Alignment) Aligned() []Link {
	var out []Link
	for _, l := range a.Links {
		if len(l.Target) > 0 && len(l.Sources) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// Aligner aligns a target document with its sources.
type Aligner interface {
	Align(target *corpus.Document, sources []*corpus.Document) (*Alignment, error)
}

// Index finds the link of a target paragraph in constant time. It holds
// for the links a had when it was made.
type Index struct {
	a  *Alignment
	of []int // target paragraph → index into a.Links, -1 for none
}

// Valid reports whether x was made by Alignment.Index.
func (x Index) Valid() bool { return x.a != nil }

// LinkFor returns the link that holds target paragraph i, or nil.
func (x Index) LinkFor(i int) *Link {
	if i < 0 || i >= len(x.of) || x.of[i] < 0 {
		return nil
	}
	return &x.a.Links[x.of[i]]
}

// Index indexes the links of a by target paragraph.
func (a *Alignment) Index() Index {
	out := make([]int, len(a.Target.Paragraphs))
	for i := range out {
		out[i] = -1
	}
	for k, l := range a.Links {
		for _, t := range l.Target {
			if t >= 0 && t < len(out) && out[t] < 0 {
				out[t] = k
			}
		}
	}
	return Index{a, out}
}
