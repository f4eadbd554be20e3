package align

import (
	"strings"
	"unicode"
)

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
	// Most document pairs have no Cyrillic side: they cost one look at
	// each word.
	cyr := make(map[int32][]rune)
	for ci, ct := range c.types {
		if r := cyrillicRunes(ct, c.lang); r != nil {
			cyr[int32(ci)] = r
		}
	}
	if len(cyr) == 0 {
		return
	}
	buckets := map[uint64][]int32{}
	latin := map[int32][]rune{} // the Latin words, spelt as transcriptions spell
	for id, lt := range l.types {
		if isWordKind(lt.kind) && len(lt.r) >= minPartLen && allLatin(lt.r) {
			r := spellLikeTranscription(lt.r)
			k := bucketKey(r)
			buckets[k] = append(buckets[k], int32(id))
			latin[int32(id)] = r
		}
	}
	inOrder(len(c.types), add, func(lo, hi int, add func(ci, li int32, m float32)) {
		scratch := lcsScratch.Get().(*[]int)
		defer lcsScratch.Put(scratch)
		for ci := int32(lo); ci < int32(hi); ci++ {
			r, ok := cyr[ci]
			if !ok {
				continue
			}
			for _, li := range buckets[bucketKey(r)] {
				if m, ok := inflectedCognate(r, latin[li], scratch); ok {
					add(ci, li, m*strengthTranslit)
				}
			}
		}
	})
}

// inflectedCognate is cognate for a transcribed Slavic word c, with or
// without up to maxEnding letters of its ending: a case ending is no
// part of the word English borrowed ("faktiv" is "fakt", facts;
// "naukovikh"). The best of the ratios counts.
func inflectedCognate(c, l []rune, scratch *[]int) (float32, bool) {
	best, found := cognate(c, l, scratch)
	for k := 1; k <= maxEnding && len(c)-k >= minPartLen && strings.ContainsRune(endingLetters, c[len(c)-k]); k++ {
		if m, ok := cognate(c[:len(c)-k], l, scratch); ok && m > best {
			best, found = m, true
		}
	}
	return best, found
}

// maxEnding and endingLetters bound what inflectedCognate cuts off: the
// letters of Russian and Ukrainian case endings, transcribed.
const (
	maxEnding     = 3
	endingLetters = "aeiouyvmkh"
)

// spellLikeTranscription respells a Latin word as transcriptions of
// Cyrillic spell its sounds: c and q as k, y and j as i, w as v, x as ks,
// ph as f, th as t, a doubled letter once ("symbolic" as "simbolik",
// "community" as "komuniti").
func spellLikeTranscription(r []rune) []rune {
	out := make([]rune, 0, len(r)+2)
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case (c == 'p' || c == 't') && i+1 < len(r) && r[i+1] == 'h':
			if c == 'p' {
				c = 'f'
			}
			i++
		case c == 'c' || c == 'q':
			c = 'k'
		case c == 'y' || c == 'j':
			c = 'i'
		case c == 'w':
			c = 'v'
		case c == 'x':
			out = append(out, 'k')
			c = 's'
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
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
	r := spellLikeTranscription([]rune(latinOf(t.key, tab)))
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
