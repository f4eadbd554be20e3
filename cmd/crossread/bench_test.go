package main

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
)

// BenchmarkCheckSample measures one in-process check of the sample pair:
// loading, aligning, checking and a JSON report.
func BenchmarkCheckSample(b *testing.B) {
	for b.Loop() {
		tgt, srcs, err := corpus.SamplePair()
		if err != nil {
			b.Fatal(err)
		}
		res, err := runPipeline(tgt, srcs, pipeline.Config{})
		if err != nil {
			b.Fatal(err)
		}
		r, _ := report.New("json", io.Discard, report.Options{})
		if err := r.Report(res.Alignment, res.Findings); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch measures crossread batch over 64 copies of the sample pair.
func BenchmarkBatch(b *testing.B) {
	tgt, err := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	if err != nil {
		b.Fatal(err)
	}
	src, err := corpus.SampleFS.ReadFile(corpus.SampleSource)
	if err != nil {
		b.Fatal(err)
	}
	line, _ := json.Marshal(map[string]string{"source": string(src), "target": string(tgt), "source_lang": "en", "target_lang": "de"})
	in := strings.Repeat(string(line)+"\n", 64)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		code := run([]string{"crossread", "batch", "--fail-on", "none"}, strings.NewReader(in), io.Discard, io.Discard)
		if code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
