package align_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// TestNumberWordsAcrossScripts: a number spelt in words on both sides of
// a pair in two scripts is shared; one spelt on one side only is no
// number the other lacks.
func TestNumberWordsAcrossScripts(t *testing.T) {
	for _, c := range []struct {
		tl, target, sl, source string
		small                  [2]int // the target's small numbers, and those matched
	}{
		{"uk", "Три дні поспіль ішов дощ.", "en", "It rained for three days in a row.", [2]int{1, 1}},
		{"he", "שלושה ילדים שיחקו בחוץ.", "en", "Three children played outside.", [2]int{1, 1}},
		{"ru", "Два поезда опоздали.", "en", "Two trains were late.", [2]int{1, 1}},
		{"ru", "Два поезда опоздали.", "en", "The trains were late.", [2]int{0, 0}},
		{"en", "They met on the second day.", "ru", "Они встретились в понедельник.", [2]int{0, 0}},
	} {
		load := func(text, lang string) *corpus.Document {
			d, err := corpus.Load("x.txt", []byte(text), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
		td, sd := load(c.target, c.tl), load(c.source, c.sl)
		e := align.Evidence(td, []corpus.Span{td.Paragraphs[0].Span}, sd, []corpus.Span{sd.Paragraphs[0].Span})
		if e.Target.Small != c.small {
			t.Errorf("%q / %q: small numbers %v, want %v", c.target, c.source, e.Target.Small, c.small)
		}
	}
}
