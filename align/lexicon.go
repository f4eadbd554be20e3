package align

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/datalines"
)

// lexiconFS holds the core word lists: the most frequent English content
// words of news and everyday writing with their translations, for the
// languages where nothing else gives the aligner word pairs (data/lexicon,
// README.md there).
//
//go:embed data/lexicon/*.tsv
var lexiconFS embed.FS

// coreLexicons are the embedded word lists by the ISO 639-3 code of the
// language English is translated into, each parsed on first use; each
// language has its stems in inflectionStems.
var coreLexicons = map[string]func() *Dict{
	"ara": embeddedLexicon("ara", "en-ar.tsv"),
	"ces": embeddedLexicon("ces", "en-cs.tsv"),
	"ell": embeddedLexicon("ell", "en-el.tsv"),
	"fas": embeddedLexicon("fas", "en-fa.tsv"),
	"heb": embeddedLexicon("heb", "en-he.tsv"),
	"hin": embeddedLexicon("hin", "en-hi.tsv"),
	"ind": embeddedLexicon("ind", "en-id.tsv"),
	"kor": embeddedLexicon("kor", "en-ko.tsv"),
	"pol": embeddedLexicon("pol", "en-pl.tsv"),
	"rus": embeddedLexicon("rus", "en-ru.tsv"),
	"tur": embeddedLexicon("tur", "en-tr.tsv"),
	"ukr": embeddedLexicon("ukr", "en-uk.tsv"),
}

func embeddedLexicon(lang, name string) func() *Dict {
	return sync.OnceValue(func() *Dict {
		data, err := lexiconFS.ReadFile("data/lexicon/" + name)
		if err != nil {
			panic(err)
		}
		d, err := parseLexicon(name, string(data))
		if err != nil {
			panic(err) // embedded data: a bad line is a bug the tests catch
		}
		d.to = lang
		return d
	})
}

// parseLexicon reads lines of an English word, a tab and its one-word
// translations separated by spaces; # starts a comment.
func parseLexicon(name, data string) (*Dict, error) {
	d, fo := newDict(), newFolder()
	d.from, d.strength, d.inflect = "eng", coreStrength, true
	seen := map[string]bool{}
	for n, line := range datalines.All(data) {
		en, trs, ok := strings.Cut(line, "\t")
		if !ok || en == "" || strings.ContainsRune(en, ' ') || strings.TrimSpace(trs) == "" || strings.ContainsRune(trs, '\t') {
			return nil, fmt.Errorf("%s:%d: want an English word, a tab and its translations", name, n)
		}
		if seen[en] {
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, n, en)
		}
		seen[en] = true
		for _, tr := range strings.Fields(trs) {
			if w := longestWord(tr); w != "" {
				d.add(fo, en, w)
			}
		}
	}
	return d, nil
}

// coreStrength is the weight of a core word list's matches, as of a
// gloss's (glossStrength): the lists give a word's several senses, and
// frequent words (council, family, police) recur in every article of a
// topic, translation or not. At full weight, documents built from the
// WMT23 references linked 0.13-0.26 of their paragraphs to the next
// document's source, at half 0.04-0.19, while their strict bead F1 moved
// by less than a point.
const coreStrength = 0.5

// longestWord returns a translation as documents tokenise it: itself, or
// of the words an apostrophe or a mark splits it into, the longest when
// it has three letters or more (в’язниця is в and язниця; צה"ל two
// letters twice, which say nothing alone).
func longestWord(tr string) string {
	words := strings.FieldsFunc(tr, func(r rune) bool { return !corpus.IsWordRune(r) })
	if len(words) == 1 {
		return words[0]
	}
	best := ""
	for _, w := range words {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(best) {
			best = w
		}
	}
	if utf8.RuneCountInString(best) < 3 {
		return ""
	}
	return best
}

// coreDicts returns the embedded word list that pairs the languages of
// two documents, when one is English and the other has one; when both
// have one, the two lists joined through their English words.
func coreDicts(a, b *corpus.Document) []*Dict {
	a3, b3 := iso3(a.Lang), iso3(b.Lang)
	if a3 == "eng" {
		a3, b3 = b3, a3
	}
	la, ok := coreLexicons[a3]
	switch {
	case ok && b3 == "eng":
		return []*Dict{la()}
	case ok && a3 != b3:
		if lb, ok := coreLexicons[b3]; ok {
			return []*Dict{pivotDict(la(), lb())}
		}
	}
	return nil
}
