package align

import "math"

// maxRecalibrations bounds the rounds of dpCalibrated; the skip cost
// settles in two or three.
const maxRecalibrations = 4

// dpCalibrated runs the programme and, when prm.recalibrate is set,
// re-estimates its skip cost on its own output until the two agree. The
// anchors' estimate of the share of units without partner suits
// paragraphs, which the anchors mostly find; sentences carry so few words
// that the anchors leave most true pairs to the programme, and the share
// they leave unlinked overstates the units without partner several times
// (a fifth against one unit in twenty-five on Text+Berg dev).
func (w *work) dpCalibrated(d int, lo, hi []int, blockedT, blockedS []bool, span [4]int, prm dpParams) []alink {
	if !prm.recalibrate {
		return w.dp(d, lo, hi, blockedT, blockedS, span, prm, nil)
	}
	cells := 0
	for i := range lo {
		cells += max(hi[i]-lo[i]+1, 0)
	}
	memo := newDPMemo(cells * len(prm.shapes))
	found := w.dp(d, lo, hi, blockedT, blockedS, span, prm, memo)
	scale := paramsFor(w.opt.Unit).skip
	for range maxRecalibrations {
		beads := make([]bead, len(found))
		for k, l := range found {
			beads[k] = l.parts[0]
		}
		skip := scale * partnerLogOdds(unlinkedShare(beads, span, blockedT, blockedS))
		if skip == prm.skip {
			break
		}
		prm.skip = skip
		found = w.dp(d, lo, hi, blockedT, blockedS, span, prm, memo)
	}
	return found
}

// shortness scales the skip cost of a unit with chars letters and digits:
// a unit with few of them (a page number, a caption's label, OCR debris)
// carries little evidence of having a partner, and merging it into a
// neighbour's bead, which its length hardly changes, would otherwise be
// cheaper than leaving it alone.
func (p dpParams) shortness(chars int) float64 {
	if p.shortUnit <= 0 || chars >= p.shortUnit {
		return 1
	}
	return float64(chars) / float64(p.shortUnit)
}

// dpMemo holds, for each bead shape at each cell of the band of a
// programme (len(prm.shapes) a cell), what does not depend on the skip
// costs: the bead's gain, its price with its length evidence, and the
// bound on its lexical evidence by which a merge is skipped. NaN marks
// what is not computed yet.
type dpMemo struct {
	gain, fixed, lexUp []float64
}

func newDPMemo(n int) *dpMemo {
	all := make([]float64, 3*n)
	for k := range all {
		all[k] = math.NaN()
	}
	return &dpMemo{gain: all[:n:n], fixed: all[n : 2*n : 2*n], lexUp: all[2*n:]}
}
