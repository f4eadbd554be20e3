package language

import (
	_ "embed"
	"fmt"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
)

//go:embed doc.go
var docFile string

// Check is the language check.
var Check = &checks.Check{Name: "language", Severity: checks.Major, Doc: checkdoc.Extract(docFile), Run: run}

func run(p *checks.Pass) error {
	tgt := p.Target()
	if len(tgt.Paragraphs) == 0 {
		return nil
	}
	at := tgt.Paragraphs[0].Span
	if got, ok := tgt.LangContradicted(); ok {
		p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.WrongLanguage,
			Span:     at,
			Message:  fmt.Sprintf("the target is declared %s but reads as %s", tgt.Lang, got),
		})
	}
	for d, src := range p.Alignment.Sources {
		if got, ok := src.LangContradicted(); ok && len(src.Paragraphs) > 0 {
			p.Report(checks.Finding{
				Severity: checks.Minor,
				Category: checks.WrongLanguage,
				Span:     at,
				Source:   &checks.Evidence{Doc: d, Span: src.Paragraphs[0].Span},
				Message:  fmt.Sprintf("source %s is declared %s but reads as %s", src.Path, src.Lang, got),
			})
		}
	}
	return nil
}
