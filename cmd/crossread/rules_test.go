package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	bad := filepath.Join(dir, "bad")
	for _, d := range []string{good, bad} {
		if err := os.MkdirAll(filepath.Join(d, "terms"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(good, "terms", "en-nl.tsv"), "false-friend\tgift\tgift\tcadeau\n")
	write(filepath.Join(bad, "terms", "en-de.tsv"), "# one\nfalse-friend\tgift\tGift\n")
	gloss := filepath.Join(dir, "g.tsv")
	write(gloss, "en\tde\nearnings call\tTelefonkonferenz|!Finanzbericht\n")
	src := filepath.Join(dir, "a.en.txt")
	tgt := filepath.Join(dir, "a.de.txt")
	write(src, "On the earnings call, she said the book was a gift.\n")
	write(tgt, "Im Finanzbericht sagte sie, das Buch sei ein Geschenk.\n")
	testCases := []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"list", []string{"rules"}, 0, "terms/en-de.tsv:", ""},
		{"list with a directory", []string{"rules", "--rules", good}, 0, good + "/terms/en-nl.tsv:1\tterm/false-friend", ""},
		{"count", []string{"rules", "--count", "--rules", good}, 0, "term/false-friend\ten→nl\t1\n", ""},
		{"count total", []string{"rules", "--count", "--rules", good}, 0, "\ntotal\t\t", ""},
		{"check a good directory", []string{"rules", "--check", good}, 0, "1 rules, no errors", ""},
		{"check a bad directory", []string{"rules", "--check", bad}, 2, "", bad + "/terms/en-de.tsv:2: want 4 to 7"},
		{"not a directory", []string{"rules", "--check", gloss}, 2, "", "is not a directory"},
		{"glossary listed", []string{"rules", "--glossary", gloss}, 0, "g.tsv:2\tterm/required", ""},
		{"check with a glossary", []string{"check", "--source-lang", "en", "--target-lang", "de", "--glossary", gloss, "-s", src, tgt}, 1, "Finanzbericht", ""},
		{"check with a bad rule directory", []string{"check", "--rules", bad, "-s", src, tgt}, 2, "", "en-de.tsv:2"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"crossread"}, tc.args...), strings.NewReader(""), &out, &errb)
			if code != tc.code {
				t.Errorf("got exit %d; want %d (stderr %q)", code, tc.code, errb.String())
			}
			if !strings.Contains(out.String(), tc.out) {
				t.Errorf("got stdout %q; want it to contain %q", out.String(), tc.out)
			}
			if !strings.Contains(errb.String(), tc.err) {
				t.Errorf("got stderr %q; want it to contain %q", errb.String(), tc.err)
			}
		})
	}
}
