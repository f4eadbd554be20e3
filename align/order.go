package align

import (
	"math"
	"sort"
)

// Order and length: where the lexical steps leave a stretch of paragraphs
// unlinked between two links of a source (or between a link and the
// documents' edges, for a single source), the stretch is either a
// translation whose words do not survive (Japanese, Chinese, Hebrew and
// English share few) or text without partner. The paragraphs' order and
// lengths tell the two apart: Gale and Church's model, with the ratio and
// variance of the document pair, summed over every monotone path through
// the stretch.

// orderPrior holds the log priors of the beads of a path, from the bead
// counts of paragraphs/dev's gold (493 1:1, 74 2:1 and 1:2, 49 without
// partner, of 616 without 2:2): a unit without partner is one bead in
// thirteen.
var orderPrior = struct{ one, merge, skip float64 }{
	one:   math.Log(493.0 / 616),
	merge: math.Log(74.0 / 616 / 2),
	skip:  math.Log(49.0 / 616 / 2),
}

// replacedOdds are the prior log odds that a stretch between two links of
// a single source translates, rather than replaces source paragraphs by
// unrelated ones: of the 47 runs of paragraphs without partner in
// paragraphs/dev's gold, none holds paragraphs of both sides, so at most
// one in 49 (Laplace's rule).
var replacedOdds = math.Log(49)

// maxOrderCells bounds the stretches a path is summed over.
const maxOrderCells = 40000

// lengthGC is Gale and Church's length model of one source: target
// characters are c times the source's, with a variance s2 per character,
// against the document pair's random pairs (mu0, sigma0, in log ratio).
type lengthGC struct {
	c, s2, mu0, sigma0 float64
}

// llr is the length evidence of a bead in nats: the density of its log
// length ratio under the true-pair model, whose spread shrinks with the
// length as sqrt(s2/len), against random pairs, with lenOutliers.
func (g lengthGC) llr(lt, ls int) float64 {
	if lt == 0 || ls == 0 {
		return 0 // no letters: no evidence either way
	}
	x := math.Log(float64(lt) / float64(ls))
	m := (float64(lt) + g.c*float64(ls)) / 2
	sd := math.Sqrt(g.s2 / m)
	x = g.pullIn(x, sd)
	z, z0 := (x-math.Log(g.c))/sd, (x-g.mu0)/g.sigma0
	r := math.Exp(math.Log(g.sigma0/sd) - z*z/2 + z0*z0/2)
	return math.Log((1-lenOutliers)*r + lenOutliers)
}

// pullIn returns the log ratio between log c and x at which llr is least,
// for a bead whose true-pair spread is sd: a ratio further from what true
// pairs expect must not count for more than one nearer. The random pairs'
// spread sigma0 is measured on whole paragraphs; a shorter unit, such as a
// part of a paragraph that splitWith cuts off, has a wider true-pair
// spread, and the ratio of the two densities then grows without bound in
// both tails. A clause of nine letters judged against a paragraph of
// thirty-two, which neither model expects, gained fourteen nats, and the
// merge it was part of beat the two pairs it replaced. Where sd is
// narrower the ratio is bounded, falling on both sides of its peak, and x
// stays.
func (g lengthGC) pullIn(x, sd float64) float64 {
	if sd <= g.sigma0 {
		return x
	}
	// -z²/2 + z0²/2 is convex in x here, least at v.
	lc := math.Log(g.c)
	a, b := 1/(g.sigma0*g.sigma0), 1/(sd*sd)
	v := (g.mu0*a - lc*b) / (a - b)
	return min(max(v, min(lc, x)), max(lc, x))
}

