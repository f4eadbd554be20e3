package pipeline

import (
	"context"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"
)

func docs(t *testing.T, src, tgt string) (*corpus.Document, []*corpus.Document) {
	t.Helper()
	s, err := corpus.Load("s", []byte(src), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Load("t", []byte(tgt), corpus.Options{Lang: language.German})
	if err != nil {
		t.Fatal(err)
	}
	return d, []*corpus.Document{s}
}

func checkNames(fs []checks.Finding) map[string]checks.Severity {
	out := map[string]checks.Severity{}
	for _, f := range fs {
		out[f.Check] = f.Severity
	}
	return out
}

func TestRunConfig(t *testing.T) {
	tgt, srcs := docs(t, "Meta trained Llama 4 on 24,000 GPUs.", "Meta trainierte Lama 4 auf 22.000 GPUs.")
	ctx := context.Background()
	for _, c := range []struct {
		name string
		cfg  Config
		want map[string]checks.Severity
	}{
		{"default", Config{}, map[string]checks.Severity{"names": checks.Major, "numbers": checks.Major}},
		{"one check", Config{Checks: []*checks.Check{all.ByName("numbers")}}, map[string]checks.Severity{"numbers": checks.Major}},
		{"severity override", Config{Severity: map[string]checks.Severity{"names": checks.Info}},
			map[string]checks.Severity{"names": checks.Info, "numbers": checks.Major}},
		{"own rules, none of them", Config{Rules: &rules.Rules{}}, map[string]checks.Severity{"numbers": checks.Major}},
	} {
		res, err := Run(ctx, tgt, srcs, c.cfg)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := checkNames(res.Findings); len(got) != len(c.want) || got["names"] != c.want["names"] || got["numbers"] != c.want["numbers"] {
			t.Errorf("%s: got %v; want %v", c.name, got, c.want)
		}
	}
}

type failingAligner struct{ err error }

func (f failingAligner) Align(*corpus.Document, []*corpus.Document) (*align.Alignment, error) {
	return nil, f.err
}

func TestRunErrors(t *testing.T) {
	tgt, srcs := docs(t, "One.", "Eins.")
	ctx := context.Background()
	if _, err := Run(ctx, tgt, nil, Config{}); !errors.Is(err, corpus.ErrInput) {
		t.Errorf("no sources: got %v; want an input error", err)
	}
	bad := errors.New("broken")
	if _, err := Run(ctx, tgt, srcs, Config{Aligner: failingAligner{bad}}); !errors.Is(err, bad) || errors.Is(err, corpus.ErrInput) {
		t.Errorf("aligner failure: got %v", err)
	}
	if _, err := Run(ctx, tgt, srcs, Config{Severity: map[string]checks.Severity{"nosuch": checks.Info}}); err == nil {
		t.Error("a severity for an unknown check: got no error")
	}
	failing := &checks.Check{Name: "failing", Doc: "fails", Run: func(*checks.Pass) error { return bad }}
	res, err := Run(ctx, tgt, srcs, Config{Checks: []*checks.Check{failing, all.ByName("numbers")}})
	var ce *CheckError
	if !errors.As(err, &ce) || res == nil {
		t.Errorf("failing check: got %v, result %v; want a CheckError and a result", err, res)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Run(cancelled, tgt, srcs, Config{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}

// A rule-driven check of one's own needs its package, its data file and
// a registry line: it claims its files, and its pass hands it their lines.
func TestCheckWithOwnRuleFiles(t *testing.T) {
	idioms := &checks.Check{Name: "idioms", Doc: "idioms: literal idioms", RuleFiles: []string{"idioms/*.tsv"},
		Run: func(p *checks.Pass) error {
			r, err := p.Rules()
			if err != nil {
				return err
			}
			for _, l := range r.File("idioms/" + p.Target().Lang.String() + ".tsv") {
				for _, s := range p.Target().Tokens() {
					if s.Fold == l.Text {
						p.Report(checks.Finding{Severity: checks.Minor, Category: checks.Mistranslation, Span: s.Span, Message: l.Origin})
					}
				}
			}
			return nil
		}}
	fsys := fstest.MapFS{"idioms/de.tsv": {Data: []byte("# literal idioms\nbank\n")}}
	rs, err := rules.Load(rules.Embedded(), rules.Layer{FS: fsys, Label: "mine"})
	if err != nil {
		t.Fatal(err)
	}
	tgt, srcs := docs(t, "That won't break the bank.", "Das wird die Bank nicht sprengen.")
	res, err := Run(context.Background(), tgt, srcs, Config{Checks: []*checks.Check{idioms}, Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Message != "mine/idioms/de.tsv:2" {
		t.Errorf("got %+v; want one finding from mine/idioms/de.tsv:2", res.Findings)
	}
	if _, err := Run(context.Background(), tgt, srcs, Config{Rules: rs}); !errors.Is(err, ErrConfig) {
		t.Errorf("without the check that reads it, the file is unknown: got %v", err)
	}
}
