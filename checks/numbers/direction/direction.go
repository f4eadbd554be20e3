// Package direction reads the direction of change a sentence gives its
// numbers: "fell 17 %" goes down, "increased by 17 %" up. The words are
// data (direction.txt), by language.
package direction

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

//go:embed direction.txt
var data string

// Direction is where a sentence's words say its numbers went.
type Direction int

// The directions Of tells apart.
const (
	None Direction = iota // no word of change, or words of both directions
	Up                    // rose, gestiegen, 上涨
	Down                  // fell, gesunken, 下跌
)

func (d Direction) String() string { return [...]string{"none", "up", "down"}[d] }

// unspaced are the languages whose entries match inside text: written
// without spaces, or, in Korean, with endings glued to the stem (감소했다).
var unspaced = map[string]bool{"ja": true, "zh": true, "ko": true}

type entry struct {
	text string
	stem bool // "stem*": any ending
}

// table maps "lang\tup" and "lang\tdown" to entries; a phrase of several
// words is one entry per word run, matched on consecutive tokens.
var table = sync.OnceValue(func() map[string][][]entry {
	t, err := parse(data)
	if err != nil {
		panic(err) // embedded: the tests parse it
	}
	return t
})

func parse(s string) (map[string][][]entry, error) {
	out := map[string][][]entry{}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[1] != "up" && cols[1] != "down" || cols[2] == "" {
			return nil, fmt.Errorf("direction.txt:%d: want LANG<TAB>up|down<TAB>word|word", n+1)
		}
		if _, err := language.ParseBase(cols[0]); err != nil {
			return nil, fmt.Errorf("direction.txt:%d: %v", n+1, err)
		}
		for _, e := range strings.Split(cols[2], "|") {
			if strings.TrimSpace(e) == "" || strings.TrimSuffix(e, "*") == "" {
				return nil, fmt.Errorf("direction.txt:%d: empty entry", n+1)
			}
			var phrase []entry
			for _, w := range strings.Fields(strings.ToLower(e)) {
				phrase = append(phrase, entry{strings.TrimSuffix(w, "*"), strings.HasSuffix(w, "*")})
			}
			k := cols[0] + "\t" + cols[1]
			out[k] = append(out[k], phrase)
		}
	}
	return out, nil
}

// Of returns the direction the words of sentence give in lang: None when
// it has no word of change, or words of both directions.
func Of(sentence string, lang language.Tag) Direction {
	base, _ := lang.Base()
	l := base.String()
	up, down := has(sentence, l, table()[l+"\tup"]), has(sentence, l, table()[l+"\tdown"])
	switch {
	case up && !down:
		return Up
	case down && !up:
		return Down
	}
	return None
}

func has(sentence, lang string, phrases [][]entry) bool {
	if len(phrases) == 0 {
		return false
	}
	if unspaced[lang] {
		for _, p := range phrases {
			if strings.Contains(sentence, p[0].text) {
				return true
			}
		}
		return false
	}
	toks := corpus.Tokenize(sentence)
	for i := range toks {
		for _, p := range phrases {
			if matchAt(toks[i:], p) {
				return true
			}
		}
	}
	return false
}

func matchAt(toks []corpus.Token, p []entry) bool {
	if len(toks) < len(p) {
		return false
	}
	for j, e := range p {
		if e.stem && !strings.HasPrefix(toks[j].Fold, e.text) || !e.stem && toks[j].Fold != e.text {
			return false
		}
	}
	return true
}