// fitGC calibrates the length model of source d on its 1:1 links: the
// ratio their median, shrunk towards the length model's (fitted on the
// pairs whose words make them sure, which across scripts are few and
// skewed, a merge sharing a name, or on random pairs), and the variance the
// median of the squared differences per character (robust to a link that
// dropped a sentence), shrunk towards Gale and Church's 6.8.
func (w *work) fitGC(d int, links []alink) lengthGC {
	mu := w.length.mu
	g := lengthGC{c: math.Exp(mu), mu0: w.length.mu0, sigma0: w.length.sigma0}
	lens := w.pairLengths(d, links)
	n := float64(len(lens))
	if n == 0 {
		g.s2 = gcVariance
		return g
	}
	lr := make([]float64, len(lens))
	for k, l := range lens {
		lr[k] = math.Log(l[0] / l[1])
	}
	sort.Float64s(lr)
	g.c = math.Exp((lr[len(lr)/2]*n + mu*lenPriorN) / (n + lenPriorN))
	v := make([]float64, len(lens))
	for k, l := range lens {
		lt, ls := l[0], l[1]
		v[k] = (lt - g.c*ls) * (lt - g.c*ls) / ((lt + g.c*ls) / 2)
	}
	sort.Float64s(v)
	// The median of a squared standard normal is 0.455. Of an even
	// count, the mean of the middle two: of two links, one of them half
	// of a merge or a chance match across scripts, the upper alone would
	// set it.
	med := (v[(len(v)-1)/2] + v[len(v)/2]) / 2 / 0.455
	g.s2 = (med*n + gcVariance*lenPriorN) / (n + lenPriorN)
	return g
}

// pairLengths returns the target and source characters of the 1:1 links
// of source d that have letters on both sides.
func (w *work) pairLengths(d int, links []alink) [][2]float64 {
	var out [][2]float64
	for _, l := range links {
		if len(l.parts) != 1 || l.parts[0].d != d || l.parts[0].size() != 2 {
			continue
		}
		lt, ls := float64(w.tchars(l.parts[0])), float64(w.schars(l.parts[0]))
		if lt > 0 && ls > 0 {
			out = append(out, [2]float64{lt, ls})
		}
	}
	return out
}

// zeroLLR is the lexical evidence of a bead that shares nothing, in nats:
// the log of P(nothing shared | true pair) over P(nothing shared | chance).
// The first is at most the share of target paragraphs that share nothing
// with any source paragraph (additions among them), the second the share
// of the null sample's pairs with similarity zero. For German and English
// a true pair sharing nothing is rare, and this weighs heavily; for
// Japanese and English it is the rule, and weighs little.
func (w *work) zeroLLR(d int) float64 {
	n := len(w.t.paras)
	none := 0
	for i := range n {
		shares := false
		for _, c := range w.pairs[d][i] {
			shares = shares || c[0] > 0 || c[1] > 0
		}
		if !shares {
			none++
		}
	}
	zeros := sort.SearchFloat64s(w.null.sample, math.SmallestNonzeroFloat64)
	r0 := (float64(none) + 1) / float64(n+2)
	z0 := (float64(zeros) + 1) / float64(len(w.null.sample)+2)
	return min(0, math.Log(r0/z0))
}

// stretch is a run of target paragraphs t0..t1 and paragraphs s0..s1 of
// source d that the paths of orderStretch join at both ends, with the log
// prior odds that it is a translation at all.
type stretch struct {
	t0, t1, s0, s1, d int
	odds              float64
}

// orderShapes are the beads of a path besides units without partner.
var orderShapes = [3][2]int{{1, 1}, {2, 1}, {1, 2}}

// orderLinks is the order-and-length step. With one source and
// news-sized documents (at most maxOrderCells pairs), the in-order links
// whose words would not make them anchors on their own are evidence, not
// constraints: the paths between the others decide them again (rejudge).
// Otherwise the step fills the stretches the links leave (orderFill).
func (w *work) orderLinks(links []alink, shift float64) []alink {
	if len(w.srcs) == 1 && len(w.t.paras)*len(w.srcs[0].paras) <= maxOrderCells {
		return w.rejudge(links, shift)
	}
	return append(links, w.orderFill(links, shift)...)
}

