package corpus_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// SentenceAround gives the sentence of a span, the sentences a longer
// span touches, and the paragraph only when the span touches none.
func TestSentenceAround(t *testing.T) {
	text := "One is here. Two is there. Three ends it."
	d, err := corpus.Load("t.txt", []byte(text), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) corpus.Span {
		k := strings.Index(text, s)
		return corpus.Span{Start: k, End: k + len(s)}
	}
	for _, c := range []struct {
		span corpus.Span
		want string
	}{
		{at("Two"), "Two is there."},
		{at("there. Three"), "Two is there. Three ends it."},
		{at(" Two"), "Two is there."}, // from the space between
		{corpus.Span{Start: at("here.").End, End: at("here.").End}, "One is here."},
		{at(text), text},
	} {
		if got := d.Slice(d.SentenceAround(c.span)); got != c.want {
			t.Errorf("%q: got %q; want %q", text[c.span.Start:c.span.End], got, c.want)
		}
	}
}
