package align

import "math"

// dpRun is one run of the programme for source d over a band: cell (i, j)
// stands for the first i target and the first j source units.
type dpRun struct {
	w                  *work
	d                  int
	prm                dpParams
	memo               *dpMemo // see dpMemo; nil without reruns
	blockedT, blockedS []bool
	span               [4]int
	sc                 *scorer
	maxLex             float64 // the most lexical evidence a bead can carry

	// The band: the cells of row i are source prefixes lo[i]..hi[i], the
	// first of them at off[i] in the tables below.
	lo, hi, off []int
	v           []float64 // the best score into each cell
	back        []int8    // its move: 0 skips a target unit, 1 a source unit, 2+k is bead shape k
	gains       []float64 // the gain of the bead chosen at each cell
	// pairs are the matched weights of the 1:1 pair ending at each cell,
	// computed once (have).
	pairs [][2]float64
	have  []bool
	// vT and vS are the best scores at a cell whose last move skipped a
	// target or a source unit; a run of skips continues at prm.runShare of
	// the skip cost, and runT and runS say whether it did. Without runs
	// (runShare 1) they are not needed.
	runs       bool
	vT, vS     []float64
	runT, runS []bool
}

// dp runs the programme for source d over the band and returns the beads it
// links. Skipping a unit costs nothing, so units outside the source's part
// of the target, and leading and trailing runs, stay free (local
// alignment); a bead gains its evidence less its price.
//
// memo, when not nil, keeps what the programme computes about each bead
// (see dpMemo) for a rerun with other skip costs.
func (w *work) dp(d int, lo, hi []int, blockedT, blockedS []bool, span [4]int, prm dpParams, memo *dpMemo) []alink {
	r := &dpRun{w: w, d: d, prm: prm, memo: memo, blockedT: blockedT, blockedS: blockedS, span: span,
		sc: w.scs[d], maxLex: w.null.surprise(1), lo: lo, hi: hi, runs: prm.runShare < 1}
	r.alloc()
	n := len(lo) - 1
	for i := 0; i <= n; i++ {
		for j := lo[i]; j <= hi[i]; j++ {
			r.cell(i, j)
		}
	}
	return r.trace()
}

// alloc lays out the band's rows and makes the tables.
func (r *dpRun) alloc() {
	n := len(r.lo) - 1
	r.off = make([]int, n+2)
	for i := 0; i <= n; i++ {
		r.off[i+1] = r.off[i] + max(r.hi[i]-r.lo[i]+1, 0)
	}
	total := r.off[n+1]
	r.v = make([]float64, total)
	r.back = make([]int8, total)
	r.gains = make([]float64, total)
	r.pairs = make([][2]float64, total)
	r.have = make([]bool, total)
	if r.runs {
		r.vT, r.vS = make([]float64, total), make([]float64, total)
		r.runT, r.runS = make([]bool, total), make([]bool, total)
	}
}

// at returns the index of cell (i, j) in the tables, or -1 outside the
// band.
func (r *dpRun) at(i, j int) int {
	if i < 0 || j < r.lo[i] || j > r.hi[i] {
		return -1
	}
	return r.off[i] + j - r.lo[i]
}

// skipT is the cost of skipping target unit i. Units held elsewhere and
// units outside the anchors' span cost nothing to skip, and neither start
// nor continue a run.
func (r *dpRun) skipT(i int) float64 {
	if r.blockedT[i] || i < r.span[0] || i > r.span[1] {
		return 0
	}
	return r.prm.skip * r.prm.shortness(r.w.t.paras[i].chars)
}

// skipS is the cost of skipping source unit j, as skipT's.
func (r *dpRun) skipS(j int) float64 {
	if r.blockedS[j] || j < r.span[2] || j > r.span[3] {
		return 0
	}
	return r.prm.skip * r.prm.shortness(r.w.srcs[r.d].paras[j].chars)
}

// skipInto is the best score into cell c by skipping, from cell p, a unit
// that costs cost: a new skip, or one continuing a run in vX (which it
// updates with runX). A free unit (held elsewhere, outside the span)
// neither starts nor continues a run.
func (r *dpRun) skipInto(c, p int, cost float64, vX []float64, runX []bool) float64 {
	if cost == 0 {
		return r.v[p]
	}
	x := r.v[p] - cost
	if r.runs {
		if e := vX[p] - cost*r.prm.runShare; e > x {
			x, runX[c] = e, true
		}
		vX[c] = x
	}
	return x
}

