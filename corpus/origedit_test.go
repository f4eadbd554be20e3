package corpus_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
	"golang.org/x/text/language"
)

// TestOrigEdit: an edit of a bilingual file's text is escaped for XML,
// and refused where it would cross markup or write what XML cannot hold;
// an article's edit goes in as it is.
func TestOrigEdit(t *testing.T) {
	const xlf = `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>Smith &amp; Sons bought <g id="1">AT&amp;T</g> shares.</source><target>Smith &amp; Söhne kauften <g id="1">AT&amp;T</g>-Aktien.</target></trans-unit>
<trans-unit id="2"><source>Two.</source><target><![CDATA[Zwei <b> drei.]]></target></trans-unit>
</body></file></xliff>`
	f, err := bilingual.Load("t.xlf", []byte(xlf), bilingual.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := f.Target
	testCases := []struct {
		name, old, new string
		want           string // the file's bytes replaced and what is written, "" for refused
	}{
		{"plain", "Söhne", "Sons", "Söhne→Sons"},
		{"escaped", "Söhne", "S<&>S", "Söhne→S&lt;&amp;&gt;S"},
		{"over an entity", "& Söhne", "und Söhne", "&amp; Söhne→und Söhne"},
		{"inside a code", "AT&T", "AT&T Inc.", "AT&amp;T→AT&amp;T Inc."},
		{"across a code", "kauften \uFFFCAT", "kauften AT", ""},
		{"across units", "-Aktien.\n\nZwei", "x", ""},
		{"part of CDATA", "drei", "vier", ""},
		{"writes a code", "Söhne", "Söhne \uFFFC", ""},
		{"writes a control", "Söhne", "S\x01", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(d.Text, tc.old)
			if i < 0 {
				t.Fatalf("%q not in %q", tc.old, d.Text)
			}
			s, write, ok := d.OrigEdit(corpus.Span{Start: i, End: i + len(tc.old)}, tc.new)
			got := ""
			if ok {
				got = d.Orig[s.Start:s.End] + "→" + write
			}
			if got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

func TestOrigEditArticle(t *testing.T) {
	d, err := corpus.Load("a.txt", []byte("Smith & Sons."), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	s, write, ok := d.OrigEdit(corpus.Span{Start: 0, End: 5}, "<Jones> &")
	if !ok || write != "<Jones> &" || s != (corpus.Span{Start: 0, End: 5}) {
		t.Errorf("got %v %q %v", s, write, ok)
	}
}
