package align

import (
	"maps"
	"math"
	"math/rand/v2"
	"slices"
)

// Numbers that contradict: a bead both of whose sides write numbers, none
// of which corresponds to one of the other side's, is evidence against the
// bead that the order step's zero-similarity weight (sharing nothing) does
// not hold: across scripts most true pairs share nothing, but a true pair
// whose sides both hold numbers nearly always shares one of them. Without
// it, the order step fills an omission next to an addition with the
// addition, and reads a paragraph of the next document as a translation.
// Numbers on one side only (a year, a count) are weaker evidence of the
// same kind: translations mostly keep them as digits.

// Names that contradict are evidence of the same kind, weighed the same
// way: a translation keeps its source's names, spelt alike in Latin
// letters or matched by transcription, so a bead whose sides both name
// someone, none of the same, is a chance pair: an addition next to an
// omission ("Markus Söder" in the target, "Thorsten Glauber" in the
// source). Only between documents whose letters have case: in Chinese,
// Japanese, Hebrew or Arabic text no capital tells a name.

// conflict holds, per paragraph, its types of one class (numbers, names),
// and the log odds that a bead whose types of the class contradict is a
// true pair.
type conflict struct {
	t [][]int32
	s [][]int32
	d int
	// llr is log P(conflict | true pair) / P(conflict | chance), at
	// most zero, among beads with numbers on both sides; alone the same
	// for beads with numbers on one side only, among beads with numbers.
	llr, alone float64
}

// classTypes returns, per paragraph of f, its types of the class in.
func classTypes(f *docFeat, in func(*tokType) bool) [][]int32 {
	out := make([][]int32, len(f.paras))
	for i, p := range f.paras {
		for _, ty := range p.types {
			if in(&f.types[ty]) {
				out[i] = append(out[i], ty)
			}
		}
	}
	return out
}

func isNumber(ty *tokType) bool { return ty.kind == kNumber }

func isName(ty *tokType) bool { return ty.name && isWordKind(ty.kind) }

// newNumConflict calibrates the number conflicts of source d.
func (w *work) newNumConflict(d int, links []alink) *conflict {
	return w.newConflict(d, links, isNumber)
}

// newNameConflict calibrates the name conflicts of source d, or returns
// nil where one of the two documents is mostly without case (Chinese,
// Japanese, Hebrew, Arabic): there a name is told from a word only when
// it is in Latin letters, a code or an acronym, and its absence from
// the other side says little.
func (w *work) newNameConflict(d int, links []alink) *conflict {
	if w.t.caseless || w.srcs[d].caseless {
		return nil
	}
	return w.newConflict(d, links, isName)
}

// newConflict calibrates the conflict evidence of source d for the class
// in: the share of its links (true pairs) with types of the class on both
// sides that contradict, with Laplace's rule, against the share of all
// its paragraph pairs with such types on both sides; and the share of its
// links with such types on one side only, against that of its paragraph
// pairs.
func (w *work) newConflict(d int, links []alink, in func(*tokType) bool) *conflict {
	nc := &conflict{t: classTypes(w.t, in), s: classTypes(w.srcs[d], in), d: d}
	var ti, sj []int
	for i, ns := range nc.t {
		if len(ns) > 0 {
			ti = append(ti, i)
		}
	}
	for j, ns := range nc.s {
		if len(ns) > 0 {
			sj = append(sj, j)
		}
	}
	// Every pair with numbers on both sides, or nullSample of them drawn
	// with a fixed seed, as the null model's.
	both, conflicts := 0, 0
	pair := func(i, j int) {
		both++
		if nc.contradicts(w, i, i, j, j) {
			conflicts++
		}
	}
	if total := len(ti) * len(sj); total <= nullSample {
		for _, i := range ti {
			for _, j := range sj {
				pair(i, j)
			}
		}
	} else {
		r := rand.New(rand.NewPCG(1, 2))
		for range nullSample {
			k := r.IntN(total)
			pair(ti[k/len(sj)], sj[k%len(sj)])
		}
	}
	lb, lc, la, l1 := 0, 0, 0, 0
	for _, l := range links {
		for _, b := range l.parts {
			if b.d != d {
				continue
			}
			ht, hs := nc.has(b.t0, b.t1, b.s0, b.s1)
			if ht || hs {
				la++
			}
			if ht != hs {
				l1++
			}
			if !ht || !hs {
				continue
			}
			lb++
			if nc.contradicts(w, b.t0, b.t1, b.s0, b.s1) {
				lc++
			}
		}
	}
	if both > 0 {
		rT := (float64(lc) + 1) / float64(lb+2)
		rC := (float64(conflicts) + 1) / float64(both+2)
		nc.llr = min(0, math.Log(rT/rC))
	}
	n, m, nt, ns := len(nc.t), len(nc.s), len(ti), len(sj)
	if anyNum := n*m - (n-nt)*(m-ns); anyNum > 0 {
		one := nt*(m-ns) + (n-nt)*ns
		rT := (float64(l1) + 1) / float64(la+2)
		rC := (float64(one) + 1) / float64(anyNum+2)
		nc.alone = min(0, math.Log(rT/rC))
	}
	return nc
}

// has reports whether target paragraphs t0..t1 and source paragraphs
// s0..s1 hold numbers.
func (nc *conflict) has(t0, t1, s0, s1 int) (ht, hs bool) {
	for i := t0; i <= t1 && !ht; i++ {
		ht = len(nc.t[i]) > 0
	}
	for j := s0; j <= s1 && !hs; j++ {
		hs = len(nc.s[j]) > 0
	}
	return ht, hs
}

