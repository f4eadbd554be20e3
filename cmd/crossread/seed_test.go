package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/crossread/crossread/internal/seedcase"
)

// TestSeedJSON runs `crossread check --format json` on the seed as a user
// would and checks the report's contract on real data: every finding's text
// is the file's bytes at start:end, every target paragraph appears once in
// the alignment, and the exit code follows --fail-on.
func TestSeedJSON(t *testing.T) {
	c := seedcase.Load(t)
	args := []string{"crossread", "check", "--format", "json", "--source-lang", "en", "--target-lang", "de"}
	for _, s := range c.SourcePaths {
		args = append(args, "-s", s)
	}
	args = append(args, c.TargetPath)
	var out, errOut bytes.Buffer
	code := run(args, nil, &out, &errOut)
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d (the seed has major findings); stderr %q", code, ExitFindings, errOut.String())
	}
	var rep struct {
		Target    struct{ Paragraphs int }
		Alignment []struct{ Target []int }
		Findings  []struct {
			Start, End, Paragraph int
			Text                  string
		}
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(c.TargetPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if got := string(file[f.Start:f.End]); got != f.Text {
			t.Errorf("finding text %q, but the file has %q at %d:%d", f.Text, got, f.Start, f.End)
		}
		if p := c.Target.ParagraphAt(c.Target.TextOffset(f.Start)) + 1; p != f.Paragraph {
			t.Errorf("finding %q: paragraph %d, want %d", f.Text, f.Paragraph, p)
		}
	}
	seen := map[int]int{}
	for _, l := range rep.Alignment {
		for _, p := range l.Target {
			seen[p]++
		}
	}
	for p := 1; p <= rep.Target.Paragraphs; p++ {
		if seen[p] != 1 {
			t.Errorf("target paragraph %d appears %d times in the alignment", p, seen[p])
		}
	}
	if rep.Target.Paragraphs != 54 || len(rep.Findings) == 0 {
		t.Errorf("got %d paragraphs and %d findings", rep.Target.Paragraphs, len(rep.Findings))
	}
}
