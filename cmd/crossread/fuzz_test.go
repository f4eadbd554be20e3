package main

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
)

// FuzzPipeline feeds arbitrary article pairs through alignment, every
// check and the JSON report: nothing may panic, and every finding's text
// must be the target bytes it points at.
// pipelineWithin runs the pipeline on the pair, failing the test (so that
// the fuzzer keeps the input) when it takes longer than limit: an input
// that hangs the pipeline would otherwise stall the fuzzer at 0 execs/s.
func pipelineWithin(t *testing.T, limit time.Duration, td, sd *corpus.Document) (*pipeline.Result, error) {
	type result struct {
		res *pipeline.Result
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := runPipeline(td, []*corpus.Document{sd}, pipeline.Config{})
		done <- result{res, err}
	}()
	select {
	case r := <-done:
		return r.res, r.err
	case <-time.After(limit):
		t.Fatalf("the pipeline took over %v", limit)
		return nil, nil
	}
}

func FuzzPipeline(f *testing.F) {
	f.Add("Meta trains Llama 4 on 24,000 GPUs.\n\nRevenue rose 22 percent to $39.07 billion.",
		"Meta trainiert Lama 4 auf 22.000 GPUs.\n\nDer Umsatz stieg um 22 % auf 39,1 Milliarden US-Dollar.", true)
	f.Add("Xiao Zha 小扎 2.4万", "# Titel\n\n- 75 Billionen\n> Zwillinge 2.0", false)
	// A line ending in an opener once hung the sentence splitter; a short
	// tab-indented Markdown line once cut past its end.
	f.Add("He said: \"It matters.\"\nThen he left.", "Er sagte: \u201eDas ist wichtig.\u201c\rDanach (\u2028ging er.", false)
	f.Add("Revenue rose 22 percent.", "Der Umsatz stieg um 22 Prozent.\n\t42\n", true)
	f.Fuzz(func(t *testing.T, src, tgt string, md bool) {
		opt := corpus.Options{Lang: language.German, Format: corpus.FormatText}
		if md {
			opt.Format = corpus.FormatMarkdown
		}
		td, err := corpus.Load("t", []byte(tgt), opt)
		if err != nil {
			return
		}
		sd, err := corpus.Load("s", []byte(src), corpus.Options{Lang: language.English})
		if err != nil {
			return
		}
		res, err := pipelineWithin(t, 20*time.Second, td, sd)
		if err != nil {
			t.Fatalf("analyze: %v", err)
		}
		var out bytes.Buffer
		r, _ := report.New("json", &out, report.Options{})
		if err := r.Report(res.Alignment, res.Findings); err != nil {
			t.Fatal(err)
		}
		if err := r.Close(); err != nil {
			t.Fatal(err)
		}
		var rep struct {
			Findings []struct {
				Start, End int
				Text       string
			}
		}
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if f.Start < 0 || f.End > len(tgt) || f.Start > f.End || tgt[f.Start:f.End] != f.Text {
				t.Fatalf("finding %q at %d:%d does not match the target", f.Text, f.Start, f.End)
			}
		}
	})
}

// FuzzBatchRecord checks arbitrary input lines as batch records: nothing
// may panic, and each yields one line of JSON with its id, or with its
// line number and an error.
func FuzzBatchRecord(f *testing.F) {
	f.Add([]byte(`{"id": "a", "source": "Meta here.", "target": "Meta hier.", "source_lang": "en", "target_lang": "de"}`))
	f.Add([]byte("\uFEFF{\"id\": 1, \"sources\": [\"x\", 2], \"target\": \"y\"}\n"))
	f.Add([]byte(`{"id": {"x": [1]}, "source": "a", "target": "b\xff"}`))
	f.Add([]byte(`{"source": "Meta", "target": "Meta", "target_lang": "de-u-nu-arab"}`))
	f.Add([]byte(`[null]`))
	cfg := &batchConfig{format: "jsonl", pipeline: pipeline.Config{Checks: []*checks.Check{}}}
	f.Fuzz(func(t *testing.T, line []byte) {
		o := checkRecord(batchJob{line: 7, data: line, cfg: cfg})
		if o.internal != nil {
			t.Fatalf("internal error: %v", o.internal)
		}
		if bytes.Count(o.data, []byte("\n")) != 1 || !bytes.HasSuffix(o.data, []byte("\n")) {
			t.Fatalf("output is not one line: %q", o.data)
		}
		var out struct {
			Line  int
			Error string
		}
		if err := json.Unmarshal(o.data, &out); err != nil {
			t.Fatalf("output is not JSON: %v: %q", err, o.data)
		}
		if o.bad != (out.Error != "") || o.bad && out.Line != 7 {
			t.Fatalf("bad %v, but output %q", o.bad, o.data)
		}
	})
}
