package report_test

import (
	"context"
	"io"
	"testing"

	"github.com/crossread/crossread/internal/seedcase"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
)

// BenchmarkHTMLSeed renders the seed's editor view (the checks run once,
// outside the timing).
func BenchmarkHTMLSeed(b *testing.B) {
	c := seedcase.Load(b)
	res, err := pipeline.Run(context.Background(), c.Target, c.Sources, pipeline.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		r, err := report.New("html", io.Discard, report.Options{Checks: res.Checks})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Report(res.Alignment, res.Findings); err != nil {
			b.Fatal(err)
		}
		if err := r.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
