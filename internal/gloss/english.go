package gloss

import (
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
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) {
		e.words[w] = true
		if len(w) >= prefixLen {
			e.prefixes[w[:prefixLen]] = true
		}
	}
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
	if e.words[g] || len(g) >= prefixLen && e.prefixes[g[:prefixLen]] {
		return true
	}
	for _, suffix := range []string{"s", "es", "d", "ed", "ing"} {
		if e.words[g+suffix] {
			return true
		}
		if stem, ok := strings.CutSuffix(g, suffix); ok && len(stem) >= 3 && e.words[stem] {
			return true
		}
	}
	if stem, ok := strings.CutSuffix(g, "e"); ok && e.words[stem+"ing"] {
		return true
	}
	if stem, ok := strings.CutSuffix(g, "y"); ok && (e.words[stem+"ies"] || e.words[stem+"ied"]) {
		return true
	}
	return false
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
