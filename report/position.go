package report

import (
	"sort"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
)

// positioner computes corpus.Document.Position for many offsets of one
// document. Position counts the grapheme clusters of the line up to the
// offset, which costs the length of the line; on a document that is one
// long line with thousands of findings that would be quadratic. positioner
// segments each line once instead.
type positioner struct {
	doc        *corpus.Document
	lineStarts []int
	clusters   map[int][]int // line index → byte offsets where its clusters start
}

func newPositioner(d *corpus.Document) *positioner {
	return &positioner{doc: d, lineStarts: d.LineStarts(), clusters: map[int][]int{}}
}

// position returns the same as p.doc.Position(orig).
func (p *positioner) position(orig int) corpus.Position {
	orig = clamp(orig, 0, len(p.doc.Orig))
	line := sort.SearchInts(p.lineStarts, orig+1) - 1
	start := p.lineStarts[line]
	if orig-start < 256 || (orig < len(p.doc.Orig) && !utf8.RuneStart(p.doc.Orig[orig])) {
		// Short prefixes are cheaper to count than to index; an offset
		// inside a rune is Position's to interpret.
		return p.doc.Position(orig)
	}
	starts, ok := p.clusters[line]
	if !ok {
		end := len(p.doc.Orig)
		if line+1 < len(p.lineStarts) {
			end = p.lineStarts[line+1]
		}
		s := p.doc.Orig[start:end]
		state := -1
		for off := start; s != ""; {
			starts = append(starts, off)
			var c string
			c, s, state = nextCluster(s, state)
			off += len(c)
		}
		p.clusters[line] = starts
	}
	// The clusters of the prefix are those of the line that start before
	// orig: segmentation only looks back.
	return corpus.Position{Line: line + 1, Column: 1 + sort.SearchInts(starts, orig)}
}