// cell sets the best score into cell (i, j) and the move that reaches it:
// a skip on either side, or a bead of one of the shapes.
func (r *dpRun) cell(i, j int) {
	c := r.at(i, j)
	best, arg := math.Inf(-1), int8(-1)
	if i == 0 && j == 0 {
		best = 0
	}
	if r.runs {
		r.vT[c], r.vS[c] = math.Inf(-1), math.Inf(-1)
	}
	if p := r.at(i-1, j); p >= 0 {
		if x := r.skipInto(c, p, r.skipT(i-1), r.vT, r.runT); x > best {
			best, arg = x, 0
		}
	}
	if p := r.at(i, j-1); p >= 0 {
		if x := r.skipInto(c, p, r.skipS(j-1), r.vS, r.runS); x > best {
			best, arg = x, 1
		}
	}
	shapes := r.prm.shapes
	for k, sh := range shapes {
		a, b := sh[0], sh[1]
		p := r.at(i-a, j-b)
		if p < 0 || j-b < 0 || math.IsInf(r.v[p], -1) || !r.w.freeRun(r.blockedT, i-a, i) || !r.w.freeRun(r.blockedS, j-b, j) {
			continue
		}
		x := bead{t0: i - a, t1: i - 1, d: r.d, s0: j - b, s1: j - 1}
		if g, ok := r.gain(c*len(shapes)+k, x, r.v[p], best); ok && r.v[p]+g > best {
			best, arg = r.v[p]+g, int8(2+k)
			r.gains[c] = g
		}
	}
	r.v[c], r.back[c] = best, arg
}

// gain returns the gain of bead x, memo slot mk, entered at score vp, or
// false when x cannot beat best: its evidence (surprise of its
// similarity) less its price (see price). Merges that cannot win are
// dropped before they are scored (see mergeBound).
func (r *dpRun) gain(mk int, x bead, vp, best float64) (float64, bool) {
	if r.memo != nil && !math.IsNaN(r.memo.gain[mk]) {
		return r.memo.gain[mk], true
	}
	a, b := x.t1-x.t0+1, x.s1-x.s0+1
	if r.prm.split && (a == 1) != (b == 1) && r.w.strayNumber(x) {
		return 0, false
	}
	var lexUp float64
	if a+b > 2 {
		var ok bool
		if lexUp, ok = r.mergeBound(mk, x, vp, best); !ok {
			return 0, false
		}
	}
	fixed := r.price(mk, x)
	if a+b > 2 && vp+fixed+lexUp <= best {
		return 0, false
	}
	var sim float64
	if a+b == 2 {
		t, s := r.pairAt(x.t0, x.s0)
		sim = harmonic(t, r.sc.pwT[x.t0], s, r.sc.pwS[x.s0])
	} else {
		sim = r.w.sim(r.d, x.t0, x.t1, x.s0, x.s1)
	}
	g := r.w.null.surprise(sim) + fixed
	if r.memo != nil {
		r.memo.gain[mk] = g
	}
	return g, true
}

// mergeBound returns a bound on the lexical evidence of merge x, or false
// when x cannot win even with the best length evidence there is: first
// without reading it (surprise grows with similarity, which is at most 1),
// then with its bound.
func (r *dpRun) mergeBound(mk int, x bead, vp, best float64) (float64, bool) {
	a, b := x.t1-x.t0+1, x.s1-x.s0+1
	fixed := -r.prm.tau - r.prm.mergeCost(a, b)
	lenUp := r.w.length.max
	if r.prm.split && (a == 2 && b == 2 || (a == 1) != (b == 1)) {
		// judged as several pairs (splitLLR, shiftLLR)
		lenUp += float64(max(a, b)-1) * max(r.w.length.max, 0)
	}
	if vp+fixed+lenUp+r.maxLex <= best {
		return 0, false
	}
	var lexUp float64
	if r.memo != nil && !math.IsNaN(r.memo.lexUp[mk]) {
		lexUp = r.memo.lexUp[mk]
	} else {
		lexUp = r.w.null.surprise(r.bound(x.t0, x.t1, x.s0, x.s1))
		if r.memo != nil {
			r.memo.lexUp[mk] = lexUp
		}
	}
	if vp+fixed+lenUp+lexUp <= best {
		return 0, false
	}
	return lexUp, true
}

