package align

import (
	"maps"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"sync"
)

// bead is a candidate link between a run of target paragraphs and a run of
// paragraphs of one source.
type bead struct {
	t0, t1 int // target paragraphs t0..t1, inclusive
	d      int // source document
	s0, s1 int // source paragraphs s0..s1, inclusive
	sim    float64
	ev     float64 // evidence in nats: lexical surprise plus length penalty
	// lenBonus is the positive length evidence, used only where the
	// position of the bead is already constrained (gaps between links):
	// alone, similar length says little.
	lenBonus float64
	lex, llr float64 // the lexical and the length evidence
}

func (b bead) sparas() []int { return seq(b.s0, b.s1) }
func (b bead) size() int     { return b.t1 - b.t0 + b.s1 - b.s0 + 2 }

func seq(a, b int) []int {
	out := make([]int, 0, b-a+1)
	for i := a; i <= b; i++ {
		out = append(out, i)
	}
	return out
}

// Search limits.
const (
	// Below this many target×source paragraph pairs every pair is scored;
	// above, each target paragraph is compared with its topK candidates
	// from an inverted index.
	fullPairs = 40000
	topK      = 12
	// nullSample is the number of random pairs the null model is fit on
	// when there are more pairs than that.
	nullSample = 20000
	// A token in more than this share of a document's paragraphs does not
	// propose candidates (it still counts when scoring them).
	maxPostingShare = 0.1
	maxPostings     = 64
)

// better orders candidate paragraphs by score, then by position.
func better(acc []float64, a, b int32) bool {
	return acc[a] > acc[b] || acc[a] == acc[b] && a < b
}

// candidates returns, for each target paragraph, the source paragraphs worth
// scoring.
func candidates(sc *scorer) [][]int {
	n, m := len(sc.t.paras), len(sc.s.paras)
	out := make([][]int, n)
	if n*m <= fullPairs {
		all := seq(0, m-1)
		for i := range out {
			out[i] = all
		}
		return out
	}
	// Postings of the source types that are rare enough to be selective;
	// the absolute cap keeps the work per paragraph constant in very long
	// documents.
	maxDF := max(3, min(int(maxPostingShare*float64(m)), maxPostings))
	maxTDF := max(3, min(int(maxPostingShare*float64(n)), maxPostings))
	post := make([][]int32, len(sc.s.types))
	for j, p := range sc.s.paras {
		for _, si := range p.types {
			if sc.s.types[si].df <= maxDF {
				post[si] = append(post[si], int32(j))
			}
		}
	}
	// Rows are independent: in parallel, each part with its own scratch.
	inParallel(n, func(lo, hi int) {
		acc := make([]float64, m)
		var touched []int32
		top := make([]int32, 0, topK)
		flat := make([]int, 0, (hi-lo)*topK)
		for i := lo; i < hi; i++ {
			touched = touched[:0]
			for _, ti := range sc.t.paras[i].types {
				if sc.t.types[ti].df > maxTDF {
					continue
				}
				tt := sc.tt[ti]
				for _, mm := range sc.flat[tt.lo:tt.hi] {
					for _, j := range post[mm.s] {
						if acc[j] == 0 {
							touched = append(touched, j)
						}
						acc[j] += mm.c
					}
				}
			}
			// The topK best, by insertion into a short list sorted by
			// decreasing score (ties to the earlier paragraph).
			top = top[:0]
			for _, j := range touched {
				if len(top) == topK && !better(acc, j, top[topK-1]) {
					continue
				}
				if len(top) < topK {
					top = append(top, j)
				} else {
					top[topK-1] = j
				}
				for k := len(top) - 1; k > 0 && better(acc, top[k], top[k-1]); k-- {
					top[k], top[k-1] = top[k-1], top[k]
				}
			}
			start := len(flat)
			for _, j := range top {
				flat = append(flat, int(j))
			}
			c := flat[start:len(flat):len(flat)]
			sort.Ints(c)
			out[i] = c
			for _, j := range touched {
				acc[j] = 0
			}
		}
	})
	return out
}

// lengthModel weighs how well paragraph lengths agree, calibrated on the
// document pair: log(target chars / source chars) is normal with mean mu and
// spread sigma over confident pairs, and with mu0 and sigma0 over random
// pairs.
type lengthModel struct {
	mu, sigma, mu0, sigma0 float64
	// tab holds llrAt on a grid of log ratios, for the hot loops; max is
	// the largest value llr returns.
	tab []float64
	max float64
}

// The grid of the llr table: log ratios within ±llrRange, llrSteps a unit
// (the function is smooth on that scale; beyond the range it is computed).
const (
	llrRange = 6
	llrSteps = 128
)

