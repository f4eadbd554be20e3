package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func check(t *testing.T, tgt string) (*align.Alignment, []checks.Finding) {
	t.Helper()
	s, _ := corpus.Load("s.en", []byte("Meta trained Llama 4 on 24,000 GPUs.\n\nGoogle released Gemini to 2,000 developers."), corpus.Options{Lang: language.English})
	d, _ := corpus.Load("t.de", []byte(tgt), corpus.Options{Lang: language.German})
	a := align.Whole(d, []*corpus.Document{s})
	a.Links = []align.Link{
		{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1},
		{Target: []int{1}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{1}}}, Score: 1},
	}
	fs, err := checks.Run(a, []*checks.Check{all.ByName("names"), all.ByName("numbers")}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	return a, fs
}

func TestBaseline(t *testing.T) {
	const before = "Meta trainierte Lama 4 auf 22.000 GPUs.\n\nGoogle gab Zwillinge an 2.000 Entwickler frei."
	a, fs := check(t, before)
	if len(fs) != 3 {
		t.Fatalf("want 3 findings to accept, got %d", len(fs))
	}
	var b Baseline
	b.Add(a, fs)
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	os.WriteFile(path, buf.Bytes(), 0o644)
	read, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, tgt        string
		left, sup, stale int
	}{
		{"same text: nothing new", before, 0, 3, 0},
		{"other paragraph edited: only its findings", "Meta trainierte Lama 4 auf 22.000 GPUs.\n\nGoogle gab heute Zwillinge an 2.000 Entwickler frei.", 1, 2, 1},
		{"text inserted before: still accepted", "Vorspann.\n\n" + before, 0, 3, 0},
		// Mending Lama edits its sentence: the other finding there comes
		// back as new, and both old entries are stale.
		{"error fixed in a sentence", "Meta trainierte Llama 4 auf 22.000 GPUs.\n\nGoogle gab Zwillinge an 2.000 Entwickler frei.", 1, 1, 2},
	} {
		a, fs := check(t, c.tgt)
		if c.name == "text inserted before: still accepted" {
			a.Links = []align.Link{{Target: []int{0}}, {Target: []int{1}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1},
				{Target: []int{2}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{1}}}, Score: 1}}
			fs, _ = checks.Run(a, []*checks.Check{all.ByName("names"), all.ByName("numbers")}, checks.Env{})
		}
		left, _, n := read.Filter(a, fs)
		if len(left) != c.left || n.Suppressed != c.sup || n.Stale != c.stale {
			t.Errorf("%s: %d left, %+v; want %d left, %d suppressed, %d stale", c.name, len(left), n, c.left, c.sup, c.stale)
		}
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.json")); err == nil {
		t.Error("a missing baseline: no error")
	}
}
