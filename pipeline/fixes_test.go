package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/seedcase"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestFixesGolden shows every fix crossread offers on pairs in several
// target languages, the sample and the seed, as the sentence before and
// after, so that a reviewer reads each as an editor would; and checks
// that applying them all leaves none of the findings they fix.
func TestFixesGolden(t *testing.T) {
	var b strings.Builder
	names, err := filepath.Glob("testdata/fixes/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	for _, tp := range names {
		stem, lang, _ := strings.Cut(strings.TrimSuffix(filepath.Base(tp), ".txt"), ".")
		if lang == "en" {
			continue
		}
		tgt := loadFile(t, tp, lang)
		src := loadFile(t, filepath.Join("testdata/fixes", stem+".en.txt"), "en")
		writeFixes(t, &b, tgt, []*corpus.Document{src})
	}
	tgt, srcs, err := corpus.SamplePair()
	if err != nil {
		t.Fatal(err)
	}
	writeFixes(t, &b, tgt, srcs)
	golden(t, "testdata/fixes.golden", b.String())
}

// TestSeedFixesGolden does the same on the seed, which lives in ../shared.
func TestSeedFixesGolden(t *testing.T) {
	c := seedcase.Load(t)
	var b strings.Builder
	writeFixes(t, &b, c.Target, c.Sources)
	golden(t, "testdata/seed-fixes.golden", b.String())
}

func loadFile(t *testing.T, path, lang string) *corpus.Document {
	t.Helper()
	d, err := corpus.LoadFile(path, corpus.Options{Lang: language.Make(lang)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// writeFixes writes the fixes of the pair's findings, one a line: the
// check and the sentence before and after; then applies them all and
// fails if a finding they fix is still there.
func writeFixes(t *testing.T, b *strings.Builder, tgt *corpus.Document, srcs []*corpus.Document) {
	t.Helper()
	res, err := Run(context.Background(), tgt, srcs, Config{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(b, "== %s (%s)\n", filepath.Base(tgt.Path), tgt.Lang)
	var all []checks.Edit
	fixed := map[string]bool{}
	last := -1
	for _, f := range res.Findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		sent := sentenceOf(tgt, f.Span)
		after := checks.EditedSlice(tgt, sent, fix)
		fmt.Fprintf(b, "%s: %s\n  - %s\n  + %s\n", f.Check, fix.Message, tgt.Slice(sent), after)
		if fix.Edits[0].Span.Start >= last {
			all = append(all, fix.Edits...)
			last = fix.Edits[len(fix.Edits)-1].Span.End
			fixed[key(res.Alignment, f)] = true
		}
	}
	if len(all) == 0 {
		return
	}
	d, err := corpus.Load(tgt.Path, []byte(checks.ApplyFix(tgt.Text, checks.Fix{Edits: all})), corpus.Options{Lang: tgt.Lang})
	if err != nil {
		t.Fatal(err)
	}
	again, err := Run(context.Background(), d, srcs, Config{Aligner: sameLinks{res.Alignment}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range again.Findings {
		if fixed[key(again.Alignment, f)] {
			t.Errorf("%s: after every fix, still %s %q: %s", tgt.Path, f.Check, d.Slice(f.Span), f.Message)
		}
	}
}

func key(a *align.Alignment, f checks.Finding) string { return checks.Fingerprint(a, f) }

// sameLinks aligns a fixed target as its original was aligned.
type sameLinks struct{ a *align.Alignment }

func (s sameLinks) Align(t *corpus.Document, srcs []*corpus.Document) (*align.Alignment, error) {
	return &align.Alignment{Target: t, Sources: srcs, Links: s.a.Links}, nil
}

// sentenceOf returns the sentence that holds s, or its paragraph.
func sentenceOf(d *corpus.Document, s corpus.Span) corpus.Span {
	i := d.ParagraphAt(s.Start)
	if i < 0 {
		return s
	}
	for _, sent := range d.Paragraphs[i].Sentences {
		if sent.Start <= s.Start && s.End <= sent.End {
			return sent
		}
	}
	return d.Paragraphs[i].Span
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run go test -update to accept):\n%s", path, got)
	}
}