// Priors for the length model before any confident pair is seen: about equal
// length, and a spread wide enough for translations through a pivot language.
const (
	lenPriorSigma = 0.35
	lenMinSigma   = 0.15
	lenPriorN     = 3 // weight of the prior, in pairs
)

// fitLength estimates the model from the log ratios of confident pairs
// (robustly: a median with the random pairs' mean and a MAD, shrunk
// towards the prior) and of random pairs.
func fitLength(ratios, random []float64) lengthModel {
	lm := lengthModel{mu: 0, sigma: lenPriorSigma, mu0: 0, sigma0: 1}
	if len(random) > 1 {
		var sum, sq float64
		for _, r := range random {
			sum += r
		}
		lm.mu0 = sum / float64(len(random))
		for _, r := range random {
			sq += (r - lm.mu0) * (r - lm.mu0)
		}
		lm.sigma0 = math.Sqrt(sq / float64(len(random)-1))
	}
	// Before any confident pair, expect true pairs to have the typical
	// ratio of random pairs: it reflects how long the two languages write
	// (Japanese takes a third of the characters of English).
	lm.mu = lm.mu0
	n := float64(len(ratios))
	if n > 0 {
		// The centre is robust to the few confident pairs a document
		// pair in another script has (see robustCentre); the spread is
		// the lower median of their deviations from it, so that of two
		// pairs the one that agrees sets it.
		med := robustCentre(ratios, lm.mu0)
		dev := make([]float64, len(ratios))
		for i, r := range ratios {
			dev[i] = math.Abs(r - med)
		}
		sort.Float64s(dev)
		sigma := 1.4826 * dev[(len(dev)-1)/2] // MAD → σ for a normal
		lm.mu = med
		lm.sigma = (sigma*n + lenPriorSigma*lenPriorN) / (n + lenPriorN)
	}
	lm.sigma = math.Max(lm.sigma, lenMinSigma)
	// Random pairs cannot be more alike in length than true ones.
	lm.sigma0 = math.Max(lm.sigma0, lm.sigma)
	lm.tab = make([]float64, 2*llrRange*llrSteps+1)
	lm.max = lm.llrAt(lm.mu)
	for k := range lm.tab {
		lm.tab[k] = lm.llrAt(float64(k)/llrSteps - llrRange)
		lm.max = max(lm.max, lm.tab[k])
	}
	return lm
}

// llr is the length evidence in nats for a bead: the log-likelihood ratio
// of its length ratio under the true-pair and the random-pair model, the
// former with a share of outliers.
func (lm lengthModel) llr(tchars, schars int) float64 {
	if tchars == 0 || schars == 0 {
		return -10
	}
	x := math.Log(float64(tchars) / float64(schars))
	if f := (x + llrRange) * llrSteps; f >= 0 && f < float64(len(lm.tab)-1) {
		k := int(f)
		f -= float64(k)
		return lm.tab[k]*(1-f) + lm.tab[k+1]*f
	}
	return lm.llrAt(x)
}

// llrAt is llr for a log length ratio x.
func (lm lengthModel) llrAt(x float64) float64 {
	z := (x - lm.mu) / lm.sigma
	z0 := (x - lm.mu0) / lm.sigma0
	// A share lenOutliers of true pairs have lengths as arbitrary as random
	// pairs (a sentence added or dropped), which bounds the penalty.
	r := math.Exp(math.Log(lm.sigma0/lm.sigma) - z*z/2 + z0*z0/2)
	return math.Log((1-lenOutliers)*r + lenOutliers)
}

// lenOutliers is the share of true pairs whose length ratio is no better
// than chance.
const lenOutliers = 0.05

// work holds the state of one Align call.
type work struct {
	opt    Options
	t      *docFeat
	srcs   []*docFeat
	scs    []*scorer
	cands  [][][]int // per source, per target paragraph
	null   *nullModel
	length lengthModel
	// randomRatios are the log length ratios of the null sample's pairs.
	randomRatios []float64
	mTotal       int
	// tcuts and scuts are the sentence breaks inside each paragraph
	// (see sentenceCuts), per source for scuts.
	tcuts []cutSet
	scuts [][]cutSet
	// pairs holds, per source and target paragraph, the matched weights
	// (cT, cS) of each candidate pair in cands: the fits, the anchors, the
	// gaps and the programme all ask for them.
	pairs [][][][2]float64
	// across says, per source, whether it is written in another script
	// than the target: their words rarely match, and order and length
	// must carry the alignment (see orderLinks).
	across []bool
}