// rejudge realigns the weak links of the single source, those whose
// words would not make them anchors on their own (for a 2:2 link, those
// of one of its pairs): a link that a chance
// match (a number, a short name) put off the diagonal gives way to the
// beads that order and lengths support. The paths run through the whole
// documents; the strong links' paragraphs may be passed over at no cost
// (they have a partner, here or elsewhere) or joined in a bead, so that a
// strong link out of order (a moved paragraph) does not cut the path in
// two. Strong links stand, and a bead that overlaps one is dropped,
// unless it is a merge that holds the link whole and no other (see grows);
// a weak link stays unless a bead overlaps it, the grown merges too
// (kept, a weak link inside a merge held its paragraph twice, and the
// alignment stopped there). The best path's beads then
// fill the paragraphs left free (see orderStretch). With several sources
// they do not: a free paragraph may be another source's.
func (w *work) rejudge(links []alink, shift float64) []alink {
	bar := w.firstTau(0) + anchorMargin
	var strong, weak []alink
	for _, l := range links {
		if len(l.parts) == 1 && (l.parts[0].lex < bar || w.weakPairs(l.parts[0], bar)) {
			weak = append(weak, l)
		} else {
			strong = append(strong, l)
		}
	}
	owner, used := w.holders(strong)
	u := units{heldT: make([]bool, len(owner)), heldS: used[0], open: true, nums: w.newNumConflict(0, strong), names: w.newNameConflict(0, strong), sents: w.newSentEvidence(0, strong), marks: w.newMarkEvidence(0, strong)}
	for i, o := range owner {
		u.heldT[i] = o >= 0
	}
	st := stretch{t0: 0, t1: len(w.t.paras) - 1, s0: 0, s1: len(w.srcs[0].paras) - 1, odds: replacedOdds}
	if len(links) == 0 {
		st.odds = -anchorMargin
	}
	found, fill := w.orderStretch(st, w.fitGC(0, links), w.zeroLLR(0), u, shift)
	var sure, grown []alink
	for _, f := range found {
		if !overlapsAny(f, strong) {
			sure = append(sure, f)
		} else if k := grows(f, strong); k >= 0 {
			strong[k] = f
			grown = append(grown, f)
		}
	}
	// A weak link a sure or grown bead leaves alone stays, as the second
	// half of a split paragraph does (see interjections).
	kept := append(strong, sure...)
	for _, l := range weak {
		if !overlapsAny(l, sure) && !overlapsAny(l, grown) {
			kept = append(kept, l)
		}
	}
	for _, f := range fill {
		if !overlapsAny(f, kept) {
			kept = append(kept, f)
		}
	}
	return kept
}

// units says which paragraphs of a stretch are held by links: the paths
// pass over them at no cost, and only when open may a bead hold them.
type units struct {
	heldT, heldS []bool
	open         bool
	// nums and names weigh the beads whose numbers or names contradict
	// (see conflict).
	nums, names *conflict
	// sents weighs the beads by their sentence counts (see sentEvidence).
	sents *sentEvidence
	// marks weighs the beads by their quotations and questions.
	marks []*sentEvidence
}

// holders returns, for each target paragraph, the index of the link in
// links that holds it (-1 for none), and for each source paragraph
// whether a link holds it.
func (w *work) holders(links []alink) (owner []int, used [][]bool) {
	owner = make([]int, len(w.t.paras))
	for i := range owner {
		owner[i] = -1
	}
	used = make([][]bool, len(w.srcs))
	for d, s := range w.srcs {
		used[d] = make([]bool, len(s.paras))
	}
	for k, l := range links {
		for i := l.t0; i <= l.t1; i++ {
			owner[i] = k
		}
		for _, b := range l.parts {
			for j := b.s0; j <= b.s1; j++ {
				used[b.d][j] = true
			}
		}
	}
	return owner, used
}

// overlapsAny reports whether link l shares a target paragraph or a source
// paragraph with one of others.
func overlapsAny(l alink, others []alink) bool {
	a := l.parts[0]
	for _, o := range others {
		for _, b := range o.parts {
			if a.t0 <= o.t1 && o.t0 <= a.t1 || b.d == a.d && a.s0 <= b.s1 && b.s0 <= a.s1 {
				return true
			}
		}
	}
	return false
}

