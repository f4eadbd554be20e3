package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	testCases := []struct {
		in   string
		want int64 // 0: an error
	}{
		{"1", 1},
		{"1048576", 1 << 20},
		{"512K", 512 << 10},
		{"512kb", 512 << 10},
		{"64MiB", 64 << 20},
		{"64 M", 64 << 20},
		{"2GiB", 2 << 30},
		{"100B", 100},
		{"0", 0},
		{"-1", 0},
		{"1x", 0},
		{"MiB", 0},
		{"", 0},
		{"99999999999G", 0},
	}
	for _, tc := range testCases {
		got, err := parseSize(tc.in)
		if got != tc.want || (err == nil) != (tc.want > 0) {
			t.Errorf("parseSize(%q): got %d, %v; want %d", tc.in, got, err, tc.want)
		}
		if tc.want > 0 {
			if back, _ := parseSize(maxBytesOf(got)); back != got {
				t.Errorf("maxBytesOf(%d) = %q reads back as %d", got, maxBytesOf(got), back)
			}
		}
	}
}

// endless is an input that never ends, with a newline every every bytes
// (never when 0).
type endless struct{ every, n int }

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		r.n++
		p[i] = 'a'
		if r.every > 0 && r.n%r.every == 0 {
			p[i] = '\n'
		}
	}
	return len(p), nil
}

// Input past --max-bytes fails with exit 2 once the limit is read, however
// much more there is.
func TestMaxBytes(t *testing.T) {
	dir := files(t, map[string]string{"s.en.txt": enText, "t.de.txt": deText, "short.txt": "Kurz.\n"})
	src, tgt := filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt")
	testCases := []struct {
		name  string
		stdin io.Reader
		args  []string
		want  string
	}{
		{"file", nil, []string{"check", "--max-bytes", "100", "-s", src, tgt}, "t.de.txt: larger than --max-bytes 100;"},
		{"source", nil, []string{"check", "--max-bytes", "100", "--target-lang", "de", "-s", tgt, filepath.Join(dir, "short.txt")}, "t.de.txt: larger than --max-bytes 100;"},
		{"endless stdin", &endless{}, []string{"check", "--max-bytes", "1M", "-s", src, "-"}, "<stdin>: larger than --max-bytes 1MiB"},
		{"align", &endless{}, []string{"align", "--max-bytes", "1K", "-s", src, "-"}, "<stdin>: larger than --max-bytes 1KiB"},
		{"batch line", &endless{}, []string{"batch", "--max-bytes", "1M"}, "line 1 is longer than --max-bytes 1MiB"},
		{"bad size", nil, []string{"check", "--max-bytes", "lots", "-s", src, tgt}, `--max-bytes: bad size "lots"`},
		{"bad batch size", nil, []string{"batch", "--max-bytes", "0"}, `--max-bytes: bad size "0"`},
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		testCases = append(testCases, struct {
			name  string
			stdin io.Reader
			args  []string
			want  string
		}{"/dev/zero", nil, []string{"check", "--max-bytes", "1M", "-s", src, "/dev/zero"}, "/dev/zero: larger than --max-bytes 1MiB"})
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			stdin := tc.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			var out, errb strings.Builder
			code := run(append([]string{"crossread"}, tc.args...), stdin, &out, &errb)
			wantUsageError(t, result{code, out.String(), errb.String()}, tc.want)
		})
	}
}

// A batch line past --max-bytes ends the batch after the records before it.
func TestBatchLineTooLong(t *testing.T) {
	withChecks(t)
	in := record("1", "a", "b") + "\n" + strings.Repeat("x", 5000) + "\n" + record("3", "a", "b") + "\n"
	r := runArgs(in, "batch", "--max-bytes", "4K")
	wantUsageError(t, r, "line 2 is longer than --max-bytes 4KiB")
	if got := outputLines(t, r.stdout); len(got) != 1 || got[0]["id"] != "1" {
		t.Errorf("got %v; want the first record only", got)
	}
}

func TestWorkersCapped(t *testing.T) {
	r := runArgs("", "batch", "--workers", "1000000")
	if r.code != ExitOK || r.stderr != "crossread: note: --workers 1000000 capped to "+itoa(maxWorkers())+" (4 per CPU)\n" {
		t.Errorf("got %+v; want exit 0 and a note", r)
	}
}