// fillSims scores every candidate pair once.
func (w *work) fillSims() {
	w.pairs = make([][][][2]float64, len(w.scs))
	for d, sc := range w.scs {
		total := 0
		for _, c := range w.cands[d] {
			total += len(c)
		}
		flat := make([][2]float64, total)
		rows := make([][][2]float64, len(w.t.paras))
		for i, c := range w.cands[d] {
			rows[i], flat = flat[:len(c):len(c)], flat[len(c):]
		}
		inParallel(len(rows), func(lo, hi int) {
			sc := sc.clone()
			for i := lo; i < hi; i++ {
				for k, j := range w.cands[d][i] {
					cT, cS := sc.pair(i, j)
					rows[i][k] = [2]float64{cT, cS}
				}
			}
		})
		w.pairs[d] = rows
	}
}

// pair returns the matched weights of target paragraph i and paragraph j
// of source d, from the cache for a candidate pair.
func (w *work) pair(d, i, j int) (cT, cS float64) {
	if w.pairs != nil {
		c := w.cands[d][i]
		k, ok := j, len(c) == len(w.srcs[d].paras) // every pair is a candidate
		if !ok {
			k, ok = slices.BinarySearch(c, j)
		}
		if ok {
			p := w.pairs[d][i][k]
			return p[0], p[1]
		}
	}
	return w.scs[d].pair(i, j)
}

// sim returns the similarity of target paragraphs t0..t1 and paragraphs
// s0..s1 of source d.
func (w *work) sim(d, t0, t1, s0, s1 int) float64 {
	if t0 == t1 && s0 == s1 {
		sc := w.scs[d]
		cT, cS := w.pair(d, t0, s0)
		return harmonic(cT, sc.pwT[t0], cS, sc.pwS[s0])
	}
	return w.scs[d].sim(t0, t1, s0, s1)
}

func (w *work) tchars(b bead) int {
	n := 0
	for i := b.t0; i <= b.t1; i++ {
		n += w.t.paras[i].chars
	}
	return n
}

func (w *work) schars(b bead) int {
	n := 0
	for j := b.s0; j <= b.s1; j++ {
		n += w.srcs[b.d].paras[j].chars
	}
	return n
}

// score fills in a bead's similarity and evidence: the surprise of its
// similarity (a merged bead's paragraphs are read as one text), and the
// length evidence, of which only the penalty counts in ev.
func (w *work) score(b *bead) {
	b.sim = w.sim(b.d, b.t0, b.t1, b.s0, b.s1)
	b.lex = w.null.surprise(b.sim)
	b.llr = w.length.llr(w.tchars(*b), w.schars(*b))
	b.ev = b.lex + min(0, b.llr)
	b.lenBonus = max(0, b.llr)
}

// fitNull samples similarities of single paragraph pairs to model chance.
func (w *work) fitNull() {
	total := 0
	for _, s := range w.srcs {
		total += len(w.t.paras) * len(s.paras)
	}
	var sample []float64
	w.randomRatios = w.randomRatios[:0]
	ratio := func(d, i, j int) {
		tc, sc := w.t.paras[i].chars, w.srcs[d].paras[j].chars
		if tc > 0 && sc > 0 {
			w.randomRatios = append(w.randomRatios, math.Log(float64(tc)/float64(sc)))
		}
	}
	if total <= nullSample {
		// Every pair, except those that are each other's best match: in a
		// short document they are mostly the true pairs, and leaving them
		// in would make true pairs look like chance.
		n := len(w.t.paras)
		for d, s := range w.srcs {
			m := len(s.paras)
			sims := make([]float64, n*m)
			rowMax := make([]float64, n)
			colMax := make([]float64, m)
			for i := range n {
				for j := range m {
					v := w.sim(d, i, i, j, j)
					sims[i*m+j] = v
					rowMax[i] = max(rowMax[i], v)
					colMax[j] = max(colMax[j], v)
					ratio(d, i, j)
				}
			}
			for i := range n {
				for j := range m {
					v := sims[i*m+j]
					if v > 0 && v == rowMax[i] && v == colMax[j] {
						continue
					}
					sample = append(sample, v)
				}
			}
		}
	} else {
		// A fixed seed keeps results reproducible.
		r := rand.New(rand.NewPCG(1, 2))
		type pick struct{ d, i, j int }
		picks := make([]pick, 0, nullSample)
		for range nullSample {
			k := r.IntN(total)
			for d, s := range w.srcs {
				if k < len(w.t.paras)*len(s.paras) {
					picks = append(picks, pick{d, k / len(s.paras), k % len(s.paras)})
					ratio(d, k/len(s.paras), k%len(s.paras))
					break
				}
				k -= len(w.t.paras) * len(s.paras)
			}
		}
		sample = make([]float64, len(picks))
		// Scored row by row, which pair does fastest; each similarity
		// keeps its place in the sample.
		// The key holds the row (source, then target paragraph) above the
		// pick's index.
		order := make([]uint64, len(picks))
		for k, p := range picks {
			order[k] = uint64(p.d*len(w.t.paras)+p.i)<<32 | uint64(k)
		}
		slices.Sort(order)
		inParallel(len(order), func(lo, hi int) {
			scs := map[int]*scorer{}
			for _, key := range order[lo:hi] {
				k := int(uint32(key))
				p := picks[k]
				sc := scs[p.d]
				if sc == nil {
					sc = w.scs[p.d].clone()
					scs[p.d] = sc
				}
				cT, cS := sc.pair(p.i, p.j)
				sample[k] = harmonic(cT, sc.pwT[p.i], cS, sc.pwS[p.j])
			}
		})
	}
	w.null = newNullModel(sample)
}

