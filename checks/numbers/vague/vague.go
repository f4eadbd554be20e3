// Package vague finds the words a translation writes in place of an exact
// number it dropped: "over three decades" rendered "over several decades",
// "mehrere", "几十". The words are data (vague.txt), by language.
package vague

import (
	_ "embed"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/phrases"
	"golang.org/x/text/language"
)

//go:embed vague.txt
var data string

// list is vague.txt: kind vague, the words that take a number's place;
// broad, those that stand beside a number as often. Chinese, Japanese
// and Thai entries match inside text.
var list = phrases.Embedded("vague.txt", data, kinds, inside...)

// inside are the languages whose entries match inside text: they write
// no spaces between words.
var inside = []string{"ja", "zh", "th"}

// kinds are the kinds of lines of vague.txt.
var kinds = []string{"vague", "broad"}

// Find returns the spans in text of the vague quantity words of lang, the
// words that take a number's place, in order; none for a language without
// a list.
func Find(text string, lang language.Tag) []corpus.Span { return list().Find(text, lang, "vague") }

// FindAny returns the spans of Find and those of the broad quantifiers
// ("many", "some"), which may stand beside a number as well.
func FindAny(text string, lang language.Tag) []corpus.Span {
	found := list().FindKinds(text, lang, "vague", "broad")
	return phrases.Merge(append(found[0], found[1]...))
}
