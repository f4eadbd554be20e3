package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/crossread/crossread/checks"
)

// Each bad record yields an error line in its place, with its id when it
// has one, and the batch goes on whatever the number of workers.
func TestBatchRecordErrors(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Minor))
	good := record("ok", "Meta here.", "Meta hier.")
	lines := []struct {
		in    string
		id    any    // nil: none
		error string // "": the record is checked
	}{
		{"\uFEFF" + good, "ok", ""}, // a UTF-8 BOM before the first record
		{`{"id": "u", "source": "Meta here.", "target": "Meta hi` + "\xff" + `er."}`, "u", "not valid UTF-8 (byte 54 of the line)"},
		{`{"id": "n", "source": 5, "target": "x"}`, "n", `"source" must be a string, not a number`},
		{`{"id": "s", "sources": "x", "target": "x"}`, "s", `"sources" must be an array of strings, not a string`},
		{`{"id": "i", "sources": ["x", {}], "target": "x"}`, "i", `each item of "sources" must be a string, not an object`},
		{`{"id": 7, "source": "x", "target": true}`, 7.0, `"target" must be a string, not a boolean`},
		{`[1, 2]`, nil, "not a JSON object"},
		{`null`, nil, "not a JSON object"},
		{`"text"`, nil, "not a JSON object"},
		{`{"id": "b", "target": "kaputt`, nil, "malformed record: unexpected end of JSON input"},
		{`{"id": "c" "target": "x"}`, nil, "malformed record: invalid character"},
		{`{"id": "m", "source": "x"}`, "m", `record has no "target"`},
		{`{"id": "m2", "target": "x"}`, "m2", `record has no "source" or "sources"`},
		{good, "ok", ""}, // the last line, without a newline
	}
	var in []string
	for _, l := range lines {
		in = append(in, l.in)
	}
	input := strings.Join(in, "\n\n \n") // blank lines are skipped
	for _, workers := range []string{"0", "1", "3", "1000"} {
		t.Run("workers "+workers, func(t *testing.T) {
			r := runArgs(input, "batch", "--workers", workers)
			if r.code != ExitOK || !strings.HasSuffix(r.stderr, "crossread: batch: 12 of 14 records could not be checked; see their error lines\n") {
				t.Errorf("got exit %d, stderr %q; want 0 and a count of bad records", r.code, r.stderr)
			}
			got := outputLines(t, r.stdout)
			if len(got) != len(lines) {
				t.Fatalf("got %d lines; want %d:\n%s", len(got), len(lines), r.stdout)
			}
			for i, l := range lines {
				m := got[i]
				if m["id"] != l.id && !(l.id == nil && m["id"] == nil) {
					t.Errorf("record %d: id %v; want %v", i, m["id"], l.id)
				}
				if l.error == "" {
					if _, ok := m["findings"]; !ok {
						t.Errorf("record %d: got %v; want findings", i, m)
					}
					continue
				}
				if m["line"] != float64(3*i+1) || !strings.Contains(fmt.Sprint(m["error"]), l.error) {
					t.Errorf("record %d: got %v; want line %d and an error with %q", i, m, 3*i+1, l.error)
				}
			}
		})
	}
}

// A batch in which no record could be checked fails.
func TestBatchNothingChecked(t *testing.T) {
	dir := files(t, map[string]string{"prog": "\x7fELF\x02\x01\x01\x00\n\x00\x00\n"})
	testCases := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"every record bad", "{}\n[]\nnope\n", []string{"batch"}, "batch: none of the 3 records could be checked"},
		{"an executable", "", []string{"batch", filepath.Join(dir, "prog")}, "batch: reading input: an ELF executable, not JSON Lines"},
		{"a directory", "", []string{"batch", dir}, "is a directory"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			wantUsageError(t, runArgs(tc.stdin, tc.args...), tc.want)
		})
	}
}

