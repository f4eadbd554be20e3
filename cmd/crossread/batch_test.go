package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
)

func record(id, source, target string) string {
	b, _ := json.Marshal(map[string]string{"id": id, "source": source, "target": target, "source_lang": "en", "target_lang": "de"})
	return string(b)
}

func outputLines(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line %d is not JSON: %v: %q", i+1, err, line)
		}
		out = append(out, m)
	}
	return out
}

func TestBatchMalformedLine(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Minor))
	in := strings.Join([]string{
		record("a", enText, deText),
		`{"id": "b", "target": "kaputt`,
		``, // blank lines are skipped
		`{"id": "c", "target": "Meta hier."}`,
		`{"id": "d", "sources": ["Meta here.", "And there."], "target": "Meta hier.\n\nUnd dort.", "target_lang": "de", "source_lang": "en"}`,
		`{"id": "e", "source": "x", "target": "12345", "source_lang": "en"}`,
		`{"id": "f", "source": "Meta", "target": "Meta", "source_lang": "en", "target_lang": "??"}`,
	}, "\n") // no final newline
	r := runArgs(in, "batch", "--workers", "3")
	if r.code != ExitOK {
		t.Errorf("exit: got %d; want 0 (minor findings only; stderr %q)", r.code, r.stderr)
	}
	got := outputLines(t, r.stdout)
	testCases := []struct {
		id    any
		line  float64 // for error lines
		error string
	}{
		{id: "a"},
		{line: 2, error: "malformed record"},
		{id: "c", line: 4, error: `no "source"`},
		{id: "d"},
		{id: "e", line: 6, error: "cannot detect the language of target; give target_lang"},
		{id: "f", line: 7, error: "target_lang: bad language tag"},
	}
	if len(got) != len(testCases) {
		t.Fatalf("got %d lines; want %d:\n%s", len(got), len(testCases), r.stdout)
	}
	for i, tc := range testCases {
		m := got[i]
		if tc.error == "" {
			if m["id"] != tc.id {
				t.Errorf("line %d: id got %v; want %v", i, m["id"], tc.id)
			}
			if _, ok := m["findings"].([]any); !ok {
				t.Errorf("line %d: no findings array: %v", i, m)
			}
			if _, ok := m["summary"].(map[string]any)["findings"]; !ok {
				t.Errorf("line %d: no summary: %v", i, m)
			}
			continue
		}
		if m["line"] != tc.line || !strings.Contains(fmt.Sprint(m["error"]), tc.error) {
			t.Errorf("line %d: got %v; want line %v and an error with %q", i, m, tc.line, tc.error)
		}
		if tc.id != nil && m["id"] != tc.id {
			t.Errorf("line %d: id got %v; want %v", i, m["id"], tc.id)
		}
	}
	// Findings point into the record's target string.
	f := got[0]["findings"].([]any)[0].(map[string]any)
	start, end := int(f["start"].(float64)), int(f["end"].(float64))
	if deText[start:end] != f["text"] || f["text"] != "Meta" {
		t.Errorf("finding %v does not point at Meta in the target", f)
	}
	if !strings.HasPrefix(r.stderr, "crossread: batch: 4 of 6 records") {
		t.Errorf("stderr: got %q", r.stderr)
	}
}

func TestBatchOrderAndFailOn(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Major))
	var lines []string
	for i := range 200 {
		target := deText
		if i%7 == 3 {
			target = "Ganz ohne Befund.\n" // no finding
		}
		lines = append(lines, record(fmt.Sprint(i), strings.Repeat(enText, 1+i%5), strings.Repeat(target, 1+i%3)))
	}
	in := strings.Join(lines, "\n") + "\n"
	testCases := []struct {
		workers string
		failOn  string
		want    int
	}{
		{"1", "major", ExitFindings},
		{"4", "major", ExitFindings},
		{"16", "critical", ExitOK},
		{"2", "none", ExitOK},
	}
	for _, tc := range testCases {
		t.Run(tc.workers+"/"+tc.failOn, func(t *testing.T) {
			r := runArgs(in, "batch", "--workers", tc.workers, "--fail-on", tc.failOn, "-")
			if r.code != tc.want {
				t.Errorf("exit: got %d; want %d (stderr %q)", r.code, tc.want, r.stderr)
			}
			got := outputLines(t, r.stdout)
			if len(got) != len(lines) {
				t.Fatalf("got %d lines; want %d", len(got), len(lines))
			}
			for i, m := range got {
				if m["id"] != fmt.Sprint(i) {
					t.Fatalf("line %d: id %v; want %d", i, m["id"], i)
				}
				n := len(m["findings"].([]any))
				if want := 1 + i%3; i%7 == 3 {
					if n != 0 {
						t.Errorf("line %d: got %d findings; want 0", i, n)
					}
				} else if n != want {
					t.Errorf("line %d: got %d findings; want %d", i, n, want)
				}
			}
		})
	}
}

