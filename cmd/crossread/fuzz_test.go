package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
)

// FuzzPipeline feeds arbitrary article pairs through alignment, every
// check and the JSON report: nothing may panic, and every finding's text
// must be the target bytes it points at.
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
		res, err := runPipeline(td, []*corpus.Document{sd}, pipeline.Config{})
		if err != nil {
			t.Fatalf("analyze: %v", err)
		}
		var out bytes.Buffer
		r, _ := report.New("json", &out, report.Options{})
		if err := r.Report(res.Alignment, res.Findings); err != nil {
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
