package align

import (
	"math"
	"sort"
)

// Type weight multipliers: a shared name or a shared multi-digit number is
// stronger evidence than a shared word, and a name or number missing on the
// other side is stronger counter-evidence.
const (
	nameMult   = 1.5
	numberMult = 2.0
)

// scorer computes the lexical similarity of candidate beads between the
// target and one source.
type scorer struct {
	t, s *docFeat
	mt   matchTable
	wt   []float64 // effective target type weights
	ws   []float64 // effective source type weights
	// pwT and pwS are the total weights of each paragraph's types.
	pwT, pwS []float64

	// The hot loop's view of the tables: per target type its weight and
	// its run of matches in flat, each with its contribution computed
	// once. Contiguous, so that a pair costs few cache misses.
	tt   []scoreType
	flat []scoreMatch

	// scratch, indexed by source type
	slot []scoreSlot
	gen  uint32

	// pair's scratch: the target paragraph loaded (-1 for none), and per
	// source type the matches to it from that paragraph.
	row    int
	rgen   uint32
	rslot  []rowSlot
	rent   []rowEntry
	rbestT []float64 // per target type with matches, in order
}

// rowSlot lists the matches of a source type from the loaded target
// paragraph, rent[head] onwards, and their best contribution.
type rowSlot struct {
	gen  uint32
	head int32
	best float64
}

// rowEntry is a match from the loaded paragraph's g-th target type with
// matches, contributing c; next is the source type's next entry or -1.
type rowEntry struct {
	g, next int32
	c       float64
}

// scoreType is a target type's weight and its matches, flat[lo:hi].
type scoreType struct {
	w      float64
	lo, hi int32
}

// scoreMatch is a match to source type s, which contributes c where both
// types occur.
type scoreMatch struct {
	s int32
	c float64
}

// scoreSlot is the scratch of one source type: the gen of the last bead
// holding it, its best match there and its weight.
type scoreSlot struct {
	gen  uint32
	best float64
	w    float64
}

func newScorer(t, s *docFeat, dicts ...*Dict) *scorer {
	sc := &scorer{t: t, s: s, mt: buildMatches(t, s, dicts...)}
	sc.wt = make([]float64, len(t.types))
	sc.ws = make([]float64, len(s.types))
	// A token that corresponds to a name on the other side is a name too:
	// German capitalises every noun, so "Toolformer" is a name there only
	// because the English side capitalises it mid-sentence.
	tName := make([]bool, len(t.types))
	sName := make([]bool, len(s.types))
	for ti, ms := range sc.mt {
		for _, m := range ms {
			if t.types[ti].name || s.types[m.s].name {
				tName[ti] = true
				sName[m.s] = true
			}
		}
	}
	for i, tt := range t.types {
		sc.wt[i] = tt.w * mult(tt, tName[i])
	}
	for i, st := range s.types {
		sc.ws[i] = st.w * mult(st, sName[i])
	}
	sc.pwT = paraWeights(t, sc.wt)
	sc.pwS = paraWeights(s, sc.ws)
	sc.flatten()
	sc.slot = make([]scoreSlot, len(s.types))
	for si, w := range sc.ws {
		sc.slot[si].w = w
	}
	return sc
}

// flatten lays out the match table mt with each match's weight, in one
// slice that the scorer reads row by row; call it again after changing mt.
func (sc *scorer) flatten() {
	sc.tt = make([]scoreType, len(sc.t.types))
	n := 0
	for _, ms := range sc.mt {
		n += len(ms)
	}
	sc.flat = make([]scoreMatch, 0, n)
	for ti, ms := range sc.mt {
		w := sc.wt[ti]
		sc.tt[ti] = scoreType{w: w, lo: int32(len(sc.flat))}
		for _, m := range ms {
			sc.flat = append(sc.flat, scoreMatch{m.s, float64(m.m) * math.Min(w, sc.ws[m.s])})
		}
		sc.tt[ti].hi = int32(len(sc.flat))
	}
	sc.row = -1 // a row laid out before is stale
}

// clone returns a scorer that shares sc's tables but has scratch space of
// its own, for use in another goroutine.
func (sc *scorer) clone() *scorer {
	c := *sc
	c.slot = make([]scoreSlot, len(sc.slot))
	for si, w := range sc.ws {
		c.slot[si].w = w
	}
	c.gen = 0
	c.row, c.rgen, c.rslot, c.rent, c.rbestT = -1, 0, nil, nil, nil
	return &c
}

func paraWeights(f *docFeat, w []float64) []float64 {
	out := make([]float64, len(f.paras))
	for i, p := range f.paras {
		for _, ti := range p.types {
			out[i] += w[ti]
		}
	}
	return out
}

