package align

import (
	"math"
	"strings"

	"github.com/crossread/crossread/corpus"
)

// cutSet holds where a paragraph could be cut in two, as the length in
// characters (letters and digits, as paraFeat.chars counts them) before
// each cut: at its sentence breaks, and at its clause breaks (clauseMarks
// between words, or a sentence break).
type cutSet struct {
	sent, clause []int
}

// clauseMarks are the punctuation between two words where a paragraph may
// be cut besides its sentence breaks: clause punctuation, and sentence
// punctuation the sentence splitter did not take for an end (before a
// lower-case word, as in "with patterns. tcl(3tcl) can").
const clauseMarks = ",;:–—.!?"

// paragraphCuts returns the cuts of each paragraph of d.
func paragraphCuts(d *corpus.Document) []cutSet {
	out := make([]cutSet, len(d.Paragraphs))
	for pi, p := range d.Paragraphs {
		var cs cutSet
		add := func(cuts []int, at int) []int {
			if at > 0 && (len(cuts) == 0 || cuts[len(cuts)-1] < at) {
				cuts = append(cuts, at)
			}
			return cuts
		}
		chars, s := 0, 0
		for k, w := range p.Words {
			brk := false
			for s+1 < len(p.Sentences) && w.Start >= p.Sentences[s+1].Start {
				brk = true
				s++
			}
			if brk {
				cs.sent = add(cs.sent, chars)
			}
			if brk || k > 0 && strings.ContainsAny(d.Text[p.Words[k-1].End:w.Start], clauseMarks) {
				cs.clause = add(cs.clause, chars)
			}
			chars += alnumCount(d.Slice(w))
		}
		out[pi] = cs
	}
	return out
}

// splitMiss is the length evidence, in nats, a merge loses when no
// sentence or clause break of its single paragraph fits the paragraph
// break on the other side (a heading run into its text, a table row):
// such merges happen, but a break that fits is the rule. Measured on
// paragraphs/dev, where 1 to 2 give the same omissions found.
const splitMiss = 1.5

// splitLLR is the length evidence of a bead that joins several paragraphs
// on one side to a single paragraph on the other. A paragraph break on one
// side mostly falls at a sentence or clause break on the other, so the
// single paragraph is cut there into as many parts as the other side has
// paragraphs and each part's length is judged against its paragraph's, as
// the 1:1 beads the merge competes with are judged; the best cut pays the
// log of the number of cuts tried. Without a cut that fits, the bead keeps
// the evidence of its whole length less splitMiss: this tells a neighbour
// swallowed by a bead (an omission next to a pair) from a paragraph split
// in two.
func (w *work) splitLLR(b bead) float64 {
	return w.splitWith(b, w.length.llr)
}

// splitWith is splitLLR under the length model lenLLR (target characters,
// source characters).
func (w *work) splitWith(b bead, lenLLR func(lt, ls int) float64) float64 {
	whole := lenLLR(w.tchars(b), w.schars(b))
	nt, ns := b.t1-b.t0+1, b.s1-b.s0+1
	var cs cutSet
	var parts [3]int // the lengths of the paragraphs on the other side
	var total, k int // k cuts are needed
	manyT := nt > 1 && ns == 1
	switch {
	case manyT && nt <= 3:
		cs, total, k = w.scuts[b.d][b.s0], w.srcs[b.d].paras[b.s0].chars, nt-1
		for i := b.t0; i <= b.t1; i++ {
			parts[i-b.t0] = w.t.paras[i].chars
		}
	case ns > 1 && ns <= 3 && nt == 1:
		cs, total, k = w.tcuts[b.t0], w.t.paras[b.t0].chars, ns-1
		for j := b.s0; j <= b.s1; j++ {
			parts[j-b.s0] = w.srcs[b.d].paras[j].chars
		}
	default:
		return whole
	}
	llr := func(other, mine int) float64 {
		if manyT {
			return lenLLR(other, mine)
		}
		return lenLLR(mine, other)
	}
	best := whole - splitMiss
	for _, cuts := range [2][]int{cs.sent, cs.clause} {
		top, tried := math.Inf(-1), 0
		switch {
		case k == 1:
			for _, c := range cuts {
				top = max(top, llr(parts[0], c)+llr(parts[1], total-c))
				tried++
			}
		case k == 2:
			for x, c := range cuts {
				for _, e := range cuts[x+1:] {
					top = max(top, llr(parts[0], c)+llr(parts[1], e-c)+llr(parts[2], total-e))
					tried++
				}
			}
		}
		if tried > 0 {
			best = max(best, top-math.Log(float64(tried)))
		}
	}
	return best
}

// shiftLLR is the length evidence of a 2:2 bead read as two pairs whose
// shared break moved: one of the four paragraphs is cut at a sentence
// break, its first part going with the pair before, its rest with the pair
// after. Each pair's length is judged on its own, as the two 1:1 beads the
// 2:2 bead competes with are; the best cut pays the log of the number of
// cuts tried.
func (w *work) shiftLLR(b bead) float64 {
	ta, tb := w.t.paras[b.t0].chars, w.t.paras[b.t0+1].chars
	sc, sd := w.srcs[b.d].paras[b.s0].chars, w.srcs[b.d].paras[b.s0+1].chars
	l := w.length.llr
	top, tried := math.Inf(-1), 0
	try := func(v float64) {
		top = max(top, v)
		tried++
	}
	for _, x := range w.scuts[b.d][b.s0+1].sent { // a = c + d[:x], b = d[x:]
		try(l(ta, sc+x) + l(tb, sd-x))
	}
	for _, x := range w.scuts[b.d][b.s0].sent { // a = c[:x], b = c[x:] + d
		try(l(ta, x) + l(tb, sc-x+sd))
	}
	for _, x := range w.tcuts[b.t0+1].sent { // a + b[:x] = c, b[x:] = d
		try(l(ta+x, sc) + l(tb-x, sd))
	}
	for _, x := range w.tcuts[b.t0].sent { // a[:x] = c, a[x:] + b = d
		try(l(x, sc) + l(ta-x+tb, sd))
	}
	if tried == 0 {
		return math.Inf(-1)
	}
	return top - math.Log(float64(tried))
}
