// Package direction reads the direction of change a sentence gives its
// numbers: "fell 17 %" goes down, "increased by 17 %" up. The words are
// data (direction.txt), by language.
package direction

import (
	_ "embed"
	"slices"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/phrases"
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

// list is direction.txt. Chinese, Japanese, Korean and Thai entries match
// inside text: Korean glues its endings to the stem (감소했다), Thai
// writes its words without spaces.
var list = phrases.Embedded("direction.txt", data, kinds, inside...)

// inside are the languages whose entries match inside text.
var inside = []string{"ja", "zh", "ko", "th"}

// kinds are the kinds of lines of direction.txt.
var kinds = []string{"up", "down"}

// Of returns the direction the words of sentence give in lang: None when
// it has no word of change, or words of both directions.
func Of(sentence string, lang language.Tag) Direction {
	return Summed(Words(sentence, lang))
}

// Summed returns the direction words ws give together: one way only, or
// None.
func Summed(ws []Word) Direction {
	up, down := false, false
	for _, w := range ws {
		up, down = up || w.Dir == Up, down || w.Dir == Down
	}
	switch {
	case up && !down:
		return Up
	case down && !up:
		return Down
	}
	return None
}

// Word is a word of change and the direction it gives.
type Word struct {
	Span corpus.Span // in the text searched
	Dir  Direction
}

// Words returns the words of change in text, in lang, in the order of the
// text.
func Words(text string, lang language.Tag) []Word {
	var out []Word
	for k, spans := range list().FindKinds(text, lang, kinds...) {
		for _, sp := range spans {
			out = append(out, Word{Span: sp, Dir: Direction(k + 1)})
		}
	}
	slices.SortFunc(out, func(a, b Word) int { return a.Span.Start - b.Span.Start })
	return out
}