// price returns what bead x costs besides its lexical evidence: tau, the
// merge cost, less its length evidence.
func (r *dpRun) price(mk int, x bead) float64 {
	if r.memo != nil && !math.IsNaN(r.memo.fixed[mk]) {
		return r.memo.fixed[mk]
	}
	a, b := x.t1-x.t0+1, x.s1-x.s0+1
	fixed := -r.prm.tau - r.prm.mergeCost(a, b)
	w := r.w
	if r.prm.split && (a == 1) != (b == 1) {
		x.llr = w.splitLLR(x)
	} else {
		x.llr = w.length.llr(w.tchars(x), w.schars(x))
	}
	if r.prm.split && a == 2 && b == 2 {
		x.llr = max(x.llr, w.shiftLLR(x))
	}
	fixed += x.llr
	if r.prm.gc > 0 {
		fixed -= r.prm.gc * gcCost(w.tchars(x), w.schars(x), r.prm.gcC, r.prm.gcS2)
	}
	if r.memo != nil {
		r.memo.fixed[mk] = fixed
	}
	return fixed
}

// pairAt returns the matched weights of the pair of target unit i and
// source unit j, kept at the cell the pair ends at when the band holds it.
func (r *dpRun) pairAt(i, j int) (float64, float64) {
	row, col := i+1, j+1
	if col < r.lo[row] || col > r.hi[row] {
		return r.w.pair(r.d, i, j)
	}
	c := r.off[row] + col - r.lo[row]
	if !r.have[c] {
		t, s := r.w.pair(r.d, i, j)
		r.pairs[c], r.have[c] = [2]float64{t, s}, true
	}
	return r.pairs[c][0], r.pairs[c][1]
}

// bound is an upper bound on the similarity of a merged bead: each of its
// units finds no more partners in the other run than in all the run's
// units taken one by one. It lets the programme skip scoring merges that
// cannot beat the best way into a cell. A URL-only unit matches by a rule
// of its own, so it gets no bound.
func (r *dpRun) bound(i0, i1, j0, j1 int) float64 {
	var cT, wT, cS, wS float64
	for i := i0; i <= i1; i++ {
		if r.w.t.paras[i].urlOnly {
			return 1
		}
		wT += r.sc.pwT[i]
	}
	for j := j0; j <= j1; j++ {
		if r.w.srcs[r.d].paras[j].urlOnly {
			return 1
		}
		wS += r.sc.pwS[j]
	}
	for i := i0; i <= i1; i++ {
		for j := j0; j <= j1; j++ {
			t, s := r.pairAt(i, j)
			cT, cS = cT+t, cS+s
		}
	}
	return harmonic(min(cT*(1+1e-9), wT), wT, min(cS*(1+1e-9), wS), wS)
}

// trace follows the moves back from the last cell and returns the beads on
// the way, scored. The move into a cell is back[c], unless a run of skips
// continues into it.
func (r *dpRun) trace() []alink {
	n := len(r.lo) - 1
	var out []alink
	for i, j, state := n, r.hi[n], r.back[r.at(n, r.hi[n])]; i > 0 || j > 0; {
		c := r.at(i, j)
		switch k := state; {
		case k == 0:
			i--
			state = r.back[r.at(i, j)]
			if r.runs && r.runT[c] {
				state = 0
			}
		case k == 1:
			j--
			state = r.back[r.at(i, j)]
			if r.runs && r.runS[c] {
				state = 1
			}
		case k >= 2:
			sh := r.prm.shapes[k-2]
			x := bead{t0: i - sh[0], t1: i - 1, d: r.d, s0: j - sh[1], s1: j - 1}
			r.w.score(&x)
			out = append(out, alink{t0: x.t0, t1: x.t1, parts: []bead{x}, score: logistic(r.gains[c])})
			i, j = i-sh[0], j-sh[1]
			state = r.back[r.at(i, j)]
		default:
			// Unreachable cell: the band is connected, so only the
			// origin has no predecessor.
			i, j = 0, 0
		}
	}
	return out
}