// fitLengthModel calibrates the length model on pairs that are each
// other's best match with strong lexical evidence.
func (w *work) fitLengthModel() {
	var ratios []float64
	for d, sc := range w.scs {
		n, m := len(w.t.paras), len(sc.s.paras)
		bestT := make([]int, n)
		bestS := make([]int, m)
		vT := make([]float64, n)
		vS := make([]float64, m)
		for i := range bestT {
			bestT[i] = -1
		}
		for j := range bestS {
			bestS[j] = -1
		}
		for i := range n {
			for _, j := range w.cands[d][i] {
				v := w.sim(d, i, i, j, j)
				if v > vT[i] {
					vT[i], bestT[i] = v, j
				}
				if v > vS[j] {
					vS[j], bestS[j] = v, i
				}
			}
		}
		tau := math.Log(float64(m) + 1)
		for i, j := range bestT {
			if j >= 0 && bestS[j] == i && w.null.surprise(vT[i]) > 2*tau {
				tc, scc := w.t.paras[i].chars, sc.s.paras[j].chars
				if tc > 0 && scc > 0 {
					ratios = append(ratios, math.Log(float64(tc)/float64(scc)))
				}
			}
		}
	}
	w.length = fitLength(ratios, w.randomRatios)
}

// beadsFor enumerates the candidate 1:1 beads between the target and source
// d whose evidence exceeds tau, the lowest threshold any step will use.
// Merged beads are scored where they are needed: in gaps and extensions.
func (w *work) beadsFor(d int, tau float64) []bead {
	// Row i's beads go to out from start[i] on: rows are scored in
	// parallel (candidate pairs are cached, so scoring them writes
	// nothing shared), then the beads that pass are closed up in order.
	start := make([]int, len(w.cands[d])+1)
	for i, c := range w.cands[d] {
		start[i+1] = start[i] + len(c)
	}
	out := make([]bead, start[len(w.cands[d])])
	var mu sync.Mutex
	end := map[int]int{} // per part, by its first row: the end of its beads
	inParallel(len(w.cands[d]), func(lo, hi int) {
		k := start[lo]
		for i := lo; i < hi; i++ {
			for _, j := range w.cands[d][i] {
				b := bead{t0: i, t1: i, d: d, s0: j, s1: j}
				w.score(&b)
				if b.ev-tau > 0 {
					out[k] = b
					k++
				}
			}
		}
		mu.Lock()
		end[lo] = k
		mu.Unlock()
	})
	los := make([]int, 0, len(end))
	for lo := range end {
		los = append(los, lo)
	}
	slices.Sort(los)
	n := 0
	for _, lo := range los {
		n += copy(out[n:], out[start[lo]:end[lo]])
	}
	return out[:n]
}

// mergeCost is the prior cost of a 2:1 or 1:2 bead against a 1:1 one: there
// are twice as many ways to form it, so it must carry ln 2 more evidence.
func mergeCost(b bead) float64 {
	if b.size() > 2 {
		return math.Ln2
	}
	return 0
}

// chain returns the best set of non-crossing, non-overlapping beads: the
// monotone alignment with free skips on both sides, which is local alignment
// (a source covering only part of the target costs nothing elsewhere). It
// runs in O(B log M) over B candidate beads with a Fenwick tree of prefix
// maxima over source positions.
func chain(beads []bead, m int, tau float64) []bead {
	return chainOwned(slices.Clone(beads), m, tau)
}