func TestBatchFileAndLongLine(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Info))
	long := strings.Repeat("Meta sagt etwas. ", 20000) // far over 64 KiB on one line
	dir := files(t, map[string]string{"in.jsonl": record("long", "Meta says something.", long) + "\n"})
	r := runArgs("", "batch", filepath.Join(dir, "in.jsonl"))
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	got := outputLines(t, r.stdout)
	if len(got) != 1 || len(got[0]["findings"].([]any)) != 20000 {
		t.Errorf("got %d lines; want 1 with 20000 findings", len(got))
	}
}

func TestBatchPanicIsInternalFailure(t *testing.T) {
	withChecks(t, &checks.Check{Name: "boom", Doc: "panics", Run: func(p *checks.Pass) error {
		if strings.Contains(p.Target().Text, "boom") {
			panic("boom")
		}
		return nil
	}})
	in := record("1", "fine", "gut") + "\n" + record("2", "boom", "boom") + "\n" + record("3", "fine", "gut") + "\n"
	r := runArgs(in, "batch", "--workers", "2")
	if r.code != ExitFailure {
		t.Errorf("exit: got %d; want %d", r.code, ExitFailure)
	}
	oneLineError(t, r)
	got := outputLines(t, r.stdout)
	if len(got) != 3 || !strings.Contains(fmt.Sprint(got[1]["error"]), "internal error: boom") || got[2]["id"] != "3" {
		t.Errorf("got %v; want three lines, the second an internal error", got)
	}
}

func TestBatchEmptyInput(t *testing.T) {
	r := runArgs("", "batch")
	if r.code != ExitOK || r.stdout != "" || r.stderr != "" {
		t.Errorf("got %+v; want exit 0 and no output", r)
	}
}

// errReader fails after its data.
type errReader struct{ data string }

func (r *errReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, os.ErrClosed
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestBatchReadError(t *testing.T) {
	withChecks(t)
	var out, errb strings.Builder
	code := run([]string{"crossread", "batch"}, &errReader{record("1", "a", "b") + "\n"}, &out, &errb)
	if code != ExitUsage {
		t.Errorf("exit: got %d; want %d", code, ExitUsage)
	}
	if !strings.Contains(out.String(), `"id":"1"`) {
		t.Errorf("stdout: got %q; want the record read before the error", out.String())
	}
	oneLineError(t, result{code, out.String(), errb.String()})
}

// TestBatchRepeatedRecord checks that a record repeated in a run, which
// batch answers from its memo of results, gets the line a fresh check
// gives it, with its own id; and that the memo does not outlive the run
// (another run with other checks sees their findings).
func TestBatchRepeatedRecord(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Major))
	a, b := record("a", enText, deText), record("b", enText, "Ganz ohne Befund.\n")
	again := strings.Replace(a, `"id":"a"`, `"id":"c"`, 1)
	noID := strings.Replace(a, `"id":"a",`, "", 1)
	in := strings.Join([]string{a, b, again, noID}, "\n") + "\n"
	r := runArgs(in, "batch", "--fail-on", "none", "-")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines; want 4: %q", len(lines), r.stdout)
	}
	fresh := runArgs(again+"\n", "batch", "--fail-on", "none", "-").stdout
	if lines[2]+"\n" != fresh {
		t.Errorf("repeated record:\n%s\nchecked alone:\n%s", lines[2], fresh)
	}
	if want := strings.Replace(lines[0], `"id":"a"`, `"id":null`, 1); lines[3] != want {
		t.Errorf("repeated record without id:\n%s\nwant\n%s", lines[3], want)
	}
	withChecks(t, fakeCheck("Rechenzentren", checks.Minor))
	if got := runArgs(in, "batch", "--fail-on", "none", "-").stdout; !strings.Contains(got, "found Rechenzentren") || strings.Contains(got, "found Meta") {
		t.Errorf("a later run with other checks answered from the first run's results:\n%s", got)
	}
}

// TestAllowHeapFor: the soft memory limit rises with the input, never
// falls, and stays untouched when the user tunes the collector.
func TestAllowHeapFor(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	old := softLimit.Load()
	defer softLimit.Store(old)
	softLimit.Store(gcSoftLimit)
	allowHeapFor(1 << 20) // needs less than the limit
	if got := softLimit.Load(); got != gcSoftLimit {
		t.Errorf("a small input moved the limit to %d", got)
	}
	allowHeapFor(10 << 20)
	if got, want := softLimit.Load(), int64(10<<20)*heapPerInputByte; got != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("limit after a 10 MB input: %d, want %d", got, want)
	}
	allowHeapFor(5 << 20)
	if got := softLimit.Load(); got != int64(10<<20)*heapPerInputByte {
		t.Errorf("a smaller input lowered the limit to %d", got)
	}
	softLimit.Store(0) // GOGC or GOMEMLIMIT set
	allowHeapFor(100 << 20)
	if got := softLimit.Load(); got != 0 {
		t.Errorf("the user's tuning overridden: %d", got)
	}
}
