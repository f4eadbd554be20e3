// Package phrases reads lists of words and phrases by language and kind,
// kept as data files of lines "LANG<TAB>KIND<TAB>entry|entry", and finds
// them in text: as whole words in languages written with spaces, anywhere
// in the text in the languages a list names (Chinese, Japanese). An entry
// "stem*" takes any ending.
package phrases

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// List holds the entries of a data file by language and kind.
type List struct {
	entries map[string][][]word // "lang\tkind" → phrases
	inside  map[string]bool     // languages whose entries match inside words
	// byFirst holds the phrases of entries by the first byte of their
	// first word, so that a word is compared with the few phrases that
	// may start at it: the direction words of every clause of a long
	// article were a fifth of its check.
	byFirst map[string]map[byte][][]word
}

type word struct {
	text string
	stem bool // "stem*": any ending
}

// Parse reads data, named name in errors (which give name:line). kinds are
// the kinds a line may have; inside the languages whose entries match
// anywhere in the text.
func Parse(name, data string, kinds []string, inside ...string) (*List, error) {
	l := &List{entries: map[string][][]word{}, inside: map[string]bool{}}
	for _, lang := range inside {
		l.inside[lang] = true
	}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[2] == "" || !slices.Contains(kinds, cols[1]) {
			return nil, fmt.Errorf("%s:%d: want LANG<TAB>%s<TAB>entry|entry", name, n+1, strings.Join(kinds, "|"))
		}
		if _, err := language.ParseBase(cols[0]); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n+1, err)
		}
		for _, e := range strings.Split(cols[2], "|") {
			p := parseEntry(e, l.inside[cols[0]])
			if len(p) == 0 {
				return nil, fmt.Errorf("%s:%d: empty entry", name, n+1)
			}
			k := cols[0] + "\t" + cols[1]
			l.entries[k] = append(l.entries[k], p)
		}
	}
	l.byFirst = map[string]map[byte][][]word{}
	for k, ps := range l.entries {
		m := map[byte][][]word{}
		for _, p := range ps {
			m[p[0].text[0]] = append(m[p[0].text[0]], p)
		}
		l.byFirst[k] = m
	}
	return l, nil
}

// Embedded returns a function that parses data, a list built into the
// binary, on its first call and panics if it is bad (the package that
// embeds it tests that it parses).
func Embedded(name, data string, kinds []string, inside ...string) func() *List {
	return sync.OnceValue(func() *List {
		l, err := Parse(name, data, kinds, inside...)
		if err != nil {
			panic(err)
		}
		return l
	})
}

// parseEntry splits an entry into its folded words, or keeps it whole for
// a language matched inside text; nil when it has no word.
func parseEntry(e string, inside bool) []word {
	var out []word
	fields := strings.Fields(strings.ToLower(e))
	if inside {
		fields = []string{strings.Join(fields, "")}
	}
	for _, f := range fields {
		w := word{strings.TrimSuffix(f, "*"), strings.HasSuffix(f, "*")}
		if w.text == "" {
			return nil
		}
		out = append(out, w)
	}
	return out
}

// Find returns the spans of text where an entry of kind in lang stands,
// in order, without overlaps; none when the list has no such entries.
func (l *List) Find(text string, lang language.Tag, kind string) []corpus.Span {
	return l.FindKinds(text, lang, kind)[0]
}

// FindKinds returns what Find returns for each of kinds, reading text
// once.
func (l *List) FindKinds(text string, lang language.Tag, kinds ...string) [][]corpus.Span {
	base, _ := lang.Base()
	out := make([][]corpus.Span, len(kinds))
	var toks []corpus.Token
	for i, kind := range kinds {
		k := base.String() + "\t" + kind
		phrases := l.entries[k]
		switch {
		case len(phrases) == 0:
		case l.inside[base.String()]:
			out[i] = findInside(text, phrases)
		default:
			if toks == nil {
				toks = corpus.Tokenize(text)
			}
			out[i] = findWords(toks, l.byFirst[k])
		}
	}
	return out
}

func findInside(text string, phrases [][]word) []corpus.Span {
	var out []corpus.Span
	for _, p := range phrases {
		for i := 0; ; {
			k := strings.Index(text[i:], p[0].text)
			if k < 0 {
				break
			}
			out = append(out, corpus.Span{Start: i + k, End: i + k + len(p[0].text)})
			i += k + len(p[0].text)
		}
	}
	return Merge(out)
}

func findWords(toks []corpus.Token, byFirst map[byte][][]word) []corpus.Span {
	var out []corpus.Span
	for i, t := range toks {
		if t.Fold == "" {
			continue
		}
		for _, p := range byFirst[t.Fold[0]] {
			if wordsAt(toks[i:], p) {
				out = append(out, corpus.Span{Start: toks[i].Span.Start, End: toks[i+len(p)-1].Span.End})
			}
		}
	}
	return Merge(out)
}

func wordsAt(toks []corpus.Token, p []word) bool {
	if len(toks) < len(p) {
		return false
	}
	for j, w := range p {
		if w.stem && !strings.HasPrefix(toks[j].Fold, w.text) || !w.stem && toks[j].Fold != w.text {
			return false
		}
	}
	return true
}

// Merge orders spans by start and drops those that overlap an earlier one.
func Merge(s []corpus.Span) []corpus.Span {
	slices.SortStableFunc(s, func(a, b corpus.Span) int { return a.Start - b.Start })
	var out []corpus.Span
	for _, x := range s {
		if len(out) > 0 && x.Overlaps(out[len(out)-1]) {
			continue
		}
		out = append(out, x)
	}
	return out
}
