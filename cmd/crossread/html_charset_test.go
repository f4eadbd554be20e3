package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/encoding/charmap"
)

// cp1252Pages writes the sample target as a UTF-8 page (t.html) and as a
// windows-1252 one that declares it (t1252.html), and the source as s.html;
// it returns the directory and the UTF-8 page.
func cp1252Pages(t *testing.T) (string, string) {
	t.Helper()
	de, _ := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	en, _ := corpus.SampleFS.ReadFile(corpus.SampleSource)
	page := newsPage("de", string(de))
	cp, err := charmap.Windows1252.NewEncoder().String(strings.Replace(page, `charset="utf-8"`, `charset="windows-1252"`, 1))
	if err != nil {
		t.Fatal(err)
	}
	return files(t, map[string]string{"t.html": page, "t1252.html": cp, "s.html": newsPage("en", string(en))}), page
}

// TestHTMLEncodedSameFindings checks the sample target as a UTF-8 page
// and as a windows-1252 page read without --encoding: the findings must
// be the same, at the same lines and columns, and their file offsets
// must point at the same words in the windows-1252 bytes.
func TestHTMLEncodedSameFindings(t *testing.T) {
	dir, _ := cp1252Pages(t)
	get := func(target string) *report.Report {
		r := runArgs("", "check", "--format", "json", "--fail-on", "none", "-s", filepath.Join(dir, "s.html"), filepath.Join(dir, target))
		if r.code != 0 {
			t.Fatalf("check %s: exit %d: %s", target, r.code, r.stderr)
		}
		var rep report.Report
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatal(err)
		}
		return &rep
	}
	utf8Rep, cpRep := get("t.html"), get("t1252.html")
	key := func(f report.Finding) string {
		return findingKey(f) + "|" + strings.Repeat("l", f.Line) + strings.Repeat("c", f.Column)
	}
	var want, got []string
	for _, f := range utf8Rep.Findings {
		want = append(want, key(f))
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "t1252.html"))
	for _, f := range cpRep.Findings {
		got = append(got, key(f))
		if f.FileStart == nil || f.FileEnd == nil {
			t.Fatalf("finding %q has no file offsets", f.Text)
		}
		words, _ := charmap.Windows1252.NewDecoder().Bytes(raw[*f.FileStart:*f.FileEnd])
		if string(words) != f.Text {
			t.Errorf("finding %q: file bytes %d-%d read %q", f.Text, *f.FileStart, *f.FileEnd, words)
		}
	}
	if n := len(cpRep.Findings); n == 0 || *cpRep.Findings[n-1].FileStart == cpRep.Findings[n-1].Start {
		t.Errorf("the last finding's file offset is its UTF-8 offset: the test shows nothing")
	}
	if len(want) == 0 || !slices.Equal(want, got) {
		t.Errorf("findings differ:\nutf-8:\n  %s\nwindows-1252:\n  %s", strings.Join(want, "\n  "), strings.Join(got, "\n  "))
	}
	for _, f := range utf8Rep.Findings {
		if f.FileStart != nil {
			t.Errorf("UTF-8 page: finding %q has file offsets", f.Text)
		}
	}
}

// TestHTMLEncodedFix fixes a windows-1252 page in place: it is written
// back in windows-1252, as its meta element says, and reads as the fixed
// UTF-8 page.
func TestHTMLEncodedFix(t *testing.T) {
	dir, page := cp1252Pages(t)
	for _, name := range []string{"t.html", "t1252.html"} {
		if r := runArgs("", "fix", "--write", "-s", filepath.Join(dir, "s.html"), filepath.Join(dir, name)); r.code != 0 {
			t.Fatalf("fix %s: exit %d: %s", name, r.code, r.stderr)
		}
	}
	want, _ := os.ReadFile(filepath.Join(dir, "t.html"))
	raw, _ := os.ReadFile(filepath.Join(dir, "t1252.html"))
	got, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) == page {
		t.Fatal("no fix applied: the test shows nothing")
	}
	if g := strings.Replace(string(got), `charset="windows-1252"`, `charset="utf-8"`, 1); g != string(want) {
		t.Errorf("the fixed windows-1252 page reads:\n%s\nwant the fixed UTF-8 page:\n%s", g, want)
	}
}
