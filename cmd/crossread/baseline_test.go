package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaselineRun: a baseline written by one run silences it; editing one
// paragraph brings back that paragraph's findings alone.
func TestBaselineRun(t *testing.T) {
	src, tgt := sample(t)
	dir := files(t, map[string]string{"s.en.txt": src, "t.de.txt": tgt})
	s, p, bl := filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt"), filepath.Join(dir, "baseline.json")
	if r := runArgs("", "check", "--write-baseline", bl, "-s", s, p); r.code != ExitFindings {
		t.Fatalf("first run: exit %d, %s", r.code, r.stderr)
	}
	r := runArgs("", "check", "--baseline", bl, "-s", s, p)
	if r.code != ExitOK || !strings.Contains(r.stdout, "summary: 0 findings") || !strings.Contains(r.stdout, "baseline: 7 accepted, 0 stale") {
		t.Errorf("with the baseline: exit %d\n%s", r.code, r.stdout)
	}
	edited := strings.Replace(tgt, "mehr als 10.000 eigenen", "mehr als 10.000 neuen eigenen", 1)
	if edited == tgt {
		t.Fatal("the sample changed; edit another sentence")
	}
	os.WriteFile(p, []byte(edited), 0o644)
	r = runArgs("", "check", "--baseline", bl, "-s", s, p)
	if r.code != ExitFindings || !strings.Contains(r.stdout, "summary: 1 finding") || !strings.Contains(r.stdout, "10.000") {
		t.Errorf("after editing one sentence: exit %d\n%s", r.code, r.stdout)
	}
}
