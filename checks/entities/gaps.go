package entities

// This file holds the traces a dropped name leaves in English: a sentence
// whose verb has no subject, an article or preposition with nothing after
// it, a possessive or comma with nothing before it, empty brackets. The
// word lists are data/gaps.txt.

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/datalines"
	"golang.org/x/text/language"
)

//go:embed data/gaps.txt
var openersFile string

// openers holds the word classes of data/gaps.txt by kind.
var openers = sync.OnceValue(func() map[string]map[string]bool { return datalines.KindSets(openersFile) })

// lostSubject reports whether the sentence that word i opens has lost its
// subject: it starts with a verb ("Said France would", "Had already
// won", "Reiterated that") or a relative pronoun (data/gaps.txt), or does
// so after a short opening phrase and a comma ("Currently, has more").
func lostSubject(text string, para corpus.Span, ws []word, i int, lang language.Base) bool {
	if lang.String() != "en" || i+1 >= len(ws) || !ws[i].start {
		return false
	}
	end := para.End
	for _, w := range ws[i+1:] {
		if w.start {
			end = w.span.Start
			break
		}
	}
	if strings.ContainsRune(text[ws[i].span.End:end], '?') {
		return false
	}
	// "Details: The enemy": a label, not a verb and its object.
	if !strings.ContainsAny(text[ws[i].span.End:ws[i+1].span.Start], ":)]") && verbFirst(ws[i], ws[i+1], lang, false) {
		return true
	}
	// "Also called on Putin": an adverb, then a past tense; "Also
	// affected were" is an inversion.
	if op := openers(); strings.EqualFold(ws[i].text, "also") && i+2 < len(ws) && !ws[i+1].cap &&
		(strings.HasSuffix(ws[i+1].text, "ed") || op["past"][ws[i+1].text] || op["simplepast"][ws[i+1].text]) &&
		!op["aux"][ws[i+2].lower] && !ws[i+2].start {
		return true
	}
	// "In 1956 went to Sweden": a date opens the sentence.
	if i+2 < len(ws) && isNumber(ws[i+1].text) && openers()["beforebracket"][ws[i].lower] && !ws[i+2].cap &&
		verbFirst(ws[i+2], ws[min(i+3, len(ws)-1)], lang, true) {
		return true
	}
	for j := i; j < i+4 && j+2 < len(ws) && ws[j+1].span.Start < end; j++ {
		if gap := text[ws[j].span.End:ws[j+1].span.Start]; strings.Contains(gap, ",") {
			// "The group, made up of residents, published": an
			// article opens a noun phrase, the subject, which a
			// participle after the comma describes.
			if openers()["article"][ws[i].lower] && openers()["past"][ws[j+1].lower] {
				return false
			}
			return strings.TrimSpace(gap) == "," && !ws[j+1].cap && verbFirst(ws[j+1], ws[j+2], lang, true)
		}
	}
	return false
}

// verbFirst reports whether w, followed by next, is a verb that has no
// subject before it. After a comma (clause) a relative pronoun is
// fine and a past tense only counts before "that".
func verbFirst(w, next word, lang language.Base, clause bool) bool {
	lower := w.lower
	n := next.lower
	op := openers()
	switch {
	case clause && lower == "which":
		return false
	case clause && (strings.HasSuffix(lower, "ed") || op["past"][lower]):
		return (n == "that" || op["past"][lower] && !op["subject"][n]) && !corpus.IsStopword(lower, lang)
	case op["verb"][lower] || !clause && op["simplepast"][lower] && !next.cap:
		return true
	case op["aux"][lower]:
		return !op["subject"][n] && !next.cap
	case !clause && presentVerb(lower, lang) && (n == "the" || n == "a" || n == "an"):
		// "Owns an apartment": a verb in -s and its object.
		return true
	case strings.HasSuffix(lower, "ed") && !corpus.IsStopword(lower, lang) && !op["conjunctive"][lower]:
		// "Reiterated that", "Suffered a": a finite verb and its object;
		// "Based on", "Located in" open a phrase.
		return n == "that" || op["subject"][n] && n != "this" && n != "not" || isNumber(next.text)
	}
	return false
}

