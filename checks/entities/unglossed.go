package entities

import (
	"fmt"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
	"golang.org/x/text/language"
)

// unglossedName returns the one capitalised run of the target that
// nothing of a source in Chinese characters or kana accounts for: no
// source word spells, reads or localises it, and no gloss of a source
// word renders a word of it. Such sources explain no target name in
// general (a name of common words may translate any of their words), so
// this is asked only where a country or city the source names is gone:
// "the Pacific Ocean" for ロシア, "the Yellow River" for 美国, where
// "Communist Party" for 中国共产党 is the gloss of 共产党.
func (c *paragraph) unglossedName() (name, bool) {
	if c.explainable || !c.romanisable || c.rom == nil || !capitalisesNamesOnly(c.tb) || !corpus.HasLexicon(c.tb) {
		return name{}, false
	}
	var out []name
	for _, n := range targetNames(c.p.Target().Text, c.tw, c.tb) {
		// A country or city's whole name has one reading in the
		// source's characters, which placeNamed looks for: any word in
		// Hepburn's letters may read kanji ("Osaka" for 東京).
		_, place := placeNamedWhole(n, c.tb.String())
		if found(n, c.sw, c.exo) || placeNamed(n, c.tb.String(), c.texts) || !place && c.readsAny(n) || respeltIn(n, c.sw) ||
			commonAcronym(n) || c.namedByCurrency(n) || demonym(n, c.tb.String()) || c.glossed(n) {
			continue
		}
		if out = append(out, n); len(out) > 1 {
			return name{}, false
		}
	}
	if len(out) != 1 || out[0].words[0].acro {
		return name{}, false
	}
	return out[0], true
}

// glossed reports whether a gloss of a word of a source text renders a
// word of the target name n, or a capitalised CC-CEDICT gloss names it.
func (c *paragraph) glossed(n name) bool {
	en := gloss.NewEnglish(n.text(c.p.Target()))
	for _, st := range c.texts {
		if g := gloss.For(language.Make(st.lang)); g != nil {
			for _, w := range g.AllWords(st.raw) {
				if en.Renders(w.Glosses) {
					return true
				}
			}
		}
		if st.lang != "zh" {
			continue
		}
		glossedNames := corpus.NamesGlossed(st.raw)
		for _, p := range n.parts() {
			if glossedNames[p] {
				return true
			}
		}
	}
	return false
}

// readsAny reports whether a part of a word of the target name n, no
// acronym, is the reading of a source word (pinyin, kana, a
// transliteration): explainsName asks for a source with words in other
// letters, which a text all in Chinese characters lacks.
func (c *paragraph) readsAny(n name) bool {
	for _, w := range n.words {
		if w.acro {
			continue
		}
		for _, p := range w.parts {
			if c.rom.explains(p) {
				return true
			}
		}
	}
	return false
}

// loneNounlessName returns the one source word that must be a name in a
// source whose language capitalises its nouns (German), where names of
// one word are not read (any noun would be one): a short capitalised word
// inside its sentence that the word lists do not hold as a word or noun,
// no compound of an acronym, that no target word spells, sounds or
// respells ("Nantes", "Klose"); none when such a word joins listed words
// (Stadtrat, Harkensee), a noun or a place, which may be the one. It is asked only for a target name from
// elsewhere, the one name of the stretch no source explains, so that
// "the diocese of Shaoshan" for "die Diözese Nantes" pairs the two.
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
			alone := name{words: []word{w}, span: w.span}
			if found(alone, c.tw, c.exo) || respeltIn(alone, c.tw) || slices.ContainsFunc(u.words, func(t word) bool { return mayRender(t, w) }) {
				continue
			}
			// A compound of listed words is a noun or a place named
			// for its words (Stadtrat, Harkensee): one more maybe.
			if out = append(out, missing{alone, sp.doc}); len(out) > 1 || listedCompound(w.lower, sb) {
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
			alone := name{words: []word{w}, span: w.span}
			if found(alone, c.tw, c.exo) || respeltIn(alone, c.tw) || slices.ContainsFunc(u.words, func(t word) bool { return mayRender(t, w) }) {
				return missing{}, false
			}
			return missing{alone, doc}, true
		}
	}
	return missing{}, false
}

// surnameByReading returns whether the target person u, a listed given
// name and a surname, has a given name that a source in Chinese
// characters reads (洋一, Yoichi) and a surname that nothing in the
// sources reads, spells or sounds like: "Yoichi Tanaka" for 宮崎洋一, the
// source's person with another surname. Where every source is written
// apart in words, surnameBySound reads the sounds instead.
func (c *paragraph) surnameByReading(u name) bool {
	k, ok := personAt(u)
	if !ok || k+2 != len(u.words) || c.explainable || !c.romanisable || c.rom == nil || len(c.rom.hanRuns) == 0 {
		return false
	}
	given, surname := u.words[k], u.words[k+1]
	if len(given.parts) != 1 || len(surname.parts) != 1 || surname.acro || utf8.RuneCountInString(surname.parts[0]) < 4 {
		return false
	}
	alone := name{words: []word{surname}, span: surname.span}
	// Any word in Hepburn's letters may be a kanji name's reading
	// (romanised.explains); only the readings the characters have tell
	// one surname from another.
	return c.rom.spelledInPinyin(given.parts[0]) && !c.rom.spelledInPinyin(surname.parts[0]) && !c.rom.glossed.has(surname.parts[0]) &&
		!found(alone, c.sw, c.exo) && !respeltIn(alone, c.sw)
}

// reportSurnamesByReading reports each target person whose surname no
// source in Chinese characters reads while its given name is read there
// (surnameByReading), unless reported as a name the source lacks.
func (c *paragraph) reportSurnamesByReading() {
	if c.explainable || !c.romanisable || c.rom == nil {
		return
	}
	tgt := c.p.Target()
	for _, n := range targetNames(tgt.Text, c.tw, c.tb) {
		if c.novelAt(n.span) || !c.surnameByReading(n) {
			continue
		}
		k, _ := personAt(n) // "Financial Officer Yoichi Tanaka": the person
		n = name{words: n.words[k:], span: corpus.Span{Start: n.words[k].span.Start, End: n.span.End}}
		c.p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     n.span,
			Message:  fmt.Sprintf("target %q: the source's person with another surname, which no source word reads", n.text(tgt)),
			Tag:      checks.NameFromElsewhere,
		})
	}
}
