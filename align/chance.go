package align

import (
	"math"
	"slices"
)

// tokenSurprise is a second, sober estimate of how unlikely it is that
// target paragraph i and paragraph j of source d share what they share by
// chance, from the tokens themselves rather than from the distribution of
// similarities: each target token finds a partner in a random source
// paragraph with the share of source paragraphs that hold one, and any k
// of the paragraph's n tokens that have a partner somewhere in the source
// may be the ones that match (a union bound, C(n, k)). Two short paragraphs that share two rare names look far less
// surprising this way than by their similarity, whose tail is fitted on
// paragraphs of every length.
func (w *work) tokenSurprise(d, i, j int) float64 {
	mt := w.scs[d].mt
	src := w.srcs[d]
	m := float64(len(src.paras))
	sj := src.paras[j].types // ascending
	var lnP float64
	n, k := 0, 0
	for _, ti := range w.t.paras[i].types {
		if len(mt[ti]) == 0 {
			continue // no partner anywhere: it could not have matched
		}
		n++
		hit := false
		var q float64
		for _, mm := range mt[ti] {
			q += float64(src.types[mm.s].df)
			if !hit {
				_, hit = slices.BinarySearch(sj, mm.s)
			}
		}
		if hit {
			k++
			lnP += math.Log(math.Min(1, q/m))
		}
	}
	return math.Max(0, -lnP-lnChoose(n, k))
}

// lnChoose is ln C(n, k).
func lnChoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// tokensStandOut reports whether the tokens a 1:1 bead shares beat the
// best of chance among all the source paragraphs it competes with, by
// tokenSurprise: a link that no neighbour supports (a reuse, a moved
// paragraph) needs this besides its similarity.
func (w *work) tokensStandOut(b bead) bool {
	return w.tokenSurprise(b.d, b.t0, b.s0) >= math.Log(float64(w.mTotal))
}