// presentVerb reports whether w looks like a verb in -s whose stem is a
// word of lang ("owns", "activates"), not "this" or "news".
func presentVerb(w string, lang language.Base) bool {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		corpus.IsStopword(w, lang) || openers()["notverb"][w] {
		return false
	}
	return corpus.IsWord(strings.TrimSuffix(w, "s"), lang) || strings.HasSuffix(w, "es") && corpus.IsWord(strings.TrimSuffix(w, "es"), lang)
}

// lostObject reports an article or preposition, word i, right before a
// word that cannot follow it ("The also did", "mayor of in 2014"), with
// only a space between. A capital makes the next word a name ("the WHO",
// "a May 14 vote"), "said" before a noun is an adjective ("the said
// rate"), and a preposition may end a clause ("the link I bought from
// had").
func lostObject(text string, ws []word, i int, lang language.Base) bool {
	w, next := ws[i], ws[i+1]
	if lang.String() != "en" || text[w.span.End:next.span.Start] != " " || next.cap && !next.start {
		return false
	}
	lower, n := w.lower, next.lower
	op := openers()
	if strings.HasPrefix(text[next.span.End:], "/") {
		return false // "the on/off button": one word of a pair
	}
	if op["determiner"][lower] && op["nounafterarticle"][n] {
		return true // "for your or your": a possessive lost its noun
	}
	if op["article"][lower] && op["notafterarticle"][n] {
		return n != "said" || i+2 >= len(ws) || !adjectiveSaid(text, next, ws[i+2], lang)
	}
	if !(op["preposition"][lower] && op["notafterpreposition"][n] || op["noauxafter"][lower] && op["aux"][n]) {
		return false // most pairs of words: asked first, as it is cheap
	}
	if i > 0 && op["compound"][ws[i-1].lower] {
		return false // "instead of for gas": "instead of" is one preposition
	}
	if i+2 < len(ws) && op["phrase"][lower+"_"+n+"_"+ws[i+2].lower] {
		return false // "from on board", "from in front of": a phrase of two prepositions' worth
	}
	return !stranded(text, ws, i)
}

// adjectiveSaid reports whether "said", followed by next, qualifies a noun
// ("the said rate") rather than lost the subject it followed ("The said on
// Friday").
func adjectiveSaid(text string, said, next word, lang language.Base) bool {
	return text[said.span.End:next.span.Start] == " " && !next.cap && !corpus.IsStopword(next.lower, lang) &&
		!isNumber(next.text)
}

// stranded reports whether the preposition ws[i] ends a clause whose
// object came before it (data/gaps.txt): "no one to play with", "what we
// looked at", "put it back in", "comes in".
func stranded(text string, ws []word, i int) bool {
	op := openers()
	if i == 0 {
		return false
	}
	prev := ws[i-1]
	if op["particle"][prev.lower] || op["particleverb"][prev.lower] || op["idiomend"][prev.lower] {
		return true
	}
	// The pronoun is the subject of a clause whose object came first
	// ("apartments we looked at"), not the first word of a clause
	// ("They have lived in, for years", "because they are capable of.").
	for j := i - 1; j > 0 && j >= i-6; j-- {
		if clauseBreak(text, ws[j].span.End, ws[j+1].span.Start) {
			return false
		}
		if op["strander"][ws[j].lower] {
			before := ws[j-1].lower
			return !clauseBreak(text, ws[j-1].span.End, ws[j].span.Start) && !op["subordinator"][before] && !op["conjunction"][before]
		}
	}
	return false
}

// clauseBreak reports whether the text between two words, text[from:to],
// ends a clause.
func clauseBreak(text string, from, to int) bool {
	return strings.ContainsAny(text[from:to], ",;:.!?()\"“”")
}

// lostClauseSubject reports a conjunction right before an auxiliary
// with no subject between ("Although had tears"), and an auxiliary that
// ends its clause before "which" ("The most willing is, which").
func lostClauseSubject(text string, w, aux, next word, lang language.Base) bool {
	op := openers()
	lower, a := w.lower, aux.lower
	if lang.String() != "en" {
		return false
	}
	if op["aux"][lower] && text[w.span.End:aux.span.Start] == ", " && (a == "which" || a == "who") {
		return true
	}
	return op["subordinator"][lower] && op["aux"][a] && text[w.span.End:aux.span.Start] == " " &&
		text[aux.span.End:next.span.Start] == " " && !op["subject"][next.lower] && !next.cap &&
		!strings.ContainsRune(text[aux.span.End:min(len(text), aux.span.End+200)], '?')
}

