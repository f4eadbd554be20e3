// Package pairtest builds small alignments for the tests of checks.
package pairtest

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// Pair builds an alignment for tests that links paragraph i of the target
// to paragraph i of the source, for i < aligned.
func Pair(t testing.TB, src, tgt, srcLang, tgtLang string, aligned int) *align.Alignment {
	t.Helper()
	s, err := corpus.Load("src", []byte(src), corpus.Options{Lang: language.Make(srcLang), Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Load("tgt", []byte(tgt), corpus.Options{Lang: language.Make(tgtLang), Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	a := &align.Alignment{Target: d, Sources: []*corpus.Document{s}}
	for i := range d.Paragraphs {
		l := align.Link{Target: []int{i}}
		if i < aligned && i < len(s.Paragraphs) {
			l.Sources = []align.SourceParas{{Doc: 0, Paras: []int{i}}}
			l.Score = 1
		}
		a.Links = append(a.Links, l)
	}
	return a
}

// Summary renders findings as "flagged→first fix" joined by "; ", the
// form the checks' table tests compare.
func Summary(a *align.Alignment, fs []checks.Finding) string {
	var out []string
	for _, f := range fs {
		s := a.Target.Slice(f.Span)
		if len(f.Fixes) > 0 && len(f.Fixes[0].Edits) > 0 {
			s += "→" + f.Fixes[0].Edits[0].New
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// Run runs c on the pair that Pair builds, failing the test when the
// check fails.
func Run(t testing.TB, c *checks.Check, src, tgt, srcLang, tgtLang string, aligned int) (*align.Alignment, []checks.Finding) {
	t.Helper()
	a := Pair(t, src, tgt, srcLang, tgtLang, aligned)
	fs, err := checks.Run(a, []*checks.Check{c}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	return a, fs
}

// Check runs c as Run does and returns the Summary of its findings.
func Check(t testing.TB, c *checks.Check, src, tgt, srcLang, tgtLang string, aligned int) string {
	t.Helper()
	return Summary(Run(t, c, src, tgt, srcLang, tgtLang, aligned))
}

// Spans renders the flagged text of findings joined by "; ".
func Spans(a *align.Alignment, fs []checks.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, a.Target.Slice(f.Span))
	}
	return strings.Join(out, "; ")
}