// orderFill links, in the stretches between the in-order links of each
// source, the beads whose probability clears the bar.
func (w *work) orderFill(links []alink, shift float64) []alink {
	var found []alink
	for d := range w.srcs {
		all := append(links[:len(links):len(links)], found...)
		owner, used := w.holders(all)
		var bs []bead
		for _, l := range all {
			for _, b := range l.parts {
				if b.d == d {
					b.ev = 1
					bs = append(bs, b)
				}
			}
		}
		anchors := chain(bs, len(w.srcs[d].paras), 0)
		g, zero := w.fitGC(d, links), w.zeroLLR(d)
		u := units{heldT: make([]bool, len(owner)), heldS: used[d], nums: w.newNumConflict(d, links), names: w.newNameConflict(d, links), sents: w.newSentEvidence(d, links), marks: w.newMarkEvidence(d, links)}
		for i, o := range owner {
			u.heldT[i] = o >= 0
		}
		for _, st := range w.stretches(d, anchors, len(bs) > 0, all, owner) {
			sure, _ := w.orderStretch(st, g, zero, u, shift)
			found = append(found, sure...)
		}
	}
	return found
}

// stretches returns the stretches between consecutive anchors of source d
// and, when it is the only source, between its anchors and the documents'
// edges, or the whole documents when it has none. A stretch holding a
// target paragraph linked to another source is that source's. Between two
// links of one of several sources, a stretch may hold another source's
// paragraphs: even odds. With one source the odds are replacedOdds, and
// those of an unsupported link (-anchorMargin) when it has no link at all.
func (w *work) stretches(d int, anchors []bead, linked bool, links []alink, owner []int) []stretch {
	sort.Slice(anchors, func(i, j int) bool { return anchors[i].t0 < anchors[j].t0 })
	n, m := len(w.t.paras), len(w.srcs[d].paras)
	single := len(w.srcs) == 1
	odds := 0.0
	if single {
		odds = replacedOdds
	}
	var out []stretch
	add := func(t0, t1, s0, s1 int) {
		if t0 > t1 || s0 > s1 {
			return
		}
		for i := t0; i <= t1; i++ {
			if owner[i] >= 0 && !hasSource(links[owner[i]], d) {
				return
			}
		}
		out = append(out, stretch{t0: t0, t1: t1, s0: s0, s1: s1, d: d, odds: odds})
	}
	if len(anchors) == 0 {
		if single {
			if !linked {
				odds = -anchorMargin
			}
			add(0, n-1, 0, m-1)
		}
		return out
	}
	if single {
		add(0, anchors[0].t0-1, 0, anchors[0].s0-1)
	}
	for k := 0; k+1 < len(anchors); k++ {
		add(anchors[k].t1+1, anchors[k+1].t0-1, anchors[k].s1+1, anchors[k+1].s0-1)
	}
	if last := anchors[len(anchors)-1]; single {
		add(last.t1+1, n-1, last.s1+1, m-1)
	}
	return out
}

// mapFloor is the share of the paths a bead of the best path must hold to
// fill a paragraph no sure bead links: below it, order and lengths say next
// to nothing about the paragraph.
const mapFloor = 0.1

// orderStretch sums the monotone paths through stretch st by forward and
// backward passes, and returns the links of the beads that clear the bar
// (sure) and, where none does, the beads of the best path that hold at
// least mapFloor of the paths (fill), where order and lengths alone make
// the stretch a translation. A paragraph whose partner is split
// between two beads (a pair, or a merge with an added neighbour) is more
// likely translated than not, and leaving it unlinked would report an
// addition that a weak signal, not the text, made; the fill beads keep
// their own probability as score. Units already linked are passed over at
// no cost.
func (w *work) orderStretch(st stretch, g lengthGC, zero float64, u units, shift float64) (sure, fill []alink) {
	ps := w.newPathSum(st, g, zero, u)
	if ps == nil {
		return nil, nil
	}
	alpha, beta := ps.forward(false), ps.backward()
	z := alpha[len(alpha)-1]
	// The stretch translates with probability logistic(z - zs + odds): its paths' likelihood against all of it
	// unrelated, given its size (zs sums the paths' priors alone), and
	// its prior odds.
	zs := ps.forward(true)
	inStretch := -math.Log1p(math.Exp(-(z - zs[len(zs)-1] + st.odds)))
	// A fill has no words to support it: the stretch's paths must beat
	// unrelated text on their own, without the prior odds, by the margin
	// of an unsupported link. Otherwise documents that share nothing but
	// a chance number would be linked throughout.
	fillable := z-zs[len(zs)-1] > anchorMargin
	onPath := ps.viterbi()
	for i := range ps.nt {
		for j := range ps.ns {
			for k, sh := range orderShapes {
				wt := ps.wt(i, j, k)
				if math.IsInf(wt, -1) {
					continue
				}
				p := math.Exp(inStretch + alpha[ps.at(i, j)] + wt + beta[ps.at(i+sh[0], j+sh[1])] - z)
				// Beads of more than half the paths never overlap.
				isSure := p > 0.5 && math.Log(p/(1-p)) >= shift
				isFill := shift <= 0 && int(onPath[ps.at(i, j)]) == k+1 && p > mapFloor && fillable
				if !isSure && !isFill {
					continue
				}
				// A merge need not pass mergeJustified here: the paths
				// that pair its single paragraph with one of its others
				// and leave the rest without partner are summed too,
				// with its length judged part by part, while
				// mergeJustified judges it whole, by a similarity its
				// wordless paragraph dilutes, against pairs that pay
				// nothing for the paragraph they leave out.
				b := bead{t0: st.t0 + i, t1: st.t0 + i + sh[0] - 1, d: st.d, s0: st.s0 + j, s1: st.s0 + j + sh[1] - 1}
				w.score(&b)
				l := alink{t0: b.t0, t1: b.t1, parts: []bead{b}, score: p}
				if isSure {
					sure = append(sure, l)
				} else {
					fill = append(fill, l)
				}
			}
		}
	}
	return sure, fill
}