// lostSpeaker reports a verb of saying right after a comma and right
// before a preposition ("…, said on the day"): the speaker is missing.
func lostSpeaker(text string, w, next word, lang language.Base) bool {
	op := openers()
	if lang.String() != "en" || !op["saying"][w.text] || !op["saidwhen"][next.text] {
		return false
	}
	before := strings.TrimRight(text[:w.span.Start], " \"”'’")
	return strings.HasSuffix(before, ",") && text[w.span.End:next.span.Start] == " " && !apposition(before)
}

// apposition reports whether the text before ", said" ends in a speaker:
// a capitalised word ("MK Silman, said"), or a phrase set off by a comma
// after one in the same sentence ("Kudrytskyi, head of Ukrenergo, said").
func apposition(before string) bool {
	before = strings.TrimSuffix(before, ",")
	if last, _ := utf8.DecodeRuneInString(before[lastWordStart(before):]); unicode.IsUpper(last) {
		return true
	}
	sentence := before[strings.LastIndexAny(before, ".!?")+1:]
	k := strings.LastIndex(sentence, ",")
	if k < 0 {
		return false
	}
	head := strings.TrimRight(sentence[:k], " ")
	first, _ := utf8.DecodeRuneInString(head[lastWordStart(head):])
	return unicode.IsUpper(first) && lastWordStart(head) > 0
}

// lastWordStart returns the byte offset of the last word of s.
func lastWordStart(s string) int {
	k := strings.LastIndexFunc(s, func(r rune) bool { return !corpus.IsWordRune(r) })
	if k < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[k:]) // a mark of more than one byte: "’"
	return k + n
}

// saidAlone reports a verb of saying between a comma closing a quote and
// a full stop ("…by 2020," said."): the speaker is missing.
func saidAlone(text string, w word, lang language.Base) bool {
	if lang.String() != "en" || !openers()["saying"][w.text] || !strings.HasPrefix(text[w.span.End:], ".") {
		return false
	}
	before := strings.TrimRight(text[:w.span.Start], " ")
	return strings.HasSuffix(before, ",\"") || strings.HasSuffix(before, ",”") || strings.HasSuffix(before, ", \"")
}

// danglingPair reports a preposition followed by "and" or "or" and a
// name ("laid by and Google"): the name before the conjunction is
// missing. A lower-case word after the conjunction ("with and without",
// "by and large") is no sign.
func danglingPair(text, lower string, conj, next word, lang language.Base) bool {
	if !corpus.Dangling(lower, ',', lang) || !next.cap || next.start {
		return false
	}
	c := conj.lower
	if c != "and" && c != "or" {
		return false
	}
	return strings.TrimSpace(text[conj.span.End:next.span.Start]) == ""
}

// orphanPossessives returns the possessive endings with no name before
// them ("the source of 's water", "'s mid-September"), marks with no word
// before them, empty quotes, and titles followed by a lower-case word
// ("Mr. demanded").
func orphanPossessives(text string, para corpus.Span, ws []word, lang language.Base) []corpus.Span {
	p := text[para.Start:para.End]
	out := possessivesAlone(text, para, ws, lang)
	out = append(out, marksAlone(p, para.Start)...)
	out = append(out, emptyQuotes(p, para.Start)...)
	return append(out, titlesAlone(p, para.Start)...)
}

// spacedMarks counts the marks of p spaced off the word before or after
// them: text split into tokens ("the baby 's lungs .") spaces every mark.
func spacedMarks(p string) int {
	n := 0
	for _, t := range []string{" .", " ,", " 's", " n't", "( ", " )", " ;", " :", " ?", " !"} {
		n += strings.Count(p, t)
	}
	return n
}

// tokenisedText reports whether p spaces its marks off more than once: a
// possessive after a space is then a token, not a name dropped.
func tokenisedText(p string) bool { return spacedMarks(p) > 1 }

