package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/lazyre"
	"golang.org/x/text/cases"
)

// Token is one word of a text as rule patterns see it: a run of letters,
// digits and combining marks. Hyphens, apostrophes and spaces separate
// tokens, so the parts of "H100-Blöcken" or "Llama-4-Training" are words
// of their own.
type Token struct {
	Span Span   // byte offsets into the tokenized text
	Fold string // case-folded text
}

// Tokenize returns the tokens of text, leaving out those inside URLs,
// e-mail addresses, @handles and hashtags (translation must not touch
// them, and a rule about words must not fire inside them).
func Tokenize(text string) []Token { return tokenize(text, Addresses(text)) }

// tokenize returns the tokens of text outside the spans of skip.
func tokenize(text string, skip []Span) []Token {
	fold := cases.Fold()
	out := make([]Token, 0, strings.Count(text, " ")+1) // a token a space, in most scripts
	k := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !IsWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !IsWordRune(r) {
				break
			}
			j += n
		}
		for k < len(skip) && skip[k].End <= i {
			k++
		}
		if k == len(skip) || !skip[k].Overlaps(Span{i, j}) {
			out = append(out, Token{Span: Span{i, j}, Fold: foldWord(fold, text[i:j])})
		}
		i = j
	}
	return out
}

// FoldWord case-folds w as a Token's Fold is.
func FoldWord(w string) string {
	if f, ok := foldASCII(w); ok {
		return f
	}
	return cases.Fold().String(w)
}

// foldWord case-folds w with fold, a caser of the caller's own that it
// reuses from word to word.
func foldWord(fold cases.Caser, w string) string {
	if f, ok := foldASCII(w); ok {
		return f
	}
	return fold.String(w)
}

// foldASCII case-folds w when it is ASCII or folds to itself. Most
// words are ASCII, and most of those in lower case already; a run of
// Chinese characters, a Russian word in lower case fold to themselves:
// all of them with no allocation.
func foldASCII(w string) (string, bool) {
	upper := false
	for i := 0; i < len(w); {
		c := w[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(w[i:])
			if !foldsToItself(r) {
				return "", false
			}
			i += n
			continue
		}
		upper = upper || 'A' <= c && c <= 'Z'
		i++
	}
	if !upper {
		return w, true
	}
	return strings.ToLower(w), true // the letters beyond ASCII fold to themselves
}

// foldsToItself reports whether r, beyond ASCII, is in a block of letters
// that case folding leaves alone: Latin-1's small letters, Cyrillic's
// basic small letters, Hebrew, Arabic, Devanagari, Thai, kana, CJK
// ideographs and Hangul syllables (TestFoldsToItself checks every one).
func foldsToItself(r rune) bool {
	switch {
	case r >= 0xE0 && r <= 0xFF, r >= 0x430 && r <= 0x45F,
		r >= 0x590 && r <= 0x6FF, r >= 0x900 && r <= 0x97F, r >= 0xE00 && r <= 0xE7F,
		r >= 0x3040 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3:
		return true
	}
	return false
}

// CJKText is, for a regular expression's class of characters, the
// letters and punctuation of Chinese, Japanese and Korean, which no
// address holds in its plain form: one that such text follows without a
// space ends before it (breitbart.com/downrangeで).
const CJKText = `\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\x{3000}-\x{303F}\x{FF01}-\x{FF60}`

var addressRE = lazyre.New(`(?i)\b(?:https?://|ftp://|www\.)[^\s<>"“”„()\[\]` + CJKText + `]+[^\s<>"“”„()\[\].,;:!?'` + CJKText + `]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?:^|[^\p{L}\p{N}_@])[@#][\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*`)

// Addresses returns the spans of URLs, e-mail addresses, @handles and
// hashtags in text, in order.
func Addresses(text string) []Span {
	var out []Span
	// No address spans a line break, and most lines hold none: the
	// expression runs only on lines with a sign of one, which makes long
	// articles several times faster to scan.
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; mayHoldAddress(line) {
			for _, m := range addressRE().FindAllStringIndex(line, -1) {
				s := m[0]
				// The handle alternative starts with the character before @ or #.
				if c := line[s]; c != '@' && c != '#' && !isAddrStart(line[s:]) {
					_, n := utf8.DecodeRuneInString(line[s:])
					s += n
				}
				out = append(out, Span{start + s, start + m[1]})
			}
		}
		start = end + 1
	}
	return out
}

// mayHoldAddress reports whether line has what every address has: a
// scheme's "://", "www.", an @ or a #.
func mayHoldAddress(line string) bool {
	return strings.Contains(line, "://") || strings.ContainsAny(line, "@#") || containsFold(line, "www.")
}

// containsFold reports whether s contains the ASCII word sub in any case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func isAddrStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '%' || r == '+' || r == '-'
}
