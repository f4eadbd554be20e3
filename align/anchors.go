package align

import (
	"math"
	"sort"
)

// linking is the state of the anchor steps: the links found so far, the
// link holding each target paragraph, and how often each source paragraph
// is linked.
type linking struct {
	w     *work
	shift float64 // the log odds a link's confidence must clear (Options.MinScore)
	links []alink
	owner []int    // index into links of each target paragraph, or -1
	used  [][]int  // times each source paragraph is linked
	all   [][]bead // the candidate beads of each source (see beadsFor)
	avail []bead   // reused from round to round
	late  bool     // after refinement: leftovers compete with the free paragraphs only
}

// scoredBead is a bead proposed for a link, with the link's confidence.
type scoredBead struct {
	b     bead
	score float64
}

// emptyLinking returns a linking in which no paragraph is linked yet.
func (w *work) emptyLinking(shift float64) *linking {
	lk := &linking{w: w, shift: shift}
	lk.owner = make([]int, len(w.t.paras))
	for i := range lk.owner {
		lk.owner[i] = -1
	}
	lk.used = make([][]int, len(w.srcs))
	for d, s := range w.srcs {
		lk.used[d] = make([]int, len(s.paras))
	}
	return lk
}

func (w *work) newLinking(shift float64) *linking {
	lk := w.emptyLinking(shift)
	lk.all = make([][]bead, len(w.srcs))
	for d := range w.srcs {
		lk.all[d] = w.beadsFor(d, shift)
	}
	return lk
}

// claim links b with the confidence score.
func (lk *linking) claim(b bead, score float64) {
	l := len(lk.links)
	lk.links = append(lk.links, alink{t0: b.t0, t1: b.t1, parts: []bead{b}, score: score})
	for i := b.t0; i <= b.t1; i++ {
		lk.owner[i] = l
	}
	for j := b.s0; j <= b.s1; j++ {
		lk.used[b.d][j]++
	}
}

// resolve claims the chained beads, strongest first: a target paragraph
// claimed by several sources goes to the strongest claim; a second source
// stays only if both claims are strong and cover the same paragraphs.
func (lk *linking) resolve(chained []scoredBead) {
	sort.SliceStable(chained, func(i, j int) bool { return chained[i].b.ev > chained[j].b.ev })
	for _, c := range chained {
		b := c.b
		if lk.w.free(b, lk.owner, lk.used) {
			lk.claim(b, c.score)
			continue
		}
		if l := lk.owner[b.t0]; l >= 0 && lk.joins(lk.links[l], c) {
			lk.links[l].parts = append(lk.links[l].parts, b)
			lk.links[l].score = math.Min(lk.links[l].score, c.score)
			for j := b.s0; j <= b.s1; j++ {
				lk.used[b.d][j]++
			}
		}
	}
}

// joins reports whether c may join link l as the part of a second source:
// both are strong, they cover the same target paragraphs, and c matches
// target tokens of its own.
func (lk *linking) joins(l alink, c scoredBead) bool {
	b := c.b
	return l.t0 == b.t0 && l.t1 == b.t1 && c.score >= strongScore && l.score >= strongScore &&
		!hasSource(l, b.d) && lk.w.novelShare(l, b) >= minNovelShare
}

// chainRounds is step 1: the in-order chain of each source, then, on what
// is left, the chains of blocks the target moved, round after round (one
// round when Monotone). Each round resolves ownership and then fills the
// gaps its chains leave.
func (lk *linking) chainRounds() {
	for round := 0; round == 0 || !lk.w.opt.Monotone; round++ {
		chained := lk.chainRound(round)
		if len(chained) == 0 {
			break
		}
		lk.resolve(chained)
		lk.fillGaps()
	}
}

// chainRound returns the chains of 1:1 beads still free of each source.
// Merges wait for the gaps and the extension step, where they compete with
// the 1:1 links of their neighbours.
func (lk *linking) chainRound(round int) []scoredBead {
	w := lk.w
	var chained []scoredBead
	for d, beads := range lk.all {
		if cap(lk.avail) < len(beads) {
			lk.avail = make([]bead, 0, len(beads))
		}
		lk.avail = lk.avail[:0]
		for _, b := range beads {
			if b.size() == 2 && w.free(b, lk.owner, lk.used) {
				lk.avail = append(lk.avail, b)
			}
		}
		tau := w.roundTau(d, lk.owner, lk.used) + lk.shift + anchorMargin
		if round > 0 {
			tau += w.movePrior(d)
		}
		for _, b := range chainOwned(lk.avail, len(w.srcs[d].paras), tau) {
			chained = append(chained, scoredBead{b, logistic(b.ev - tau + lk.shift - mergeCost(b))})
		}
	}
	return chained
}