// pathSum holds the log weights of the beads of a stretch, len(orderShapes)
// a cell, and the costs of passing each unit without partner.
type pathSum struct {
	nt, ns       int
	wts          []float64
	skipT, skipS []float64
	prior        [len(orderShapes)]float64
}

func (w *work) newPathSum(st stretch, g lengthGC, zero float64, u units) *pathSum {
	ps := &pathSum{nt: st.t1 - st.t0 + 1, ns: st.s1 - st.s0 + 1}
	if ps.nt*ps.ns > maxOrderCells {
		return nil
	}
	freeT := func(i int) bool { return !u.heldT[st.t0+i] }
	freeS := func(j int) bool { return !u.heldS[st.s0+j] }
	skip := func(free bool) float64 {
		if free {
			return orderPrior.skip
		}
		return 0
	}
	for i := range ps.nt {
		ps.skipT = append(ps.skipT, skip(freeT(i)))
	}
	for j := range ps.ns {
		ps.skipS = append(ps.skipS, skip(freeS(j)))
	}
	w.moveCredit(st, zero, ps.skipT, ps.skipS, freeT, freeS)
	for k, sh := range orderShapes {
		ps.prior[k] = orderPrior.one
		if sh[0]+sh[1] > 2 {
			ps.prior[k] = orderPrior.merge
		}
	}
	ps.wts = make([]float64, (ps.nt+1)*(ps.ns+1)*len(orderShapes))
	for i := range ps.nt + 1 {
		for j := range ps.ns + 1 {
			for k, sh := range orderShapes {
				ps.wts[ps.at(i, j)*len(orderShapes)+k] = w.orderWeight(st, i, j, sh, g, zero, u) + ps.prior[k]
			}
		}
	}
	return ps
}

func (ps *pathSum) at(i, j int) int { return i*(ps.ns+1) + j }

func (ps *pathSum) wt(i, j, k int) float64 { return ps.wts[ps.at(i, j)*len(orderShapes)+k] }

// forward returns the log sums of the paths from the stretch's start to
// each cell; with priorOnly, of the paths' priors alone.
func (ps *pathSum) forward(priorOnly bool) []float64 {
	alpha := newLogTable(ps.nt+1, ps.ns+1)
	alpha[0] = 0
	for i := range ps.nt + 1 {
		for j := range ps.ns + 1 {
			c := ps.at(i, j)
			if i > 0 {
				alpha[c] = logAdd(alpha[c], alpha[ps.at(i-1, j)]+ps.skipT[i-1])
			}
			if j > 0 {
				alpha[c] = logAdd(alpha[c], alpha[c-1]+ps.skipS[j-1])
			}
			for k, sh := range orderShapes {
				if i < sh[0] || j < sh[1] {
					continue
				}
				wt := ps.wt(i-sh[0], j-sh[1], k)
				if priorOnly && !math.IsInf(wt, -1) {
					wt = ps.prior[k]
				}
				alpha[c] = logAdd(alpha[c], alpha[ps.at(i-sh[0], j-sh[1])]+wt)
			}
		}
	}
	return alpha
}

