package checks_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// replacer flags each word of its table and offers the table's text as
// the fix; "" offers a deletion.
func replacer(table map[string]string) *checks.Check {
	return &checks.Check{Name: "replacer", Doc: "test", Run: func(p *checks.Pass) error {
		t := p.Target()
		for _, tok := range t.Tokens() {
			w := t.Slice(tok.Span)
			fix, ok := table[w]
			if !ok {
				continue
			}
			p.Report(checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: tok.Span, Message: w,
				Fixes: []checks.Fix{{Message: "Use " + fix, Edits: []checks.Edit{{Span: tok.Span, New: fix}}}}})
		}
		return nil
	}}
}

func TestVerifyFixes(t *testing.T) {
	c := replacer(map[string]string{
		"Lama": "Llama",     // right: the finding goes
		"Xyz":  "Xyz",       // changes nothing: the finding stays
		"Foo":  "Bar Lama",  // brings a finding of its own
		"Baz":  "",          // deletes a word that is no debris
		"Qux":  "Quux",      // writes what stands right beside it
		"Zap":  "24.000 km", // right, and not a repeat: other words between
	})
	for _, tc := range []struct{ tgt, want string }{
		{"Meta trainiert Lama 4.", "Lama→Llama"},
		{"Das ist Xyz.", "Xyz"},
		{"Das ist Foo.", "Foo"},
		{"Das ist Baz heute.", "Baz"},
		{"Das ist Qux (Quux).", "Qux"},
		{"Einer mit 24.000 km und einer mit Zap.", "Zap→24.000 km"},
	} {
		src, _ := corpus.Load("s", []byte("Meta trains Llama 4."), corpus.Options{Lang: language.English})
		tgt, _ := corpus.Load("t", []byte(tc.tgt+"\n\nZweiter Absatz."), corpus.Options{Lang: language.German})
		a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}, Links: []align.Link{
			{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1}, {Target: []int{1}}}}
		fs, err := checks.Run(a, []*checks.Check{c}, checks.Env{})
		if err != nil {
			t.Fatal(err)
		}
		checks.VerifyFixes(a, []*checks.Check{c}, checks.Env{}, fs)
		var got []string
		for _, f := range fs {
			s := tgt.Slice(f.Span)
			if len(f.Fixes) > 0 {
				s += "→" + f.Fixes[0].Edits[0].New
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q; want %q", tc.tgt, g, tc.want)
		}
	}
}
