package entities

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// findCodeNamesTranslated reports, in a target in Latin letters, a word of
// a source product name that the target translated beside the name's
// kept code: a name that holds a code (a word of letters and digits,
// "S25", "A320", or with a capital inside, "iPhone") names a product, and
// its other words are no words to translate ("die Galaxie S25 Ultra",
// "la Galaxia S25 Ultra" for "Galaxy S25 Ultra"). The target word stands
// where the source word stood beside the code and shares its first
// letters, a cognate of the target's language; the source word is the
// fix. An event or a series named by a plain number ("Formula 1", German
// "Formel 1") holds no code and is left alone.
func (c *paragraph) findCodeNamesTranslated() {
	c.eachLatinSourceName(c.codeNameTranslated)
}

// eachLatinSourceName calls f with each name of the source paragraphs
// read that are in Latin letters and in another language than the
// target's, with its source document and language.
func (c *paragraph) eachLatinSourceName(f func(n name, doc int, sb language.Base)) {
	for _, sp := range c.srcParas {
		src := c.p.Source(sp.doc)
		sb, _ := src.Lang.Base()
		if script, _ := src.Lang.Script(); script.String() != "Latn" || sb == c.tb {
			continue
		}
		for _, n := range paraNames(src, sp.para, sp.span, sb) {
			f(n, sp.doc, sb)
		}
	}
}

// codeNameTranslated reports the words of source name n, of source doc,
// that the target translated beside n's code (see findCodeNamesTranslated).
// A source language that capitalises its nouns (German "Vitamin D3")
// names nothing by a noun of its own, and a target language that
// capitalises names only writes a word it translated in lower case
// ("vitamins D3").
func (c *paragraph) codeNameTranslated(n name, doc int, sb language.Base) {
	for ci, code := range n.words {
		if !isCode(code.text) {
			continue
		}
		j := c.targetWordIndex(code.text)
		if j < 0 {
			continue
		}
		for wi, w := range n.words {
			k := j + wi - ci
			if wi == ci || isCode(w.text) || !w.latin || len(w.parts) != 1 || len([]rune(w.parts[0])) < formRunes ||
				k < 0 || k >= len(c.tw) || c.targetWordIndex(w.text) >= 0 {
				continue
			}
			t := c.tw[k]
			if !t.latin || len(t.parts) != 1 || t.parts[0] == w.parts[0] || sharedStart(t.parts[0], w.parts[0]) < formRunes ||
				capitalisesNamesOnly(c.tb) && !t.cap || corpus.IsNoun(w.lower, sb) {
				continue
			}
			f := checks.Finding{
				Severity: checks.Major,
				Category: checks.Mistranslation,
				Span:     t.span,
				Source:   &checks.Evidence{Doc: doc, Span: w.span},
				Message:  fmt.Sprintf("target %q, source %q: a word of the product name %q translated", t.text, w.text, c.p.Source(doc).Slice(n.span)),
			}
			// After an article the translated word brought its gender
			// ("die Galaxie"; the phone is "das Galaxy"): the word alone
			// is no fix.
			if k == 0 || !shortDeterminer(c.tw[k-1]) {
				f.Fixes = []checks.Fix{{Message: "Use " + w.text, Edits: []checks.Edit{{Span: t.span, New: w.text}}}}
			}
			c.p.Report(f)
		}
	}
}

// shortDeterminer reports whether w, the word before a name, is a short word
// in lower case, an article or a determiner ("die", "la", "el", "le").
func shortDeterminer(w word) bool {
	return !w.cap && len([]rune(w.text)) <= 3
}

// targetWordIndex returns the index of the target word written s, or -1.
func (c *paragraph) targetWordIndex(s string) int {
	for j, t := range c.tw {
		if t.text == s {
			return j
		}
	}
	return -1
}

// isCode reports whether w is a product's code: letters and digits in one
// word ("S25", "A320", "GPT-4o") or a capital after a small letter
// ("iPhone", "PlayStation").
func isCode(w string) bool {
	letter, digit, inner := false, false, false
	prev := rune(0)
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r):
			letter = true
			inner = inner || unicode.IsUpper(r) && unicode.IsLower(prev)
		}
		prev = r
	}
	return letter && digit || inner && !strings.Contains(w, "-")
}