// viterbi returns, for each cell, the shape (k+1) of the bead of the
// most probable path that starts there, or 0 where no bead of it does.
func (ps *pathSum) viterbi() []int8 {
	n := (ps.nt + 1) * (ps.ns + 1)
	best := newLogTable(ps.nt+1, ps.ns+1)
	from := make([]int8, n) // -1 skip T, -2 skip S, k+1 bead
	best[0] = 0
	for i := range ps.nt + 1 {
		for j := range ps.ns + 1 {
			c := ps.at(i, j)
			if i > 0 {
				if v := best[ps.at(i-1, j)] + ps.skipT[i-1]; v > best[c] {
					best[c], from[c] = v, -1
				}
			}
			if j > 0 {
				if v := best[c-1] + ps.skipS[j-1]; v > best[c] {
					best[c], from[c] = v, -2
				}
			}
			for k, sh := range orderShapes {
				if i < sh[0] || j < sh[1] {
					continue
				}
				if v := best[ps.at(i-sh[0], j-sh[1])] + ps.wt(i-sh[0], j-sh[1], k); v > best[c] {
					best[c], from[c] = v, int8(k+1)
				}
			}
		}
	}
	out := make([]int8, n)
	for i, j := ps.nt, ps.ns; i > 0 || j > 0; {
		switch f := from[ps.at(i, j)]; {
		case f == -1:
			i--
		case f == -2:
			j--
		case f > 0:
			sh := orderShapes[f-1]
			i, j = i-sh[0], j-sh[1]
			out[ps.at(i, j)] = f
		default:
			return out
		}
	}
	return out
}

// backward returns the log sums of the paths from each cell to the
// stretch's end.
func (ps *pathSum) backward() []float64 {
	beta := newLogTable(ps.nt+1, ps.ns+1)
	beta[len(beta)-1] = 0
	for i := ps.nt; i >= 0; i-- {
		for j := ps.ns; j >= 0; j-- {
			c := ps.at(i, j)
			if i < ps.nt {
				beta[c] = logAdd(beta[c], beta[ps.at(i+1, j)]+ps.skipT[i])
			}
			if j < ps.ns {
				beta[c] = logAdd(beta[c], beta[c+1]+ps.skipS[j])
			}
			for k, sh := range orderShapes {
				if i+sh[0] <= ps.nt && j+sh[1] <= ps.ns {
					beta[c] = logAdd(beta[c], beta[ps.at(i+sh[0], j+sh[1])]+ps.wt(i, j, k))
				}
			}
		}
	}
	return beta
}

// orderWeight is the log weight of the bead of shape sh at (i, j) of
// stretch st besides its prior: its length evidence (part by part for a
// merge of paragraphs, see splitWith) and its lexical evidence (zero when
// it shares nothing); -Inf when a unit is linked already.
func (w *work) orderWeight(st stretch, i, j int, sh [2]int, g lengthGC, zero float64, u units) float64 {
	nt, ns := st.t1-st.t0+1, st.s1-st.s0+1
	if i+sh[0] > nt || j+sh[1] > ns {
		return math.Inf(-1)
	}
	b := bead{t0: st.t0 + i, t1: st.t0 + i + sh[0] - 1, d: st.d, s0: st.s0 + j, s1: st.s0 + j + sh[1] - 1}
	for k := b.t0; k <= b.t1 && !u.open; k++ {
		if u.heldT[k] {
			return math.Inf(-1)
		}
	}
	for k := b.s0; k <= b.s1 && !u.open; k++ {
		if u.heldS[k] {
			return math.Inf(-1)
		}
	}
	lex := zero
	if sim := w.sim(st.d, b.t0, b.t1, b.s0, b.s1); sim > 0 {
		lex = w.null.surprise(sim)
	}
	lex += u.nums.evidence(w, b) + u.names.evidence(w, b) + u.sents.evidence(b) + marksEvidence(u.marks, b)
	if b.size() > 2 && w.tcuts != nil {
		// A merge is judged part by part, as in refinement: its
		// paragraph break falls at a sentence or clause break of the
		// single paragraph, or it loses evidence; judged whole, an
		// omission next to a pair looks as long as a merge.
		return lex + w.splitWith(b, g.llr)
	}
	return lex + g.llr(w.tchars(b), w.schars(b))
}

