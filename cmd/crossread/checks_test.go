package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks/all"
)

func TestChecksListsEveryCheck(t *testing.T) {
	r := runArgs("", "checks")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, c := range all.Checks {
		if !strings.Contains(r.stdout, c.Name+" ") || !strings.Contains(r.stdout, c.Title()) {
			t.Errorf("crossread checks does not list %s (%q)", c.Name, c.Title())
		}
	}
}

// demoChecks returns the checks that reported findings on the sample.
func demoChecks(t *testing.T, args ...string) map[string]int {
	t.Helper()
	r := runArgs("", append([]string{"demo", "--format", "json"}, args...)...)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep struct{ Findings []struct{ Check string } }
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range rep.Findings {
		got[f.Check]++
	}
	return got
}

func TestEnableDisable(t *testing.T) {
	every := demoChecks(t)
	if every["names"] == 0 || every["numbers"] == 0 {
		t.Fatalf("the sample should have names and numbers findings: %v", every)
	}
	if got := demoChecks(t, "--disable", "names"); got["names"] != 0 || got["numbers"] != every["numbers"] {
		t.Errorf("--disable names: got %v", got)
	}
	if got := demoChecks(t, "--enable", "names,urls"); got["numbers"] != 0 || got["names"] != every["names"] {
		t.Errorf("--enable names,urls: got %v", got)
	}
	for _, args := range [][]string{
		{"demo", "--enable", "nosuchcheck"},
		{"demo", "--disable", "names,nosuchcheck"},
		{"demo", "--enable", "names", "--disable", "names"},
		{"batch", "--enable", "nosuchcheck"},
	} {
		r := runArgs("", args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, "check") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 naming the checks", args, r.code, r.stderr)
		}
		oneLineError(t, r)
	}
}