// possessivesAlone returns the possessive endings of paragraph para with no
// name before them: at its start, after an opening quote or bracket, or
// after a word that cannot close a phrase; where the text does not space
// its marks, after any space ("According to 's nuclear agency", "when 's
// customs").
func possessivesAlone(text string, para corpus.Span, ws []word, lang language.Base) []corpus.Span {
	prev := func(at int) string { // the word before byte at, lower-cased
		w := ""
		for _, x := range ws {
			if x.span.End <= at {
				w = x.lower
			}
		}
		return w
	}
	var out []corpus.Span
	p := text[para.Start:para.End]
	for _, mark := range []string{"'s", "’s"} {
		for off := 0; ; {
			k := strings.Index(p[off:], mark)
			if k < 0 {
				break
			}
			k += off
			off = k + len(mark)
			before, _ := utf8.DecodeLastRuneInString(p[:k])
			after, _ := utf8.DecodeRuneInString(p[off:])
			free := k == 0 || strings.ContainsRune("(\"“", before) ||
				unicode.IsSpace(before) && (strings.TrimSpace(p[:k]) == "" || corpus.Dangling(prev(para.Start+k), ',', lang) || !tokenisedText(p))
			if free && !unicode.IsLetter(after) {
				out = append(out, corpus.Span{Start: para.Start + k, End: para.Start + off})
			}
		}
	}
	return out
}

// marksAlone returns the commas and hyphens of paragraph text p, which
// starts at byte base, with no word before them (", a UN expert, noted",
// "-based carmaker", "there is more:, a").
func marksAlone(p string, base int) []corpus.Span {
	var out []corpus.Span
	for k := 0; k < len(p); k++ {
		if p[k] != ',' && p[k] != '-' {
			continue
		}
		lead := strings.TrimRight(p[:k], " ")
		open := lead == "" || strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, ",") && p[k] == ','
		if p[k] == '-' && (lead != "" || k+1 >= len(p) || !unicode.IsLower(rune(p[k+1])) || optionLike(p[k+1:])) {
			open = false
		}
		if open {
			out = append(out, corpus.Span{Start: base + k, End: base + k + 1})
		}
	}
	return out
}

// optionLike reports whether the word that starts s runs on through
// another hyphen ("-fno-builtin", "-traditional-cpp"): a command-line
// option, where a compound cut from its first word ("-based carmaker")
// ends at the first.
func optionLike(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.Contains(s[:end], "-")
}

// emptyQuotes returns the empty quotes of paragraph text p, which starts
// at byte base ("\"\" is used as a metaphor").
func emptyQuotes(p string, base int) []corpus.Span {
	var out []corpus.Span
	for _, q := range []string{"\"\"", "“”", "« »", "«»", "„“"} {
		for off := 0; ; {
			k := strings.Index(p[off:], q)
			if k < 0 {
				break
			}
			k += off
			off = k + len(q)
			// ""word"": a quotation mark doubled to escape it, as CSV
			// does, touches the word it quotes.
			before, _ := utf8.DecodeLastRuneInString(p[:k])
			after, _ := utf8.DecodeRuneInString(p[off:])
			if k > 0 && corpus.IsWordRune(before) || off < len(p) && corpus.IsWordRune(after) {
				continue
			}
			out = append(out, corpus.Span{Start: base + k, End: base + off})
		}
	}
	return out
}

// nameTitles are the English titles a name follows, with the space after.
var nameTitles = []string{"Mr. ", "Mrs. ", "Ms. ", "Dr. "}

// titleAlone reports whether gap text g is one of nameTitles, which
// titlesAlone finds before a word in lower case: the name is gone.
func titleAlone(g string) bool {
	return slices.Contains(nameTitles, g+" ")
}

// titlesAlone returns the titles of paragraph text p, which starts at byte
// base, followed by a lower-case word ("Mr. demanded").
func titlesAlone(p string, base int) []corpus.Span {
	var out []corpus.Span
	for _, title := range nameTitles {
		for off := 0; ; {
			k := strings.Index(p[off:], title)
			if k < 0 {
				break
			}
			off = k + off + len(title)
			next, _ := utf8.DecodeRuneInString(p[off:])
			if unicode.IsLower(next) {
				out = append(out, corpus.Span{Start: base + off - len(title), End: base + off - 1})
			}
		}
	}
	return out
}

