package numbers_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/numbers"
	"github.com/crossread/crossread/internal/seedcase"
)

// TestSeed runs the check over the seed article with the gold alignment:
// it must flag 22.000 in paragraph 15 and touch none of the clean traps.
// Every finding is logged so that a person can judge it.
func TestSeed(t *testing.T) {
	c := seedcase.Load(t)
	a := c.GoldAlignment()
	fs, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		p := c.Target.ParagraphAt(f.Span.Start) + 1
		src := ""
		if f.Source != nil {
			src = " [source: " + a.Sources[f.Source.Doc].Slice(f.Source.Span) + "]"
		}
		fix := ""
		if len(f.Fixes) > 0 {
			fix = " {fix: " + f.Fixes[0].Message + "}"
		}
		t.Logf("paragraph %d: %s %s %q: %s%s%s", p, f.Severity, f.Category, c.Target.Slice(f.Span), f.Message, src, fix)
	}
	for _, e := range c.TrapsTouched(fs) {
		t.Error(e)
	}
	for _, g := range c.Gold.Findings {
		if g.Kind != "number" || g.Level != "must" {
			continue
		}
		hits, err := c.Hit(g, fs)
		if err != nil {
			t.Fatal(err)
		}
		hit := false
		for _, f := range hits {
			hit = hit || f.Severity >= checks.Major && strings.HasPrefix(string(f.Category), "accuracy")
		}
		if !hit {
			t.Errorf("paragraph %d: no major finding on %q", g.Paragraph, g.Text)
		}
	}
}
