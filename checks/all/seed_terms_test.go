package all_test

import (
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/internal/seedcase"
)

// TestSeedTermsNames holds the seed to issue 5's bar, with the default
// aligner and with the gold alignment: every must finding of kinds term,
// name, garbage and url reported, at least half of the should ones of those
// kinds and consistency, no trap touched.
func TestSeedTermsNames(t *testing.T) {
	c := seedcase.Load(t)
	def, err := align.New(align.Options{}).Align(c.Target, c.Sources)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{"term": true, "name": true, "garbage": true, "url": true, "consistency": true}
	for _, run := range []struct {
		name string
		a    *align.Alignment
	}{{"default", def}, {"gold", c.GoldAlignment()}} {
		fs, err := checks.Run(run.a, all.Checks, checks.Env{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range c.TrapsTouched(fs) {
			t.Errorf("%s: %s", run.name, e)
		}
		must, mustFound, should, shouldFound := 0, 0, 0, 0
		for _, g := range c.Gold.Findings {
			if !kinds[g.Kind] {
				continue
			}
			hits, err := c.Hit(g, fs)
			if err != nil {
				t.Fatal(err)
			}
			hit := len(hits) > 0
			if g.Level == "must" {
				must++
				if hit {
					mustFound++
				} else {
					t.Errorf("%s: missed must (%s) paragraph %d %q", run.name, g.Kind, g.Paragraph, g.Text)
				}
			} else {
				should++
				if hit {
					shouldFound++
				} else {
					t.Logf("%s: missed should (%s) paragraph %d %q", run.name, g.Kind, g.Paragraph, g.Text)
				}
			}
		}
		t.Logf("%s: must %d of %d, should %d of %d", run.name, mustFound, must, shouldFound, should)
		if 2*shouldFound < should {
			t.Errorf("%s: found %d of %d should findings; want at least half", run.name, shouldFound, should)
		}
	}
}