func mult(t tokType, name bool) float64 {
	switch {
	case t.kind == kNumber && (len(t.num.canon) >= 2):
		return numberMult
	case t.kind == kURL:
		return numberMult
	case t.name && t.kind == kIdent, name:
		return nameMult
	}
	return 1
}

// sim returns the similarity in [0, 1] of target paragraphs t0..t1 and
// source paragraphs s0..s1 (inclusive): the harmonic mean of the weighted
// share of each side's tokens that find a partner on the other side. A
// URL-only paragraph matches only a paragraph that shares one of its URLs.
// It allocates nothing: the hot loop of the dynamic programme calls it.
func (sc *scorer) sim(t0, t1, s0, s1 int) float64 {
	cT, wT, cS, wS := sc.parts(t0, t1, s0, s1)
	return harmonic(cT, wT, cS, wS)
}

// harmonic is the harmonic mean of the shares cT/wT and cS/wS, 0 when
// either is 0.
func harmonic(cT, wT, cS, wS float64) float64 {
	if wT == 0 || wS == 0 || cT == 0 || cS == 0 {
		return 0
	}
	a, b := cT/wT, cS/wS
	return 2 * a * b / (a + b)
}

// parts returns what sim is made of: the weight of the target tokens that
// find a partner and of all of them, and the same for the source. Each
// paragraph of a merged bead counts its own tokens, so that a paragraph
// whose words its neighbour already has still has to find them on the
// other side. A URL-only paragraph without its URL on the other side
// zeroes the matches.
func (sc *scorer) parts(t0, t1, s0, s1 int) (cT, wT, cS, wS float64) {
	sc.gen++
	if sc.gen == 0 {
		for k := range sc.slot {
			sc.slot[k].gen = 0
		}
		sc.gen = 1
	}
	gen := sc.gen
	slot := sc.slot
	urlOnly := false
	for p := t0; p <= t1; p++ {
		urlOnly = urlOnly || sc.t.paras[p].urlOnly
	}
	for p := s0; p <= s1; p++ {
		urlOnly = urlOnly || sc.s.paras[p].urlOnly
		for _, si := range sc.s.paras[p].types {
			sl := &slot[si]
			if sl.gen != gen {
				sl.gen = gen
				sl.best = 0
			}
			wS += sl.w
		}
	}
	sharedURL := false
	for p := t0; p <= t1; p++ {
		for _, ti := range sc.t.paras[p].types {
			tt := sc.tt[ti]
			wT += tt.w
			var bestC float64
			ms := sc.flat[tt.lo:tt.hi]
			if urlOnly && len(ms) > 0 && sc.t.types[ti].kind == kURL {
				for _, m := range ms {
					sharedURL = sharedURL || slot[m.s].gen == gen
				}
			}
			for _, m := range ms {
				sl := &slot[m.s]
				if sl.gen != gen {
					continue
				}
				c := m.c
				if c > bestC {
					bestC = c
				}
				if c > sl.best {
					sl.best = c
				}
			}
			cT += bestC
		}
	}
	if urlOnly && !sharedURL {
		return 0, wT, 0, wS
	}
	for p := s0; p <= s1; p++ {
		for _, si := range sc.s.paras[p].types {
			cS += slot[si].best
		}
	}
	return cT, wT, cS, wS
}

// pair returns cT and cS of parts for target paragraph i and source
// paragraph j, the same sums in the same order. It reads the target
// paragraph once for all the pairs it forms in a row of calls: the source
// paragraph's types then find their matches directly.
func (sc *scorer) pair(i, j int) (cT, cS float64) {
	if sc.t.paras[i].urlOnly || sc.s.paras[j].urlOnly {
		cT, _, cS, _ = sc.parts(i, i, j, j)
		return cT, cS
	}
	if sc.row != i {
		sc.loadRow(i)
	}
	rslot, rent, bestT := sc.rslot, sc.rent, sc.rbestT
	gen := sc.rgen
	// A source type's best match is its contribution to cS; every target
	// type's best match among the source types present, to cT. Types
	// without a match add zero, which changes no sum.
	for _, si := range sc.s.paras[j].types {
		sl := &rslot[si]
		if sl.gen != gen {
			continue
		}
		cS += sl.best
		for e := sl.head; e >= 0; e = rent[e].next {
			x := &rent[e]
			if x.c > bestT[x.g] {
				bestT[x.g] = x.c
			}
		}
	}
	for g, b := range bestT {
		cT += b
		bestT[g] = 0
	}
	return cT, cS
}

