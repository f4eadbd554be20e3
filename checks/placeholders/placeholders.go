package placeholders

import (
	_ "embed"
	"fmt"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/corpus"
)

//go:embed doc.go
var docFile string

// Check is the placeholders check.
var Check = &checks.Check{Name: "placeholders", Severity: checks.Major, Locked: true, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
	tgt := p.Target()
	if len(tgt.Units) != len(tgt.Paragraphs) {
		return nil
	}
	for i := range tgt.Paragraphs {
		d, j := sourceOf(p, i)
		if d < 0 {
			continue
		}
		src := p.Source(d)
		u, su := tgt.Units[i], src.Units[j]
		if u.Locked && tgt.ParaText(i) != src.ParaText(j) {
			p.Report(checks.Finding{
				Severity: checks.Major,
				Category: checks.Mistranslation,
				Span:     tgt.Paragraphs[i].Span,
				Source:   &checks.Evidence{Doc: d, Span: src.Paragraphs[j].Span},
				Message:  fmt.Sprintf("target %q, source %q: the unit is marked translate=\"no\" but its target differs", tgt.ParaText(i), src.ParaText(j)),
			})
		}
		compare(p, tgt.Paragraphs[i].Span, u.Codes, su.Codes, d)
	}
	return nil
}}

// sourceOf returns the source document and paragraph of the unit of
// target paragraph i, or -1.
func sourceOf(p *checks.Pass, i int) (doc, para int) {
	l := p.LinkFor(i)
	if l == nil || len(l.Sources) != 1 || len(l.Sources[0].Paras) != 1 {
		return -1, 0
	}
	doc, para = l.Sources[0].Doc, l.Sources[0].Paras[0]
	if d := p.Source(doc); len(d.Units) != len(d.Paragraphs) {
		return -1, 0
	}
	return doc, para
}

// key tells codes apart: an id and whether it opens or closes.
type key struct {
	id   string
	kind corpus.CodeKind
}

func (k key) String() string {
	switch k.kind {
	case corpus.Open:
		return k.id + " (start)"
	case corpus.Close:
		return k.id + " (end)"
	}
	return k.id
}

// compare reports the differences between the codes of a target unit and
// of its source; para is the target paragraph, doc the source.
func compare(p *checks.Pass, para corpus.Span, tcodes, scodes []corpus.Code, doc int) {
	have := map[key]int{}
	for _, c := range tcodes {
		have[key{c.ID, c.Kind}]++
	}
	want := map[key]int{}
	for _, c := range scodes {
		k := key{c.ID, c.Kind}
		want[k]++
		if want[k] > have[k] {
			report(p, para, &checks.Evidence{Doc: doc, Span: c.Span},
				fmt.Sprintf("target lacks inline code %s, source has it: a tag or placeholder was dropped", k))
		}
	}
	seen := map[key]int{}
	for _, c := range tcodes {
		k := key{c.ID, c.Kind}
		seen[k]++
		if seen[k] > want[k] {
			report(p, c.Span, nil, fmt.Sprintf("target has inline code %s, source does not: a tag or placeholder was added", k))
		}
	}
	nesting(p, tcodes, want)
}

// nesting reports paired codes of the target that close before they open
// or close across another pair; codes the source lacks were reported.
func nesting(p *checks.Pass, tcodes []corpus.Code, want map[key]int) {
	var open []string
	for _, c := range tcodes {
		if want[key{c.ID, c.Kind}] == 0 {
			continue
		}
		switch c.Kind {
		case corpus.Open:
			open = append(open, c.ID)
		case corpus.Close:
			k := len(open) - 1
			for k >= 0 && open[k] != c.ID {
				k--
			}
			switch {
			case k < 0 && want[key{c.ID, corpus.Open}] > 0:
				report(p, c.Span, nil, fmt.Sprintf("target closes inline code %s before it opens it, source opens it first", c.ID))
			case k >= 0 && k < len(open)-1:
				report(p, c.Span, nil, fmt.Sprintf("target closes inline code %s inside %s, source nests them: the tags overlap", c.ID, open[len(open)-1]))
			}
			if k >= 0 {
				open = append(open[:k], open[k+1:]...)
			}
		}
	}
}

// report reports a major markup finding at span.
func report(p *checks.Pass, span corpus.Span, ev *checks.Evidence, msg string) {
	p.Report(checks.Finding{Severity: checks.Major, Category: checks.Markup, Span: span, Source: ev, Message: msg})
}