// dropped returns the places of a target paragraph where words were left
// out: a word that cannot close a phrase right before a comma or full
// stop ("common in, which", "from ."), and empty brackets.
func dropped(text string, para corpus.Span, ws []word, lang language.Base) []corpus.Span {
	var out []corpus.Span
	single := spacedMarks(text[para.Start:para.End]) == 1
	for i, w := range ws {
		if w.cap && !w.start {
			continue
		}
		if s, ok := lostAround(text, para, ws, i, lang); ok {
			out = append(out, s)
		} else if s, ok := unclosed(text, para, ws, i, lang, single); ok {
			out = append(out, s)
		}
	}
	out = append(out, orphanPossessives(text, para, ws, lang)...)
	out = append(out, emptyBrackets(text, para)...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// lostAround returns the span of word i, with a word or mark around it,
// when it shows a subject, speaker, object or name lost next to it.
func lostAround(text string, para corpus.Span, ws []word, i int, lang language.Base) (corpus.Span, bool) {
	w := ws[i]
	upTo := func(k int) corpus.Span { return corpus.Span{Start: w.span.Start, End: k} }
	switch {
	case w.cap && lostSubject(text, para, ws, i, lang):
		return w.span, true
	case i+2 < len(ws) && lostClauseSubject(text, w, ws[i+1], ws[i+2], lang):
		return upTo(ws[i+1].span.End), true
	case i+1 < len(ws) && lostSpeaker(text, w, ws[i+1], lang):
		return upTo(ws[i+1].span.End), true
	case saidAlone(text, w, lang):
		return upTo(w.span.End + 1), true
	case strings.HasPrefix(text[w.span.End:], " (") && lang.String() == "en" && openers()["beforebracket"][w.lower] &&
		w.span.End+2 < para.End && unicode.IsUpper(rune(text[w.span.End+2])):
		return upTo(w.span.End + 2), true
	case i+1 < len(ws) && lostObject(text, ws, i, lang):
		return upTo(ws[i+1].span.End), true
	case i+2 < len(ws) && danglingPair(text, w.lower, ws[i+1], ws[i+2], lang):
		return upTo(ws[i+1].span.End), true
	}
	return corpus.Span{}, false
}

// unclosed returns the span of word i and the comma or full stop after it
// when the word cannot close a phrase there ("common in, which"), or, in
// text tokenised once, a space stands where a name was ("living in .").
func unclosed(text string, para corpus.Span, ws []word, i int, lang language.Base, tokenised bool) (corpus.Span, bool) {
	w := ws[i]
	lower := w.lower
	k := w.span.End
	for k < para.End && text[k] == ' ' {
		k++
	}
	if k >= para.End || !strings.ContainsRune(",.;:)", rune(text[k])) {
		return corpus.Span{}, false
	}
	if text[k] == '.' && w.start && len(w.text) == 1 && unicode.IsUpper(rune(w.text[0])) {
		return corpus.Span{}, false // "A. Inspect the housing": a list's label
	}
	// "a.m.": an abbreviation, not a dropped word; "A.1": a section;
	// "a group of...": a trailing thought.
	if next, _ := utf8.DecodeRuneInString(text[k+1:]); k+1 < len(text) && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '.') {
		return corpus.Span{}, false
	}
	if !openers()["article"][lower] && corpus.Dangling(lower, rune(text[k]), lang) && stranded(text, ws, i) {
		return corpus.Span{}, false
	}
	if namesAfterMark(text[k:para.End]) {
		return corpus.Span{}, false // "Photo by, MARKO DJURICA", "Published by: Ilya Yegorov"
	}
	if before, _ := utf8.DecodeLastRuneInString(text[:w.span.Start]); w.span.Start > 0 && !unicode.IsSpace(before) && before != '(' {
		return corpus.Span{}, false
	}
	spaced := tokenised && k > w.span.End && (text[k] == '.' || text[k] == ',') && !w.cap &&
		!strings.HasPrefix(text[k:], "..") && (corpus.IsStopword(lower, lang) || openers()["spacedprep"][lower]) && !wordClass()["object"][lower]
	phrase := i > 0 && lang.String() == "en" && (lower == "to" && openers()["beforeto"][ws[i-1].lower] ||
		lower == "as" && openers()["beforeas"][ws[i-1].lower] && !quoteNext(text[k+1:]))
	if spaced || phrase || corpus.Dangling(lower, rune(text[k]), lang) {
		return corpus.Span{Start: w.span.Start, End: k + 1}, true
	}
	return corpus.Span{}, false
}

// namesAfterMark reports whether rest, a comma or colon and what follows
// it to the paragraph's end, is names alone: a credit line that sets the
// name off from its preposition, which lost nothing.
func namesAfterMark(rest string) bool {
	if rest == "" || rest[0] != ',' && rest[0] != ':' {
		return false
	}
	// Four words at most, read one by one: rest may be the most of a
	// long paragraph, read again at each of its commas.
	n := 0
	for w := range strings.FieldsSeq(rest[1:]) {
		r, _ := utf8.DecodeRuneInString(w)
		if n++; n > 4 || !unicode.IsUpper(r) {
			return false
		}
	}
	return n > 0
}

// quoteNext reports whether rest opens with a quotation, as the example
// after "such as," may.
func quoteNext(rest string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return isQuote(r)
}

// emptyBrackets returns the empty brackets of paragraph para ("Söder ()").
func emptyBrackets(text string, para corpus.Span) []corpus.Span {
	var out []corpus.Span
	for k := para.Start; k < para.End; k++ {
		if text[k] != '(' && text[k] != '[' {
			continue
		}
		j := k + 1
		for j < para.End && text[j] == ' ' {
			j++
		}
		if j < para.End && (text[j] == ')' && text[k] == '(' || text[j] == ']' && text[k] == '[') && !afterIdentifier(text[para.Start:k]) {
			out = append(out, corpus.Span{Start: k, End: j + 1})
		}
	}
	return out
}

// afterIdentifier reports whether the text before empty brackets ends in
// a word that opens in lower case, as a function in code does ("int foo
// ()", "main()"): a name whose acronym was dropped is capitalised
// ("Söder ()").
func afterIdentifier(before string) bool {
	before = strings.TrimRight(before, " ")
	k := strings.LastIndexFunc(before, func(r rune) bool { return !corpus.IsWordRune(r) && r != '_' })
	first, _ := utf8.DecodeRuneInString(before[k+1:])
	return k+1 < len(before) && (unicode.IsLower(first) || first == '_')
}

// reportGaps reports the places where words were left out, as where the
// first missing source name was when there is one.
func (c *paragraph) reportGaps(gaps []corpus.Span) {
	tgt := c.p.Target()
	for _, g := range gaps {
		f := checks.Finding{
			Severity: checks.Minor,
			Category: checks.Omission,
			Span:     g,
			Message:  fmt.Sprintf("target %q: words are missing here", tgt.Slice(g)),
		}
		if len(c.miss) == 0 && c.leftBroken(g) {
			f.Severity = checks.Major
		}
		if len(c.miss) > 0 {
			m := c.miss[0]
			f.Source = c.evidence(m)
			f.Message = fmt.Sprintf("target %q, source %q: the name is missing here", tgt.Slice(g), c.sourceText(m))
			// A gap where words were dropped and a name the target
			// lacks that is surely one: the name was dropped there. So
			// was any missing name where the gap is the sentence's
			// structure broken ("between and", "of .", ", who is"),
			// not a sentence that opens with its verb, which a review
			// or a headline may do in the source too, nor a bracket,
			// whose acronym or expansion may stand for the name.
			if sb, _ := c.p.Source(m.doc).Lang.Base(); confidentName(m.n, sb) || c.personLike(m, sb) || broken(tgt, g) || c.leftBroken(g) {
				f.Severity = checks.Major
			}
		}
		c.p.Report(f)
	}
}

// leftBroken reports whether gap g shows text left broken, not a turn of
// phrase: a space where words were ("living in .", "of 's water"), or, in
// English, whose word lists these are, an article or a possessive with
// no noun ("the of", "a to", "The has reported", "for our ."), a
// preposition with no object ("according to, is said", "cases of have
// occurred", "In, the council decided"), a statement that opens with an
// auxiliary ("Was born in 1950"), or a title with no name ("Mr.
// demanded").
func (c *paragraph) leftBroken(g corpus.Span) bool {
	tgt := c.p.Target()
	if spacedGap(tgt.Text, g) || titleAlone(tgt.Slice(g)) {
		return true
	}
	return c.tb == english && (articleGap(tgt.Text, g) || objectlessGap(tgt.Text, g) || prepositionGap(tgt.Text, g) ||
		auxiliaryOpening(tgt, g) || prepositionOpening(tgt, g))
}

// prepositionOpening reports whether gap g of d is a preposition
// (data/gaps.txt openingprep) right before a comma that opens its
// sentence: "In, the council decided" lost the place the sentence
// opened with.
func prepositionOpening(d *corpus.Document, g corpus.Span) bool {
	w, ok := strings.CutSuffix(d.Slice(g), ",")
	return ok && openers()["openingprep"][strings.ToLower(w)] && opensWithWord(d, g)
}

// spacedGap reports whether gap g of text shows a space standing where
// words were: before the comma or full stop that ends it ("in .",
// "from ,"), or before a possessive with no word ("of 's water", "'s" at
// a sentence's start; not "the "/"'s", after a quote).
func spacedGap(text string, g corpus.Span) bool {
	s := text[g.Start:g.End]
	if s == "'s" || s == "’s" {
		before, _ := utf8.DecodeLastRuneInString(text[:g.Start])
		return g.Start == 0 || unicode.IsSpace(before)
	}
	w, ok := strings.CutSuffix(s, " .")
	if !ok {
		w, ok = strings.CutSuffix(s, " ,")
	}
	w = strings.ToLower(w[strings.LastIndex(w, " ")+1:])
	return ok && (openers()["needsword"][w] || openers()["spacedprep"][w])
}

// articleGap reports whether gap g of text is an article and a comma
// or full stop, or an article and a word that is never a noun
// (data/gaps.txt nounafterarticle): the noun after it was dropped ("the
// of", "a to", "the ,"). Not a colon ("A: On February 3", an answer), a
// bracket, which may spell the name out ("The (KMT)"), nor the first
// part of a compound tokenised text spaces ("the on - board camera").
func articleGap(text string, g corpus.Span) bool {
	if after := strings.TrimLeft(text[g.End:], " "); strings.HasPrefix(after, "-") || strings.HasPrefix(after, "‑") {
		return false
	}
	op := openers()
	w, rest, _ := strings.Cut(strings.ToLower(text[g.Start:g.End]), " ")
	if a, ok := strings.CutSuffix(w, ","); ok || strings.HasSuffix(w, ".") {
		if !ok {
			a = strings.TrimSuffix(w, ".")
		}
		return rest == "" && (op["article"][a] || op["determiner"][a])
	}
	next := strings.TrimRight(rest, ",.")
	return (op["article"][w] || op["determiner"][w]) && (next == "," || next == "." || op["nounafterarticle"][next] && !strings.ContainsAny(rest, " ("))
}

// objectlessGap reports whether gap g of text is a preposition that is
// never an adverb and a comma (data/gaps.txt objectless), and no word
// that may follow a clause's end comes after it (commafollower).
func objectlessGap(text string, g corpus.Span) bool {
	op := openers()
	w, ok := strings.CutSuffix(text[g.Start:g.End], ",")
	if !ok || !op["objectless"][strings.ToLower(w)] {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[g.End:], " "), " ")
	next = strings.ToLower(strings.TrimRight(next, ".,;:!?\"'”’"))
	return next != "" && !op["commafollower"][next]
}

