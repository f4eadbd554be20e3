// Package linked finds the source paragraphs a check compares a target
// paragraph with.
package linked

import (
	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// Sources returns the source paragraphs aligned with target paragraph i.
// Segment pairs come aligned as a whole (align.Whole), so a check needs no
// case of its own for them.
func Sources(p *checks.Pass, i int) []align.SourceParas {
	if l := p.LinkFor(i); l != nil {
		return l.Sources
	}
	return nil
}

// Near returns Sources(p, i) or, when that is empty, the sources of the
// nearest aligned paragraphs at most window before and after i: a
// translation that inserts commentary or splits a paragraph leaves some
// paragraphs unaligned between their neighbours, and a term of a
// neighbour's source is still the article's term.
func Near(p *checks.Pass, i, window int) []align.SourceParas {
	if s := Sources(p, i); len(s) > 0 {
		return s
	}
	var out []align.SourceParas
	for _, dir := range []int{-1, 1} {
		for d := 1; d <= window; d++ {
			j := i + dir*d
			if j < 0 || j >= len(p.Target().Paragraphs) {
				break
			}
			if s := Sources(p, j); len(s) > 0 {
				out = append(out, s...)
				break
			}
		}
	}
	return out
}
