package align

import (
	"slices"
	"strings"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
)

// glossStrength is the weight of a gloss match: a lexicon word's glosses
// list several senses, and a sense word ("state", "make") is often there
// by chance.
const glossStrength = 0.5

// glossLexicon returns the English gloss lexicon of d's language when one
// of the documents it is matched with is English, else nil. A Chinese or
// Japanese paragraph has few tokens besides: its words are one
// character each, too short to mean anything alone.
func glossLexicon(d *corpus.Document, partners []*corpus.Document) *gloss.Lexicon {
	lex := gloss.For(d.Lang)
	if lex == nil {
		return nil
	}
	for _, p := range partners {
		if iso3(p.Lang) == "eng" {
			return lex
		}
	}
	return nil
}

// addGlosses adds to f the words of d's paragraphs that lex holds, by
// the longest match, as types of kind kGloss keyed by the word, and
// keeps their glosses for glossMatches.
func addGlosses(f *docFeat, d *corpus.Document, lex *gloss.Lexicon) {
	f.glosses = nil
	for pi, p := range d.Paragraphs {
		text := d.Slice(p.Span)
		var add []int32
		for _, w := range lex.Words(text) {
			key := text[w.Start:w.End]
			id, ok := f.lookup(kGloss, key)
			if !ok {
				id = int32(len(f.types))
				f.types = append(f.types, tokType{key: key, kind: kGloss, r: []rune(key)})
				f.byKind[kGloss][key] = id
				f.glosses = append(f.glosses, glossed{id, w.Glosses})
			}
			if !slices.Contains(add, id) {
				add = append(add, id)
			}
		}
		addToParagraph(f, pi, add)
	}
}

// glossed is a kGloss type and its English glosses.
type glossed struct {
	id      int32
	glosses string
}

// glossMatches links the lexicon words of one side to the English words
// of the other that render one of their glosses, as written or inflected.
func glossMatches(t, s *docFeat, add func(ti, si int32, m float32)) {
	if len(t.glosses) > 0 && s.lang == "eng" {
		for _, g := range t.glosses {
			for _, si := range renderings(s, g.glosses) {
				add(g.id, si, glossStrength)
			}
		}
	}
	if len(s.glosses) > 0 && t.lang == "eng" {
		for _, g := range s.glosses {
			for _, ti := range renderings(t, g.glosses) {
				add(ti, g.id, glossStrength)
			}
		}
	}
}

// renderings returns the word types of English features f that render
// one of glosses.
func renderings(f *docFeat, glosses string) []int32 {
	var out []int32
	for _, g := range strings.Fields(glosses) {
		for sp := range gloss.Spellings(g) {
			if id, ok := f.lookup(kWord, sp); ok && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}
