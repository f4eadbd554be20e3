package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/translit"
)

// cyrillic spells Russian and Ukrainian letters in Latin the way English
// news writes names: "Кеннеди" → "kennedi".
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// greek spells Greek letters in Latin the way English news writes names
// ("Σμιθ" → "smith", "Μητσοτάκης" → "mitsotakis"), accents dropped;
// greekPairs first, for the letter pairs that spell one sound: "μπ" b
// (Μπάιντεν, Biden), "ντ" d, "γκ" g, "ου" u (Φρανκφούρτη), "αι" e.
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps",
	'ω': "o",
}

var greekPairs = map[string]string{
	"μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng", "ου": "u", "αι": "e", "ει": "i", "οι": "i", "τσ": "ts", "τζ": "tz",
}

// greekLetter strips a Greek letter's accent and diaeresis, as names are
// folded: ά is α.
func greekLetter(r rune) rune {
	if !unicode.Is(unicode.Greek, r) || r < utf8.RuneSelf {
		return r
	}
	f, _ := utf8.DecodeRuneInString(corpus.FoldName(string(r)))
	return f
}

// transliterate spells a Cyrillic, Greek or Devanagari word in lower-case Latin
// letters, and folds other words as names; it reports whether it
// transliterated.
func transliterate(w string) (string, bool) {
	var b strings.Builder
	did := false
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		r := unicode.ToLower(rs[i])
		if g := greekLetter(r); greek[g] != "" {
			if next := unicode.ToLower(rs[min(i+1, len(rs)-1)]); i+1 < len(rs) && g == r && !strings.ContainsRune("ϊϋΐΰ", next) {
				// An accent on the first letter or a diaeresis on the
				// second splits the pair (Μπάιντεν, Biden; Ζαΐρ).
				if p, ok := greekPairs[string([]rune{g, greekLetter(next)})]; ok {
					b.WriteString(p)
					did = true
					i++
					continue
				}
			}
			b.WriteString(greek[g])
			did = true
			continue
		}
		if s, ok := cyrillic[r]; ok {
			b.WriteString(s)
			did = true
			continue
		}
		if translit.IsDevanagari(r) {
			j := i + 1
			for j < len(rs) && translit.IsDevanagari(rs[j]) {
				j++
			}
			b.WriteString(translit.Devanagari(string(rs[i:j])))
			did = true
			i = j - 1
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), did
}

// phonetic collapses spellings that transliteration confuses: c/k/q,
// w/v, y/i/j, ph/f, doubled letters, h after a consonant.
var phoneticSpellings = strings.NewReplacer("ph", "f", "ck", "k", "x", "ks", "sch", "sh")

func phonetic(s string) string {
	s = phoneticSpellings.Replace(s)
	var b strings.Builder
	var prev rune
	for _, r := range s {
		switch r {
		case 'c', 'q':
			r = 'k'
		case 'w':
			r = 'v'
		case 'y', 'j':
			r = 'i'
		case 'h':
			if prev != 0 && !strings.ContainsRune("aeiou", prev) {
				continue
			}
		}
		if r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// cyrillicInitials returns the Cyrillic acronym a in Latin letters, one
// for each of its letters as Latin acronyms write them (ЦСКА, CSKA), or ""
// when a letter is not Cyrillic.
func cyrillicInitials(a string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(a) {
		s, ok := cyrillic[r]
		switch {
		case r == 'ц':
			s = "c"
		case !ok || s == "":
			return ""
		}
		b.WriteString(s[:1])
	}
	return b.String()
}
