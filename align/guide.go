package align

import (
	"maps"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
)

// guide is where a long link's sentences are expected to meet: through
// anchors, pairs of a target and a source sentence that share a number
// or a capitalised word (a name) no other sentence of either side has,
// and between two anchors anywhere
// from running on at the link's ratio of lengths from the first to
// running back from the second, which holds a run of sentences one side
// dropped between them. A chunk's band follows it as well as the ratio
// from where the chunk starts: a run dropped that was longer than the
// band is wide put the rest of a chunk off its partners, and a hundred
// sentences after it.
type guide struct {
	knots      []point // corners the guide passes through, in order, from (0, 0) to the far corner
	tcum, scum []int
	ratio      float64 // source letters and digits to a target's
}

// guideRow is the stretch of source corners a target corner is expected
// at, when anchors near enough say.
type guideRow struct {
	lo, hi int
	ok     bool
}

// maxGuideRows is how many target sentences apart two anchors may be and
// still lead the sentences between them.
const maxGuideRows = 2 * chunkSentences

// newGuide returns the guide of the target sentences tSents and the source
// sentences sSents (of documents sDoc), whose letters and digits run up
// as tcum and scum.
func newGuide(a *Alignment, tSents, sSents []corpus.Span, sDoc []int, tcum, scum []int) *guide {
	tKeys := uniqueKeys(len(tSents), func(k int) []string { return anchorKeys(a.Target, tSents[k]) })
	sKeys := uniqueKeys(len(sSents), func(k int) []string { return anchorKeys(a.Sources[sDoc[k]], sSents[k]) })
	var pairs []point
	for key, i := range tKeys {
		if j, ok := sKeys[key]; ok {
			pairs = append(pairs, point{i, j})
		}
	}
	n, m := len(tSents), len(sSents)
	g := &guide{tcum: tcum, scum: scum, ratio: float64(scum[m]) / float64(max(tcum[n], 1))}
	g.knots = append(g.knots, point{})
	for _, p := range increasing(pairs) {
		g.knots = append(g.knots, p, point{p.i + 1, p.j + 1})
	}
	g.knots = append(g.knots, point{n, m})
	return g
}

// anchorKeys returns the keys of sentence s of d that may anchor it: its
// numbers of two digits or more, and its words of four letters or more
// that open with a capital, as written: a name both sides keep ("Nvidia",
// "Merkel"), which a sentence without a number may hold.
func anchorKeys(d *corpus.Document, s corpus.Span) []string {
	var out []string
	for _, nm := range scanNumerals(d.Slice(s), d.Lang) {
		if nm.ok && len(nm.num.canon) >= 2 {
			out = append(out, "#"+nm.num.canon)
		}
	}
	for _, w := range spanWords(d, s) {
		t := d.Slice(w)
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) && utf8.RuneCountInString(t) >= 4 {
			out = append(out, t)
		}
	}
	return out
}

// uniqueKeys returns the keys that only one of n sentences holds, each
// with its sentence.
func uniqueKeys(n int, keysOf func(k int) []string) map[string]int {
	at := map[string]int{}
	for k := range n {
		for _, key := range keysOf(k) {
			if prev, seen := at[key]; seen && prev != k {
				at[key] = -1
			} else if !seen {
				at[key] = k
			}
		}
	}
	maps.DeleteFunc(at, func(_ string, k int) bool { return k < 0 })
	return at
}

// increasing returns the longest chain of pairs that rises on both sides
// (one pair a sentence at most), the anchors that agree with one another.
func increasing(pairs []point) []point {
	slices.SortFunc(pairs, func(a, b point) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return b.j - a.j // within a target sentence, one pair at most
	})
	var tails []int // tails[k]: the pair ending the best chain of k+1
	prev := make([]int, len(pairs))
	for p, pr := range pairs {
		k := sort.Search(len(tails), func(k int) bool { return pairs[tails[k]].j >= pr.j })
		prev[p] = -1
		if k > 0 {
			prev[p] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, p)
		} else {
			tails[k] = p
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]point, len(tails))
	for k, p := len(tails)-1, tails[len(tails)-1]; k >= 0; k, p = k-1, prev[p] {
		out[k] = pairs[p]
	}
	return out
}

// row returns the stretch of source corners target corner i is expected
// at: between running on from the knot before it and running back from
// the knot after, and every knot at i (where the guide jumps). Between
// anchors too far apart, a row near one of them runs from that one
// alone, and a row far from both has no guide; so has every row of a
// link without anchors.
func (g *guide) row(i int) guideRow {
	k := sort.Search(len(g.knots), func(k int) bool { return g.knots[k].i > i }) // the knot after i
	last := len(g.knots) - 1
	from, to := g.knots[k-1], g.knots[min(k, last)]
	near := to.i-from.i <= maxGuideRows
	useOn := near || k-1 > 0 && i-from.i <= maxGuideRows  // a real anchor before
	useBack := near || k < last && to.i-i <= maxGuideRows // a real anchor after
	if !useOn && !useBack {
		return guideRow{}
	}
	clamp := func(want int) int {
		j, _ := slices.BinarySearch(g.scum, want)
		return min(max(j, from.j), to.j)
	}
	r := guideRow{lo: to.j, hi: from.j, ok: true} // empty: each estimate widens it
	if useOn {
		on := clamp(g.scum[from.j] + int(float64(g.tcum[i]-g.tcum[from.i])*g.ratio))
		r.lo, r.hi = min(r.lo, on), max(r.hi, on)
	}
	if useBack {
		back := clamp(g.scum[to.j] - int(float64(g.tcum[to.i]-g.tcum[i])*g.ratio))
		r.lo, r.hi = min(r.lo, back), max(r.hi, back)
	}
	for q := k - 1; q >= 0 && g.knots[q].i == i; q-- {
		r.lo, r.hi = min(r.lo, g.knots[q].j), max(r.hi, g.knots[q].j)
	}
	return r
}

// from returns the guide of the chunk whose table starts at corner cur
// and ends at target corner ie and source corner je, in the chunk's
// corners; nil where no anchor leads any of its rows, which leaves the
// band as it was.
func (g *guide) from(cur point, ie, je int) []guideRow {
	out := make([]guideRow, ie-cur.i+1)
	led := false
	for i := range out {
		r := g.row(cur.i + i)
		if r.ok {
			r.lo, r.hi = min(r.lo, je)-cur.j, min(r.hi, je)-cur.j
			led = true
		}
		out[i] = r
	}
	if !led {
		return nil
	}
	return out
}
