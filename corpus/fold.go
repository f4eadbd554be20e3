package corpus

import (
	"strings"
	"unicode"

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
