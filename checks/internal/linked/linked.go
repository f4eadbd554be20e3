// Package linked finds the source paragraphs a check compares a target
// paragraph with.
package linked

import (
	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
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

// A Window is a stretch of a target paragraph that a check reads as a
// unit with the source text its sentences translate.
type Window struct {
	Target  corpus.Span         // in the target's Text
	Sources map[int]corpus.Span // by source document; nil: the linked source paragraphs whole
}

// WindowBytes is the length past which a target paragraph is read in
// windows of aligned sentences rather than whole: a check that weighs
// each name of a paragraph against each word of its sources would
// otherwise take time in the square of a one-paragraph article.
const WindowBytes = 16 << 10

// windowTarget is about how much target text one window holds.
const windowTarget = 4 << 10

// Windows returns target paragraph i as one window with its sources
// whole or, when it is longer than WindowBytes and its sentences align,
// as consecutive windows of aligned sentences, each about windowTarget
// bytes of target text and the source sentences they render.
func Windows(p *checks.Pass, i int) []Window {
	tgt := p.Target()
	whole := []Window{{Target: tgt.Paragraphs[i].Span}}
	l := p.LinkFor(i)
	if l == nil || tgt.Paragraphs[i].Span.Len() <= WindowBytes {
		return whole
	}
	para := tgt.Paragraphs[i].Span
	// The beads of paragraph i: a link may hold several.
	var beads []align.SentenceLink
	for _, bead := range align.Sentences(p.Alignment, *l) {
		if len(bead.Target) > 0 && !para.Contains(bead.Target[0]) {
			if len(beads) > 0 && bead.Target[0].Start >= para.End {
				break
			}
			continue
		}
		beads = append(beads, bead)
	}
	var out []Window
	from, start := 0, -1 // the window's first bead, and where its target text starts
	for b, bead := range beads {
		if len(bead.Target) == 0 {
			continue
		}
		if start < 0 {
			start = bead.Target[0].Start
		}
		if bead.Target[len(bead.Target)-1].End-start < windowTarget {
			continue
		}
		if t, srcs, ok := align.Extent(beads[from : b+1]); ok && len(srcs) > 0 {
			out = append(out, Window{Target: t, Sources: srcs})
			from, start = b+1, -1
		}
	}
	if len(out) == 0 {
		return whole
	}
	// What is left joins the last window.
	last := &out[len(out)-1]
	_, rest, _ := align.Extent(beads[from:])
	for doc, sp := range rest {
		if cur, ok := last.Sources[doc]; ok {
			sp = corpus.Span{Start: min(cur.Start, sp.Start), End: max(cur.End, sp.End)}
		}
		last.Sources[doc] = sp
	}
	// The windows cover the paragraph, one after the other.
	for k := range out {
		out[k].Target.Start = para.Start
		if k > 0 {
			out[k].Target.Start = out[k-1].Target.End
		}
	}
	last.Target.End = para.End
	return out
}
