package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
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
		if err := r.Close(); err != nil {
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

// BenchmarkManyParagraphs measures every check on a target of n one-word
// paragraphs that no source covers: the time should grow with n, not n².
func BenchmarkManyParagraphs(b *testing.B) {
	src, err := corpus.Load("s.en.txt", []byte(enText), corpus.Options{Format: corpus.FormatText})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 4000} {
		words := make([]string, n)
		for i := range words {
			words[i] = "Wort" + strings.Repeat("x", i%7)
		}
		tgt, err := corpus.Load("t.de.txt", []byte(strings.Join(words, "\n\n")), corpus.Options{Lang: language.German, Format: corpus.FormatText})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := runPipeline(tgt, []*corpus.Document{src}, pipeline.Config{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
