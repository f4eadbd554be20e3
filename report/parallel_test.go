package report

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"golang.org/x/text/language"
)

// TestLongReportSideBySide: a report of more findings than one run of
// placing or formatting holds is the same in runs side by side as in one
// run, and with one core as with several.
func TestLongReportSideBySide(t *testing.T) {
	tgtText, _ := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	srcText, _ := corpus.SampleFS.ReadFile(corpus.SampleSource)
	tgt, err := corpus.Load("t.de.txt", []byte(strings.Repeat(string(tgtText)+"\n\n", 60)), corpus.Options{Lang: language.German})
	if err != nil {
		t.Fatal(err)
	}
	src, err := corpus.Load("s.en.txt", []byte(strings.Repeat(string(srcText)+"\n\n", 60)), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), tgt, []*corpus.Document{src}, pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) < 600 {
		t.Fatalf("%d findings: too few to fill several runs", len(res.Findings))
	}
	write := func(format string, procs, run int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		defer func(p, t int) { placeRun, textRun = p, t }(placeRun, textRun)
		placeRun, textRun = run, run
		var b bytes.Buffer
		r, err := New(format, &b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Report(res.Alignment, res.Findings); err != nil {
			t.Fatal(err)
		}
		r.Close()
		return b.Bytes()
	}
	for _, format := range []string{"text", "json"} {
		whole := write(format, 1, len(res.Findings))
		for _, c := range []struct{ procs, run int }{{1, 100}, {4, 100}, {4, 7}} {
			if got := write(format, c.procs, c.run); !bytes.Equal(got, whole) {
				t.Errorf("%s: in runs of %d with %d cores, the report differs from one run's (%d against %d bytes)", format, c.run, c.procs, len(got), len(whole))
			}
		}
	}
}
