package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letterFolds spells letters that do not decompose into a base letter and
// a mark.
var letterFolds = map[rune]string{
	'ł': "l", 'Ł': "l", 'ß': "ss", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'ð': "d",
	'’': "'",
}

// FoldName lower-cases s and drops diacritics, for comparing names across
// languages: "Stępiński" → "stepinski", "Łódź" → "lodz".
func FoldName(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s) // nothing to decompose, no letter to spell
	}
	return foldDecomposed(s)
}

// foldDecomposed is FoldName the long way, for any text.
func foldDecomposed(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := letterFolds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// LowerKeepingOffsets returns s in lower case, byte for byte as long,
// so that an offset found in it is one of s: a letter whose lower case
// takes more or fewer bytes (İ, the Kelvin sign) and a byte of broken
// UTF-8 are kept as they are.
func LowerKeepingOffsets(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); (r != utf8.RuneError || size > 1) && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}
