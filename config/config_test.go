package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"good", "source-lang = \"en\"\nfail-on = \"critical\"\nmin-score = 90\n[mqm-weights]\nmajor = 10\n[checks.names]\nenabled = false\n[checks.\"numbers\"]\nseverity = \"minor\"\n", ""},
		{"unknown top key", "source-lang = \"en\"\nfail_on = \"major\"\n", "c.toml:2: unknown key fail_on"},
		{"unknown check key", "[checks.names]\nenable = false\n", "c.toml:2: unknown key checks.names.enable"},
		{"bad fail-on", "\n\nfail-on = \"fatal\"\n", "c.toml:3: fail-on: unknown severity"},
		{"bad severity", "[checks.urls]\n\nseverity = \"high\"\n", "c.toml:3: checks.urls.severity: unknown severity"},
		{"bad weight", "[mqm-weights]\nblocker = 3\n", "c.toml:2: mqm-weights.blocker"},
		{"bad share", "max-unaligned = 2\n", "c.toml:1: max-unaligned"},
		{"wrong type", "min-score = \"high\"\n", "c.toml:1:"},
		{"syntax", "fail-on = \n", "c.toml:1:"},
	} {
		_, err := Parse("c.toml", []byte(c.text))
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%s: got %v; want %q", c.name, err, c.want)
		}
	}
}

func TestFindAndPaths(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, Name), []byte("rules = \"myrules\"\ndicts = [\"d.tsv\", \"/abs.tsv\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, ok := Find(sub)
	if !ok || p != filepath.Join(root, Name) {
		t.Fatalf("Find = %q, %v", p, ok)
	}
	f, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if f.Rules != filepath.Join(root, "myrules") || f.Dicts[0] != filepath.Join(root, "d.tsv") || f.Dicts[1] != "/abs.tsv" {
		t.Errorf("paths not resolved against the file's directory: %+v", f)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("source-lang = \"en\"\n[checks.names]\nenabled = false\n"))
	f.Add([]byte("[mqm-weights]\nmajor = 5\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Parse("f.toml", data)
	})
}
