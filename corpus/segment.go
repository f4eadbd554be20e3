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
	if oneSentence(text[s.Start:s.End]) {
		// Most segments of a batch: UAX #29 would find no break.
		if sp := trimSpan(text, s); sp.Len() > 0 {
			return []Span{sp}
		}
		return nil
	}
	return sentencesUAX(text, s, lang)
}

// oneSentence reports whether UAX #29 finds no sentence break inside
// text: no mark that ends a sentence and no line or paragraph break but
// the marks that end it, with brackets and quotes and then spaces after
// them (TestOneSentence compares it with uniseg).
func oneSentence(text string) bool {
	rest := strings.TrimRight(text, " \t")
	rest = strings.TrimRightFunc(rest, func(r rune) bool {
		return r == '"' || r == '\'' || unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf)
	})
	body := strings.TrimRightFunc(rest, sentenceEnder)
	if len(body) == len(rest) {
		body = text // no mark ends it: nothing may end a sentence
	}
	for _, r := range body {
		if sentenceEnder(r) || r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029 || r == '\v' || r == '\f' {
			return false
		}
	}
	return true
}

// sentenceEnder reports whether r may end a sentence for UAX #29 (STerm,
// ATerm).
func sentenceEnder(r rune) bool {
	if r < 0x80 {
		return r == '.' || r == '!' || r == '?'
	}
	return r == 0x2024 || unicode.Is(unicode.Sentence_Terminal, r)
}

// sentencesUAX is sentences the long way, through uniseg.
func sentencesUAX(text string, s Span, lang language.Base) []Span {
	var out []Span
	rest := text[s.Start:s.End]
	off := s.Start
	state := -1
	join := false    // the previous sentence ended in an abbreviation or an ordinal
	ordinal := false // the previous sentence ended in an ordinal
	for len(rest) > 0 {
		var sent string
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		sp := Span{off, off + len(sent)}
		off += len(sent)
		// Move trailing openers to the next sentence, unless they are all
		// the sentence holds (the cut must advance) or a line break
		// follows them (UAX #29 would split them off again, alone).
		if len(rest) > 0 {
			if cut := sp.Start + trailingOpeners(text[sp.Start:sp.End]); cut > sp.Start && cut < sp.End {
				sp.End, off, state = cut, cut, -1
				rest = text[off:s.End]
			}
		}
		sp = trimSpan(text, sp)
		if sp.Len() == 0 {
			continue
		}
		if k := leadingClosers(text[sp.Start:sp.End]); len(out) > 0 && k > 0 && !join {
			// French sets a space before » and UAX #29 ends the sentence
			// before it ("fissurées. »"): it closes the one before.
			out[len(out)-1].End = sp.Start + k
			if sp = trimSpan(text, Span{sp.Start + k, sp.End}); sp.Len() == 0 {
				continue
			}
		}
		if ordinal && opensSentence(text[sp.Start:sp.End], lang) {
			join = false // "stieg auf 5. Die Regierung": a number ends the sentence
		}
		if len(out) > 0 && (join || quoteGoesOn(text, out[len(out)-1], sp)) {
			out[len(out)-1].End = sp.End
		} else {
			out = append(out, sp)
		}
		ordinal = len(rest) > 0 && endsInOrdinal(text[sp.Start:sp.End], lang)
		join = ordinal || len(rest) > 0 && endsInAbbreviation(text[sp.Start:sp.End], lang)
	}
	return out
}

// ordinalDot lists the languages that write an ordinal number with a
// full stop (CLDR's digits-ordinal rule "=#,##0=."): "am 15. Januar",
// "im 19. Jahrhundert", "15. ledna". Where nouns take capitals, UAX #29
// ends a sentence there.
var ordinalDot = map[string]bool{
	"de": true, "lb": true, "gsw": true, "da": true, "nb": true, "nn": true, "no": true,
	"fi": true, "et": true, "cs": true, "sk": true, "sl": true, "hr": true, "sr": true,
	"bs": true, "hu": true, "is": true, "fo": true, "lv": true, "tr": true, "pl": true,
}