// The output does not depend on the number of workers.
func TestBatchSameOutputAnyWorkers(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Minor))
	var in strings.Builder
	for i := range 40 {
		switch i % 4 {
		case 0:
			in.WriteString(record(fmt.Sprint(i), enText, deText))
		case 1:
			in.WriteString(`{"id": ` + fmt.Sprint(i) + `, "target": 1}`)
		case 2:
			in.WriteString(record(fmt.Sprint(i), "Meta "+strings.Repeat("here and there. ", i), "Meta hier."))
		default:
			in.WriteString("not json")
		}
		in.WriteString("\n")
	}
	want := runArgs(in.String(), "batch", "--workers", "1")
	for _, w := range []string{"2", "5", "8"} {
		if got := runArgs(in.String(), "batch", "--workers", w); got != want {
			t.Errorf("--workers %s: output differs from --workers 1:\n%+v\n%+v", w, got, want)
		}
	}
}

// records is an endless input of good records.
type records struct{ pending string }

func (r *records) Read(p []byte) (int, error) {
	if r.pending == "" {
		r.pending = record("r", enText, deText) + "\n"
	}
	n := copy(p, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// cancelAfter cancels once it has been written into n times.
type cancelAfter struct {
	mu     sync.Mutex
	n      int
	cancel context.CancelFunc
	out    strings.Builder
}

func (w *cancelAfter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.n--; w.n == 0 {
		w.cancel()
	}
	return w.out.Write(p)
}

// An interrupted batch stops after a whole line.
func TestBatchInterrupted(t *testing.T) {
	withChecks(t, fakeCheck("Meta", checks.Minor))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelAfter{n: 3, cancel: cancel}
	var errb strings.Builder
	e := &env{stdin: &records{}, stdout: out, stderr: &errb, getenv: os.Getenv,
		interrupt: func() (context.Context, context.CancelFunc) { return ctx, cancel }}
	code := e.run([]string{"crossread", "batch", "--workers", "4"})
	if code != ExitInterrupted {
		t.Errorf("exit: got %d; want %d (stderr %q)", code, ExitInterrupted, errb.String())
	}
	if got := outputLines(t, out.out.String()); len(got) != 3 {
		t.Errorf("got %d lines; want the 3 written before the interrupt", len(got))
	}
	oneLineError(t, result{code, out.out.String(), errb.String()})
}

// SIGINT to a running batch leaves JSON Lines up to the last whole record
// and exit 130. The test runs itself as the crossread process.
func TestBatchSIGINT(t *testing.T) {
	if os.Getenv("CROSSREAD_TEST_BATCH") == "1" {
		os.Exit(run([]string{"crossread", "batch", "--workers", "2"}, os.Stdin, os.Stdout, os.Stderr))
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT on Windows")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestBatchSIGINT$")
	cmd.Env = append(os.Environ(), "CROSSREAD_TEST_BATCH=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb strings.Builder
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { _, _ = io.Copy(stdin, &records{}) }() // ends when the process does
	br := bufio.NewReader(stdout)
	var lines []string
	for len(lines) < 2 {
		l, err := br.ReadString('\n')
		if err != nil {
			t.Fatalf("reading output: %v (stderr %q)", err, errb.String())
		}
		lines = append(lines, l)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(br)
	_ = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != ExitInterrupted {
		t.Errorf("exit: got %d; want %d (stderr %q)", code, ExitInterrupted, errb.String())
	}
	all := strings.Join(lines, "") + string(rest)
	if !strings.HasSuffix(all, "\n") {
		t.Errorf("output ends inside a line: %q", all[max(0, len(all)-80):])
	}
	for i, l := range strings.Split(strings.TrimSuffix(all, "\n"), "\n") {
		if !json.Valid([]byte(l)) {
			t.Errorf("line %d is not JSON: %q", i+1, l)
		}
	}
	if !strings.Contains(errb.String(), "batch: interrupted") {
		t.Errorf("stderr: got %q; want it to say interrupted", errb.String())
	}
}

// An empty target in a record is checked like an empty file: nothing of
// the source is translated.
func TestBatchEmptyTarget(t *testing.T) {
	in := `{"id": "e", "source": "Meta spent money on servers this year.", "target": " \n "}` + "\n"
	r := runArgs(in, "batch", "--enable", "coverage")
	got := outputLines(t, r.stdout)
	if r.code != ExitFindings || len(got) != 1 || !strings.Contains(r.stdout, `"message":"the target is empty: source is not translated"`) {
		t.Errorf("got exit %d, %s; want 1 and a critical omission", r.code, r.stdout)
	}
}
