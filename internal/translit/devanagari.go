package translit

import "strings"

// devaConsonants and devaVowels spell Devanagari in plain Latin, as
// English news spells Hindi names: a consonant carries the inherent "a"
// unless a vowel sign or the virama follows, or it ends the word (राम,
// Ram).
var devaConsonants = map[rune]string{
	'क': "k", 'ख': "kh", 'ग': "g", 'घ': "gh", 'ङ': "n", 'च': "ch", 'छ': "chh", 'ज': "j",
	'झ': "jh", 'ञ': "n", 'ट': "t", 'ठ': "th", 'ड': "d", 'ढ': "dh", 'ण': "n", 'त': "t",
	'थ': "th", 'द': "d", 'ध': "dh", 'न': "n", 'प': "p", 'फ': "f", 'ब': "b", 'भ': "bh",
	'म': "m", 'य': "y", 'र': "r", 'ल': "l", 'व': "v", 'श': "sh", 'ष': "sh", 'स': "s",
	'ह': "h", 'ळ': "l",
	// The letters with the nukta precomposed.
	'\u0958': "q", '\u0959': "kh", '\u095A': "g", '\u095B': "z", '\u095C': "r", '\u095D': "rh", '\u095E': "f", '\u095F': "y",
}

var devaVowels = map[rune]string{
	'अ': "a", 'आ': "a", 'इ': "i", 'ई': "i", 'उ': "u", 'ऊ': "u", 'ऋ': "ri", 'ए': "e",
	'ऐ': "ai", 'ओ': "o", 'औ': "au", 'ऑ': "o",
	'ा': "a", 'ि': "i", 'ी': "i", 'ु': "u", 'ू': "u", 'ृ': "ri", 'े': "e", 'ै': "ai",
	'ो': "o", 'ौ': "au", 'ॉ': "o", 'ॅ': "e",
	'ं': "n", 'ँ': "n", 'ः': "h",
}

// devaNukta spells a consonant with the dot below: ज़ is z, फ़ f, ड़ r.
var devaNukta = map[rune]string{'ज': "z", 'फ': "f", 'ड': "r", 'ढ': "rh", 'क': "q", 'ख': "kh", 'ग': "g"}

const (
	virama = '्'
	nukta  = '\u093C'
)

// IsDevanagari reports whether r is a Devanagari letter or sign, which
// Devanagari spells in Latin: not a digit or a danda.
func IsDevanagari(r rune) bool { return r >= 0x0900 && r <= 0x0963 || r >= 0x0971 && r <= 0x097F }

// Devanagari spells the Devanagari word w in lower-case Latin letters
// ("ट्रंप" → "tranp", "ज़ेलेंस्की" → "zelenski"); runes of other scripts are
// kept as they are.
func Devanagari(w string) string {
	var b strings.Builder
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if c, ok := devaConsonants[r]; ok {
			next := at(rs, i+1)
			if next == nukta {
				if n, ok := devaNukta[r]; ok {
					c = n
				}
				i++
				next = at(rs, i+1)
			}
			b.WriteString(c)
			_, sign := devaVowels[next]
			if next != 0 && next != virama && !(sign && next != 'ं' && next != 'ँ' && next != 'ः') {
				b.WriteString("a")
			}
			continue
		}
		if v, ok := devaVowels[r]; ok {
			b.WriteString(v)
			continue
		}
		if r == virama || r == nukta {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// at returns rs[i], or 0 past the end.
func at(rs []rune, i int) rune {
	if i < len(rs) {
		return rs[i]
	}
	return 0
}