// fillGaps links inside the gaps, until none is left: between two in-order
// links of a source (or a link and the documents' edge), the paragraphs
// left on both sides can only pair with each other, so a link there
// competes with few alternatives and needs less evidence.
func (lk *linking) fillGaps() {
	w := lk.w
	for {
		var filled []scoredBead
		// With several sources, a target paragraph between two links
		// of one source is not in the gaps of the others.
		var follows []int
		if len(w.srcs) > 1 {
			follows = territory(lk.links, len(w.t.paras), true)
		}
		for d := range w.srcs {
			for _, g := range w.gaps(d, lk.links, lk.owner, lk.used, follows) {
				filled = lk.fillGap(filled, d, g, follows)
			}
		}
		if len(filled) == 0 {
			return
		}
		lk.resolve(filled)
	}
}

// fillGap appends to out the chain of free beads of source d inside gap g.
func (lk *linking) fillGap(out []scoredBead, d int, g gap, follows []int) []scoredBead {
	w := lk.w
	tau := math.Log(float64(max(g.nt, g.ns))) + lk.shift
	var avail []bead
	for _, b := range w.gapBeads(d, g, lk.all[d]) {
		if w.free(b, lk.owner, lk.used) && !foreign(follows, b) {
			// Between two links, in a gap about as long on both
			// sides, position is pinned, so agreeing lengths count
			// as evidence.
			if !g.edge && !g.mixed && max(g.nt, g.ns) <= 2*min(g.nt, g.ns) {
				b.ev += b.lenBonus
			}
			avail = append(avail, b)
		}
	}
	for _, b := range chain(avail, len(w.srcs[d].paras), tau) {
		out = append(out, scoredBead{b, logistic(b.ev - tau + lk.shift - mergeCost(b))})
	}
	return out
}

// extend is step 2: a link grows into a free neighbouring paragraph (1:2,
// 2:1) when the merged bead is justified (see mergeJustified).
func (lk *linking) extend() {
	for l := range lk.links {
		if len(lk.links[l].parts) != 1 {
			continue
		}
		b := lk.links[l].parts[0]
		best := lk.grown(b)
		if best == b {
			continue
		}
		lk.links[l].parts[0] = best
		lk.links[l].t0, lk.links[l].t1 = best.t0, best.t1
		for i := best.t0; i <= best.t1; i++ {
			lk.owner[i] = l
		}
		for j := best.s0; j <= best.s1; j++ {
			if j < b.s0 || j > b.s1 {
				lk.used[b.d][j]++
			}
		}
	}
}

// grown returns the best of b and the justified beads that add one free
// paragraph on either side of it.
func (lk *linking) grown(b bead) bead {
	w := lk.w
	best, bestV := b, b.lex+b.llr
	for _, e := range [][4]int{{-1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, -1, 0}, {0, 0, 0, 1}} {
		x := bead{t0: b.t0 + e[0], t1: b.t1 + e[1], d: b.d, s0: b.s0 + e[2], s1: b.s1 + e[3]}
		if x.t0 < 0 || x.s0 < 0 || x.t1 >= len(w.t.paras) || x.s1 >= len(w.srcs[b.d].paras) || x.t1-x.t0 > 1 || x.s1-x.s0 > 1 || x.size() > 3 {
			continue
		}
		if (e[0] != 0 && lk.owner[x.t0] >= 0) || (e[1] != 0 && lk.owner[x.t1] >= 0) ||
			(e[2] != 0 && lk.used[b.d][x.s0] > 0) || (e[3] != 0 && lk.used[b.d][x.s1] > 0) {
			continue
		}
		w.score(&x)
		if !w.mergeJustified(x) {
			continue
		}
		if v := x.lex + x.llr - mergeCost(x); v > bestV {
			best, bestV = x, v
		}
	}
	return best
}

// reuse is step 3: a target paragraph outside every chain may translate
// again a source paragraph that is already linked (a quote repeated, a lead
// that a later paragraph spells out). Such a link must clear the bar of a
// first-round link, after a prior penalty for reuse, and stand out among
// all source paragraphs, by its similarity and by the tokens it shares
// (tokensStandOut): nothing around it supports it.
func (lk *linking) reuse() {
	var found []scoredBead
	for i := range lk.w.t.paras {
		if lk.owner[i] >= 0 {
			continue
		}
		if b, p, ok := lk.reused(i); ok {
			found = append(found, scoredBead{b, p})
		}
	}
	for _, f := range found {
		lk.claim(f.b, f.score)
	}
}

