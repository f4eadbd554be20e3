package align

import (
	"slices"
	"strings"
)

// stemLen is how many letters of an inflection stem are compared: five
// keep a Slavic word's root and drop its endings and suffixes (платить,
// оплатили). English words need none: they are looked up by their lemmas
// (gloss.Lemmas), and a core list's translations are never English.
const stemLen = 5

// slavicEndings are the letters Russian and Ukrainian case,
// gender and verb endings are made of: новых, новым and новый meet at нов.
const slavicEndings = "аеийоуыэюяіїєьъхм"

// hebrewPrefixes are the letters Hebrew writes joined before a word: and,
// the, in, to, from, that, as.
const hebrewPrefixes = "ובהלמשכ"

// inflectionStems returns the keys under which a folded word and its
// inflections meet, for the languages whose words change their endings
// or take prefixes; none for a word too short to tell or a language the
// aligner does not inflect.
func inflectionStems(lang, key string) []string {
	switch lang {
	case "rus", "ukr":
		return slavicStems(key)
	case "heb":
		return hebrewStems(key)
	}
	return nil
}

func oneStem(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// truncStem cuts r to stemLen letters; "" when fewer than three remain.
func truncStem(r []rune) string {
	if len(r) < 3 {
		return ""
	}
	return string(r[:min(len(r), stemLen)])
}

// slavicStems drops up to three ending letters, keeping three; a word
// that ends in a consonant after o or e also meets the forms that drop
// that vowel (квиток, квитки; отец, отца).
func slavicStems(key string) []string {
	r := []rune(key)
	for k := 0; k < 3 && len(r) > 3 && strings.ContainsRune(slavicEndings, r[len(r)-1]); k++ {
		r = r[:len(r)-1]
	}
	out := oneStem(truncStem(r))
	if n := len(r); n >= 4 && strings.ContainsRune(fleetingVowels, r[n-2]) && !strings.ContainsRune(slavicEndings, r[n-1]) {
		if s := truncStem(append(r[:n-2:n-2], r[n-1])); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// fleetingVowels are the vowels Slavic words drop before their last
// consonant when an ending follows.
const fleetingVowels = "оеєё"

// hebrewStems returns a Hebrew word with its final letters in their
// ordinary form, and without each run of up to three joined prefixes
// that leaves three letters or more.
func hebrewStems(key string) []string {
	r := []rune(key)
	for i, c := range r {
		if o, ok := hebrewOrdinary[c]; ok {
			r[i] = o
		}
	}
	if len(r) < 2 {
		return nil
	}
	out := []string{string(r)}
	for p := 1; p <= 3 && len(r)-p >= 3 && strings.ContainsRune(hebrewPrefixes, r[p-1]); p++ {
		out = append(out, string(r[p:]))
	}
	return out
}

// hebrewOrdinary maps the final forms of Hebrew letters to their forms
// elsewhere in a word: a prefix or suffix moves a word's end.
var hebrewOrdinary = map[rune]rune{'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ'}
