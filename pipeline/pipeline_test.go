package pipeline

import (
	"context"
	"errors"
	"testing"

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
