package entities

import (
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
