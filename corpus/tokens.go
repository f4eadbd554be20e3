package corpus

import (
	"regexp"
	"unicode"
	"unicode/utf8"

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
	var out []Token
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
			out = append(out, Token{Span: Span{i, j}, Fold: fold.String(text[i:j])})
		}
		i = j
	}
	return out
}

var addressRE = regexp.MustCompile(`(?i)\b(?:https?://|ftp://|www\.)[^\s<>"“”„()\[\]]+[^\s<>"“”„()\[\].,;:!?']|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?:^|[^\p{L}\p{N}_@])[@#][\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*`)

// Addresses returns the spans of URLs, e-mail addresses, @handles and
// hashtags in text, in order.
func Addresses(text string) []Span {
	var out []Span
	for _, m := range addressRE.FindAllStringIndex(text, -1) {
		s := m[0]
		// The handle alternative starts with the character before @ or #.
		if c := text[s]; c != '@' && c != '#' && !isAddrStart(text[s:]) {
			_, n := utf8.DecodeRuneInString(text[s:])
			s += n
		}
		out = append(out, Span{s, m[1]})
	}
	return out
}

func isAddrStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '%' || r == '+' || r == '-'
}
