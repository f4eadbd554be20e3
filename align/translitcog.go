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
	translitPass(t, s, add)
	translitPass(s, t, func(si, ti int32, m float32) { add(ti, si, m) })
}

// translitPass links the Cyrillic words of c to their Latin cognates in
// l (the cognate test is symmetric).
func translitPass(c, l *docFeat, add func(ci, li int32, m float32)) {
	buckets := map[uint64][]int32{}
	for id, lt := range l.types {
		if isWordKind(lt.kind) && len(lt.r) >= minPartLen && allLatin(lt.r) {
			k := bucketKey(lt.r)
			buckets[k] = append(buckets[k], int32(id))
		}
	}
	if len(buckets) == 0 {
		return
	}
	inOrder(len(c.types), add, func(lo, hi int, add func(ci, li int32, m float32)) {
		var scratch []int
		for ci := lo; ci < hi; ci++ {
			r := cyrillicRunes(c.types[ci], c.lang)
			if r == nil {
				continue
			}
			for _, li := range buckets[bucketKey(r)] {
				if m, ok := cognate(r, l.types[li].r, &scratch); ok {
					add(int32(ci), li, m*strengthTranslit)
				}
			}
		}
	})
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
