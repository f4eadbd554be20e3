// Package vague finds the words a translation writes in place of an exact
// number it dropped: "over three decades" rendered "over several decades",
// "mehrere", "几十". The words are data (vague.txt), by language.
package vague

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

//go:embed vague.txt
var data string

// unspaced are the languages written without spaces between words, whose
// entries match inside text.
var unspaced = map[string]bool{"ja": true, "zh": true}

// table maps a language and kind ("en\tvague") to its entries, each split
// into folded words (one "word" for an unspaced language).
var table = sync.OnceValue(func() map[string][][]string {
	t, err := parse(data)
	if err != nil {
		panic(err) // embedded: the tests parse it
	}
	return t
})

// parse reads the data file format; errors name the line.
func parse(s string) (map[string][][]string, error) {
	out := map[string][][]string{}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[0] == "" || cols[2] == "" || cols[1] != "vague" && cols[1] != "broad" {
			return nil, fmt.Errorf("vague.txt:%d: want LANG<TAB>vague|broad<TAB>word|word", n+1)
		}
		lang, words := cols[0], cols[2]
		if _, err := language.ParseBase(lang); err != nil {
			return nil, fmt.Errorf("vague.txt:%d: %v", n+1, err)
		}
		for _, e := range strings.Split(words, "|") {
			e = strings.ToLower(strings.TrimSpace(e))
			if e == "" {
				return nil, fmt.Errorf("vague.txt:%d: empty entry", n+1)
			}
			k := lang + "\t" + cols[1]
			if unspaced[lang] {
				out[k] = append(out[k], []string{e})
			} else {
				out[k] = append(out[k], strings.Fields(e))
			}
		}
	}
	return out, nil
}

// Find returns the spans in text of the vague quantity words of lang, the
// words that take a number's place, in order; none for a language without
// a list.
func Find(text string, lang language.Tag) []corpus.Span { return find(text, lang, "vague") }

// FindAny returns the spans of Find and those of the broad quantifiers
// ("many", "some"), which may stand beside a number as well.
func FindAny(text string, lang language.Tag) []corpus.Span {
	return sorted(append(find(text, lang, "vague"), find(text, lang, "broad")...))
}

func find(text string, lang language.Tag, kind string) []corpus.Span {
	base, _ := lang.Base()
	entries := table()[base.String()+"\t"+kind]
	if len(entries) == 0 {
		return nil
	}
	if unspaced[base.String()] {
		return findInside(text, entries)
	}
	return findWords(corpus.Tokenize(text), entries)
}

func findInside(text string, entries [][]string) []corpus.Span {
	var out []corpus.Span
	for _, e := range entries {
		for i := 0; ; {
			k := strings.Index(text[i:], e[0])
			if k < 0 {
				break
			}
			out = append(out, corpus.Span{Start: i + k, End: i + k + len(e[0])})
			i += k + len(e[0])
		}
	}
	return sorted(out)
}

func findWords(toks []corpus.Token, entries [][]string) []corpus.Span {
	var out []corpus.Span
	for i := range toks {
		for _, e := range entries {
			if i+len(e) <= len(toks) && wordsAt(toks[i:], e) {
				out = append(out, corpus.Span{Start: toks[i].Span.Start, End: toks[i+len(e)-1].Span.End})
			}
		}
	}
	return sorted(out)
}

func wordsAt(toks []corpus.Token, words []string) bool {
	for j, w := range words {
		if toks[j].Fold != w {
			return false
		}
	}
	return true
}

// sorted orders spans by start and drops those inside an earlier one.
func sorted(s []corpus.Span) []corpus.Span {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	var out []corpus.Span
	for _, x := range s {
		if len(out) > 0 && x.Overlaps(out[len(out)-1]) {
			continue
		}
		out = append(out, x)
	}
	return out
}
