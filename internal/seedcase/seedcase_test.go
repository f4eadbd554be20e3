package seedcase

import (
	"testing"

	"github.com/crossread/crossread/checks"
)

// TestTrapsTouchedCanFail makes sure the helper every seed test relies on
// sees a finding on a trap, and a gold finding under a finding.
func TestTrapsTouchedCanFail(t *testing.T) {
	c := Load(t)
	trap := c.Gold.Clean[0]
	s, ok := c.Span(trap)
	if !ok {
		t.Fatalf("trap %q not in paragraph %d", trap.Text, trap.Paragraph)
	}
	fs := []checks.Finding{{Span: s, Message: "on a trap"}}
	if got := c.TrapsTouched(fs); len(got) != 1 {
		t.Errorf("TrapsTouched = %q; want one line", got)
	}
	g := c.Gold.Findings[0]
	gs, _ := c.Span(g)
	if hits, err := c.Hit(g, []checks.Finding{{Span: gs}}); err != nil || len(hits) != 1 {
		t.Errorf("Hit = %v, %v; want the finding", hits, err)
	}
	if got := c.TrapsTouched(nil); got != nil {
		t.Errorf("TrapsTouched(nil) = %q", got)
	}
}
