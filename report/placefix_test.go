package report

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func TestPlaceFixHTML(t *testing.T) {
	page := "<html><p>sagte Bruder <i>Holzhacker</i> am\n   Dienstag, 10 &amp; 20 Zwillinge</p></html>"
	d, err := corpus.Load("t.html", []byte(page), corpus.Options{Lang: language.German})
	if err != nil {
		t.Fatal(err)
	}
	span := func(s string) corpus.Span {
		i := strings.Index(d.Text, s)
		return corpus.Span{Start: i, End: i + len(s)}
	}
	for _, tc := range []struct {
		old, new string
		ok       bool
		want     string // the page's bytes replaced
	}{
		{"Bruder Holzhacker", "Sundar Pichai", false, ""},     // across a tag
		{"Holzhacker", "Pichai", true, "Holzhacker"},          // inside one
		{"am Dienstag", "am Montag", true, "am\n   Dienstag"}, // across a line break
		{"10 & 20", "10 < 20", true, "10 &amp; 20"},           // over an entity, escaped
	} {
		x, ok := placeFix(d, checks.Fix{Message: "m", Edits: []checks.Edit{{Span: span(tc.old), New: tc.new}}})
		if ok != tc.ok {
			t.Errorf("%q: ok %v; want %v", tc.old, ok, tc.ok)
			continue
		}
		if ok {
			e := x.Edits[0]
			if got := page[e.Start:e.End]; got != tc.want || strings.Contains(e.New, "<") {
				t.Errorf("%q: replaces %q with %q; want %q, escaped", tc.old, got, e.New, tc.want)
			}
		}
	}
}

// TestPlaceFixHTMLQuotes: a fix writing a quote or backslash into a page
// is refused, since the text may stand in a JSON-LD string.
func TestPlaceFixHTMLQuotes(t *testing.T) {
	d, err := corpus.Load("t.html", []byte("<html><p>Er sagte Hallo zu allen Leuten hier.</p></html>"), corpus.Options{Lang: language.German})
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(d.Text, "Hallo")
	for _, n := range []string{`"Hallo"`, `Hallo\`} {
		if _, ok := placeFix(d, checks.Fix{Message: "m", Edits: []checks.Edit{{Span: corpus.Span{Start: i, End: i + 5}, New: n}}}); ok {
			t.Errorf("fix writing %q into a page offered", n)
		}
	}
}