func newLogTable(rows, cols int) []float64 {
	t := make([]float64, rows*cols)
	for k := range t {
		t[k] = math.Inf(-1)
	}
	return t
}

// weakPairs reports whether b, a 2:2 bead, holds a pair, first with first
// or second with second, whose words would not make it an anchor, while
// the lengths do not ask for a moved break (shiftLLR no better than the
// two pairs as they stand): the words of both pairs together may clear
// the bar where one pair's alone would not, and the paths then judge the
// two pairs again.
func (w *work) weakPairs(b bead, bar float64) bool {
	if b.t1 != b.t0+1 || b.s1 != b.s0+1 || w.tcuts == nil {
		return false
	}
	weak, straight := false, 0.0
	for k := range 2 {
		x := bead{t0: b.t0 + k, t1: b.t0 + k, d: b.d, s0: b.s0 + k, s1: b.s0 + k}
		w.score(&x)
		weak = weak || x.lex < bar
		straight += x.llr
	}
	return weak && w.shiftLLR(b) <= straight
}

// grows returns the index of the one link of links that merged bead f
// holds whole and that f overlaps alone, or -1: a strong link whose other
// half has no words in common with the rest (a paragraph merged with a
// wordless neighbour) grows into the merge the paths hold, as it could
// not by mergeJustified.
func grows(f alink, links []alink) int {
	if f.parts[0].size() <= 2 {
		return -1
	}
	a := f.parts[0]
	found := -1
	for k, l := range links {
		if !overlapsAny(f, links[k:k+1]) {
			continue
		}
		if found >= 0 || len(l.parts) != 1 {
			return -1
		}
		if !holdsWhole(a, l.parts[0]) {
			return -1
		}
		found = k
	}
	return found
}

// holdsWhole reports whether bead a holds bead b's paragraphs, on both
// sides.
func holdsWhole(a, b bead) bool {
	return b.d == a.d && b.t0 >= a.t0 && b.t1 <= a.t1 && b.s0 >= a.s0 && b.s1 <= a.s1
}

// moveShare is the prior share of the units without partner in a path
// that were moved elsewhere rather than added or left out: the gold of
// paragraphs/dev does not tell the two apart, so even odds.
const moveShare = 0.5

// moveCredit makes passing a free unit of stretch st cheaper where it
// shares words with a unit of the other side: a unit without partner in
// the path is added or omitted, or moved, and a moved one keeps its words
// (a name, a number, a question). Its partner may be any unit of the
// other side, so the likelihood ratios of its pairs are averaged. Each
// pair's ratio is split between its two units, so that passing both never
// gains more than linking them would.
func (w *work) moveCredit(st stretch, zero float64, skipT, skipS []float64, freeT, freeS func(int) bool) {
	nt, ns := len(skipT), len(skipS)
	rowT, colS := make([]float64, nt), make([]float64, ns)
	for i := range nt {
		for j := range ns {
			lex := zero
			if sim := w.sim(st.d, st.t0+i, st.t0+i, st.s0+j, st.s0+j); sim > 0 {
				lex = w.null.surprise(sim)
			}
			r := math.Exp(lex / 2)
			rowT[i] += r
			colS[j] += r
		}
	}
	for i := range nt {
		if freeT(i) {
			skipT[i] = movedSkip(skipT[i], rowT[i]/float64(ns))
		}
	}
	for j := range ns {
		if freeS(j) {
			skipS[j] = movedSkip(skipS[j], colS[j]/float64(nt))
		}
	}
}

// movedSkip is the log weight of passing a unit whose prior weight as
// one without partner is skip and whose pairs with the other side's
// units have the mean (half) likelihood ratio ratio: under chance the
// ratio is about one and the weight stays.
func movedSkip(skip, ratio float64) float64 {
	return skip + math.Log((1-moveShare)+moveShare*ratio)
}