// prepositionGap reports whether gap g of text is a preposition and a
// word no object opens with (data/gaps.txt preposition and
// notafterpreposition: "the states of and Bahia", "cases of have
// occurred"; noauxafter and aux: "people in have been"), after no word a
// preposition may end a clause after (strandedafter: "things to be
// careful of is"), nor a word typed twice.
func prepositionGap(text string, g corpus.Span) bool {
	op := openers()
	prep, next, ok := strings.Cut(strings.ToLower(text[g.Start:g.End]), " ")
	if !ok || prep == next || !(op["preposition"][prep] && op["notafterpreposition"][next] || op["noauxafter"][prep] && op["aux"][next]) {
		return false // "of of": a word typed twice, no word lost
	}
	before := strings.TrimRight(text[:g.Start], " ")
	prev := before[lastWordStart(before):]
	return !op["strandedafter"][strings.ToLower(prev)]
}

// auxiliaryOpening reports whether gap g of d is an auxiliary verb
// (data/gaps.txt aux) that opens its sentence, no question, followed by a
// word in lower case that opens no subject (subject): "Was born in 1950",
// "Is located near the river", not "Had I known" nor "Were the rules".
func auxiliaryOpening(d *corpus.Document, g corpus.Span) bool {
	op := openers()
	if !op["aux"][strings.ToLower(d.Slice(g))] || !opensWithWord(d, g) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(d.Text[g.End:], " "), " ")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !op["subject"][strings.TrimRight(next, ".,;:!?")]
}

