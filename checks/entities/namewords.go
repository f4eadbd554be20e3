package entities

// This file holds the common words that names are made of, with their
// English renderings (data/namewords.tsv): a source name of such words
// that the target translates is rendered, not missing.

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/namewords.tsv
var nameWordsFile string

// minNameStem is the shortest stem of data/namewords.tsv that matches the
// start of a word; a shorter one matches a whole word.
const minNameStem = 4

// nameWord is a line of data/namewords.tsv: stems of a source language
// and the English words that render them.
type nameWord struct {
	stems   []string // folded
	english []string
}

// nameWords holds data/namewords.tsv by source language.
var nameWords = sync.OnceValue(func() map[string][]nameWord {
	m, err := parseNameWords(nameWordsFile)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return m
})

// parseNameWords reads the lines LANG <TAB> stems <TAB> English words.
func parseNameWords(file string) (map[string][]nameWord, error) {
	m := map[string][]nameWord{}
	for i, line := range strings.Split(file, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("namewords.tsv:%d: want LANG <TAB> stems <TAB> English words", i+1)
		}
		var nw nameWord
		for _, s := range strings.Split(f[1], "|") {
			nw.stems = append(nw.stems, foldPlace(s))
		}
		nw.english = strings.Split(f[2], "|")
		m[f[0]] = append(m[f[0]], nw)
	}
	return m, nil
}

// glosses returns the English words that render the folded source word w
// of language lang.
func glosses(w, lang string) []string {
	var out []string
	for _, nw := range nameWords()[lang] {
		for _, s := range nw.stems {
			if w == s || utf8.RuneCountInString(s) >= minNameStem && strings.HasPrefix(w, s) {
				out = append(out, nw.english...)
				break
			}
		}
	}
	return out
}

// renders reports whether the target words tw hold an English word of
// ws, in lower case, maybe with a plural s or a possessive.
func renders(tw []word, ws []string) bool {
	for _, t := range tw {
		l := possessiveless(t.lower)
		for _, e := range ws {
			if l == e || l == e+"s" {
				return true
			}
		}
	}
	return false
}

// translatedName reports whether every word of the source name n, in
// language lang, is either found in the target words tw as a name is or
// glossed by data/namewords.tsv with a rendering there, and one at least
// is glossed: "Дальнего Востока" for "the Far East", "Кубка Стэнли" for
// "the Stanley Cup".
func translatedName(n name, lang string, tw []word, found func(word) bool) bool {
	glossed := false
	for _, w := range n.words {
		if g := glosses(w.folded, lang); len(g) > 0 && renders(tw, g) {
			glossed = true
			continue
		}
		if !found(w) {
			return false
		}
	}
	return glossed
}

// commonNameWord reports whether the source word text of language lang,
// which a place's name may be a form of, is a common word of names that
// the target words tw render: "Кубка" is "Cup", not Cuba; "Востока"
// "East", not the Vostok station.
func commonNameWord(text, lang string, tw []word) bool {
	return !strings.ContainsAny(text, " -") && renders(tw, glosses(foldPlace(text), lang))
}
