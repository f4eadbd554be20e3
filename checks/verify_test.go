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
		// Fixes of one link are verified together first, and one by one
		// when together they fail.
		{"Lama und Lama.", "Lama→Llama; Lama→Llama"},
		{"Lama und Foo.", "Lama→Llama; Foo"},
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

// dated flags a weekday and a month that each disagree with the source
// (Sunday in February) and a weekday that disagrees with the month: a
// weekday fixed without its month, or a month without its weekday, leaves
// a finding of its own, and the two fixed together leave none.
var dated = &checks.Check{Name: "dated", Doc: "test", Run: func(p *checks.Pass) error {
	t := p.Target()
	words := map[string]corpus.Span{}
	for _, tok := range t.Tokens() {
		words[t.Slice(tok.Span)] = tok.Span
	}
	report := func(w, msg, fix string) {
		f := checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: words[w], Message: msg}
		if fix != "" {
			f.Fixes = []checks.Fix{{Message: "Use " + fix, Edits: []checks.Edit{{Span: words[w], New: fix}}}}
		}
		p.Report(f)
	}
	_, friday := words["Freitag"]
	_, sunday := words["Sonntag"]
	_, may := words["Mai"]
	_, february := words["Februar"]
	if friday {
		report("Freitag", "changed weekday", "Sonntag")
	}
	if may {
		report("Mai", "changed month", "Februar")
	}
	if sunday && may {
		report("Sonntag", "weekday off its date", "")
	}
	if february && friday {
		report("Februar", "weekday off its date", "")
	}
	return nil
}}

// TestVerifyFixesTogether offers fixes that are right only together, as
// crossread fix applies them: a weekday and the month of its date.
func TestVerifyFixesTogether(t *testing.T) {
	src, _ := corpus.Load("s", []byte("On Sunday, 2 February, it rained."), corpus.Options{Lang: language.English})
	tgt, _ := corpus.Load("t", []byte("Am Freitag, 2. Mai, regnete es."), corpus.Options{Lang: language.German})
	a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}, Links: []align.Link{
		{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1}}}
	fs, err := checks.Run(a, []*checks.Check{dated}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	if dropped := checks.VerifyFixes(a, []*checks.Check{dated}, checks.Env{}, fs); dropped != 0 {
		t.Errorf("dropped %d fixes; want none", dropped)
	}
	for _, f := range fs {
		if len(f.Fixes) != 1 {
			t.Errorf("%s %q: %d fixes; want its one", f.Message, tgt.Slice(f.Span), len(f.Fixes))
		}
	}
}