// broken reports whether gap g breaks its sentence's structure: neither
// a word that opens the sentence (the verb of a sentence without its
// subject: "Said", "Would") nor a bracket ("by (USGS)", "Söder ()").
func broken(d *corpus.Document, g corpus.Span) bool {
	return !opensWithWord(d, g) && !strings.ContainsAny(d.Slice(g), "()")
}

// opensWithWord reports whether gap g is a word that opens its sentence;
// quotation marks and dashes may stand before it.
func opensWithWord(d *corpus.Document, g corpus.Span) bool {
	r, _ := utf8.DecodeRuneInString(d.Slice(g))
	before := d.Text[d.SentenceAround(g).Start:g.Start]
	if k := strings.LastIndexFunc(before, corpus.IsWordRune); k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		before = before[k+n:] // the marks after the word before it
	}
	return unicode.IsLetter(r) && opensClause(before, len(before) == g.Start-d.SentenceAround(g).Start)
}

// opensClause reports whether between, the text between a word and the
// word before it in its sentence, or the sentence's start when first,
// makes the word open a clause of its own: marks alone before the first
// word, a colon among them before another, as before a quotation
// ('Lula: "Must stand up"', 'Lula: „Müssen eintreten"').
func opensClause(between string, first bool) bool {
	return strings.IndexFunc(between, corpus.IsWordRune) < 0 && (first || strings.Contains(between, ":"))
}

