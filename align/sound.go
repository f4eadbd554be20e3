package align

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/translit"
)

// Names across scripts. Between a Latin and a Cyrillic, Hebrew or
// Japanese document, names share no letters, but their sounds survive:
// Трамп, טראמפ and トランプ spell "Trump". Each name is reduced to the consonant
// skeleton of its Latin spelling (translit.Skeleton) and the skeleton
// becomes a token of kind kSound, which matches only an equal skeleton.
// Only documents in different scripts get them: between two Latin
// documents the names match as words already.

// minSkeleton is the shortest skeleton that counts: two consonants are
// shared by too many words by chance.
const minSkeleton = 3

// latinDoc reports whether most letters of d are Latin.
func latinDoc(d *corpus.Document) bool {
	latin, other := 0, 0
	for _, r := range d.Text {
		switch {
		case r < utf8.RuneSelf: // ASCII: its letters are Latin, the rest no letters
			if c := r | 0x20; 'a' <= c && c <= 'z' {
				latin++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return latin >= other
}

// addSounds adds to each paragraph of f the skeletons of its names, and
// with loans those of its other words of Latin letters too (loanKey),
// and the numbers its words spell (addNumberWords).
func addSounds(f *docFeat, loans bool) {
	addNumberWords(f)
	sound := make([]int32, len(f.types)) // type → sound type + 1, or 0
	for id := range len(f.types) {
		sk := soundKey(f.types[id], f.lang)
		if sk == "" && loans {
			sk = loanKey(f.types[id])
		}
		if sk != "" {
			sid, ok := f.lookup(kSound, sk)
			if !ok {
				sid = int32(len(f.types))
				f.types = append(f.types, tokType{key: sk, kind: kSound, name: true, r: []rune(sk)})
				f.byKind[kSound][sk] = sid
			}
			sound[id] = sid + 1
		}
	}
	addDerived(f, sound)
}

// addDerived adds to each paragraph of f the types derived from those it
// holds (derived: type → derived type + 1, or 0), once each, and counts
// the paragraphs that hold them.
func addDerived(f *docFeat, derived []int32) {
	for pi := range f.paras {
		p := &f.paras[pi]
		var add []int32
		for _, id := range p.types {
			if int(id) >= len(derived) || derived[id] == 0 {
				continue
			}
			if d := derived[id] - 1; !slices.Contains(add, d) && !slices.Contains(p.types, d) {
				add = append(add, d)
			}
		}
		addToParagraph(f, pi, add)
	}
}

// addToParagraph adds the types add, new to paragraph pi of f, to the
// paragraph (its types stay sorted, in a copy: they lie in a slab that
// the document's paragraphs share) and counts it among their paragraphs.
func addToParagraph(f *docFeat, pi int, add []int32) {
	if len(add) == 0 {
		return
	}
	for _, id := range add {
		f.types[id].df++
	}
	p := &f.paras[pi]
	p.types = append(append([]int32(nil), p.types...), add...)
	sortInt32(p.types)
}

// soundKey returns the skeleton of a token that may be a name: a Latin or
// Cyrillic word capitalised where capitals mark names, a Hebrew word, or
// a run of katakana, in which Japanese spells foreign names.
func soundKey(t tokType, lang string) string {
	if t.kind != kWord && t.kind != kIdent {
		return ""
	}
	var latin string
	switch {
	case strings.IndexFunc(t.key, isKatakana) >= 0:
		latin = translit.Romaji(katakanaRuns(t.key))
	case !t.name:
		// Hebrew has no capitals: every word may be a name, and the
		// skeletons of three consonants that most of its words have
		// would match English names by chance.
		if allIn(t.key, unicode.Hebrew) {
			if sk := translit.Skeleton(translit.Hebrew(t.key)); len(sk) > minSkeleton {
				return sk
			}
		}
		// Nor has Devanagari.
		if allIn(t.key, unicode.Devanagari) {
			if sk := translit.Skeleton(translit.Devanagari(t.key)); len(sk) >= minSkeleton {
				return sk
			}
		}
	case allIn(t.key, unicode.Cyrillic) && lang == "ukr":
		latin = latinOf(cyrillicJ(t.key), ukrainianLatin)
	case allIn(t.key, unicode.Cyrillic):
		latin = latinOf(cyrillicJ(t.key), cyrillicLatin)
	case allIn(t.key, unicode.Latin):
		latin = t.key
	}
	if sk := translit.Skeleton(latin); len(sk) >= minSkeleton {
		return sk
	}
	return ""
}

// minLoanSkeleton is the shortest skeleton a common word counts with:
// there are many more of them than names to match by chance.
const minLoanSkeleton = 4

// loanKey returns the skeleton of a common word in Latin letters as
// Japanese would borrow it: an r that no vowel follows is not said
// ("dashboard" and ダッシュボード, dasshubōdo, are both "tsbt"; "marketing" and
// マーケティング both "mktnk").
func loanKey(t tokType) string {
	if t.kind != kWord || t.name || !allIn(t.key, unicode.Latin) {
		return ""
	}
	if sk := translit.Skeleton(translit.UnsaidR(t.key)); len(sk) >= minLoanSkeleton {
		return sk
	}
	return ""
}

func isKatakana(r rune) bool { return r >= 'ァ' && r <= 'ヺ' || r == 'ー' }

// katakanaRuns returns the katakana of s, the longest run only: a name
// in a token that holds other words too.
func katakanaRuns(s string) string {
	best, cur := "", []rune(nil)
	for _, r := range s + " " {
		if isKatakana(r) {
			cur = append(cur, r)
			continue
		}
		if len(cur) > len([]rune(best)) {
			best = string(cur)
		}
		cur = cur[:0]
	}
	return best
}

func allIn(s string, tab *unicode.RangeTable) bool {
	for _, r := range s {
		if !unicode.Is(tab, r) {
			return false
		}
	}
	return s != ""
}

func latinOf(s string, tab map[rune]string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(tab[r])
	}
	return b.String()
}

// cyrillicJ writes дж, the Cyrillic spelling of English j, as ж, whose
// "zh" has the skeleton of j: Джонсон and Johnson are both "jnsn" (with
// the d, "tjnsn").
func cyrillicJ(s string) string { return strings.ReplaceAll(s, "дж", "ж") }

// cyrillicLatin spells Russian letters as English transcriptions of names
// do, and Ukrainian's own (і, ї, є, ґ); ukrainianLatin spells Ukrainian г
// as h (Гончаренко, Honcharenko), not g.
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ы': "y", 'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "i", 'є': "ye", 'ґ': "g",
}

var ukrainianLatin = func() map[rune]string {
	m := maps.Clone(cyrillicLatin)
	m['г'] = "h"
	return m
}()
