package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// result is what one run of crossread produced.
type result struct {
	code           int
	stdout, stderr string
}

func runArgs(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(append([]string{"crossread"}, args...), strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// files writes name→content files into a temporary directory and returns
// it.
func files(t *testing.T, m map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range m {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	deText = "Meta gab im zweiten Quartal 8,5 Milliarden US-Dollar für Rechenzentren aus.\n\n" +
		"Das Unternehmen will im nächsten Jahr noch mehr Geld für Server ausgeben.\n"
	enText = "Meta spent $8.5 billion on data centers in the second quarter.\n\n" +
		"The company plans to spend even more on servers next year.\n"
)

// oneLineError checks the shape every usage error must have.
func oneLineError(t *testing.T, r result) {
	t.Helper()
	if !strings.HasPrefix(r.stderr, "crossread: ") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("stderr: got %q; want one line starting with crossread:", r.stderr)
	}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic") {
		t.Errorf("stderr has a stack trace: %q", r.stderr)
	}
}

// wantUsageError checks that r is exit 2 with one line that contains want.
func wantUsageError(t *testing.T, r result, want string) {
	t.Helper()
	if r.code != ExitUsage {
		t.Errorf("exit: got %d; want %d (stderr %q)", r.code, ExitUsage, r.stderr)
	}
	oneLineError(t, r)
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr: got %q; want it to contain %q", r.stderr, want)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := files(t, map[string]string{
		"t.de.txt":   deText,
		"s.en.txt":   enText,
		"bad.txt":    "Gr\xfc\xdfe aus K\xf6ln\n",
		"binary.txt": "a\x00b",
	})
	tgt := filepath.Join(dir, "t.de.txt")
	src := filepath.Join(dir, "s.en.txt")
	testCases := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no command", nil, "no command"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"no help topic", []string{"help", "frobnicate"}, `no help topic "frobnicate"`},
		{"no target", []string{"check", "-s", src}, "missing TARGET"},
		{"no source", []string{"check", tgt}, "no source"},
		{"unknown flag", []string{"check", "--bogus", "-s", src, tgt}, "unknown flag: -bogus"},
		{"unknown global flag", []string{"--bogus"}, "unknown flag: -bogus"},
		{"flag after target", []string{"check", tgt, "-s", src}, "flag -s after TARGET"},
		{"two targets", []string{"check", "-s", src, tgt, tgt}, "want one TARGET"},
		{"bad format", []string{"check", "--format", "xml", "-s", src, tgt}, `unknown format "xml"`},
		{"bad demo format", []string{"demo", "--format", "yaml"}, `unknown format "yaml"`},
		{"bad fail-on", []string{"check", "--fail-on", "fatal", "-s", src, tgt}, `unknown severity "fatal"`},
		{"bad input format", []string{"check", "--input-format", "docx", "-s", src, tgt}, "docx"},
		{"bad target lang", []string{"check", "--target-lang", "not a tag!", "-s", src, tgt}, "--target-lang: bad language tag"},
		{"bad source lang", []string{"check", "--source-lang", "12", "-s", src, tgt}, "--source-lang: bad language tag"},
		{"missing target", []string{"check", "-s", src, filepath.Join(dir, "nope.txt")}, "nope.txt: no such file"},
		{"missing source", []string{"check", "-s", filepath.Join(dir, "nope.txt"), tgt}, "nope.txt: no such file"},
		{"invalid UTF-8", []string{"check", "-s", src, filepath.Join(dir, "bad.txt")}, "not valid UTF-8"},
		{"binary", []string{"check", "-s", src, filepath.Join(dir, "binary.txt")}, "binary data"},
		{"output onto target", []string{"check", "-o", tgt, "-s", src, tgt}, "is an input file"},
		{"output onto source", []string{"check", "--output", filepath.Join(dir, ".", "s.en.txt"), "-s", src, tgt}, "is an input file"},
		{"output in missing dir", []string{"check", "-o", filepath.Join(dir, "no", "r.txt"), "-s", src, tgt}, "--output"},
		{"output is a directory", []string{"check", "-o", dir, "-s", src, tgt}, "is a directory"},
		{"stdin twice", []string{"check", "-s", "-", "-"}, "standard input (-) given twice"},
		{"bad workers", []string{"batch", "--workers", "many"}, "invalid value"},
		{"negative workers", []string{"batch", "--workers", "-1"}, "--workers -1"},
		{"missing batch file", []string{"batch", filepath.Join(dir, "nope.jsonl")}, "no such file"},
		{"two batch files", []string{"batch", "a", "b"}, "at most one FILE"},
		{"version args", []string{"version", "x"}, "takes no arguments"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			wantUsageError(t, runArgs(deText, tc.args...), tc.want)
		})
	}
}

