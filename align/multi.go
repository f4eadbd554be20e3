package align

import "slices"

// minNovelShare is the share of its matches on target tokens of their own
// that a second source needs to be linked to a target paragraph too.
const minNovelShare = 0.5

// novelShare is the share of the weight of the target tokens that bead b
// matches which no part of link l matches: what b's source adds to a
// target paragraph that l's sources already translate. A paragraph that
// translates two sources matches each on tokens of its own; a second
// source that only shares what the first already explains (a section
// number, a name) adds nothing.
func (w *work) novelShare(l alink, b bead) float64 {
	var novel, all float64
	sc := w.scs[b.d]
	for i := b.t0; i <= b.t1; i++ {
		for _, ti := range w.t.paras[i].types {
			if !w.matches(b.d, ti, b.s0, b.s1) {
				continue
			}
			all += sc.wt[ti]
			old := false
			for _, p := range l.parts {
				if i >= p.t0 && i <= p.t1 && w.matches(p.d, ti, p.s0, p.s1) {
					old = true
					break
				}
			}
			if !old {
				novel += sc.wt[ti]
			}
		}
	}
	if all == 0 {
		return 0
	}
	return novel / all
}

// matches reports whether target type ti has a partner in paragraphs
// s0..s1 of source d.
func (w *work) matches(d int, ti int32, s0, s1 int) bool {
	src := w.srcs[d]
	for _, m := range w.scs[d].mt[ti] {
		for j := s0; j <= s1; j++ {
			if _, ok := slices.BinarySearch(src.paras[j].types, m.s); ok {
				return true
			}
		}
	}
	return false
}

// strayNumber reports whether a paragraph of a merged bead, on a side
// with several (the n of an n:1 bead), holds numbers of which nothing on
// the other side matches any: numbers survive translation, so such a
// paragraph most likely has no partner here (a cross-reference or a
// caption next to a pair). One matched number is enough to stay, since a
// number written with a scale word on one side only (3.4 million,
// 3,400,000) may not match.
func (w *work) strayNumber(b bead) bool {
	if b.t1 > b.t0 {
		for i := b.t0; i <= b.t1; i++ {
			numbers, matched := false, false
			for _, ti := range w.t.paras[i].types {
				if w.t.types[ti].kind == kNumber {
					numbers = true
					matched = matched || w.matches(b.d, ti, b.s0, b.s1)
				}
			}
			if numbers && !matched {
				return true
			}
		}
	}
	if b.s1 == b.s0 {
		return false
	}
	sc, src := w.scs[b.d], w.srcs[b.d]
	// partner reports whether source type si matches a target type of
	// the bead.
	partner := func(si int32) bool {
		for i := b.t0; i <= b.t1; i++ {
			for _, ti := range w.t.paras[i].types {
				for _, m := range sc.mt[ti] {
					if m.s == si {
						return true
					}
				}
			}
		}
		return false
	}
	for j := b.s0; j <= b.s1; j++ {
		numbers, matched := false, false
		for _, si := range src.paras[j].types {
			if src.types[si].kind == kNumber {
				numbers = true
				matched = matched || partner(si)
			}
		}
		if numbers && !matched {
			return true
		}
	}
	return false
}
