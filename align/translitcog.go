package align

import "unicode"

// Cognates across scripts. Russian and Ukrainian share with English and
// Czech many words besides names: borrowings and internationalisms
// (інформація, information; патріотичного, patriotic; президент,
// prezident). Spelt in Latin letters as the names are (see sound.go),
// they are compared with the other document's Latin words as cognates,
// by the same LCS test, at strengthTranslit: the transcription and the
// Slavic endings make a match less sure than one in the same script.
// The null model of the document pair prices the chance matches.

// strengthTranslit weighs a cognate found through transcription.
const strengthTranslit = 0.75

// matchTranslitCognates links Cyrillic words of one document to Latin
// words of the other that are cognates once transcribed, in both
// directions.
func matchTranslitCognates(t, s *docFeat, add func(ti, si int32, m float32)) {
	latinBuckets := func(f *docFeat) map[uint64][]int32 {
		b := map[uint64][]int32{}
		for id, tt := range f.types {
			if isWordKind(tt.kind) && len(tt.r) >= minPartLen && allLatin(tt.r) {
				k := bucketKey(tt.r)
				b[k] = append(b[k], int32(id))
			}
		}
		return b
	}
	sb, tb := latinBuckets(s), latinBuckets(t)
	if len(sb) > 0 {
		inOrder(len(t.types), add, func(lo, hi int, add func(ti, si int32, m float32)) {
			var scratch []int
			for ti := lo; ti < hi; ti++ {
				r := cyrillicRunes(t.types[ti], t.lang)
				for _, si := range sb[bucketKey(r)] {
					if m, ok := cognate(r, s.types[si].r, &scratch); ok {
						add(int32(ti), si, m*strengthTranslit)
					}
				}
			}
		})
	}
	if len(tb) > 0 {
		inOrder(len(s.types), add, func(lo, hi int, add func(ti, si int32, m float32)) {
			var scratch []int
			for si := lo; si < hi; si++ {
				r := cyrillicRunes(s.types[si], s.lang)
				for _, ti := range tb[bucketKey(r)] {
					if m, ok := cognate(t.types[ti].r, r, &scratch); ok {
						add(ti, int32(si), m*strengthTranslit)
					}
				}
			}
		})
	}
}

// cyrillicRunes returns the Latin transcription of a Cyrillic word of at
// least minPartLen letters, or nil: shorter words match by chance.
func cyrillicRunes(t tokType, lang string) []rune {
	if !isWordKind(t.kind) || len(t.r) < minPartLen || !allIn(t.key, unicode.Cyrillic) {
		return nil
	}
	tab := cyrillicLatin
	if lang == "ukr" {
		tab = ukrainianLatin
	}
	r := []rune(latinOf(t.key, tab))
	if len(r) < minPartLen {
		return nil
	}
	return r
}

// allLatin reports whether every rune of r is a Latin letter.
func allLatin(r []rune) bool {
	for _, c := range r {
		if !unicode.In(c, unicode.Latin) {
			return false
		}
	}
	return len(r) > 0
}