// loadRow prepares pair for target paragraph i.
func (sc *scorer) loadRow(i int) {
	if sc.rslot == nil {
		sc.rslot = make([]rowSlot, len(sc.s.types))
	}
	sc.rgen++
	if sc.rgen == 0 {
		clear(sc.rslot)
		sc.rgen = 1
	}
	gen := sc.rgen
	sc.rent, sc.rbestT = sc.rent[:0], sc.rbestT[:0]
	for _, ti := range sc.t.paras[i].types {
		tt := sc.tt[ti]
		if tt.lo == tt.hi {
			continue
		}
		g := int32(len(sc.rbestT))
		sc.rbestT = append(sc.rbestT, 0)
		for _, m := range sc.flat[tt.lo:tt.hi] {
			sl := &sc.rslot[m.s]
			if sl.gen != gen {
				*sl = rowSlot{gen: gen, head: -1}
			}
			if m.c > sl.best {
				sl.best = m.c
			}
			sc.rent = append(sc.rent, rowEntry{g: g, next: sl.head, c: m.c})
			sl.head = int32(len(sc.rent) - 1)
		}
	}
	sc.row = i
}

// nullModel turns a similarity into a surprise, -ln P(sim ≥ x) under the
// distribution of similarities between unrelated paragraphs. Above the
// threshold u (a high quantile of the sample) the tail is taken as
// exponential, so surprises keep growing past the largest sampled value.
type nullModel struct {
	sample []float64 // ascending
	u      float64   // tail threshold
	pu     float64   // P(sim > u)
	beta   float64   // scale of the exponential tail
	tab    []float64 // surpriseAt on a grid of surpriseSteps over [0, 1]
}

// surpriseSteps is the resolution of the surprise table: similarities are
// shares, and a thousandth of a share is below what the data resolve.
const surpriseSteps = 4096

// tailQuantile is where the exponential tail starts; tailPriorPoints is the
// weight, in sample points, of the prior scale in the tail fit.
const (
	tailQuantile    = 0.9
	tailPriorPoints = 10
)

func newNullModel(sample []float64) *nullModel {
	sort.Float64s(sample)
	nm := &nullModel{sample: sample}
	n := len(sample)
	if n == 0 {
		nm.pu, nm.beta = 1, priorBeta
		nm.fillTable()
		return nm
	}
	q := int(float64(n) * tailQuantile)
	if q >= n {
		q = n - 1
	}
	nm.u = sample[q]
	above := sample[q+1:]
	for len(above) > 0 && above[0] <= nm.u {
		above = above[1:]
	}
	nm.pu = (float64(len(above)) + 1) / float64(n+1)
	// The median excess is robust to the few true pairs in the sample; a
	// tail of few points is shrunk towards the prior scale.
	k := float64(len(above))
	nm.beta = priorBeta
	if k > 0 {
		med := above[len(above)/2] - nm.u
		nm.beta = (k*med/math.Ln2 + tailPriorPoints*priorBeta) / (k + tailPriorPoints)
	}
	// Floor the scale: with a nearly empty tail every tiny similarity
	// would look like a miracle.
	if floor := 0.02; nm.beta < floor {
		nm.beta = floor
	}
	nm.fillTable()
	return nm
}

func (nm *nullModel) fillTable() {
	nm.tab = make([]float64, surpriseSteps+1)
	for k := range nm.tab {
		nm.tab[k] = nm.surpriseAt(float64(k) / surpriseSteps)
	}
}

// The prior null, mixed in as priorPairs pseudo-observations so that short
// documents, whose few pairs are largely true ones, are not judged against
// themselves: half of unrelated paragraph pairs share some token, and the
// share falls off exponentially with scale priorBeta. (Measured on the seed
// and the paragraphs dev set: a tail scale of 0.03–0.05.)
const (
	priorPairs = 200
	priorShare = 0.5
	priorBeta  = 0.04
)

// surprise returns -ln P(sim ≥ x) under the null, interpolated in a table.
func (nm *nullModel) surprise(x float64) float64 {
	if x <= 0 {
		return 0
	}
	if f := x * surpriseSteps; f < surpriseSteps && nm.tab != nil {
		k := int(f)
		f -= float64(k)
		if k == 0 {
			// Keep any similarity above zero above zero surprise, as exact.
			return nm.surpriseAt(x)
		}
		return nm.tab[k]*(1-f) + nm.tab[k+1]*f
	}
	return nm.surpriseAt(x)
}

// surpriseAt computes surprise exactly.
func (nm *nullModel) surpriseAt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	n := float64(len(nm.sample))
	var emp float64
	if x <= nm.u {
		i := sort.SearchFloat64s(nm.sample, x)
		emp = (float64(len(nm.sample)-i) + 1) / (n + 1)
	} else {
		emp = nm.pu * math.Exp(-(x-nm.u)/nm.beta)
	}
	prior := priorShare * math.Exp(-x/priorBeta)
	p := (n*emp + priorPairs*prior) / (n + priorPairs)
	return -math.Log(math.Min(1, p))
}
