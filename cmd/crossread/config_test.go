package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigFile: crossread.toml in the working directory or a parent
// steers check; flags override it; a typo exits 2 naming the line.
func TestConfigFile(t *testing.T) {
	src, tgt := sample(t)
	dir := files(t, map[string]string{"s.en.txt": src, "t.de.txt": tgt,
		"crossread.toml": "source-lang = \"en\"\ntarget-lang = \"de\"\n[checks.names]\nenabled = false\n"})
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	args := []string{"check", "--fail-on", "none", "-s", "../s.en.txt", "../t.de.txt"}
	if r := runArgs("", args...); r.code != ExitOK || strings.Contains(r.stdout, " names: ") || !strings.Contains(r.stdout, " numbers: ") {
		t.Errorf("names disabled by the file: exit %d\n%s", r.code, r.stdout)
	}
	with := append([]string{"check", "--enable", "names,numbers"}, args[1:]...)
	if r := runArgs("", with...); !strings.Contains(r.stdout, " names: ") {
		t.Errorf("--enable overrides the file: %s", r.stdout)
	}
	if err := os.WriteFile(filepath.Join(dir, "crossread.toml"), []byte("source-lang = \"en\"\n[checks.names]\nenabeld = false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runArgs("", args...)
	if r.code != ExitUsage || !strings.Contains(r.stderr, "crossread.toml:3: unknown key checks.names.enabeld") {
		t.Errorf("typo: exit %d, stderr %q", r.code, r.stderr)
	}
	oneLineError(t, r)
	if r := runArgs("", "config"); r.code != ExitUsage {
		t.Errorf("crossread config on a bad file: exit %d", r.code)
	}
}