// reused returns the best bead of free target paragraph i with a candidate
// source paragraph, and its posterior, when it is worth a link.
func (lk *linking) reused(i int) (bead, float64, bool) {
	w := lk.w
	var bs []bead
	for d := range w.srcs {
		for _, j := range w.cands[d][i] {
			b := bead{t0: i, t1: i, d: d, s0: j, s1: j}
			w.score(&b)
			if lk.used[d][j] > 0 {
				b.ev -= reusePenalty
			}
			b.ev -= w.movePrior(d)
			if b.ev > 0 {
				bs = append(bs, b)
			}
		}
	}
	if len(bs) == 0 {
		return bead{}, 0, false
	}
	// Posterior of the best candidate against chance and the rivals:
	// each of the mTotal source paragraphs is a priori as likely as
	// no partner at all.
	z := float64(w.mTotal)
	bi := 0
	for k, b := range bs {
		z += math.Exp(b.ev)
		if b.ev > bs[bi].ev {
			bi = k
		}
	}
	b := bs[bi]
	p := math.Min(math.Exp(b.ev)/z, logistic(b.ev-w.firstTau(b.d)-anchorMargin))
	return b, p, math.Log(p/(1-p)) >= lk.shift && w.tokensStandOut(b)
}

// leftovers links a source paragraph that no step has linked to free target
// paragraphs (one, or two in a row that split it): a paragraph the target
// moved out of its source's run that no chain round could place, since a
// lone link out of order needs anchorMargin. Once the rest is linked, the
// free paragraphs on both sides can only pair with each other or stay
// unlinked; a document pair has one such moved leftover or none, so each of
// the nt × ns pairs of free paragraphs is a priori as likely as none at all:
// with one source paragraph left, its few rivals make the bar low, while a
// pair with many omissions and additions left keeps a high one. The
// posterior counts the rival target paragraphs of the same source
// paragraph, and the tokens shared must stand out as for a reuse.
func (lk *linking) leftovers() {
	nt, ns := 0, 0
	for _, o := range lk.owner {
		if o < 0 {
			nt++
		}
	}
	for d := range lk.w.srcs {
		for _, u := range lk.used[d] {
			if u == 0 {
				ns++
			}
		}
	}
	prior := float64(nt) * float64(ns)
	beads := lk.leftoverBeads()
	var found []scoredBead
	for d := range lk.w.srcs {
		for j := range lk.used[d] {
			if b, p, ok := lk.leftover(beads[[2]int{d, j}], prior, ns); ok {
				found = append(found, scoredBead{b, p})
			}
		}
	}
	for _, f := range found {
		if lk.w.free(f.b, lk.owner, lk.used) {
			lk.claim(f.b, f.score)
		}
	}
}

// leftoverBeads returns the beads of each free source paragraph, by source
// and paragraph, with the free target paragraphs that have it as a
// candidate: the 1:1 bead and the merge with the next paragraph (the merge
// with the previous one is that paragraph's), each past its prior cost.
func (lk *linking) leftoverBeads() map[[2]int][]bead {
	w := lk.w
	n := len(w.t.paras)
	beads := map[[2]int][]bead{}
	for i := range n {
		if lk.owner[i] >= 0 {
			continue
		}
		for d := range w.srcs {
			for _, j := range w.cands[d][i] {
				if lk.used[d][j] > 0 {
					continue
				}
				for t1 := i; t1 <= min(i+1, n-1) && lk.owner[t1] < 0; t1++ {
					b := bead{t0: i, t1: t1, d: d, s0: j, s1: j}
					w.score(&b)
					if t1 > i && !w.mergeJustified(b) {
						continue
					}
					b.ev -= mergeCost(b) + w.movePrior(d)
					if b.ev > 0 {
						beads[[2]int{d, j}] = append(beads[[2]int{d, j}], b)
					}
				}
			}
		}
	}
	return beads
}

