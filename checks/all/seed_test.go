package all_test

import (
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/internal/seedcase"
)

// TestSeedEndToEnd runs the whole pipeline, the default aligner and every
// shipped check, on the seed article and holds it to issue 2's bar: at
// least 45 of 54 paragraphs aligned as the gold allows, no trap touched, at
// least 6 must findings reported.
//
// It runs twice: with no dictionary, as `crossread check` aligns by
// default, and with the FreeDict pairs installed on the machine, as
// `crossread align` does by default and check with --dict (skipped when
// there are none).
func TestSeedEndToEnd(t *testing.T) {
	c := seedcase.Load(t)
	t.Run("no dictionary", func(t *testing.T) { seedEndToEnd(t, c, nil) })
	t.Run("installed dictionary", func(t *testing.T) {
		dicts := align.InstalledDicts(c.Target.Lang, c.Sources[0].Lang)
		if len(dicts) == 0 {
			t.Skip("no FreeDict pair installed")
		}
		seedEndToEnd(t, c, dicts)
	})
}

func seedEndToEnd(t *testing.T, c *seedcase.Case, dicts []*align.Dict) {
	a, err := align.New(align.Options{Dicts: dicts}).Align(c.Target, c.Sources)
	if err != nil {
		t.Fatal(err)
	}
	correct, wrong := c.AlignmentScore(a)
	t.Logf("alignment: %d of %d target paragraphs as the gold allows; wrong: %v", correct, len(c.Target.Paragraphs), wrong)
	if correct < 45 {
		t.Errorf("alignment: %d of %d correct; want at least 45", correct, len(c.Target.Paragraphs))
	}

	fs, err := checks.Run(a, all.Checks, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		p := c.Target.ParagraphAt(f.Span.Start) + 1
		t.Logf("paragraph %d: %s %s %q: %s", p, f.Severity, f.Check, c.Target.Slice(f.Span), f.Message)
	}
	for _, e := range c.TrapsTouched(fs) {
		t.Error(e)
	}
	must, mustFound, should, shouldFound := 0, 0, 0, 0
	for _, g := range c.Gold.Findings {
		hits, err := c.Hit(g, fs)
		if err != nil {
			t.Fatal(err)
		}
		hit := len(hits) > 0
		switch g.Level {
		case "must":
			must++
			if hit {
				mustFound++
			}
		case "should":
			should++
			if hit {
				shouldFound++
			}
		}
		if !hit && g.Level == "must" {
			t.Logf("missed must (%s) paragraph %d %q", g.Kind, g.Paragraph, g.Text)
		}
	}
	t.Logf("findings: %d; must found %d of %d; should found %d of %d", len(fs), mustFound, must, shouldFound, should)
	if mustFound < 6 {
		t.Errorf("found %d must findings; want at least 6", mustFound)
	}
}
