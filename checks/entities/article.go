package entities

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// findArticleDropped reports, in a target that capitalises its nouns, an
// English source name of an article and common words ("The Information",
// "The Office") that the target keeps without its article, where those
// words are nouns of the target's language: a capital marks no name
// there, and "ein Bericht von Information" reads as the common noun, not
// as the publication. A name of words the target's language lacks ("The
// Guardian", "Guardian") stays a name without it, and so does one after
// an article of the target's ("der Times").
func (c *paragraph) findArticleDropped() {
	if capitalisesNamesOnly(c.tb) {
		return
	}
	for _, sp := range c.srcParas {
		src := c.p.Source(sp.doc)
		sb, _ := src.Lang.Base()
		if sb.String() != "en" {
			continue
		}
		for _, n := range paraNames(src, sp.para, sp.span, sb) {
			c.articleDropped(n, sp.doc)
		}
	}
}

// articleDropped reports source name n of source doc when a capitalised
// "The" before it inside a sentence belongs to it and the target holds
// its words without the article (see findArticleDropped).
func (c *paragraph) articleDropped(n name, doc int) {
	src := c.p.Source(doc)
	the, ok := theBefore(src.Text, n.span.Start)
	if !ok {
		return
	}
	for _, w := range n.words {
		if !corpus.IsNoun(w.lower, c.tb) {
			return
		}
	}
	// "der Times": the target's article marks the foreign name.
	j := c.targetRunIndex(n.words)
	if j < 0 || j > 0 && strings.EqualFold(c.tw[j-1].text, "the") ||
		corpus.AfterDeterminer(c.p.Target().Text, c.tw[j].span.Start, c.tb) {
		return
	}
	at := corpus.Span{Start: c.tw[j].span.Start, End: c.tw[j+len(n.words)-1].span.End}
	whole := src.Text[the:n.span.End]
	c.p.Report(checks.Finding{
		Severity: checks.Minor,
		Category: checks.Mistranslation,
		Span:     at,
		Source:   &checks.Evidence{Doc: doc, Span: corpus.Span{Start: the, End: n.span.End}},
		Message:  fmt.Sprintf("target %q, source %q: the name without its article reads as the common noun", c.p.Target().Slice(at), whole),
		Fixes:    []checks.Fix{{Message: "Use " + whole, Edits: []checks.Edit{{Span: corpus.Span{Start: at.Start, End: at.Start}, New: "The "}}}},
	})
}

// theBefore returns the start of a "The" that ends right before off,
// with a space between, inside a sentence: after a word or a comma, not
// after a full stop or at the start, where every word is capitalised.
func theBefore(text string, off int) (int, bool) {
	before, ok := strings.CutSuffix(text[:off], "The ")
	if !ok {
		return 0, false
	}
	the := len(before)
	prev := strings.TrimRight(before, " ")
	if prev == "" || len(prev) == len(before) {
		return 0, false // the paragraph's start, or "…xThe"
	}
	r, _ := utf8.DecodeLastRuneInString(prev)
	if !(unicode.IsLetter(r) || r == ',') {
		return 0, false
	}
	return the, true
}

// targetRunIndex returns the index in the target's words of the first
// run of words spelt as ws, or -1.
func (c *paragraph) targetRunIndex(ws []word) int {
	for j := 0; j+len(ws) <= len(c.tw); j++ {
		k := 0
		for k < len(ws) && c.tw[j+k].text == ws[k].text {
			k++
		}
		if k == len(ws) {
			return j
		}
	}
	return -1
}
