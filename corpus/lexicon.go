package corpus

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/bounded"

	"golang.org/x/text/language"
)

// The word lists are embedded as strings, not read from DataFS: reading
// copies the file, and copying 2.8 MB costs more than all the look-ups
// of a run.
var (
	//go:embed data/lexicon/en.txt
	enWords string
	//go:embed data/lexicon/en-extra.txt
	enExtra string
	//go:embed data/lexicon/de-nouns.txt
	deNouns string
	//go:embed data/lexicon/en-common.txt
	enCommon string
)

// lexicons maps a language to its word list in data/lexicon.
var lexicons = map[string]wordList{"en": wordList(enWords)}

// extras maps a language to the words of current news its word list lacks
// (data/lexicon/LANG-extra.txt: "eurozone", "fintech").
var extras = map[string]wordList{"en": wordList(enExtra)}

// wordList is a lexicon file as embedded: one word a line, sorted in byte
// order, searched in place so that no run pays for building a set of a
// quarter of a million words it looks a handful up in.
type wordList string

// has reports whether w is a line of l.
func (l wordList) has(w string) bool {
	lo, hi := 0, len(l) // the answer lies in a line starting in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(string(l[:mid]), '\n') + 1
		end := strings.IndexByte(string(l[mid:]), '\n')
		if end < 0 {
			end = len(l)
		} else {
			end += mid
		}
		if start < lo {
			start = lo
		}
		switch line := string(l[start:end]); {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// nounLists maps a language that capitalises its nouns to the list of
// their forms in data/lexicon: there a capital marks no name.
var nounLists = map[string]wordList{"de": wordList(deNouns)}

// IsNoun reports whether w, in lower case, is a form of a common noun of
// lang ("regierung", "münzen"), or a compound that ends in one, each part
// of four letters or more ("netzstecker", "gelegenheitsspieler"). It is
// false for a language without a list of nouns, which capitalises its
// names only.
func IsNoun(w string, lang language.Base) bool {
	l := nounLists[lang.String()]
	if l == "" || w == "" {
		return false
	}
	if ok, found := nounsLookedUp.Get(lexKey{lang, w}); found {
		return ok
	}
	ok := l.has(w)
	// The head of a compound is its last noun: try each end of four
	// letters or more after a first part of as many.
	for i, n := 0, 0; !ok && i < len(w); i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		if n >= minCompoundPart && utf8.RuneCountInString(w[i:]) >= minCompoundPart {
			ok = l.has(w[i:]) || w[i] == '-' && l.has(w[i+1:])
		}
		n++
	}
	nounsLookedUp.Put(lexKey{lang, strings.Clone(w)}, ok)
	return ok
}

// IsListedNoun reports whether w, in lower case, is a form of a noun in
// lang's list itself, not read as a compound: "heim", but not
// "wagenknecht", which a compound reading takes for a noun as it takes
// many a surname.
func IsListedNoun(w string, lang language.Base) bool {
	l := nounLists[lang.String()]
	return l != "" && w != "" && l.has(w)
}

// nounsLookedUp holds the answers of IsNoun lately given, as lookedUp
// those of IsWord: each compound costs a search per ending.
var nounsLookedUp = bounded.New[lexKey, bool](1 << 12)

// minCompoundPart is the fewest letters a part of a compound noun has
// here: shorter ends ("ei", "eis") match too many names.
const minCompoundPart = 4

// lexicon returns the word list of lang, "" when crossread has none.
func lexicon(lang language.Base) wordList { return lexicons[lang.String()] }

// HasLexicon reports whether crossread has a word list of lang.
func HasLexicon(lang language.Base) bool { return lexicon(lang) != "" }

// IsWord reports whether w, in lower case, is a word of lang according to
// its word list (data/lexicon). The lists hold common words and their
// inflected forms, not proper names. It is false for a language without
// a list: ask HasLexicon first.
func IsWord(w string, lang language.Base) bool {
	l := lexicon(lang)
	if w == "" || l == "" {
		return false
	}
	if ok, found := lookedUp.Get(lexKey{lang, w}); found {
		return ok
	}
	ok := l.has(w) || extras[lang.String()].has(w)
	lookedUp.Put(lexKey{lang, strings.Clone(w)}, ok)
	return ok
}

// commonLists maps a language to its frequent words in data/lexicon.
var commonLists = map[string]wordList{"en": wordList(enCommon)}

// IsCommonWord reports whether w, in lower case, is a frequent word of
// lang: for English, one of a small dictionary's ("center", "orange"),
// not a rare word that a name is spelt like ("boston", a card game;
// "berlin", a carriage). For a language without a list of frequent words
// it is IsWord.
func IsCommonWord(w string, lang language.Base) bool {
	if l, ok := commonLists[lang.String()]; ok {
		return w != "" && l.has(w)
	}
	return IsWord(w, lang)
}

// lookedUp holds the answers of IsWord lately given: a run asks the same
// few thousand words again and again, and a search of a quarter of a
// million lines misses the processor's cache at most of its steps.
var lookedUp = bounded.New[lexKey, bool](1 << 14)

type lexKey struct {
	lang language.Base
	w    string
}
