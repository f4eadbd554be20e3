package gloss

import (
	"iter"
	"strings"
	"unicode"
)

// English is the set of words of an English text, for telling whether it
// renders a gloss.
type English struct {
	words    map[string]bool
	prefixes map[string]bool // the first prefixLen letters of its longer words
}

// prefixLen is how many first letters two longer words must share to
// count as one ("economy", "economic"; "discovery", "discovered").
const prefixLen = 5

// NewEnglish returns the words of text, in lower case.
func NewEnglish(text string) *English {
	e := &English{words: map[string]bool{}, prefixes: map[string]bool{}}
	// The words are the runs of ASCII letters of the text in lower case
	// (a Kelvin sign lowers to k), read a rune at a time without copying
	// the text.
	var buf []byte
	flush := func() {
		if len(buf) == 0 {
			return
		}
		if !e.words[string(buf)] {
			e.words[string(buf)] = true
		}
		if len(buf) >= prefixLen && !e.prefixes[string(buf[:prefixLen])] {
			e.prefixes[string(buf[:prefixLen])] = true
		}
		buf = buf[:0]
	}
	for _, r := range text {
		if l := unicode.ToLower(r); l <= unicode.MaxASCII && unicode.IsLetter(l) {
			buf = append(buf, byte(l))
			continue
		}
		flush()
	}
	flush()
	return e
}

// Renders reports whether the text holds one of glosses (space-separated
// words in lower case), as written, inflected or by its first letters.
func (e *English) Renders(glosses string) bool {
	for _, g := range strings.Fields(glosses) {
		if e.has(g) {
			return true
		}
	}
	return false
}

func (e *English) has(g string) bool {
	if len(g) >= prefixLen && e.prefixes[g[:prefixLen]] {
		return true
	}
	for w := range Spellings(g) {
		if e.words[w] {
			return true
		}
	}
	return false
}

// Spellings yields the English words in lower case that render gloss
// word g: g itself, its irregular forms (paid, went), inflected (-s, -es,
// -d, -ed, -ing, -ies, -ied) and without such an ending when three
// letters or more remain.
func Spellings(g string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(g) {
			return
		}
		for _, f := range irregularForms()[g] {
			if !yield(f) {
				return
			}
		}
		for _, suffix := range []string{"s", "es", "d", "ed", "ing"} {
			if !yield(g + suffix) {
				return
			}
			if stem, ok := strings.CutSuffix(g, suffix); ok && len(stem) >= 3 && !yield(stem) {
				return
			}
		}
		if stem, ok := strings.CutSuffix(g, "e"); ok && !yield(stem+"ing") {
			return
		}
		if stem, ok := strings.CutSuffix(g, "y"); ok && (!yield(stem+"ies") || !yield(stem+"ied")) {
			return
		}
	}
}

// Rendered returns how many distinct words of words (by their text in
// src) the English text renders, and how many distinct words there are.
func (e *English) Rendered(src string, words []Word) (hits, n int) {
	seen := map[string]bool{}
	for _, w := range words {
		k := src[w.Start:w.End]
		if seen[k] {
			continue
		}
		seen[k] = true
		n++
		if e.Renders(w.Glosses) {
			hits++
		}
	}
	return hits, n
}
