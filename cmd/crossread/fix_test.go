package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
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
