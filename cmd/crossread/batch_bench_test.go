package main

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/evalset"
)

// BenchmarkBatchEval measures crossread batch, in process with two
// workers, over the evaluation files of ../shared/eval that the CI-gate
// figures of the README quote, and reports pairs per second. The README's
// whole-process figures come from the same files through the binary.
func BenchmarkBatchEval(b *testing.B) {
	dir, ok := evalset.Dir()
	if !ok {
		b.Skip("../shared not present")
	}
	// As main does (tuneGC), restored after.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(gcSoftLimit))
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	for _, rel := range []string{"demetr/dev.jsonl", "mqm-ende/dev.jsonl", "wmt23-refs/en-ja.jsonl.gz", "wmt23-refs/zh-en.jsonl.gz"} {
		b.Run(strings.SplitN(rel, "/", 2)[0]+"-"+strings.SplitN(filepath.Base(rel), ".", 2)[0], func(b *testing.B) {
			in, n, err := batchInput(filepath.Join(dir, rel))
			if err != nil {
				b.Skip(err)
			}
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				code := run([]string{"crossread", "batch", "--workers", "2", "--fail-on", "none"}, bytes.NewReader(in), io.Discard, io.Discard)
				if code != ExitOK {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}

// batchInput reads an evaluation file (gzipped or not) and returns it as
// batch records, with the number of records. The evaluation sets name
// their fields src/tgt/src_lang/tgt_lang or as batch does.
func batchInput(path string) ([]byte, int, error) {
	rs, err := evalset.Read(path)
	if err != nil {
		return nil, 0, err
	}
	var out bytes.Buffer
	for _, r := range rs {
		line, _ := json.Marshal(map[string]string{"id": r.ID, "source": r.Source, "target": r.Target,
			"source_lang": r.SourceLang, "target_lang": r.TargetLang})
		out.Write(line)
		out.WriteByte('\n')
	}
	return out.Bytes(), len(rs), nil
}
