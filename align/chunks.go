package align

import (
	"slices"

	"github.com/crossread/crossread/corpus"
)

// chunkSentences is how many target sentences of a long link one chunk
// pairs for good; its table reaches chunkBand sentences further.
const chunkSentences = 64

// chunkBand is how many source sentences off the diagonal, drawn at the
// link's ratio of lengths, a chunk of a long link looks: its sentences
// run in order, and
// a table a quarter as wide makes a long paragraph four times as fast.
// It is also how far a chunk's table reaches past the sentences it pairs.
const chunkBand = 12

// point is a corner between beads: i target and j source sentences of
// the link lie before it.
type point struct{ i, j int }

// sentencesInChunks aligns a link too long for one table in chunks, one
// after the other. Each starts where the one before stopped and reaches
// chunkBand sentences past what it keeps, with an open end, so that no
// cut is forced where the share of the text put it (one sentence off as
// often as not, leaving a sentence unpaired at every cut); and where every
// sentence is alike, every chunk stays on the path of the one before.
func sentencesInChunks(a *Alignment, tSents, sSents []corpus.Span, sDoc []int) []SentenceLink {
	n, m := len(tSents), len(sSents)
	// Lengths in letters and digits, as the table measures them: in
	// bytes a Chinese sentence is three times its English one's length.
	tcum := alnumCum(tSents, func(int) string { return a.Target.Text })
	scum := alnumCum(sSents, func(k int) string { return a.Sources[sDoc[k]].Text })
	g := newGuide(a, tSents, sSents, sDoc, tcum, scum)
	ratio := g.ratio
	var out []SentenceLink
	for cur := (point{}); ; {
		keep := min(cur.i+chunkSentences, n)
		ie := min(keep+chunkBand, n)
		je := m
		if ie < n {
			// As far as the link's ratio of lengths, or the guide, says
			// the chunk's sentences reach, and a band more.
			reach := scum[cur.j] + int(float64(tcum[ie]-tcum[cur.i])*ratio)
			je, _ = slices.BinarySearch(scum, reach)
			if r := g.row(ie); r.ok {
				je = max(je, r.hi)
			}
			je = min(je+chunkBand, m)
		}
		// So many source sentences against a chunk that they overflow
		// the table: those past it go without partner.
		je = min(je, cur.j+maxSentenceCells/(ie-cur.i+1)-1)
		if cur.i == ie || cur.j == je {
			return append(out, unpaired(tSents[cur.i:], sSents[cur.j:], sDoc[cur.j:])...)
		}
		tb := table{band: chunkBand, openEnd: ie < n, guide: g.from(cur, ie, je)}
		if tb.openEnd {
			tb.ratio = ratio // the table's far corner is a guess
		}
		beads := sentenceBeads(a, tSents[cur.i:ie], sSents[cur.j:je], sDoc[cur.j:je], tb)
		if ie == n {
			out = append(out, beads...)
			return append(out, unpaired(nil, sSents[je:], sDoc[je:])...)
		}
		path := pathOf(beads, cur)
		e := 1
		for e+1 < len(path) && path[e+1].i <= keep {
			e++
		}
		out = append(out, beads[:e]...)
		cur = path[e]
	}
}

// pathOf returns the corners of a chunk's beads, from its first corner at.
func pathOf(beads []SentenceLink, at point) []point {
	out := make([]point, 0, len(beads)+1)
	out = append(out, at)
	for _, b := range beads {
		at.i += len(b.Target)
		for _, s := range b.Sources {
			at.j += len(s.Spans)
		}
		out = append(out, at)
	}
	return out
}

// alnumCum returns the running total of the letters and digits of the
// spans, from 0; textOf(k) is the text span k is of.
func alnumCum(spans []corpus.Span, textOf func(k int) string) []int {
	cum := make([]int, len(spans)+1)
	for k, s := range spans {
		cum[k+1] = cum[k] + alnumCount(textOf(k)[s.Start:s.End])
	}
	return cum
}
