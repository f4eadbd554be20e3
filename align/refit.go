package align

import (
	"math"
	"sort"
)

// refitRounds is how often the length ratio of a single source is fitted
// again on the paths through the whole documents (see refitGC).
const refitRounds = 2

// refitGC fits the length ratio of g again on the 1:1 beads of all paths
// through stretch st, each weighed by its posterior, as Baum and Welch
// re-estimate a hidden Markov model. Where words leave few links
// (Cyrillic, Hebrew or Chinese against English), the few 1:1 links, or
// a merge that shares a number, set the ratio badly, while the paths
// hold every pair in proportion to how likely it is. The ratio is shrunk
// towards the length model's as fitGC's is, with the summed posteriors
// as the count of pairs. The variance is left as fitGC sets it: fitted
// on the paths it follows whatever pairs they happen to favour, and
// documents with nothing in common then look like translations.
func (w *work) refitGC(st stretch, g lengthGC, zero float64, u units) lengthGC {
	for range refitRounds {
		ps := w.newPathSum(st, g, zero, u)
		if ps == nil {
			return g
		}
		var ratios []weighted
		n := 0.0
		for _, p := range ps.pairPosteriors() {
			lt, ls := float64(w.t.paras[st.t0+p.i].chars), float64(w.srcs[st.d].paras[st.s0+p.j].chars)
			if lt > 0 && ls > 0 {
				ratios = append(ratios, weighted{math.Log(lt / ls), p.p})
				n += p.p
			}
		}
		if len(ratios) == 0 {
			return g
		}
		g.c = math.Exp((weightedMedian(ratios)*n + w.length.mu*lenPriorN) / (n + lenPriorN))
	}
	return g
}

// cellPost is the posterior p of the 1:1 bead at cell (i, j) of a
// stretch.
type cellPost struct {
	i, j int
	p    float64
}

// minPairPost is the posterior below which a 1:1 bead is left out of a
// refit: it would weigh next to nothing.
const minPairPost = 0.01

// pairPosteriors returns the 1:1 beads of the paths of ps with their
// posteriors, those with letters on both sides.
func (ps *pathSum) pairPosteriors() []cellPost {
	alpha, beta := ps.forward(false), ps.backward()
	z := alpha[len(alpha)-1]
	var out []cellPost
	for i := range ps.nt {
		for j := range ps.ns {
			wt := ps.wt(i, j, 0)
			if math.IsInf(wt, -1) {
				continue
			}
			if p := math.Exp(alpha[ps.at(i, j)] + wt + beta[ps.at(i+1, j+1)] - z); p >= minPairPost {
				out = append(out, cellPost{i, j, p})
			}
		}
	}
	return out
}

// weighted is a value with a weight.
type weighted struct{ v, w float64 }

// weightedMedian returns the value that splits the weights of xs in half;
// it sorts xs.
func weightedMedian(xs []weighted) float64 {
	sort.Slice(xs, func(i, j int) bool { return xs[i].v < xs[j].v })
	total := 0.0
	for _, x := range xs {
		total += x.w
	}
	acc := 0.0
	for _, x := range xs {
		acc += x.w
		if acc >= total/2 {
			return x.v
		}
	}
	return xs[len(xs)-1].v
}
