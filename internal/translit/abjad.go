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
		var next []string
		for _, o := range out {
			for _, a := range alts {
				if len(next) < 16 {
					next = append(next, o+a)
				}
			}
		}
		out = next
	}
	return out
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
