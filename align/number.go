package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/quantity"
	"golang.org/x/text/language"
)

// usesDecimalComma reports whether lang writes 39,1 for 39.1, as CLDR says
// (quantity.Separators: de writes 39,1, de-CH 39.1). The second result is
// false when the language is unknown and either reading is possible.
func usesDecimalComma(lang language.Tag) (comma, known bool) {
	if lang == language.Und {
		return false, false
	}
	decimal, _ := quantity.Separators(lang)
	return decimal == ',', true
}

// number is a numeral normalised for comparison across locales.
type number struct {
	canon string // digits, then "." and the fraction digits if any: "24000", "39.1"
	frac  int    // number of fraction digits
	// alt is the other reading of an ambiguous numeral ("24.000" read as
	// 24, or "24,000" in German text read as 24000), for text that does not
	// follow its locale; empty when the numeral is unambiguous.
	alt string
}

// digitValue returns the value of a decimal digit in any script, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	// Every run of decimal digits in Unicode starts at a zero and lists ten
	// digits in order, so the value is the distance from the run's zero.
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// isGroupSpace reports whether r is a space that may group digits
// (1 234 567 in French, Russian, Swedish...).
func isGroupSpace(r rune) bool {
	return r == '\u00A0' || r == '\u202F' || r == '\u2009' || r == ' '
}

// numeral is a numeral found in text.
type numeral struct {
	start, end int // byte offsets of the numeral in the scanned text
	num        number
	ok         bool // false for numerals that are not numbers (1.2.3 version strings); they still match literally
}

// scanNumerals finds the numerals in s and normalises them with the
// conventions of lang: "24.000" in German and "24,000" in English are both
// 24000; "39,1" and "39.1" are both 39.1. A single separator that cannot be a
// thousands separator (not followed by exactly three digits) is read as a
// decimal mark in every locale, so the version number "Llama 3.1" stays 3.1 in
// German text.
func scanNumerals(s string, lang language.Tag) []numeral {
	comma, known := usesDecimalComma(lang)
	var out []numeral
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && (c < '0' || c > '9') {
			i++ // the common case, an ASCII non-digit
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if digitValue(r) < 0 {
			i += n
			continue
		}
		// Numerals glued to letters (H100, 4o, Q2) are identifiers, handled as words.
		if i > 0 {
			pr, _ := utf8.DecodeLastRuneInString(s[:i])
			if spacedLetter(pr) {
				i = skipAlnum(s, i)
				continue
			}
		}
		start := i
		var groups []string // digit runs
		var seps []rune     // separators between them
		var cur strings.Builder
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			r = narrowSep(r)
			if d := digitValue(r); d >= 0 {
				cur.WriteByte(byte('0' + d))
				j += n
				continue
			}
			// A separator joins two digit runs only if a digit follows it.
			if r == '.' || r == ',' || r == '\'' || r == '’' || isGroupSpace(r) {
				nr, _ := utf8.DecodeRuneInString(s[j+n:])
				// A run with a leading zero (05.08.) is a date or a code,
				// not the integer part of a number.
				leadingZero := len(groups) == 0 && cur.Len() > 1 && cur.String()[0] == '0'
				if j+n < len(s) && digitValue(nr) >= 0 && !leadingZero {
					// A plain space groups only runs of exactly three digits
					// in a language that groups with spaces; otherwise "Lama 1 2048"
					// would become one number.
					if isGroupSpace(r) && !groupsAfter(s[j+n:]) {
						break
					}
					if r == ' ' && (!comma || !known) {
						break
					}
					// Grouped numbers start with one to three digits.
					if (isGroupSpace(r) || r == '\'' || r == '’') && len(groups) == 0 && cur.Len() > 3 {
						break
					}
					groups = append(groups, cur.String())
					cur.Reset()
					seps = append(seps, r)
					j += n
					continue
				}
			}
			break
		}
		groups = append(groups, cur.String())
		end := j
		// Numerals glued to letters on the right (4o, 3D) are identifiers,
		// but for a short suffix in lower case: a decade, an ordinal or a
		// unit (80s, 80х, 1990er, 21st, 10km) keeps its number.
		if end < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[end:])
			if spacedLetter(nr) {
				after := skipAlnum(s, end)
				if lowerSuffix(s[end:after], end-start) {
					num, ok := interpret(groups, seps, comma, known)
					out = append(out, numeral{start: start, end: end, num: num, ok: ok})
				}
				i = after
				continue
			}
		}
		num, ok := interpret(groups, seps, comma, known)
		out = append(out, numeral{start: start, end: end, num: num, ok: ok})
		i = end
	}
	return applyMyriads(s, lang, clockTimes(s, lang, out))
}

