package align

import (
	"slices"
	"strings"
	"sync"

	"github.com/crossread/crossread/internal/lcs"
)

// Strengths of the kinds of token correspondence, in (0, 1]. An identical
// token or number is certain; a rounded number (39.07 → 39,1), a number read
// in the other locale's convention, a cognate and a compound part are weaker
// evidence and count for less.
const (
	strengthRounded  = 0.7
	strengthAltRead  = 0.6
	strengthCompound = 0.75
	// Cognates: LCS ratio at least minLCSR, or minLCSRPrefix when the
	// words share their first four letters (Simard et al.'s prefix test).
	minLCSR       = 0.7
	minLCSRPrefix = 0.5
	minCognateLen = 4 // runes; shorter words are too often equal by chance
	minPartLen    = 5 // a compound part must be at least this long
)

// tmatch is one correspondence from a target type to a source type.
type tmatch struct {
	s int32   // source type
	m float32 // strength in (0, 1]
}

// matchTable lists, for every target type, the source types it corresponds to.
type matchTable [][]tmatch

// buildMatches finds the token correspondences between a target and a source
// document: identical tokens, equal numbers, cognates and compound parts.
func buildMatches(t, s *docFeat, dicts ...*Dict) matchTable {
	mt := make(matchTable, len(t.types))
	add := func(ti, si int32, m float32) {
		for k, x := range mt[ti] {
			if x.s == si {
				if m > x.m {
					mt[ti][k].m = m
				}
				return
			}
		}
		mt[ti] = append(mt[ti], tmatch{si, m})
	}
	identityMatches(t, s, add)
	matchNumbers(t, s, add)
	matchCognates(t, s, add)
	matchTranslitCognates(t, s, add)
	dictMatches(t, s, dicts, add)
	glossMatches(t, s, add)
	return mt
}

// identityMatches adds the tokens of t and s that are the same, for every
// kind; words and identifiers match across kinds (German "Training",
// English "training").
func identityMatches(t, s *docFeat, add func(ti, si int32, m float32)) {
	for ti, tt := range t.types {
		switch tt.kind {
		case kNumber, kURL, kPunct, kSound, kGloss:
			if si, ok := s.lookup(tt.kind, tt.key); ok {
				add(int32(ti), si, 1)
			}
		default:
			for _, k := range []kind{kWord, kIdent} {
				if si, ok := s.lookup(k, tt.key); ok {
					add(int32(ti), si, identityStrength(tt, s.types[si]))
				}
			}
		}
	}
}

// matchNumbers links numbers that agree after rounding, and ambiguous
// numerals read in the other convention.
func matchNumbers(t, s *docFeat, add func(ti, si int32, m float32)) {
	byInt := map[string][]int32{}
	byCanon := map[string][]int32{}
	for si, st := range s.types {
		if st.kind != kNumber {
			continue
		}
		ip, _, _ := strings.Cut(st.num.canon, ".")
		byInt[ip] = append(byInt[ip], int32(si))
		byCanon[st.num.canon] = append(byCanon[st.num.canon], int32(si))
	}
	for ti, tt := range t.types {
		if tt.kind != kNumber {
			continue
		}
		ip, _, _ := strings.Cut(tt.num.canon, ".")
		for _, si := range byInt[ip] {
			sn := s.types[si].num
			if roundsTo(tt.num, sn) || roundsTo(sn, tt.num) {
				add(int32(ti), si, strengthRounded)
			}
		}
		if tt.num.alt != "" {
			for _, si := range byCanon[tt.num.alt] {
				add(int32(ti), si, strengthAltRead)
			}
		}
		for _, si := range byCanon[tt.num.canon] {
			if alt := s.types[si].num.alt; alt != "" && alt == tt.num.canon {
				add(int32(ti), si, strengthAltRead)
			}
		}
	}
	// Source numerals whose other reading equals a target number.
	for si, st := range s.types {
		if st.kind != kNumber || st.num.alt == "" {
			continue
		}
		if ti, ok := t.lookup(kNumber, st.num.alt); ok {
			add(ti, int32(si), strengthAltRead)
		}
	}
}

// identityStrength is the weight of two identical words. Short common
// words are often false friends across languages (German "was" is English
// "what", "die" is "the"), so a short identical word that is a name or
// identifier on neither side counts for less.
func identityStrength(a, b tokType) float32 {
	if a.name || b.name || a.kind == kIdent || b.kind == kIdent {
		return 1
	}
	switch n := len(a.r); {
	case n <= 3:
		return 0.4
	case n == 4:
		return 0.7
	}
	return 1
}

// bucketKey groups words for cognate comparison by their first two letters,
// with c, k and z taken as one letter (conference, Konferenz; centre, Zentrum).
// The letters are packed in an integer: it hashes without allocating.
func bucketKey(r []rune) uint64 {
	if len(r) < 2 {
		return 0
	}
	var k uint64
	for _, c := range r[:2] {
		switch c {
		case 'k', 'z':
			c = 'c'
		}
		k = k<<32 | uint64(uint32(c))
	}
	return k
}

func isWordKind(k kind) bool { return k == kWord || k == kIdent }

