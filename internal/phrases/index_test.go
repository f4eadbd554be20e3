package phrases

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
)

// TestIndexFindsWhatAScanFinds: looking phrases up by their first byte
// finds, in every text, what comparing every phrase at every word finds.
func TestIndexFindsWhatAScanFinds(t *testing.T) {
	data := "en\tup\trise|ris*|go up|increas*|up\nen\tdown\tfall|fell|go down|drop*|down by\n"
	l, err := Parse("t.txt", data, []string{"up", "down"})
	if err != nil {
		t.Fatal(err)
	}
	vocab := []string{"rise", "rising", "go", "up", "down", "by", "fell", "fall", "dropped", "increase", "prices", "and", "Go", "UP", "Rise,"}
	r := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 500 {
		words := make([]string, 1+r.IntN(12))
		for i := range words {
			words[i] = vocab[r.IntN(len(vocab))]
		}
		toks := corpus.Tokenize(strings.Join(words, " "))
		for _, k := range []string{"en\tup", "en\tdown"} {
			if got, want := findWords(toks, l.byFirst[k]), scan(toks, l.entries[k]); !slices.Equal(got, want) {
				t.Fatalf("%q, %s: indexed %v; scanned %v", strings.Join(words, " "), k, got, want)
			} else {
				found += len(got)
			}
		}
	}
	if found == 0 {
		t.Fatal("no phrase found in 500 texts: the test compares nothing")
	}
}

// scan finds phrases by comparing each with every word.
func scan(toks []corpus.Token, phrases [][]word) []corpus.Span {
	var out []corpus.Span
	for i := range toks {
		for _, p := range phrases {
			if wordsAt(toks[i:], p) {
				out = append(out, corpus.Span{Start: toks[i].Span.Start, End: toks[i+len(p)-1].Span.End})
			}
		}
	}
	return Merge(out)
}