// spacedLetter reports whether r is a letter of a script that separates
// words with spaces, so that a digit next to it is part of an identifier
// (H100, 4o). In Chinese and Japanese "2023年" is a number and a word.
func spacedLetter(r rune) bool {
	if !unicode.IsLetter(r) {
		return false
	}
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// narrowSep maps full-width separators to their ASCII forms.
func narrowSep(r rune) rune {
	switch r {
	case '，':
		return ','
	case '．':
		return '.'
	case '＇':
		return '\''
	}
	return r
}

// lowerSuffix reports whether s, the letters glued to a numeral of
// width bytes, is one to three letters in lower case: the ending of a
// decade, an ordinal or a unit, not an identifier's (3D, 5G). One letter
// after one digit is a model's name (4o) as often.
func lowerSuffix(s string, width int) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3 || n == 1 && width >= 2
}

// groupsAfter reports whether s starts with exactly three digits.
func groupsAfter(s string) bool {
	n := 0
	for _, r := range s {
		if digitValue(r) < 0 {
			break
		}
		n++
	}
	return n == 3
}

func skipAlnum(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && digitValue(r) < 0 {
			break
		}
		i += n
	}
	return i
}

// interpret turns digit groups and their separators into a number.
func interpret(groups []string, seps []rune, comma, known bool) (number, bool) {
	if len(seps) == 0 {
		return number{canon: trimZeros(groups[0])}, true
	}
	isPoint := func(r rune) bool { return r == '.' }
	isComma := func(r rune) bool { return r == ',' }
	// The decimal mark is the last separator if it is a point or comma that
	// differs from the separators before it, or the only kind of separator
	// when it occurs once and is not followed by exactly three digits.
	last := seps[len(seps)-1]
	decimal := -1 // index into seps
	ambiguous := false
	switch {
	case isPoint(last) || isComma(last):
		same := 0
		for _, r := range seps {
			if r == last {
				same++
			}
		}
		switch {
		case same > 1:
			// 1.234.567 or 1,234,567: grouping only.
		case len(seps) > 1:
			decimal = len(seps) - 1 // 1.234,5 or 1,234.5 or 1 234,5
		case len(groups[len(groups)-1]) != 3:
			decimal = len(seps) - 1 // 39,1 or 3.1
		case len(groups[0]) > 3:
			decimal = len(seps) - 1 // 1234.567 cannot be grouped
		case !known:
			// 24.000 in an unknown locale: grouping, the common case in news.
			ambiguous = true
		case comma && isComma(last), !comma && isPoint(last):
			decimal = len(seps) - 1
			ambiguous = true
		default:
			ambiguous = true
		}
	}
	var b strings.Builder
	for k, g := range groups {
		if k > 0 {
			if k-1 == decimal {
				b.WriteByte('.')
			} else if len(g) != 3 {
				// A grouping separator must be followed by three digits;
				// anything else (1.2.3) is not a number.
				return number{canon: strings.Join(groups, ".")}, false
			}
		}
		b.WriteString(g)
	}
	s := b.String()
	intPart, frac, _ := strings.Cut(s, ".")
	n := number{canon: trimZeros(intPart)}
	if decimal >= 0 {
		n.canon += "." + frac
		n.frac = len(frac)
	}
	if ambiguous {
		if decimal >= 0 {
			n.alt = trimZeros(groups[0]) + groups[1]
		} else {
			n.alt = trimZeros(groups[0]) + "." + groups[1]
		}
	}
	return n, true
}

// trimZeros drops leading zeros of an integer part ("08" → "8", "0" stays).
func trimZeros(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" {
		return "0"
	}
	return t
}

// roundsTo reports whether fine, rounded to the precision of coarse, gives
// coarse: 39.07 → 39.1, 6.35 → 6.4 (half up or half even). The coarse number
// must keep at least one fraction digit: rounding to an integer (2.4 → 2)
// is too common by chance to be evidence.
func roundsTo(fine, coarse number) bool {
	if coarse.frac == 0 || fine.frac <= coarse.frac {
		return false
	}
	fi, ff, _ := strings.Cut(fine.canon, ".")
	ci, cf, _ := strings.Cut(coarse.canon, ".")
	// Truncate fine to coarse's precision, then maybe add one unit in the last place.
	digits := fi + ff[:coarse.frac]
	want := ci + cf
	next := ff[coarse.frac]
	if next < '5' {
		return digits == want
	}
	return incDecimal(digits) == want || (next == '5' && allZero(ff[coarse.frac+1:]) && digits == want)
}

func allZero(s string) bool { return strings.Trim(s, "0") == "" }

// incDecimal adds one to a string of decimal digits.
func incDecimal(s string) string {
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}
