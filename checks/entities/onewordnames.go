package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// A sentence's first word, and in German any capitalised word, may be a
// name or a common word; a source name of one such word is read only
// against a target name from elsewhere it may be paired with.

// loneNounlessName returns the one source word that must be a name in a
// source whose language capitalises its nouns (German), where names of
// one word are not read (any noun would be one): a short capitalised word
// inside its sentence that the word lists do not hold as a word or noun,
// no compound of an acronym, that no target word spells, sounds or
// respells ("Nantes", "Klose"); none when such a word joins listed words
// (Stadtrat, Harkensee), a noun or a place, which may be the one. It is
// asked only for a target name from elsewhere, the one name of the
// stretch no source explains, so that "the diocese of Shaoshan" for "die
// Diözese Nantes" pairs the two.
func (c *paragraph) loneNounlessName(u name) (missing, bool) {
	if len(c.miss) > 0 || !c.onlyNewName(u) || len(u.words) == 0 || u.words[0].acro || demonym(u, c.tb.String()) {
		return missing{}, false
	}
	var out []missing
	for _, sp := range c.srcParas {
		sb, _ := c.p.Source(sp.doc).Lang.Base()
		if capitalisesNamesOnly(sb) {
			return missing{}, false
		}
		for _, w := range sp.words {
			if !w.cap || w.start || w.acro || !w.latin || len(w.parts) != 1 || !shortName(w) ||
				corpus.IsWord(w.lower, sb) || commonWordOf(w, sb) || nounCompound(w) || placeWord(w.parts, sb.String()) {
				continue
			}
			if c.rendered(w, u) {
				continue
			}
			// A compound of listed words is a noun or a place named
			// for its words (Stadtrat, Harkensee): one more maybe.
			if out = append(out, missing{wordName(w), sp.doc}); len(out) > 1 || listedCompound(w.lower, sb) {
				return missing{}, false
			}
		}
	}
	if len(out) != 1 {
		return missing{}, false
	}
	return out[0], true
}

// shortName reports whether w has two to ten letters: a German compound
// noun the word lists lack is mostly longer.
func shortName(w word) bool {
	n := utf8.RuneCountInString(w.text)
	return n >= 2 && n <= 10
}

// linkingLetters are what German puts between the nouns of a compound
// (Stadt|rat, Arbeit|s|markt, Straße|n|bahn).
var linkingLetters = []string{"", "s", "es", "n", "en", "e", "er"}

// listedCompound reports whether the word w (lower case) joins two
// listed nouns or words of language sb, of three letters or more each,
// maybe with linking letters between: a compound noun ("stadtrat"),
// which no noun list holds whole.
func listedCompound(w string, sb language.Base) bool {
	listed := func(s string) bool {
		return utf8.RuneCountInString(s) >= 3 && (corpus.IsWord(s, sb) || corpus.IsListedNoun(s, sb))
	}
	for i := range w {
		if i == 0 || !listed(w[:i]) {
			continue
		}
		for _, link := range linkingLetters {
			if rest, ok := strings.CutPrefix(w[i:], link); ok && listed(rest) {
				return true
			}
		}
	}
	return false
}

// openerReplaced returns the capitalised word that opens the source
// sentence aligned with the target sentence that the target name u
// opens, when u is the one name of the stretch no source explains, no
// source name is known to be missing, and no target word spells, sounds
// or respells that word: "Boeing owns an apartment" for "Pawłowicz
// posiada mieszkanie". A sentence's first word is read as no name (its
// capital says nothing), so only its place in the aligned sentence pairs
// it with u. Sources in Chinese characters or kana are left out: their
// sentences open with no capital.
func (c *paragraph) openerReplaced(u name) (missing, bool) {
	if !c.explainable || len(c.miss) > 0 || len(u.words) == 0 || !u.words[0].start || u.words[0].acro ||
		!c.onlyNewName(u) || demonym(u, c.tb.String()) {
		return missing{}, false
	}
	l := c.p.LinkFor(c.i)
	if l == nil {
		return missing{}, false
	}
	for _, bead := range align.Sentences(c.p.Alignment, *l) {
		if len(bead.Target) != 1 || !bead.Target[0].Contains(u.span) || len(bead.Sources) != 1 || len(bead.Sources[0].Spans) != 1 {
			continue
		}
		doc, sent := bead.Sources[0].Doc, bead.Sources[0].Spans[0]
		for _, sp := range c.srcParas {
			if sp.doc != doc {
				continue
			}
			i := slices.IndexFunc(sp.words, func(w word) bool { return w.span.Start >= sent.Start })
			if i < 0 || sp.words[i].span.End > sent.End {
				return missing{}, false
			}
			w := sp.words[i]
			sb, _ := c.p.Source(doc).Lang.Base()
			if !w.cap || w.acro || len(w.parts) != 1 || strings.IndexFunc(w.text[1:], unicode.IsUpper) >= 0 || utf8.RuneCountInString(w.text) < 3 || corpus.IsStopword(w.lower, sb) ||
				wordClass()["function."+sb.String()][w.lower] {
				return missing{}, false
			}
			if c.rendered(w, u) {
				return missing{}, false
			}
			return missing{wordName(w), doc}, true
		}
	}
	return missing{}, false
}

// rendered reports whether a target word spells, sounds or respells the
// source word w, or a word of the target name u may render it.
func (c *paragraph) rendered(w word, u name) bool {
	alone := wordName(w)
	return found(alone, c.tw, c.exo) || respeltIn(alone, c.tw) || slices.ContainsFunc(u.words, func(t word) bool { return mayRender(t, w) })
}
