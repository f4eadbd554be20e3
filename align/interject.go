package align

import (
	"math"
)

// maxInterjection is the largest share of the source paragraph's length
// that the paragraph between the two halves of a split may have: a
// lead-in ("In his words:", "He said:") is a few words.
const maxInterjection = 0.25

// interjections links a free target paragraph that carries on a linked one
// after a short free paragraph (a lead-in the translator inserted in the
// middle of a source paragraph) to the same source paragraph: s is split
// over t and t+2 (or t-2, when the later half was linked), the paragraph
// between staying unaligned. Links hold contiguous paragraphs, so the far
// half gets a link of its own. Its position leaves two hypotheses per
// link, one each side, besides an addition; the split pays the prior cost
// of a merge, so the far half's 1:1 evidence must beat chance by ln 2 for
// the side and ln 2 for the merge.
func (w *work) interjections(links []alink) []alink {
	// Sentences of one paragraph are not split around a paragraph, and a
	// monotone alignment links each source paragraph once.
	if w.opt.Unit != UnitParagraph || w.opt.Monotone {
		return nil
	}
	n := len(w.t.paras)
	owned := make([]bool, n)
	for _, l := range links {
		for i := l.t0; i <= l.t1; i++ {
			owned[i] = true
		}
	}
	var found []alink
	for _, l := range links {
		if len(l.parts) != 1 {
			continue
		}
		b := l.parts[0]
		if b.t0 != b.t1 || b.s0 != b.s1 {
			continue
		}
		var best bead
		bestV := math.Inf(-1)
		for _, dir := range [2]int{1, -1} {
			mid, t2 := b.t0+dir, b.t0+2*dir
			if t2 < 0 || t2 >= n || owned[mid] || owned[t2] ||
				float64(w.t.paras[mid].chars) > maxInterjection*float64(w.srcs[b.d].paras[b.s0].chars) {
				continue
			}
			x := bead{t0: t2, t1: t2, d: b.d, s0: b.s0, s1: b.s0}
			w.score(&x)
			if v := x.ev - 2*math.Ln2; v > 0 && v > bestV {
				best, bestV = x, v
			}
		}
		if !math.IsInf(bestV, -1) {
			owned[best.t0] = true // one claim a paragraph: links hold each once
			found = append(found, alink{t0: best.t0, t1: best.t1, parts: []bead{best}, score: min(l.score, logistic(bestV))})
		}
	}
	return found
}