// withoutSourceDrops leaves out of gaps the sentences that open with their
// verb ("Would buy again", "Must stand up for democracy") when a sentence
// of the source opens with a finite auxiliary or modal of its language
// (data/words.txt auxiliary: "Würde", "Müssen"): the source dropped the
// subject too, as reviews and headlines do, and the translation kept it
// so.
func (c *paragraph) withoutSourceDrops(gaps []corpus.Span) []corpus.Span {
	if len(gaps) == 0 || !c.sourceDropsSubject() {
		return gaps
	}
	tgt := c.p.Target()
	return slices.DeleteFunc(gaps, func(g corpus.Span) bool { return opensWithWord(tgt, g) })
}

// sourceDropsSubject reports whether a sentence of the source text read
// opens with a finite auxiliary or modal of its language.
func (c *paragraph) sourceDropsSubject() bool {
	for _, sp := range c.srcParas {
		src := c.p.Source(sp.doc)
		sb, _ := src.Lang.Base()
		if marks := wordClass()["subjectmark."+sb.String()]; len(marks) > 0 {
			// Japanese marks a subject or topic with a particle; a
			// sentence without one has none to lose ("完成し商品確認").
			text := src.Text[sp.span.Start:sp.span.End]
			has := false
			for m := range marks {
				has = has || strings.Contains(text, m)
			}
			if !has {
				return true
			}
			continue
		}
		aux := wordClass()["auxiliary."+sb.String()]
		verbEnd := "verbend." + sb.String()
		if len(aux) == 0 && len(wordClass()[verbEnd]) == 0 {
			continue
		}
		for _, s := range src.Paragraphs[sp.para].Sentences {
			if s.End <= sp.span.Start || s.Start >= sp.span.End {
				continue
			}
			from := s.Start
			for k := sort.Search(len(sp.words), func(i int) bool { return sp.words[i].span.Start >= s.Start }); k < len(sp.words) && sp.words[k].span.Start < s.End; k++ {
				w := sp.words[k]
				if opensClause(src.Text[from:w.span.Start], from == s.Start) && (aux[w.lower] || endsLike(w.text, verbEnd, 2)) {
					return true
				}
				from = w.span.End
			}
		}
	}
	return false
}
