package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/seedcase"
	"github.com/crossread/crossread/report"
)

// samplePair writes the built-in sample pair into a temporary directory
// and returns the target's and the source's paths.
func samplePair(t *testing.T) (target, source string) {
	t.Helper()
	m := map[string]string{}
	for _, name := range []string{corpus.SampleTarget, corpus.SampleSource} {
		b, err := corpus.SampleFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(name)] = string(b)
	}
	dir := files(t, m)
	return filepath.Join(dir, filepath.Base(corpus.SampleTarget)), filepath.Join(dir, filepath.Base(corpus.SampleSource))
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFixSample(t *testing.T) {
	tgt, src := samplePair(t)
	orig := readFile(t, tgt)

	d := runArgs("", "fix", "--diff", "-s", src, tgt)
	if d.code != ExitOK {
		t.Fatalf("fix --diff: exit %d, stderr %q", d.code, d.stderr)
	}
	for _, want := range []string{"--- " + tgt, "Zwillinge → Gemini", "Billionen → Milliarden", "Bruder Holzhacker → Sundar Pichai",
		"-Google gibt in diesem Jahr 75 Billionen", "+Google gibt in diesem Jahr 75 Milliarden"} {
		if !strings.Contains(d.stdout, want) {
			t.Errorf("diff lacks %q:\n%s", want, d.stdout)
		}
	}
	if !strings.Contains(d.stderr, "5 fixes applied, 0 skipped") {
		t.Errorf("stderr %q", d.stderr)
	}
	if readFile(t, tgt) != orig {
		t.Fatal("--diff changed the target")
	}

	out := runArgs("", "fix", "-s", src, tgt)
	if out.code != ExitOK || strings.Contains(out.stdout, "Zwillinge") || !strings.Contains(out.stdout, "um Gemini 2.0 zu trainieren") {
		t.Fatalf("fix: exit %d, stdout %q", out.code, out.stdout)
	}
	// Only the fixed words differ: line breaks and the rest stay as given.
	if got, want := strings.Count(out.stdout, "\n"), strings.Count(orig, "\n"); got != want {
		t.Errorf("%d lines; want %d", got, want)
	}

	only := runArgs("", "fix", "--only", "numbers", "-s", src, tgt)
	if !strings.Contains(only.stdout, "Zwillinge") || !strings.Contains(only.stdout, "75 Milliarden") {
		t.Errorf("--only numbers: %q", only.stdout)
	}
	if only.code != ExitFindings {
		t.Errorf("--only numbers leaves major names findings: exit %d; want %d", only.code, ExitFindings)
	}

	if err := os.Chmod(tgt, 0o600); err != nil {
		t.Fatal(err)
	}
	w := runArgs("", "fix", "--write", "-s", src, tgt)
	if w.code != ExitOK || w.stdout != "" {
		t.Fatalf("fix --write: exit %d, stdout %q, stderr %q", w.code, w.stdout, w.stderr)
	}
	if readFile(t, tgt) != out.stdout {
		t.Error("--write wrote other text than fix prints")
	}
	if fi, _ := os.Stat(tgt); fi.Mode().Perm() != 0o600 {
		t.Errorf("--write: mode %v; want 0600 kept", fi.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(tgt), ".*")); len(left) > 0 {
		t.Errorf("files left: %v", left)
	}
}

func TestFixWriteRefusesChangedFile(t *testing.T) {
	tgt, src := samplePair(t)
	old := afterFixRead
	t.Cleanup(func() { afterFixRead = old })
	afterFixRead = func(path string) {
		if err := os.WriteFile(path, []byte("Ein Redakteur hat gespeichert.\n"), 0o644); err != nil {
			t.Error(err)
		}
	}
	r := runArgs("", "fix", "--write", "-s", src, tgt)
	if r.code != ExitUsage || !strings.Contains(r.stderr, "changed since it was read") {
		t.Errorf("exit %d, stderr %q; want a refusal", r.code, r.stderr)
	}
	if got := readFile(t, tgt); got != "Ein Redakteur hat gespeichert.\n" {
		t.Errorf("the editor's text was replaced: %q", got)
	}
}

// replaceCheck reports word wherever it occurs, with a fix writing with.
func replaceCheck(name, word, with string) *checks.Check {
	return &checks.Check{
		Name: name,
		Doc:  "replaces " + word,
		Run: func(p *checks.Pass) error {
			text := p.Target().Text
			for off := 0; ; {
				i := strings.Index(text[off:], word)
				if i < 0 {
					return nil
				}
				s := spanOf(off+i, len(word))
				p.Report(checks.Finding{
					Severity: checks.Major, Category: "terminology/wrong-term", Span: s, Message: "found " + word,
					Fixes: []checks.Fix{{Message: "Use " + with, Edits: []checks.Edit{{Span: s, New: with}}}},
				})
				off = s.End
			}
		},
	}
}

