package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
)

// sample returns the embedded sample pair's texts.
func sample(t *testing.T) (src, tgt string) {
	t.Helper()
	s, err := corpus.SampleFS.ReadFile(corpus.SampleSource)
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	if err != nil {
		t.Fatal(err)
	}
	return string(s), string(d)
}

// A paragraph dropped from the translation is a major omission that
// fails the gate, not a silent pass.
func TestDroppedParagraphFails(t *testing.T) {
	src, tgt := sample(t)
	paras := strings.Split(tgt, "\n\n")
	dropped := strings.Join(append(paras[:3:3], paras[4:]...), "\n\n")
	dir := files(t, map[string]string{"s.en.txt": src, "t.de.txt": dropped})
	r := runArgs("", "check", "--fail-on", "major", "--disable", "numbers,names",
		"-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt"))
	if r.code != ExitFindings || !strings.Contains(r.stdout, "major coverage: paragraph") || !strings.Contains(r.stdout, "is not translated") {
		t.Errorf("exit %d; want 1 and a major omission:\n%s", r.code, r.stdout)
	}
}

// A target declared in another language than it is written in warns.
func TestDeclaredLanguageContradicted(t *testing.T) {
	src, tgt := sample(t)
	dir := files(t, map[string]string{"s.en.txt": src, "t.txt": tgt})
	r := runArgs("", "check", "--target-lang", "fr", "--source-lang", "en",
		"-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.txt"))
	if !strings.Contains(r.stderr, "is declared fr but reads as de") || !strings.Contains(r.stdout, "major language") {
		t.Errorf("want a warning and a major language finding; stderr %q", r.stderr)
	}
}

// A file checked against itself is a copy, and fails.
func TestTargetIsSource(t *testing.T) {
	src, _ := sample(t)
	dir := files(t, map[string]string{"s.en.txt": src})
	p := filepath.Join(dir, "s.en.txt")
	r := runArgs("", "check", "-s", p, p)
	if r.code != ExitFindings || !strings.Contains(r.stdout, "critical coverage") {
		t.Errorf("exit %d; want 1 and a critical copy finding:\n%s", r.code, r.stdout)
	}
}