// endsInOrdinal reports whether the sentence ends in a number of one to
// three digits and a full stop, in a language of ordinalDot: an ordinal
// rather than the end of a sentence ("im 19." Jahrhundert). A score or a
// time (3:1.) and a decimal (1.5.) end sentences.
func endsInOrdinal(sent string, lang language.Base) bool {
	if !ordinalDot[lang.String()] || !strings.HasSuffix(sent, ".") {
		return false
	}
	body := sent[:len(sent)-1]
	n := len(body) - len(strings.TrimRight(body, "0123456789"))
	if n == 0 || n > 3 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(body[:len(body)-n])
	return before == utf8.RuneError || unicode.IsSpace(before) || opener(before)
}

// opensSentence reports whether sent starts with a function word of lang
// (data/stopwords.txt) in capitals: no ordinal is followed by one ("am
// 5. des Monats" takes it in lower case), so the number before it ended
// a sentence.
func opensSentence(sent string, lang language.Base) bool {
	end := strings.IndexFunc(sent, func(r rune) bool { return !IsWordRune(r) })
	if end < 0 {
		end = len(sent)
	}
	w := sent[:end]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && IsStopword(strings.ToLower(w), lang)
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

// leadingClosers returns the length of the closing quotes and brackets
// that start sent when a space or its end follows them, else 0. A German
// »Zitat« opens with », without a space.
func leadingClosers(sent string) int {
	n := 0
	for n < len(sent) {
		r, size := utf8.DecodeRuneInString(sent[n:])
		if !closer(r) {
			break
		}
		n += size
	}
	if n == 0 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(sent[n:]); n < len(sent) && !unicode.IsSpace(r) {
		return 0
	}
	return n
}

// closer reports whether r closes a quotation or a bracket.
func closer(r rune) bool {
	return unicode.Is(unicode.Pf, r) || unicode.Is(unicode.Pe, r) || r == '"' || r == '»' || r == '›'
}

// opener reports whether r opens a quotation or a bracket.
func opener(r rune) bool {
	return unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r)
}

// trailingOpeners returns the length of sent without the quotes and
// brackets that end it and open the next sentence ("…。「"), or len(sent)
// when there are none. Openers followed by a line break stay, and so does
// a quote that closes one the sentence opened: Unicode files “ and « as
// openers, but German „…“ and »…« close with them.
func trailingOpeners(sent string) int {
	body := strings.TrimRightFunc(sent, unicode.IsSpace)
	if strings.ContainsAny(sent[len(body):], lineBreaks) {
		return len(sent)
	}
	t := body
	for {
		r, n := utf8.DecodeLastRuneInString(t)
		if n == 0 || !opener(r) || closesQuote(t[:len(t)-n], r) {
			break
		}
		t = t[:len(t)-n]
	}
	if len(t) == len(body) {
		return len(sent)
	}
	return len(t)
}

// lineBreaks are the characters UAX #29 ends a sentence at by themselves.
const lineBreaks = "\n\r\v\f\u0085\u2028\u2029"

// quotePartners maps a quote Unicode calls an opener to the quotes that
// it closes in some language: „…“ (de, cs, pl), ‚…‘, »…« (de, da).
var quotePartners = map[rune]string{
	'\u201C': "\u201E", // “ closes „
	'\u2018': "\u201A", // ‘ closes ‚
	'\u00AB': "\u00BB", // « closes »
	'\u2039': "\u203A", // ‹ closes ›
}

// closesQuote reports whether q at the end of before closes a quotation
// that before opened with one of q's partners and left open.
func closesQuote(before string, q rune) bool {
	partners, ok := quotePartners[q]
	if !ok {
		return false
	}
	open := 0
	for _, r := range before {
		switch {
		case strings.ContainsRune(partners, r):
			open++
		case r == q && open > 0:
			open--
		}
	}
	return open > 0
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

func isWordy(w string) bool { return strings.IndexFunc(w, IsWordRune) >= 0 }
