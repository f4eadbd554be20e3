package entities

import (
	"strings"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// novelNames returns the target names with a word that is no common word
// of the target language and that nothing in the sources explains: no
// source word spells it, the rule data and the place names do not
// localise it, and it is not the pinyin or the sound of a source word. A
// name the translator made up or took from elsewhere ("Oprah Winfrey" for
// "Tracy Ullman", "Singapore" for 地球) shows so; a name translated word
// by word does not, its words being common ones.
func novelNames(text string, tw []word, lang language.Base, sw []word, srcs []srcText, exo []corpus.Exonym) []name {
	rom := romanise(srcs)
	tl := lang.String()
	keep := func(w word) bool {
		if !w.cap || isNumber(w.text) || isRoman(w.text) || len(w.parts) == 0 {
			return false
		}
		f := corpus.FoldName(w.text)
		if calendar[f] || calendar[w.parts[0]] || corpus.IsStopword(f, lang) {
			return false
		}
		// A sentence opens with a capital: only a word that is no
		// common word is a name there.
		return !w.start || !corpus.IsWord(strings.ToLower(w.text), lang)
	}
	explained := func(part string) bool {
		for _, b := range sw {
			for _, pb := range b.parts {
				if same(part, pb, false) || exonym(part, pb, exo) {
					return true
				}
			}
		}
		return placeExplains(part, tl, srcs) || rom.explains(part)
	}
	var out []name
	for _, n := range runs(text, tw, keep) {
		for _, w := range n.words {
			if novelWord(w, lang, explained) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// novelWord reports whether a part of w is no common word of lang and
// not explained.
func novelWord(w word, lang language.Base, explained func(string) bool) bool {
	if w.acro {
		return false
	}
	for _, p := range w.parts {
		if len(p) < 3 || corpus.IsWord(p, lang) || corpus.IsStopword(p, lang) || calendar[p] {
			continue
		}
		if !explained(p) {
			return true
		}
	}
	return false
}
