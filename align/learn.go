package align

import (
	"slices"
)

// Learning word pairs from a first alignment, after Moore (2002) and
// hunalign's -realign: sentences share few words across languages, but
// a document repeats its vocabulary, and the words that keep turning up
// in linked sentences on both sides (Gletscher and glacier, Juni and
// juin, Lager and camp) are likely translations. The aligner counts
// them and aligns again with them as matches.
const (
	// learnMinLinks is how many links a word pair must share: once is
	// chance.
	learnMinLinks = 2
	// learnMinDice is the least Dice coefficient of a learned pair: the
	// links holding both against those holding either.
	learnMinDice = 0.5
	// learnMaxShare is the largest share of the links a word may be in
	// to be learned: more, and it is a function word, which pairs with
	// whatever is frequent on the other side.
	learnMaxShare = 0.1
	// learnStrength is the strength of a learned pair with a Dice
	// coefficient of 1: half that of an identical word, since a learned
	// pair may still be a pair of neighbours.
	learnStrength = 0.5
)

// learnPairs adds to the match table of each source the word pairs that
// its links in links share often enough, each word in one pair at most
// (competitive linking, strongest pair first). It reports whether it added
// any.
func (w *work) learnPairs(links []alink) bool {
	added := false
	for d, sc := range w.scs {
		// Count the links each word is in, then the pairs of words that
		// are in at least learnMinLinks links and in few enough to say
		// something (function words are in most).
		inT := make([]int, len(w.t.types))
		inS := make([]int, len(w.srcs[d].types))
		var mine []bead
		for _, l := range links {
			if len(l.parts) == 1 && l.parts[0].d == d {
				mine = append(mine, l.parts[0])
			}
		}
		var tt, st []int32
		for _, b := range mine {
			tt = w.wordTypes(w.t, b.t0, b.t1, tt[:0])
			st = w.wordTypes(w.srcs[d], b.s0, b.s1, st[:0])
			for _, ti := range tt {
				inT[ti]++
			}
			for _, si := range st {
				inS[si]++
			}
		}
		maxIn := max(learnMinLinks, int(learnMaxShare*float64(len(mine))))
		useful := func(n int) bool { return n >= learnMinLinks && n <= maxIn }
		both := map[[2]int32]int{}
		for _, b := range mine {
			tt = w.wordTypes(w.t, b.t0, b.t1, tt[:0])
			st = w.wordTypes(w.srcs[d], b.s0, b.s1, st[:0])
			for _, ti := range tt {
				if !useful(inT[ti]) {
					continue
				}
				for _, si := range st {
					if useful(inS[si]) {
						both[[2]int32{ti, si}]++
					}
				}
			}
		}
		type cand struct {
			ti, si int32
			n      int
			dice   float64
		}
		var cs []cand
		for k, n := range both {
			if n < learnMinLinks {
				continue
			}
			dice := 2 * float64(n) / float64(inT[k[0]]+inS[k[1]])
			if dice >= learnMinDice {
				cs = append(cs, cand{k[0], k[1], n, dice})
			}
		}
		slices.SortFunc(cs, func(a, b cand) int {
			switch {
			case a.dice != b.dice:
				if a.dice > b.dice {
					return -1
				}
				return 1
			case a.n != b.n:
				return b.n - a.n
			case a.ti != b.ti:
				return int(a.ti - b.ti)
			}
			return int(a.si - b.si)
		})
		usedT := make([]bool, len(w.t.types))
		usedS := make([]bool, len(w.srcs[d].types))
		for _, c := range cs {
			if usedT[c.ti] || usedS[c.si] {
				continue
			}
			usedT[c.ti], usedS[c.si] = true, true
			if slices.ContainsFunc(sc.mt[c.ti], func(m tmatch) bool { return m.s == c.si }) {
				continue
			}
			sc.mt[c.ti] = append(sc.mt[c.ti], tmatch{s: c.si, m: float32(learnStrength * c.dice)})
			added = true
		}
		sc.flatten()
	}
	return added
}

// wordTypes appends to out the distinct word types of paragraphs p0..p1
// of f.
func (w *work) wordTypes(f *docFeat, p0, p1 int, out []int32) []int32 {
	for p := p0; p <= p1; p++ {
		for _, ti := range f.paras[p].types {
			if isWordKind(f.types[ti].kind) && !slices.Contains(out, ti) {
				out = append(out, ti)
			}
		}
	}
	return out
}