// matchCognates links words of similar spelling, and compound parts to
// whole words (Netzwerkinfrastruktur ~ infrastructure).
func matchCognates(t, s *docFeat, add func(ti, si int32, m float32)) {
	buckets := map[uint64][]int32{}
	for si, st := range s.types {
		if isWordKind(st.kind) && len(st.r) >= minCognateLen {
			k := bucketKey(st.r)
			buckets[k] = append(buckets[k], int32(si))
		}
	}
	// The passes compare spellings, the costly part, in parallel; the
	// matches are added in the order of a serial run, so the table is the
	// same whatever the number of threads.
	inOrder(len(t.types), add, func(lo, hi int, add func(ti, si int32, m float32)) {
		scratch := lcsScratch.Get().(*[]int)
		defer lcsScratch.Put(scratch)
		for ti := lo; ti < hi; ti++ {
			tt := t.types[ti]
			if !isWordKind(tt.kind) || len(tt.r) < minCognateLen {
				continue
			}
			for _, si := range buckets[bucketKey(tt.r)] {
				sr := s.types[si].r
				if m, ok := cognate(tt.r, sr, scratch); ok {
					add(int32(ti), si, m)
				}
			}
			// Compound tail of the target word: compare source words that start
			// like the tail with the tail.
			for p := 3; p+minPartLen <= len(tt.r); p++ {
				for _, si := range buckets[bucketKey(tt.r[p:])] {
					sr := s.types[si].r
					if len(sr) < minPartLen || len(sr)+p+2 < len(tt.r) || len(sr) > len(tt.r)-p+2 {
						continue
					}
					if m, ok := cognate(tt.r[p:], sr, scratch); ok {
						add(int32(ti), si, m*strengthCompound)
					}
				}
			}
		}
	})
	// Compound tails of source words, mirrored.
	tb := map[uint64][]int32{}
	for ti, tt := range t.types {
		if isWordKind(tt.kind) && len(tt.r) >= minPartLen {
			k := bucketKey(tt.r)
			tb[k] = append(tb[k], int32(ti))
		}
	}
	inOrder(len(s.types), add, func(lo, hi int, add func(ti, si int32, m float32)) {
		scratch := lcsScratch.Get().(*[]int)
		defer lcsScratch.Put(scratch)
		for si := lo; si < hi; si++ {
			st := s.types[si]
			if !isWordKind(st.kind) || len(st.r) < minPartLen+3 {
				continue
			}
			for p := 3; p+minPartLen <= len(st.r); p++ {
				for _, ti := range tb[bucketKey(st.r[p:])] {
					tr := t.types[ti].r
					if len(tr)+p+2 < len(st.r) || len(tr) > len(st.r)-p+2 {
						continue
					}
					if m, ok := cognate(st.r[p:], tr, scratch); ok {
						add(ti, int32(si), m*strengthCompound)
					}
				}
			}
		}
	})
	// Compound heads: a whole word that is the first part of a longer word
	// on the other side.
	inOrder(len(t.types), add, func(lo, hi int, add func(ti, si int32, m float32)) {
		scratch := lcsScratch.Get().(*[]int)
		defer lcsScratch.Put(scratch)
		for ti := lo; ti < hi; ti++ {
			tt := t.types[ti]
			if !isWordKind(tt.kind) || len(tt.r) < minPartLen {
				continue
			}
			for _, si := range buckets[bucketKey(tt.r)] {
				sr := s.types[si].r
				switch {
				case len(sr) >= len(tt.r)+3 && len(tt.r) >= minPartLen:
					if m, ok := cognate(tt.r, sr[:len(tt.r)+1], scratch); ok {
						add(int32(ti), si, m*strengthCompound)
					}
				case len(tt.r) >= len(sr)+3 && len(sr) >= minPartLen:
					if m, ok := cognate(tt.r[:len(sr)+1], sr, scratch); ok {
						add(int32(ti), si, m*strengthCompound)
					}
				}
			}
		}
	})
}

// inOrder runs f over [0, n) in parts, in parallel, each part collecting
// the matches it finds; it then adds them in the order of the parts, which
// is the order of a serial run.
func inOrder(n int, add func(ti, si int32, m float32), f func(lo, hi int, add func(ti, si int32, m float32))) {
	type found struct {
		ti, si int32
		m      float32
	}
	all := collectInParallel(n, func(lo, hi int) []found {
		var out []found
		f(lo, hi, func(ti, si int32, m float32) { out = append(out, found{ti, si, m}) })
		return out
	})
	for _, x := range all {
		add(x.ti, x.si, x.m)
	}
}

// lcsScratch holds lcs.Length's scratch space between uses: it leaves
// its table clear, and a short document would otherwise clear a new one
// per comparison pass.
var lcsScratch = sync.Pool{New: func() any { return new([]int) }}

// cognate reports whether a and b look like cognates and how strongly:
// their longest common subsequence ratio, accepted at minLCSR, or at
// minLCSRPrefix when they share their first four letters.
func cognate(a, b []rune, scratch *[]int) (float32, bool) {
	if len(a) < minCognateLen || len(b) < minCognateLen {
		return 0, false
	}
	long := max(len(a), len(b))
	short := min(len(a), len(b))
	// The ratio cannot beat short/long; skip hopeless pairs early.
	if float64(short) < minLCSRPrefix*float64(long) {
		return 0, false
	}
	prefix := slices.Equal(a[:4], b[:4])
	need := minLCSR
	if prefix {
		need = minLCSRPrefix
	} else if short < minPartLen {
		return 0, false
	}
	if float64(short) < need*float64(long) {
		return 0, false
	}
	r := float64(lcs.Length(a, b, scratch)) / float64(long)
	if r < need {
		return 0, false
	}
	return float32(r), true
}
