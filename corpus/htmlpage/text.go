package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Piece says that the bytes Text[T:T+TLen] of a block came from the bytes
// File[O:O+OLen] of the page. Exact pieces are copies (TLen == OLen); the
// others are a decoded entity or a run of white space and tags that the
// text shows as one space.
type Piece struct {
	T, TLen, O, OLen int
	Exact            bool
}

// textBuilder accumulates the text of one block, collapsing white space
// as a browser shows it.
type textBuilder struct {
	b      strings.Builder
	pieces []Piece
	space  *Piece // a pending space, written before the next word
	linked int    // characters of text inside links
	timed  int    // characters of text inside time elements
}

// addSpace notes white space (or a br) at file[o:o+n]; it is written only
// when a word follows in the same block.
func (t *textBuilder) addSpace(o, n int, exact bool) {
	if t.b.Len() == 0 || t.space != nil {
		return
	}
	t.space = &Piece{O: o, OLen: n, Exact: exact}
}

// addText appends the raw text node raw found at offset o.
func (t *textBuilder) addText(raw string, o int, inLink, inTime bool) {
	before := t.b.Len()
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRuneInString(raw[i:])
		switch {
		case isSpace(r):
			j := i + n
			for j < len(raw) {
				r2, n2 := utf8.DecodeRuneInString(raw[j:])
				if !isSpace(r2) {
					break
				}
				j += n2
			}
			t.addSpace(o+i, j-i, j-i == 1 && raw[i] == ' ')
			i = j
		case r == '&':
			n = entityLen(raw[i:])
			dec := html.UnescapeString(raw[i : i+n])
			t.word(dec, o+i, n, dec == raw[i:i+n])
			i += n
		default:
			j := i + n
			for j < len(raw) && raw[j] != '&' {
				r2, n2 := utf8.DecodeRuneInString(raw[j:])
				if isSpace(r2) {
					break
				}
				j += n2
			}
			t.word(raw[i:j], o+i, j-i, true)
			i = j
		}
	}
	added := utf8.RuneCountInString(t.b.String()[before:])
	if inLink {
		t.linked += added
	}
	if inTime {
		t.timed += added
	}
}

// word writes s, which came from file[o:o+n], after any pending space.
func (t *textBuilder) word(s string, o, n int, exact bool) {
	if s == "" {
		return
	}
	if sp := t.space; sp != nil {
		t.space = nil
		sp.T, sp.TLen = t.b.Len(), 1
		t.b.WriteByte(' ')
		t.pieces = append(t.pieces, *sp)
	}
	p := Piece{T: t.b.Len(), TLen: len(s), O: o, OLen: n, Exact: exact}
	if k := len(t.pieces) - 1; exact && k >= 0 && t.pieces[k].Exact && t.pieces[k].T+t.pieces[k].TLen == p.T && t.pieces[k].O+t.pieces[k].OLen == o {
		t.pieces[k].TLen += n // one run of text
		t.pieces[k].OLen += n
	} else {
		t.pieces = append(t.pieces, p)
	}
	t.b.WriteString(s)
}

// isSpace reports the white space HTML collapses; a no-break space is text.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// entityLen returns the length of the character reference at the start
// of s ("&amp;", "&#233;", "&#xE9;", or a legacy "&amp" without the
// semicolon), or 1 for an ampersand that starts none.
func entityLen(s string) int {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
		for i < len(s) && (isASCIIAlnum(s[i])) {
			i++
		}
	} else {
		for i < len(s) && isASCIIAlnum(s[i]) {
			i++
		}
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	if i == 1 {
		return 1
	}
	return i
}

func isASCIIAlnum(c byte) bool {
	return c < utf8.RuneSelf && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)))
}