func TestUndetectableLanguage(t *testing.T) {
	dir := files(t, map[string]string{"t.txt": "12345 67890\n", "s.en.txt": enText})
	r := runArgs("", "check", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.txt"))
	if r.code != ExitUsage {
		t.Fatalf("exit: got %d; want %d (stderr %q)", r.code, ExitUsage, r.stderr)
	}
	oneLineError(t, r)
	if !strings.Contains(r.stderr, "--target-lang") {
		t.Errorf("stderr: got %q; want it to ask for --target-lang", r.stderr)
	}
	// With the flag given, the same file checks fine.
	r = runArgs("", "check", "--target-lang", "de", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.txt"))
	if r.code != ExitOK && r.code != ExitFindings {
		t.Errorf("with --target-lang: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestHelp(t *testing.T) {
	testCases := []struct {
		args []string
		want string
	}{
		{[]string{"--help"}, "crossread demo"},
		{[]string{"help"}, "Examples:"},
		{[]string{"help", "check"}, "crossread check -s news.en.txt news.de.txt"},
		{[]string{"check", "--help"}, "--fail-on SEVERITY"},
		{[]string{"check", "-h"}, "--target-lang TAG"},
		{[]string{"demo", "--help"}, "built-in sample"},
		{[]string{"batch", "--help"}, `"sources"`},
		{[]string{"version", "--help"}, "crossread version"},
	}
	for _, tc := range testCases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runArgs("", tc.args...)
			if r.code != ExitOK || r.stderr != "" {
				t.Errorf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tc.want) {
				t.Errorf("stdout: got %q; want it to contain %q", r.stdout, tc.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	r := runArgs("", "version")
	if r.code != ExitOK || !strings.HasPrefix(r.stdout, "crossread ") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("got %+v; want exit 0 and one line crossread VERSION", r)
	}
	old := version
	version = "v9.9.9"
	defer func() { version = old }()
	for _, args := range [][]string{{"version"}, {"--version"}} {
		if r := runArgs("", args...); r.stdout != "crossread v9.9.9\n" || r.code != ExitOK {
			t.Errorf("%v: got %q, exit %d; want %q", args, r.stdout, r.code, "crossread v9.9.9\n")
		}
	}
}

// fakeCheck reports every occurrence of word in the target, at severity.
func fakeCheck(word string, sev checks.Severity) *checks.Check {
	return &checks.Check{
		Name: "fake-" + strings.ToLower(word),
		Doc:  "reports " + word,
		Run: func(p *checks.Pass) error {
			text := p.Target().Text
			for off := 0; ; {
				i := strings.Index(text[off:], word)
				if i < 0 {
					return nil
				}
				start := off + i
				p.Report(checks.Finding{
					Severity: sev,
					Category: "accuracy/mistranslation",
					Span:     spanOf(start, len(word)),
					Message:  "found " + word,
				})
				off = start + len(word)
			}
		},
	}
}

// withChecks runs the test with cs in place of the registry.
func withChecks(t *testing.T, cs ...*checks.Check) {
	old := registry
	registry = func() []*checks.Check { return cs }
	t.Cleanup(func() { registry = old })
}

func TestFailOn(t *testing.T) {
	dir := files(t, map[string]string{"t.de.txt": deText, "s.en.txt": enText})
	tgt, src := filepath.Join(dir, "t.de.txt"), filepath.Join(dir, "s.en.txt")
	withChecks(t, fakeCheck("Meta", checks.Major), fakeCheck("Server", checks.Minor))
	testCases := []struct {
		failOn string // "" = default
		want   int
	}{
		{"", ExitFindings},
		{"critical", ExitOK},
		{"major", ExitFindings},
		{"MINOR", ExitFindings},
		{"info", ExitFindings},
		{"none", ExitOK},
	}
	for _, tc := range testCases {
		t.Run(tc.failOn, func(t *testing.T) {
			args := []string{"check", "-s", src}
			if tc.failOn != "" {
				args = append(args, "--fail-on", tc.failOn)
			}
			r := runArgs("", append(args, tgt)...)
			if r.code != tc.want {
				t.Errorf("exit: got %d; want %d (stderr %q)", r.code, tc.want, r.stderr)
			}
			if r.stderr != "" {
				t.Errorf("stderr: got %q; want nothing", r.stderr)
			}
		})
	}
	// demo exits 0 whatever it finds, unless --fail-on is given.
	if r := runArgs("", "demo"); r.code != ExitOK {
		t.Errorf("demo: exit %d; want 0", r.code)
	}
	withChecks(t, fakeCheck("Gemini", checks.Critical))
	if r := runArgs("", "demo", "--fail-on", "major"); r.code != ExitFindings {
		t.Errorf("demo --fail-on major: exit %d; want 1", r.code)
	}
}

func TestPanicIsInternalFailure(t *testing.T) {
	dir := files(t, map[string]string{"t.de.txt": deText, "s.en.txt": enText})
	withChecks(t, &checks.Check{Name: "boom", Doc: "panics", Run: func(*checks.Pass) error { panic("boom") }})
	r := runArgs("", "check", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt"))
	if r.code != ExitFailure {
		t.Errorf("exit: got %d; want %d", r.code, ExitFailure)
	}
	oneLineError(t, r)
	if !strings.Contains(r.stderr, "internal error: boom") {
		t.Errorf("stderr: got %q", r.stderr)
	}
}

func TestBrokenCheckIsInternalFailure(t *testing.T) {
	dir := files(t, map[string]string{"t.de.txt": deText, "s.en.txt": enText})
	withChecks(t, &checks.Check{Name: "broken", Doc: "reports outside the text", Run: func(p *checks.Pass) error {
		p.Report(checks.Finding{Span: spanOf(0, 1<<20), Message: "x"})
		return errors.New("gave up")
	}})
	r := runArgs("", "check", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt"))
	if r.code != ExitFailure {
		t.Errorf("exit: got %d; want %d", r.code, ExitFailure)
	}
	oneLineError(t, r)
	if !strings.HasPrefix(r.stdout, "target: ") {
		t.Errorf("stdout: got %q; want the report of what did work", r.stdout)
	}
}

func TestCheckJSON(t *testing.T) {
	dir := files(t, map[string]string{"t.de.txt": deText, "s.en.txt": enText, "s2.en.md": "# Servers\n\nMore servers.\n"})
	withChecks(t, fakeCheck("Meta", checks.Major))
	tgt := filepath.Join(dir, "t.de.txt")
	r := runArgs("", "check", "--format", "json", "-s", filepath.Join(dir, "s.en.txt"), "--source", filepath.Join(dir, "s2.en.md"), tgt)
	if r.code != ExitFindings {
		t.Fatalf("exit: got %d; want 1 (stderr %q)", r.code, r.stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, r.stdout)
	}
	for _, k := range []string{"target", "sources", "alignment", "findings", "summary"} {
		if _, ok := m[k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if n := len(m["sources"].([]any)); n != 2 {
		t.Errorf("got %d sources; want 2", n)
	}
	f := m["findings"].([]any)[0].(map[string]any)
	for _, k := range strings.Fields("check severity category paragraph start end line column text message fixes fingerprint") {
		if _, ok := f[k]; !ok {
			t.Errorf("finding key %q missing", k)
		}
	}
	if f["text"] != "Meta" || f["line"] != 1.0 || f["column"] != 1.0 {
		t.Errorf("finding: got %v", f)
	}
	sum := m["summary"].(map[string]any)["findings"].(map[string]any)
	for _, k := range []string{"critical", "major", "minor", "info"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary key %q missing", k)
		}
	}
}

func TestCheckStdinAndOutput(t *testing.T) {
	dir := files(t, map[string]string{"s.en.txt": enText, "old.json": "stale"})
	withChecks(t, fakeCheck("Server", checks.Minor))
	src := filepath.Join(dir, "s.en.txt")
	out := filepath.Join(dir, "old.json")

	r := runArgs(deText, "check", "--format", "json", "-s", src, "-")
	if r.code != ExitOK {
		t.Fatalf("exit: got %d; want 0 (stderr %q)", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `"path": "<stdin>"`) {
		t.Errorf("stdout does not name <stdin>:\n%s", r.stdout)
	}

	if dash := runArgs(deText, "check", "--format", "json", "-o", "-", "-s", src, "-"); dash.stdout != r.stdout {
		t.Errorf("-o -: got %q; want %q", dash.stdout, r.stdout)
	}
	r2 := runArgs(deText, "check", "--format", "json", "-o", out, "-s", src, "-")
	if r2.code != ExitOK || r2.stdout != "" || r2.stderr != "" {
		t.Fatalf("with -o: got %+v; want exit 0 and no output", r2)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != r.stdout {
		t.Errorf("file: got %q; want %q", got, r.stdout)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("directory holds %d entries; want 2 (temporary file left behind?)", len(entries))
	}
}

func TestColor(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type colorCase struct {
		name    string
		w       io.Writer
		noColor string
		want    bool
	}
	testCases := []colorCase{
		{"buffer", &bytes.Buffer{}, "", false},
		{"regular file", f, "", false},
	}
	// A terminal is there only when the tests run from one.
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		testCases = append(testCases, colorCase{"terminal", tty, "", true}, colorCase{"terminal NO_COLOR", tty, "1", false})
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			getenv := func(k string) string {
				if k == "NO_COLOR" {
					return tc.noColor
				}
				return ""
			}
			if got := useColor(tc.w, getenv); got != tc.want {
				t.Errorf("got %v; want %v", got, tc.want)
			}
		})
	}
}

// TestDemoGolden pins the demo transcripts. They change whenever a check or
// the aligner changes; regenerate them with go test -update.
func TestDemoGolden(t *testing.T) {
	testCases := []struct {
		args   []string
		golden string
	}{
		{[]string{"demo"}, "demo.txt.golden"},
		{[]string{"demo", "--format", "json"}, "demo.json.golden"},
		{[]string{"extract", "../../corpus/htmlpage/testdata/news.de.html"}, "extract.news.de.txt.golden"},
		{[]string{"extract", "--format", "json", "../../corpus/htmlpage/testdata/wordpress.en.html"}, "extract.wordpress.en.json.golden"},
	}
	for _, tc := range testCases {
		t.Run(tc.golden, func(t *testing.T) {
			r := runArgs("", tc.args...)
			got := fmt.Sprintf("$ crossread %s\n# exit %d\n# stderr %q\n%s", strings.Join(tc.args, " "), r.code, r.stderr, r.stdout)
			path := filepath.Join("testdata", tc.golden)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs (run go test -update to accept):\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	testCases := []struct {
		err  error
		want int
	}{
		{nil, ExitOK},
		{errFindings, ExitFindings},
		{fmt.Errorf("wrapped: %w", errFindings), ExitFindings},
		{usagef("bad"), ExitUsage},
		{recovered("boom"), ExitFailure},
		{errors.New("disk full"), ExitFailure},
	}
	for _, tc := range testCases {
		if got := exitCode(tc.err); got != tc.want {
			t.Errorf("exitCode(%v): got %d; want %d", tc.err, got, tc.want)
		}
	}
}
