package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/language"
)

// sentences splits the paragraph at s into sentences: UAX #29, then two
// repairs the standard leaves to tailoring. A break after an abbreviation
// of lang ("Dr.", data/lexicon/abbreviations.txt) or after a single
// capital initial ("J. K. Rowling") or before a lower-case word after a
// quotation ("“Why?” she asked") is undone, and opening quotes and
// brackets that UAX #29 leaves at the end of a sentence ("…。「") move to
// the sentence they open.
func sentences(text string, s Span, lang language.Base) []Span {
	var out []Span
	rest := text[s.Start:s.End]
	off := s.Start
	state := -1
	join := false // the previous sentence ended in an abbreviation
	for len(rest) > 0 {
		var sent string
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		sp := Span{off, off + len(sent)}
		off += len(sent)
		// Move trailing openers to the next sentence.
		if len(rest) > 0 {
			t := strings.TrimRightFunc(text[sp.Start:sp.End], unicode.IsSpace)
			for {
				r, n := utf8.DecodeLastRuneInString(t)
				if n == 0 || !opener(r) {
					break
				}
				t = t[:len(t)-n]
			}
			if cut := sp.Start + len(t); cut < sp.End && strings.TrimSpace(text[cut:sp.End]) != "" {
				sp.End, off, state = cut, cut, -1
				rest = text[off:s.End]
			}
		}
		sp = trimSpan(text, sp)
		if sp.Len() == 0 {
			continue
		}
		if len(out) > 0 && (join || quoteGoesOn(text, out[len(out)-1], sp)) {
			out[len(out)-1].End = sp.End
		} else {
			out = append(out, sp)
		}
		join = len(rest) > 0 && endsInAbbreviation(text[sp.Start:sp.End], lang)
	}
	return out
}

// quoteGoesOn reports whether a sentence ending in a closing quote is
// continued by next in lower case: "“Why?” she asked." is one sentence.
func quoteGoesOn(text string, prev, next Span) bool {
	r, _ := utf8.DecodeLastRuneInString(text[prev.Start:prev.End])
	if !unicode.Is(unicode.Pf, r) && !unicode.Is(unicode.Pe, r) && r != '"' && r != '\'' {
		return false
	}
	f, _ := utf8.DecodeRuneInString(text[next.Start:next.End])
	return unicode.IsLower(f)
}

// opener reports whether r opens a quotation or a bracket.
func opener(r rune) bool {
	return unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r)
}

var abbreviations = sync.OnceValue(func() map[string]map[string]bool { return wordSets("data/lexicon/abbreviations.txt") })

// endsInAbbreviation reports whether the sentence ends in a full stop that
// belongs to an abbreviation of lang or to a single capital initial.
func endsInAbbreviation(sent string, lang language.Base) bool {
	if !strings.HasSuffix(sent, ".") {
		return false
	}
	body := sent[:len(sent)-1]
	j := len(body) // start of the last word
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(body[:j])
		if unicode.IsSpace(r) || opener(r) || r == '"' {
			break
		}
		j -= n
	}
	last := body[j:]
	if r, n := utf8.DecodeRuneInString(last); n == len(last) && n > 0 && unicode.IsUpper(r) {
		return true // an initial: "J. K. Rowling"
	}
	return abbreviations()[lang.String()][last]
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