func TestFixOverlapSkipped(t *testing.T) {
	dir := files(t, map[string]string{"t.de.txt": deText, "s.en.txt": enText})
	tgt, src := filepath.Join(dir, "t.de.txt"), filepath.Join(dir, "s.en.txt")
	withChecks(t, replaceCheck("dollar", "US-Dollar", "Dollar"), replaceCheck("billions", "Milliarden US-Dollar", "Mrd. US-Dollar"))
	r := runArgs("", "fix", "-s", src, tgt)
	if !strings.Contains(r.stdout, "8,5 Mrd. US-Dollar") {
		t.Errorf("stdout %q", r.stdout)
	}
	if !strings.Contains(r.stderr, `skipped fix "Use Dollar" (dollar): it overlaps fix "Use Mrd. US-Dollar"`) || !strings.Contains(r.stderr, "1 fix applied, 1 skipped") {
		t.Errorf("stderr %q", r.stderr)
	}
	if r.code != ExitFindings {
		t.Errorf("exit %d; want %d: the skipped major finding is left", r.code, ExitFindings)
	}
}

func TestFixUsageErrors(t *testing.T) {
	tgt, src := samplePair(t)
	for _, args := range [][]string{
		{"fix", "--diff", "--write", "-s", src, tgt},
		{"fix", "--diff", "-o", "x.txt", "-s", src, tgt},
		{"fix", "--write", "-s", src, "-"},
		{"fix", "--only", "nosuchcheck", "-s", src, tgt},
		{"fix", tgt},
	} {
		r := runArgs("", args...)
		if r.code != ExitUsage {
			t.Errorf("%v: exit %d; want %d", args, r.code, ExitUsage)
		}
		oneLineError(t, r)
	}
}

// TestFixSeedDiff runs crossread fix --diff on the seed: every fix on
// offer is proposed, Lama becomes Llama, the file stays as it was, and
// patch(1), where installed, turns the file into what crossread fix
// prints.
func TestFixSeedDiff(t *testing.T) {
	c := seedcase.Load(t)
	before := readFile(t, c.TargetPath)
	args := []string{"fix", "--target-lang", "de", "--source-lang", "en"}
	for _, s := range c.SourcePaths {
		args = append(args, "-s", s)
	}
	d := runArgs("", append(append(args[:len(args):len(args)], "--diff"), c.TargetPath)...)
	if !strings.Contains(d.stdout, "Lama → Llama") || !strings.Contains(d.stdout, "+Llama 1: 2048 GPUs") {
		t.Errorf("--diff does not propose Llama for Lama:\n%s", d.stdout)
	}
	if readFile(t, c.TargetPath) != before {
		t.Fatal("--diff changed the seed")
	}
	js := runArgs("", append([]string{"check", "--format", "json", "--target-lang", "de", "--source-lang", "en"}, append(args[5:], c.TargetPath)...)...)
	var rep report.Report
	if err := json.Unmarshal([]byte(js.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	offered := 0
	for _, f := range rep.Findings {
		if len(f.Fixes) > 0 {
			offered++
		}
	}
	applied, skipped := 0, 0
	if _, err := fmt.Sscanf(d.stderr[strings.LastIndex(d.stderr, ": ")+2:], "%d fixes applied, %d skipped", &applied, &skipped); err != nil {
		t.Fatalf("stderr %q: %v", d.stderr, err)
	}
	if applied+skipped != offered || applied == 0 {
		t.Errorf("%d fixes applied and %d skipped; %d findings offer one", applied, skipped, offered)
	}
	out := runArgs("", append(args, c.TargetPath)...)
	if _, err := exec.LookPath("patch"); err != nil {
		t.Log("patch not installed; the diff is not applied")
		return
	}
	dir := t.TempDir()
	copyPath := filepath.Join(dir, "seed.txt")
	if err := os.WriteFile(copyPath, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("patch", "-s", copyPath)
	cmd.Stdin = strings.NewReader(d.stdout)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v: %s", err, msg)
	}
	if got := readFile(t, copyPath); got != out.stdout {
		t.Errorf("the patched seed differs from crossread fix's output:\n%s", firstDiff(got, out.stdout))
	}
}
