package entities_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

// A one-paragraph article longer than linked.WindowBytes is read in
// windows of aligned sentences: a name is weighed against the sentences
// it renders, and a missing one is shown where it went missing, not on
// the whole paragraph.
func TestLongParagraphWindows(t *testing.T) {
	var src, tgt []string
	for i := 1; i <= 400; i++ {
		s := fmt.Sprintf("Die Gemeinde Nummer %d meldete %d Stimmen.", i, 2*i)
		g := fmt.Sprintf("Municipality number %d reported %d votes.", i, 2*i)
		switch i {
		case 200:
			s = fmt.Sprintf("Die Gemeinde Nummer %d meldete %d Stimmen aus Frankreich.", i, 2*i)
		case 300:
			g = fmt.Sprintf("Municipality number %d in Spain reported %d votes.", i, 2*i)
		}
		src, tgt = append(src, s), append(tgt, g)
	}
	target := strings.Join(tgt, " ")
	if len(target) <= linked.WindowBytes {
		t.Fatalf("the paragraph has %d bytes; the test needs more than %d", len(target), linked.WindowBytes)
	}
	a, fs := pairtest.Run(t, entities.Check, strings.Join(src, " "), target, "de", "en", 1)
	var got []string
	for _, f := range fs {
		if f.Span.Len() > linked.WindowBytes {
			t.Errorf("%q: a span of %d bytes; want one window's", f.Message, f.Span.Len())
		}
		g := a.Target.Slice(f.Span)
		if f.Source != nil {
			g = "missing " + a.Sources[0].Slice(f.Source.Span)
			if !strings.Contains(a.Target.Slice(f.Span), "number 200 ") {
				t.Errorf("%q: its span does not hold the sentence that left the name out", f.Message)
			}
		}
		got = append(got, g)
	}
	if g := strings.Join(got, "; "); g != "missing Frankreich; Spain" {
		t.Errorf("got %q; want %q", g, "missing Frankreich; Spain")
	}
}
