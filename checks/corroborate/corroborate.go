package corroborate

import (
	_ "embed"
	"fmt"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/corpus"
)

//go:embed doc.go
var docFile string

// Check is the corroborate check.
var Check = &checks.Check{
	Name:     "corroborate",
	Severity: checks.Major,
	Doc:      checkdoc.Extract(docFile),
	Run:      run,
	Requires: []string{"entities", "numbers"},
}

// sentence gathers the evidence found on one target sentence.
type sentence struct {
	span   corpus.Span
	name   *checks.Finding // the first name from elsewhere
	number *checks.Finding // the first number gained or lost
	grave  bool            // an earlier finding here is major or worse
}

func run(p *checks.Pass) error {
	tgt := p.Target()
	var order []corpus.Span
	at := map[corpus.Span]*sentence{}
	for i := range p.Earlier() {
		f := &p.Earlier()[i]
		// A finding on a whole passage (a lost number) belongs to the
		// sentence it starts in, as its place is where the number went
		// missing.
		s := tgt.SentenceAround(corpus.Span{Start: f.Span.Start, End: f.Span.Start})
		e := at[s]
		if e == nil {
			e = &sentence{span: s}
			at[s] = e
			order = append(order, s)
		}
		switch {
		case f.Severity >= checks.Major:
			e.grave = true
		case f.Tag == checks.NameFromElsewhere && e.name == nil:
			e.name = f
		case (f.Tag == checks.NumberFromElsewhere || f.Tag == checks.NumberLost) && e.number == nil:
			e.number = f
		}
	}
	for _, s := range order {
		if e := at[s]; !e.grave && e.name != nil && e.number != nil {
			report(p, e)
		}
	}
	return nil
}

func report(p *checks.Pass, e *sentence) {
	tgt := p.Target()
	name := tgt.Slice(e.name.Span)
	msg := fmt.Sprintf("target name %q and number %s are not in the source: the sentence may translate another text",
		name, tgt.Slice(e.number.Span))
	f := checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: e.span, Source: e.number.Source}
	if e.number.Tag == checks.NumberLost {
		lost := e.number.Source
		msg = fmt.Sprintf("target name %q is not in the source, nor source number %s in the target: the sentence may translate another text",
			name, p.Source(lost.Doc).Slice(lost.Span))
	}
	f.Message = msg
	p.Report(f)
}