// contradicts reports whether target paragraphs t0..t1 and source
// paragraphs s0..s1 both hold numbers and share none.
func (nc *conflict) contradicts(w *work, t0, t1, s0, s1 int) bool {
	if ht, hs := nc.has(t0, t1, s0, s1); !ht || !hs {
		return false
	}
	mt := w.scs[nc.d].mt
	for i := t0; i <= t1; i++ {
		for _, ty := range nc.t[i] {
			for _, m := range mt[ty] {
				for j := s0; j <= s1; j++ {
					for _, sy := range nc.s[j] {
						if sy == m.s {
							return false
						}
					}
				}
			}
		}
	}
	return true
}

// evidence is the conflict evidence of bead b: llr where its numbers
// contradict, else zero.
func (nc *conflict) evidence(w *work, b bead) float64 {
	if nc == nil || b.d != nc.d {
		return 0
	}
	switch ht, hs := nc.has(b.t0, b.t1, b.s0, b.s1); {
	case ht != hs:
		return nc.alone
	case ht && nc.contradicts(w, b.t0, b.t1, b.s0, b.s1):
		return nc.llr
	}
	return 0
}

// Sentence counts: a translation mostly keeps its source's sentences, one
// for one, while two paragraphs paired by chance have as many sentences
// only as often as paragraphs of a document do. Across scripts, where a
// pair shares no word, the count is the punctuation that survives.

// sentPrior is the prior share of true pairs with as many sentences on
// both sides, and its weight in pairs: news translation keeps most
// sentences whole.
const (
	sentPriorEq = 0.75
	sentPriorN  = 4
)

// sentEvidence holds the sentence counts of the paragraphs and the
// evidence of equal and of unequal counts, in nats.
type sentEvidence struct {
	t, s   []int
	d      int
	eq, ne float64
}

func sentCounts(cuts []cutSet) []int {
	out := make([]int, len(cuts))
	for i, c := range cuts {
		out[i] = len(c.sent) + 1
	}
	return out
}

// newSentEvidence calibrates the sentence-count evidence of source d.
func (w *work) newSentEvidence(d int, links []alink) *sentEvidence {
	if w.tcuts == nil {
		return nil
	}
	return newCountEvidence(sentCounts(w.tcuts), sentCounts(w.scuts[d]), d, links)
}

// newMarkEvidence calibrates, for each class of punctuation the documents
// hold (see addPunct: a question, a quotation, a parenthesis, a colon...),
// the evidence of a bead's paragraphs holding it on as many paragraphs on
// both sides or not: a quotation on one side only is evidence against.
func (w *work) newMarkEvidence(d int, links []alink) []*sentEvidence {
	keys := slices.Collect(maps.Keys(w.t.byKind[kPunct]))
	for k := range w.srcs[d].byKind[kPunct] {
		if _, ok := w.t.byKind[kPunct][k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []*sentEvidence
	for _, k := range keys {
		tid, okT := w.t.lookup(kPunct, k)
		sid, okS := w.srcs[d].lookup(kPunct, k)
		if se := newCountEvidence(presence(w.t, tid, okT), presence(w.srcs[d], sid, okS), d, links); se != nil {
			out = append(out, se)
		}
	}
	return out
}

// presence returns, per paragraph of f, 1 where it holds type id, else 0.
func presence(f *docFeat, id int32, ok bool) []int {
	out := make([]int, len(f.paras))
	for i, p := range f.paras {
		if ok && sortedHas32(p.types, id) {
			out[i] = 1
		}
	}
	return out
}

func sortedHas32(a []int32, x int32) bool {
	_, found := slices.BinarySearch(a, x)
	return found
}

// newCountEvidence calibrates the evidence of a count per paragraph, t of
// the target's and s of source d's, summed over a bead's paragraphs on
// each side: the share of equal sums among its links (true pairs), shrunk
// towards sentPriorEq, against the share of equal counts among all its
// paragraph pairs; nil where equal counts are no likelier in true pairs.
func newCountEvidence(t, s []int, d int, links []alink) *sentEvidence {
	se := &sentEvidence{t: t, s: s, d: d}
	hist := map[int]int{}
	for _, c := range se.s {
		hist[c]++
	}
	same := 0
	for _, c := range se.t {
		same += hist[c]
	}
	pc := (float64(same) + 1) / float64(len(se.t)*len(se.s)+2)
	n, eq := 0, 0
	for _, l := range links {
		for _, b := range l.parts {
			if b.d != d {
				continue
			}
			n++
			if se.count(se.t, b.t0, b.t1) == se.count(se.s, b.s0, b.s1) {
				eq++
			}
		}
	}
	pt := (float64(eq) + sentPriorEq*sentPriorN) / (float64(n) + sentPriorN)
	if pt <= pc {
		return nil
	}
	se.eq, se.ne = math.Log(pt/pc), math.Log((1-pt)/(1-pc))
	return se
}

func (se *sentEvidence) count(c []int, a, b int) int {
	n := 0
	for i := a; i <= b; i++ {
		n += c[i]
	}
	return n
}

// evidence is the sentence-count evidence of bead b.
func (se *sentEvidence) evidence(b bead) float64 {
	if se == nil || b.d != se.d {
		return 0
	}
	if se.count(se.t, b.t0, b.t1) == se.count(se.s, b.s0, b.s1) {
		return se.eq
	}
	return se.ne
}

// marksEvidence sums the evidence of marks over bead b.
func marksEvidence(ms []*sentEvidence, b bead) float64 {
	ev := 0.0
	for _, m := range ms {
		ev += m.evidence(b)
	}
	return ev
}
