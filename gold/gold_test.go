package gold_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crossread/crossread/gold"
	"github.com/crossread/crossread/pipeline"
)

// TestProjectGold checks the annotated pairs of corpus/gold: every must
// finding reported, every paragraph aligned as annotated, no trap touched.
func TestProjectGold(t *testing.T) {
	paths, err := filepath.Glob("../corpus/gold/*.expected.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	for _, p := range paths {
		c, err := gold.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		res, err := pipeline.Run(context.Background(), c.Target, c.Sources, pipeline.Config{})
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.Score(res.Alignment, res.Findings)
		if err != nil {
			t.Fatal(err)
		}
		if s.MustFound != s.Must || s.Aligned != s.Paragraphs || len(s.Traps) > 0 {
			t.Errorf("%s:\n%s", filepath.Base(p), s)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, p := range []string{"no-such.json", "../corpus/gold/README.md"} {
		if _, err := gold.Load(p); err == nil {
			t.Errorf("%s: no error", p)
		}
	}
}
