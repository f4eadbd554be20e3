package translit

import "strings"

// Hebrew spells the consonants of a Hebrew word in Latin letters as
// English spellings of names have them; the letters those leave out or
// write as vowels (alef, he, vav, yod, ayin) go, and so do the geresh
// marks of borrowed sounds: מקרון is "mkrn", as Skeleton reads Macron.
func Hebrew(s string) string { return spell(geresh.Replace(s), hebrewLatin) }

// geresh writes the letters a geresh turns into sounds Hebrew lacks
// (ג' j, ז' zh, צ' ch) as those sounds, in letters of their own.
var geresh = strings.NewReplacer("ג'", "J", "ג׳", "J", "ז'", "Z", "ז׳", "Z", "צ'", "C", "צ׳", "C")

// Arabic spells the consonants of an Arabic, Persian or Urdu word in
// Latin letters as English spellings of names have them; the long vowels
// and glides (alif, waw, ya) and the glottal and pharyngeal consonants
// English does not write (hamza, ain, ha) go: ماكرون is "mkrn".
func Arabic(s string) string { return spell(s, arabicLatin) }

// HebrewSpellings returns the ways English may spell the consonants of a
// Hebrew word, the letters that stand for two sounds read both ways (ב b
// or v, פ and ף p or f, כ and ך k or kh): ריבס is Reeves, בלקנאף
// Belknap. At most 16.
func HebrewSpellings(s string) []string {
	out := []string{""}
	for _, r := range geresh.Replace(s) {
		alts := hebrewAlts[r]
		if alts == nil {
			alts = []string{hebrewLatin[r]}
		}
		out = extended(out, alts)
	}
	return out
}

// maxSpellings bounds the spellings of a word read several ways.
const maxSpellings = 16

// extended returns each of out followed by each of alts, at most
// maxSpellings of them.
func extended(out, alts []string) []string {
	var next []string
	for _, o := range out {
		for _, a := range alts {
			if len(next) < maxSpellings {
				next = append(next, o+a)
			}
		}
	}
	return next
}

var hebrewAlts = map[rune][]string{
	'ב': {"b", "v"}, 'פ': {"p", "f"}, 'ף': {"f", "p"}, 'כ': {"k", "kh"}, 'ך': {"k", "kh"},
}

func spell(s string, tab map[rune]string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(tab[r])
	}
	return b.String()
}

var hebrewLatin = map[rune]string{
	'ב': "b", 'ג': "g", 'ד': "d", 'ז': "z", 'ט': "t", 'כ': "k", 'ך': "k", 'ל': "l", 'מ': "m",
	'ם': "m", 'נ': "n", 'ן': "n", 'ס': "s", 'פ': "p", 'ף': "f", 'צ': "ts", 'ץ': "ts", 'ק': "k",
	'ר': "r", 'ש': "sh", 'ת': "t", 'J': "j", 'Z': "zh", 'C': "ch",
}

var arabicLatin = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z",
	'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'غ': "gh", 'ف': "f", 'ق': "k",
	'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ة': "",
	// Persian and Urdu letters.
	'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ک': "k",
}

// HangulSpellings returns the ways English may spell the consonants of a
// Korean word in Hangul, which writes foreign names by sound: the
// letters Korean uses for two sounds read both ways (ㅈ j or z, ㅊ ch or
// ts, ㅍ p or f, a final ㅇ n or ng), the vowels as "a", which Skeleton
// drops: 마크롱 is Macron's "mkrn". At most 16.
func HangulSpellings(s string) []string {
	out := []string{""}
	for _, r := range s {
		c := int(r) - 0xAC00
		if c < 0 || c >= 11172 {
			continue
		}
		out = extended(out, hangulInitials[c/588])
		out = extended(out, []string{"a"})
		if f := hangulFinals[c%28]; len(f) > 0 {
			out = extended(out, f)
		}
	}
	return out
}

// The consonants of a Hangul syllable, by their index in it: initials
// (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) and finals (none,
// then ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
var (
	hangulInitials = [19][]string{{"g"}, {"kk"}, {"n"}, {"d"}, {"tt"}, {"r"}, {"m"}, {"b"}, {"pp"}, {"s"}, {"ss"},
		{""}, {"j", "z"}, {"jj"}, {"ch", "ts"}, {"k"}, {"t"}, {"p", "f"}, {"h"}}
	hangulFinals = [28][]string{nil, {"k"}, {"k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t"}, {"l"}, {"k"}, {"m"}, {"l"}, {"l"},
		{"l"}, {"p"}, {"l"}, {"m"}, {"p"}, {"p"}, {"t"}, {"t"}, {"n", "ng"}, {"t"}, {"t"}, {"k"}, {"t"}, {"p"}, {"t"}}
)

// UnsaidR returns the lower-case word w without the letters r that no
// vowel follows, as English without rhotic r sounds it and Japanese and
// Korean write it: "starmer" as "stame", 스타머.
func UnsaidR(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if w[i] == 'r' && (i+1 == len(w) || !strings.ContainsRune("aeiouy", rune(w[i+1]))) {
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}
