package entities

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// findRenderedNames reports, in a target in Latin letters, a source name
// of ordinary words ("Vision Pro", "Prime Day") that the target writes as
// it stands in another paragraph, and here renders word by word ("Visión
// Profesional"): the article itself shows the name is one to keep. The
// rendering is the words in a row, as many as the name's, each opening
// with the first letters of the name's word in its place, one of them
// another word than the name's; the name is the fix.
func (c *paragraph) findRenderedNames() {
	tgt := c.p.Target()
	window := tgt.Slice(c.win.Target)
	c.eachLatinSourceName(func(n name, doc int, sb language.Base) {
		text := n.text(c.p.Source(doc))
		if !ofOrdinaryWords(n, sb) || namesAPlace(n, sb.String()) || personName(n) || hasWord(window, text) {
			return
		}
		// The rendering, rare, is looked for first: the whole article is
		// searched for the name only where there is one.
		if at, ok := c.renderedAt(n); ok && hasWord(tgt.Text, text) {
			c.p.Report(checks.Finding{
				Severity: checks.Major,
				Category: checks.Mistranslation,
				Span:     at,
				Source:   &checks.Evidence{Doc: doc, Span: n.span},
				Message:  fmt.Sprintf("target %q, source %q: the name is translated here; the article keeps it elsewhere", tgt.Slice(at), text),
				Fixes:    []checks.Fix{{Message: "Use " + text, Edits: []checks.Edit{{Span: at, New: text}}}},
			})
		}
	})
}

// ofOrdinaryWords reports whether the name n is made of Latin words of
// which one, of four letters or more, is a common word of its language:
// a name a translation could render.
func ofOrdinaryWords(n name, sb language.Base) bool {
	common := false
	for _, w := range n.words {
		if !w.latin || w.acro || len(w.parts) != 1 {
			return false
		}
		common = common || utf8.RuneCountInString(w.parts[0]) >= 4 && corpus.IsWord(w.lower, sb)
	}
	return common
}

// renderedAt returns the span of target words in a row that render the
// name n word by word, each opening with three letters or more of the
// name's word in its place, at least one of them neither that word nor a
// case of it.
func (c *paragraph) renderedAt(n name) (corpus.Span, bool) {
	k := len(n.words)
	for j := 0; j+k <= len(c.tw); j++ {
		other := false
		for i, s := range n.words {
			t := c.tw[j+i]
			if len(t.parts) != 1 || sharedStart(t.parts[0], s.parts[0]) < 3 {
				other = false
				break
			}
			// A case of the name ("Llamu") is the name: another word
			// ("Profesional" for "Pro") is not.
			if !stemMatch(t.parts[0], s.parts[0]) {
				other = true
			}
			if i == k-1 && other {
				return corpus.Span{Start: c.tw[j].span.Start, End: t.span.End}, true
			}
		}
	}
	return corpus.Span{}, false
}

// hasWord reports whether text holds s with no letter or digit of its
// script on either side: "Cook" is in "了Cook。", which Chinese writes
// unspaced, not in "Cookson".
func hasWord(text, s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	for from := 0; ; {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(s):])
		if apart(before, first) && apart(after, last) {
			return true
		}
		from = i + 1
	}
}

// apart reports whether rune r beside a word's edge rune e ends the word:
// no word rune, or a letter of another script (Han beside Latin).
func apart(r, e rune) bool {
	if !corpus.IsWordRune(r) {
		return true
	}
	return unicode.IsLetter(r) && unicode.IsLetter(e) && unicode.Is(unicode.Latin, r) != unicode.Is(unicode.Latin, e)
}