// leftover returns the best of the beads of one source paragraph and its
// posterior, when that clears the bar and the tokens it shares stand out.
// Rivals are the other target paragraphs, each once (a merge with a
// neighbour is the same alternative); the parts of the best bead are not
// alternatives to it.
func (lk *linking) leftover(bs []bead, prior float64, ns int) (bead, float64, bool) {
	if len(bs) == 0 {
		return bead{}, 0, false
	}
	best := bs[0]
	for _, b := range bs {
		if b.ev > best.ev {
			best = b
		}
	}
	z := prior + math.Exp(best.ev)
	for _, b := range bs {
		if b.t0 == b.t1 && (b.t1 < best.t0 || b.t0 > best.t1) {
			z += math.Exp(b.ev)
		}
	}
	p := math.Exp(best.ev) / z
	stand := false
	for i := best.t0; i <= best.t1; i++ {
		stand = stand || lk.standsOut(bead{t0: i, t1: i, d: best.d, s0: best.s0, s1: best.s0}, ns)
	}
	return best, p, math.Log(p/(1-p)) >= lk.shift && stand
}

// lateLeftovers runs the leftover step again once refinement and the order
// step have linked what they could: far fewer paragraphs are free then, so
// a moved paragraph competes with few alternatives (the nt × ns pairs of
// free paragraphs) and a name or a number it shares with its source, which
// could not stand out among many free paragraphs, may now. The bar is the
// leftover step's; its tokens must still stand out.
func (w *work) lateLeftovers(links []alink, shift float64) []alink {
	lk := w.emptyLinking(shift)
	lk.links, lk.late = links, true
	for k, l := range links {
		for i := l.t0; i <= l.t1; i++ {
			lk.owner[i] = k
		}
		for _, b := range l.parts {
			for j := b.s0; j <= b.s1; j++ {
				lk.used[b.d][j]++
			}
		}
	}
	lk.leftovers()
	return lk.links
}

// standsOut is tokensStandOut for a leftover: late, when few source
// paragraphs are free, the tokens compete with those ns alone, since the
// others have their partners.
func (lk *linking) standsOut(b bead, ns int) bool {
	if !lk.late {
		return lk.w.tokensStandOut(b)
	}
	return lk.w.tokenSurprise(b.d, b.t0, b.s0) >= math.Log(float64(max(ns, 2)))
}

// lengthLeftovers links, for a single source and news-sized documents
// already linked in part, each source paragraph still free to the free
// target paragraph its length fits best, as the leftover step would if
// words were all it lacked: each of the nt × ns pairs of free paragraphs
// is a priori as likely as none, and the evidence is that of the order
// step (the Gale–Church length model of the document pair, and that of
// sharing nothing or the similarity's surprise). A moved paragraph that
// shares no name, number or mark with its source is placed so, where it
// went; between documents that share nothing no link is made, since
// there is nothing to move.
func (w *work) lengthLeftovers(links []alink, shift float64) []alink {
	if len(links) == 0 || len(w.srcs) != 1 || len(w.t.paras)*len(w.srcs[0].paras) > maxOrderCells {
		return links
	}
	owner, used := w.holders(links)
	var ft, fs []int
	for i, o := range owner {
		if o < 0 {
			ft = append(ft, i)
		}
	}
	for j, u := range used[0] {
		if !u {
			fs = append(fs, j)
		}
	}
	g, zero := w.fitGC(0, links), w.zeroLLR(0)
	u := units{nums: w.newNumConflict(0, links), names: w.newNameConflict(0, links), sents: w.newSentEvidence(0, links), marks: w.newMarkEvidence(0, links)}
	prior := float64(len(ft) * len(fs))
	for _, j := range fs {
		i, p := w.lengthLeftover(j, ft, owner, g, zero, u, prior)
		if i >= 0 && p > 0.5 && math.Log(p/(1-p)) >= shift {
			b := bead{t0: i, t1: i, s0: j, s1: j}
			w.score(&b)
			owner[i] = len(links)
			links = append(links, alink{t0: i, t1: i, parts: []bead{b}, score: p})
		}
	}
	return links
}

// lengthLeftover returns the free target paragraph of ft that source
// paragraph j fits best and its posterior against the others and none,
// or -1.
func (w *work) lengthLeftover(j int, ft, owner []int, g lengthGC, zero float64, u units, prior float64) (int, float64) {
	best, bestEv, z := -1, math.Inf(-1), prior
	for _, i := range ft {
		if owner[i] >= 0 {
			continue
		}
		lex := zero
		if sim := w.sim(0, i, i, j, j); sim > 0 {
			lex = w.null.surprise(sim)
		}
		b := bead{t0: i, t1: i, s0: j, s1: j}
		ev := lex + u.nums.evidence(w, b) + u.names.evidence(w, b) + u.sents.evidence(b) + marksEvidence(u.marks, b) + g.llr(w.t.paras[i].chars, w.srcs[0].paras[j].chars)
		z += math.Exp(ev)
		if ev > bestEv {
			best, bestEv = i, ev
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, math.Exp(bestEv) / z
}
