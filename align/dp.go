package align

import (
	"math"
	"sort"
)

// beadShapes are the bead shapes of the dynamic programme, as (target,
// source) unit counts; skips (1:0, 0:1) are implicit.
var beadShapes = [][2]int{{1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}

// sentenceShapes adds the larger beads that sentence alignment meets when
// a translator restructures a passage.
var sentenceShapes = [][2]int{{1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}, {3, 2}, {2, 3}, {4, 1}, {1, 4}}

// dpParams are the costs, in nats, of the refinement programme.
type dpParams struct {
	tau   float64    // evidence a bead needs to be worth linking
	skip  float64    // scale of the cost of a unit without partner inside the anchors' span
	merge [4]float64 // extra cost of 2:1 and 1:2 (index 1), 2:2 (2), 3:1 and 1:3 (3)
	band  int        // half-width of the band around the anchor path
	// maxRect bounds the gaps searched whole; larger ones get a band
	// along their diagonal.
	maxRect int
	shapes  [][2]int // bead shapes, as (target, source) unit counts
	// gc weighs Gale and Church's length cost, in characters with
	// variance gcS2 per unit of length, besides the length model: for
	// short units the spread of a length ratio shrinks with their length.
	gc, gcS2 float64
	gcC      float64 // characters of target per character of source
	// shortUnit is the count of letters and digits below which skipping
	// a unit costs in proportion to them (0: every unit costs the same).
	shortUnit int
	// recalibrate re-estimates the skip cost on the programme's own
	// output until the two agree.
	recalibrate bool
	// runShare is the share of the skip cost that a unit continuing a run
	// of units without partner pays (1: the same; affine gaps, since an
	// omitted or added block is one event). In a text cut into sentences
	// such units come in runs (a block of captions, a passage left out),
	// and a run of them would otherwise cost so much that the programme
	// would rather merge them into the beads around.
	runShare float64
	// affine sets runShare on the anchors' own runs (see runCost).
	affine bool
	// split judges the length of an n:1 bead part by part, cutting the
	// single paragraph at its sentence and clause breaks (see splitLLR),
	// and that of a 2:2 bead also as two pairs whose break moved (see
	// shiftLLR).
	split bool
}

// gcVariance is Gale and Church's variance of the length difference per
// character (1993), measured on German, French and English.
const gcVariance = 6.8

// gcCost is Gale and Church's length cost in nats, -ln P(|δ| ≥ observed),
// for lt target and ls source characters: δ is the difference from the
// expected length over its standard deviation, which grows with the
// square root of the length.
func gcCost(lt, ls int, c, s2 float64) float64 {
	if lt == 0 && ls == 0 {
		return 0
	}
	mean := (float64(ls) + float64(lt)/c) / 2
	delta := (float64(lt) - c*float64(ls)) / math.Sqrt(s2*math.Max(mean, 1))
	p := math.Erfc(math.Abs(delta) / math.Sqrt2)
	return -math.Log(math.Max(p, 1e-12))
}

// paramsFor returns the costs for a unit, measured on development data
// (paragraphs/dev for paragraphs, Text+Berg dev for sentences). Every bead
// pays tau, so a merge already saves the tau of the bead it replaces; the
// merge costs are on top of that. skip scales the log odds, measured on the
// anchors, of a unit having a partner. Sentences carry fewer words, so a
// true pair is less surprising: they need less evidence, and a wider band
// since their anchors are sparser.
func paramsFor(u Unit) dpParams {
	if u == UnitSentence {
		return dpParams{tau: 0.5, skip: 1, merge: [4]float64{0, 1, 1, 2}, band: 12, maxRect: 2500,
			shapes: sentenceShapes, gc: 1, gcS2: gcVariance, shortUnit: 10, recalibrate: true, runShare: 0.5}
	}
	return dpParams{tau: 1, skip: 0.6, merge: [4]float64{0, 1, 0.5, 2}, band: 3, maxRect: 400, shapes: beadShapes, runShare: 1, split: true, affine: true}
}

func (p dpParams) mergeCost(a, b int) float64 {
	switch {
	case a == 1 && b == 1:
		return 0
	case a == 2 && b == 2:
		return p.merge[2]
	case a+b == 3:
		return p.merge[1]
	}
	return p.merge[3]
}

// refine realigns the in-order links of each source with a dynamic
// programme over n:m beads in a band around them: the anchors say where the
// path runs, the programme decides the beads near and between them,
// including merges, splits and units without a partner. Target units held
// by another source, or lying between two of its links, and units of links
// out of order, are left as they are; a target unit linked to this source
// and a stronger one keeps this source only if the programme, kept off it,
// finds no other place for its part.
// Each source calibrates its costs on its own anchors.
func (w *work) refine(links []alink) []alink {
	// With several sources, the links found so far say which source each
	// stretch of the target follows.
	var follows []int
	if len(w.srcs) > 1 {
		follows = territory(links, len(w.t.paras), false)
	}
	for d := range w.srcs {
		links = w.refineSource(d, links, follows)
	}
	sort.Slice(links, func(i, j int) bool { return links[i].t0 < links[j].t0 })
	return links
}

// refineSource realigns the links of source d and returns links with
// them replaced by the programme's.
func (w *work) refineSource(d int, links []alink, follows []int) []alink {
	n, m := len(w.t.paras), len(w.srcs[d].paras)
	mine, shared, keep := splitBySource(links, d)
	if len(mine)+len(shared) == 0 {
		return links
	}
	anchors := anchorChain(mine, shared, d, m)
	blockedT, blockedS := blockedUnits(keep, follows, d, n, m)
	judged, mine, keep := holdOff(anchors, mine, shared, keep, d, blockedT, blockedS)
	// Inside the span of the anchors a unit without partner costs
	// skip; outside it nothing (the source may cover part of the target).
	span := [4]int{anchors[0].t0, anchors[len(anchors)-1].t1, anchors[0].s0, anchors[len(anchors)-1].s1}
	prm := w.sourceParams(anchors, span, blockedT, blockedS)
	lo, hi := bandAround(anchors, n, m, prm)
	found := w.dpCalibrated(d, lo, hi, blockedT, blockedS, span, prm)
	keepScores(found, mine)
	keep = settleShared(found, judged, keep, d)
	return append(keep, found...)
}

// splitBySource sorts links by their part from source d: mine link it
// alone; shared link a target paragraph to it and another source with a
// stronger part, so that this source's part is an anchor, but the
// programme looks for another place for it (see settleShared); keep are
// the others.
func splitBySource(links []alink, d int) (mine, shared, keep []alink) {
	for _, l := range links {
		switch {
		case len(l.parts) == 1 && l.parts[0].d == d:
			mine = append(mine, l)
		case hasSource(l, d) && !owns(l, d):
			shared = append(shared, l)
		default:
			keep = append(keep, l)
		}
	}
	return mine, shared, keep
}

// anchorChain returns the main chain of source d's parts of mine and
// shared: the most links in order.
func anchorChain(mine, shared []alink, d, m int) []bead {
	var bs []bead
	for _, l := range mine {
		b := l.parts[0]
		b.ev = 1
		bs = append(bs, b)
	}
	for _, l := range shared {
		b := partOf(l, d)
		b.ev = 1
		bs = append(bs, b)
	}
	return chain(bs, m, 0)
}

// blockedUnits returns the target and source units that the links kept
// hold, which the programme leaves as they are. A target unit between two
// links of another source translates that source, or nothing: it is not
// this source's to link, nor to charge as a unit without partner here.
func blockedUnits(keep []alink, follows []int, d, n, m int) (blockedT, blockedS []bool) {
	blockedT = make([]bool, n)
	blockedS = make([]bool, m)
	for _, l := range keep {
		for i := l.t0; i <= l.t1; i++ {
			blockedT[i] = true
		}
		for _, b := range l.parts {
			if b.d == d {
				for j := b.s0; j <= b.s1; j++ {
					blockedS[j] = true
				}
			}
		}
	}
	for i, e := range follows {
		if e >= 0 && e != d {
			blockedT[i] = true
		}
	}
	return blockedT, blockedS
}

// holdOff keeps the programme off the links that are not anchors. The
// shared links whose part is an anchor are judged (see settleShared), and
// their target units blocked; the others join mine. Links of mine off the
// chain, or with another source, are kept as they are and their target
// units blocked; a source unit translated a second time (a reuse) stays
// free for the in-order path. It returns judged, mine and keep.
func holdOff(anchors []bead, mine, shared, keep []alink, d int, blockedT, blockedS []bool) ([]alink, []alink, []alink) {
	inChain := map[[2]int]bool{}
	inAnchor := make([]bool, len(blockedS))
	for _, b := range anchors {
		inChain[[2]int{b.t0, b.s0}] = true
		for j := b.s0; j <= b.s1; j++ {
			inAnchor[j] = true
		}
	}
	var judged []alink
	for _, l := range shared {
		if inChain[[2]int{l.t0, partOf(l, d).s0}] {
			judged = append(judged, l)
			for i := l.t0; i <= l.t1; i++ {
				blockedT[i] = true
			}
		} else {
			mine = append(mine, l)
		}
	}
	for _, l := range mine {
		b := partOf(l, d)
		if inChain[[2]int{b.t0, b.s0}] && len(l.parts) == 1 {
			continue
		}
		keep = append(keep, l)
		for i := b.t0; i <= b.t1; i++ {
			blockedT[i] = true
		}
		for j := b.s0; j <= b.s1; j++ {
			blockedS[j] = blockedS[j] || !inAnchor[j]
		}
	}
	return judged, mine, keep
}

// sourceParams returns the programme's costs for one source, calibrated
// on its anchors. The skip cost follows the share of units the anchors
// leave without partner in their span: a document pair with many
// additions and omissions makes a missing partner cheap. The ratio of
// characters of the length model is fitted on confident pairs: a source
// may cover only part of the target, so the documents' totals would
// mislead.
func (w *work) sourceParams(anchors []bead, span [4]int, blockedT, blockedS []bool) dpParams {
	prm := paramsFor(w.opt.Unit)
	base := prm.skip
	prm.skip *= skipCost(anchors, span, blockedT, blockedS)
	if prm.affine && prm.skip > 0 {
		prm.runShare = min(1, base*runCost(anchors, span, blockedT, blockedS)/prm.skip)
	}
	prm.gcC = math.Exp(w.length.mu)
	return prm
}

// keepScores gives a bead the anchors found already their confidence,
// which weighs the alternatives of the whole document.
func keepScores(found, mine []alink) {
	was := map[[4]int]float64{}
	for _, l := range mine {
		b := l.parts[0]
		was[[4]int{b.t0, b.t1, b.s0, b.s1}] = l.score
	}
	for k, l := range found {
		b := l.parts[0]
		if sc, ok := was[[4]int{b.t0, b.t1, b.s0, b.s1}]; ok {
			found[k].score = sc
		}
	}
}

// owns reports whether source d has the strongest part of link l.
func owns(l alink, d int) bool {
	b := partOf(l, d)
	for _, p := range l.parts {
		if p.d != d && (p.ev > b.ev || p.ev == b.ev && p.d < d) {
			return false
		}
	}
	return true
}

// partOf returns the part of link l from source d.
func partOf(l alink, d int) bead {
	for _, b := range l.parts {
		if b.d == d {
			return b
		}
	}
	panic("align: link without part from the source")
}

// settleShared keeps the links shared with another source whose part from
// source d the programme, kept off their target paragraphs, found no other
// place for, and takes that part off the others, which stay with the other
// source alone: a target paragraph translates two sources only when one
// alone leaves a part of the other without partner. It returns keep with
// the shared links added.
func settleShared(found, judged, keep []alink, d int) []alink {
	if len(judged) == 0 {
		return keep
	}
	linked := map[int]bool{}
	for _, l := range found {
		for j := l.parts[0].s0; j <= l.parts[0].s1; j++ {
			linked[j] = true
		}
	}
	for _, l := range judged {
		b := partOf(l, d)
		moved := false
		for j := b.s0; j <= b.s1; j++ {
			moved = moved || linked[j]
		}
		if moved {
			var parts []bead
			for _, p := range l.parts {
				if p.d != d {
					parts = append(parts, p)
				}
			}
			l.parts = parts
		}
		keep = append(keep, l)
	}
	return keep
}

// territory returns, for each target unit no link holds, the source of the
// links nearest before and after it when both link that source alone; -1
// otherwise. Cautious, while links are still being found, it gives a stretch
// of several free units to that source only if the source has as many
// paragraphs left between the two links: a stretch between two consecutive
// paragraphs of one source holds another source's run, or additions.
func territory(links []alink, n int, cautious bool) []int {
	hold := make([]int, n) // the link holding each unit, -1 for none
	for i := range hold {
		hold[i] = -1
	}
	for k, l := range links {
		for i := l.t0; i <= l.t1; i++ {
			hold[i] = k
		}
	}
	out := make([]int, n)
	prev := -1 // the last link before i
	for i := 0; i < n; {
		if hold[i] >= 0 {
			prev = hold[i]
			out[i] = -1
			i++
			continue
		}
		end := i
		for end < n && hold[end] < 0 {
			end++
		}
		e := -1
		if prev >= 0 && end < n {
			a, b := links[prev], links[hold[end]]
			if len(a.parts) == 1 && len(b.parts) == 1 && a.parts[0].d == b.parts[0].d {
				left := b.parts[0].s0 - a.parts[0].s1 - 1 // paragraphs of the source between the links
				if !cautious || end-i <= max(left, 1) {
					e = a.parts[0].d
				}
			}
		}
		for ; i < end; i++ {
			out[i] = e
		}
	}
	return out
}

// bandAround returns, for each target prefix length i (0..n), the range of
// source prefix lengths lo[i]..hi[i] the programme considers: whole gaps
// between anchors when they are small, a band along the line between
// anchors otherwise, and a margin around each anchor so that it can grow
// into a merge or give way.
func bandAround(anchors []bead, n, m int, prm dpParams) (lo, hi []int) {
	lo = make([]int, n+1)
	hi = make([]int, n+1)
	for i := range lo {
		lo[i], hi[i] = m+1, -1
	}
	cover := func(i, j0, j1 int) {
		if i < 0 || i > n {
			return
		}
		lo[i] = min(lo[i], max(j0, 0))
		hi[i] = max(hi[i], min(j1, m))
	}
	// Knots: corners of the anchors in prefix coordinates.
	type knot struct{ i, j int }
	knots := []knot{{0, 0}}
	for _, b := range anchors {
		knots = append(knots, knot{b.t0, b.s0}, knot{b.t1 + 1, b.s1 + 1})
	}
	knots = append(knots, knot{n, m})
	w := prm.band
	for k := 0; k+1 < len(knots); k++ {
		a, b := knots[k], knots[k+1]
		di, dj := b.i-a.i, b.j-a.j
		if (di+1)*(dj+1) <= prm.maxRect {
			for i := a.i - w; i <= b.i+w; i++ {
				cover(i, a.j-w, b.j+w)
			}
			continue
		}
		for i := a.i; i <= b.i; i++ {
			c := a.j
			if di > 0 {
				c = a.j + dj*(i-a.i)/di
			}
			cover(i, c-w, c+w)
		}
		// Leave the knot along the axes too, so that a long run
		// without a partner on one side stays reachable.
		for i := a.i; i <= min(b.i, a.i+w); i++ {
			cover(i, a.j, min(b.j, a.j+w))
		}
	}
	// Monotone bounds that overlap from row to row, so that every cell
	// reachable is connected to both corners.
	lo[0], hi[n] = 0, m
	for i := 1; i <= n; i++ {
		hi[i] = max(hi[i], hi[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		lo[i] = min(lo[i], lo[i+1])
	}
	for i := 1; i <= n; i++ {
		if lo[i] > hi[i-1] {
			hi[i-1] = lo[i]
		}
	}
	for i := 1; i <= n; i++ {
		hi[i] = max(hi[i], hi[i-1])
	}
	return lo, hi
}

// freeRun reports whether no unit in [a, b) is blocked.
func (w *work) freeRun(blocked []bool, a, b int) bool {
	for k := a; k < b; k++ {
		if blocked[k] {
			return false
		}
	}
	return true
}

// skipCost calibrates the cost of a unit without partner on the share p of
// free units in the anchors' span that the anchors leave unlinked: the log
// odds of a unit having a partner, scaled by prm.skip.
func skipCost(anchors []bead, span [4]int, blockedT, blockedS []bool) float64 {
	return partnerLogOdds(unlinkedShare(anchors, span, blockedT, blockedS))
}

// unlinkedShare is the share of the free units in the span that none of
// beads holds.
func unlinkedShare(beads []bead, span [4]int, blockedT, blockedS []bool) float64 {
	free, linked := 0, 0
	for i := span[0]; i <= span[1]; i++ {
		if !blockedT[i] {
			free++
		}
	}
	for j := span[2]; j <= span[3]; j++ {
		if !blockedS[j] {
			free++
		}
	}
	for _, b := range beads {
		linked += max(0, min(b.t1, span[1])-max(b.t0, span[0])+1)
		linked += max(0, min(b.s1, span[3])-max(b.s0, span[2])+1)
	}
	return 1 - float64(linked)/float64(max(free, 1))
}

// partnerLogOdds is the log odds of a unit having a partner when a share
// p of units has none, with p kept within bounds that a few documents'
// units can measure.
func partnerLogOdds(p float64) float64 {
	p = min(max(p, 0.02), 0.5)
	return math.Log((1 - p) / p)
}

// runCost calibrates the cost of extending a run of units without partner
// on the anchors: q is the share of the free units in their span left
// unlinked whose neighbour before them (on the same side) is left
// unlinked too, and the cost is the log odds against it, as skipCost's.
func runCost(anchors []bead, span [4]int, blockedT, blockedS []bool) float64 {
	linkedT := make([]bool, span[1]+1)
	linkedS := make([]bool, span[3]+1)
	for _, b := range anchors {
		for i := b.t0; i <= b.t1; i++ {
			linkedT[i] = true
		}
		for j := b.s0; j <= b.s1; j++ {
			linkedS[j] = true
		}
	}
	runs, cont := 0, 0
	count := func(lo, hi int, blocked, linked []bool) {
		prev := false
		for k := lo; k <= hi; k++ {
			if blocked[k] {
				continue
			}
			open := !linked[k]
			if open {
				runs++
				if prev {
					cont++
				}
			}
			prev = open
		}
	}
	count(span[0], span[1], blockedT, linkedT)
	count(span[2], span[3], blockedS, linkedS)
	q := (float64(cont) + 1) / (float64(runs) + 2)
	q = min(max(q, 0.02), 0.5)
	return math.Log((1 - q) / q)
}
