package corpus

import (
	"unicode"

	"github.com/rivo/uniseg"
)

// sentences splits the paragraph at s into sentences (UAX #29).
func sentences(text string, s Span) []Span {
	var out []Span
	rest := text[s.Start:s.End]
	off := s.Start
	state := -1
	for len(rest) > 0 {
		var sent string
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		sp := trimSpan(text, Span{off, off + len(sent)})
		if sp.Len() > 0 {
			out = append(out, sp)
		}
		off += len(sent)
	}
	return out
}

// words returns the word tokens (UAX #29 words with a letter or a digit)
// of the paragraph at s.
func words(text string, s Span) []Span {
	var out []Span
	rest := text[s.Start:s.End]
	off := s.Start
	state := -1
	for len(rest) > 0 {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		if isWordy(w) {
			out = append(out, Span{off, off + len(w)})
		}
		off += len(w)
	}
	return out
}

func isWordy(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