// chainOwned is chain on a slice it may reorder and overwrite.
func chainOwned(beads []bead, m int, tau float64) []bead {
	if len(beads) == 0 {
		return nil
	}
	beads = slices.DeleteFunc(beads, func(b bead) bool { return b.ev-tau-mergeCost(b) <= 0 })
	if len(beads) == 0 {
		return nil
	}
	sort.Slice(beads, func(a, b int) bool {
		if beads[a].t0 != beads[b].t0 {
			return beads[a].t0 < beads[b].t0
		}
		return beads[a].s0 < beads[b].s0
	})
	byEnd := make([]int, len(beads))
	for i := range byEnd {
		byEnd[i] = i
	}
	sort.Slice(byEnd, func(a, b int) bool { return beads[byEnd[a]].t1 < beads[byEnd[b]].t1 })
	best := make([]float64, len(beads))
	prev := make([]int, len(beads))
	// The tree spans only the source positions the beads use: chains over
	// the small gaps of a long document stay cheap.
	lo, hi := m, 0
	for _, b := range beads {
		lo, hi = min(lo, b.s0), max(hi, b.s1)
	}
	fw := newFenwick(hi - lo + 1)
	k := 0
	for i, b := range beads {
		for k < len(byEnd) && beads[byEnd[k]].t1 < b.t0 {
			e := byEnd[k]
			fw.update(beads[e].s1-lo, best[e], e)
			k++
		}
		v, p := fw.query(b.s0 - 1 - lo)
		gain := b.ev - tau - mergeCost(b)
		if p >= 0 && v > 0 {
			best[i], prev[i] = v+gain, p
		} else {
			best[i], prev[i] = gain, -1
		}
	}
	top := 0
	for i := range best {
		if best[i] > best[top] {
			top = i
		}
	}
	var out []bead
	for i := top; i >= 0; i = prev[i] {
		out = append(out, beads[i])
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// fenwick keeps prefix maxima (value and argmax) over positions 0..n-1.
type fenwick struct {
	v   []float64
	arg []int
}

func newFenwick(n int) *fenwick {
	f := &fenwick{v: make([]float64, n+1), arg: make([]int, n+1)}
	for i := range f.arg {
		f.arg[i] = -1
		f.v[i] = math.Inf(-1)
	}
	return f
}

func (f *fenwick) update(pos int, v float64, arg int) {
	for i := pos + 1; i < len(f.v); i += i & -i {
		if v > f.v[i] {
			f.v[i], f.arg[i] = v, arg
		}
	}
}

// query returns the maximum over positions 0..pos.
func (f *fenwick) query(pos int) (float64, int) {
	v, arg := math.Inf(-1), -1
	for i := pos + 1; i > 0; i -= i & -i {
		if f.v[i] > v {
			v, arg = f.v[i], f.arg[i]
		}
	}
	return v, arg
}

// partsOf is how many parts inParallel splits n rows into: a thousand
// rows a part at least, one a processor at most.
func partsOf(n int) int { return min(runtime.GOMAXPROCS(0), n/1000) }

// inParallel runs f over [0, n) split into one contiguous part per
// processor; small jobs run in the caller.
func inParallel(n int, f func(lo, hi int)) {
	parts := partsOf(n)
	if parts <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { f(n*p/parts, n*(p+1)/parts) })
	}
	wg.Wait()
}

// collectInParallel runs f over parts of [0, n) as inParallel does and
// returns what the parts return, concatenated in the order of their rows,
// so that the result does not depend on the number of threads.
func collectInParallel[T any](n int, f func(lo, hi int) []T) []T {
	if partsOf(n) <= 1 { // serial: no map, no copy
		return f(0, n)
	}
	var mu sync.Mutex
	parts := map[int][]T{}
	inParallel(n, func(lo, hi int) {
		out := f(lo, hi)
		mu.Lock()
		parts[lo] = out
		mu.Unlock()
	})
	var all []T
	for _, lo := range slices.Sorted(maps.Keys(parts)) {
		all = append(all, parts[lo]...)
	}
	return all
}

// robustCentre is the median of the confident pairs' log ratios together
// with lenPriorN pseudo-pairs at the random pairs' mean log ratio mu0 (the
// documents' own ratio of lengths): two or three confident pairs, often a
// name that fills a short paragraph, cannot carry it far from the
// documents' ratio unless they agree.
func robustCentre(ratios []float64, mu0 float64) float64 {
	xs := append([]float64(nil), ratios...)
	for range lenPriorN {
		xs = append(xs, mu0)
	}
	sort.Float64s(xs)
	k := len(xs)
	if k%2 == 1 {
		return xs[k/2]
	}
	return (xs[k/2-1] + xs[k/2]) / 2
}
