package coverage

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/corpus"
)

//go:embed doc.go
var docFile string

// Check is the coverage check.
var Check = &checks.Check{Name: "coverage", Severity: checks.Critical, Doc: checkdoc.Extract(docFile), Run: run}

// minOmittedWords is the length from which an untranslated source
// paragraph is a major omission; shorter ones (a byline, a photo credit,
// "(Reuters)") are minor.
const minOmittedWords = 8

// minCopyWords is the length from which a target identical to its source
// is a copy: a short segment (a name, a product, a URL) is rightly kept.
const minCopyWords = 4

func run(p *checks.Pass) error {
	a := p.Alignment
	waiting := emptyUnits(p)
	if copied(p) || len(waiting) == 0 && empty(p) {
		return nil
	}
	placed := targetOf(a)
	near := make([]neighbours, len(a.Sources))
	for d, src := range a.Sources {
		near[d] = placedNeighbours(placed, d, len(src.Paragraphs))
	}
	for _, l := range a.Links {
		if len(l.Target) > 0 {
			continue
		}
		for _, sp := range l.Sources {
			for _, j := range sp.Paras {
				if !waiting[[2]int{sp.Doc, j}] {
					omitted(p, placed, near[sp.Doc], sp.Doc, j)
				}
			}
		}
	}
	unaligned(p)
	inChunks(p)
	return nil
}

// inChunks says of each link too long to align sentence by sentence in
// one table that its sentences were aligned in chunks, a cheaper
// alignment: what a sentence moved far away lost or gained is read less
// surely there.
func inChunks(p *checks.Pass) {
	a := p.Alignment
	for _, l := range a.Links {
		ok, n, m := align.InChunks(a, l)
		if !ok || l.Target[0] < 0 || l.Target[0] >= len(a.Target.Paragraphs) {
			continue
		}
		p.Report(checks.Finding{
			Severity: checks.Info,
			Category: checks.NotChecked,
			Span:     a.Target.Paragraphs[l.Target[0]].Span,
			Message: fmt.Sprintf("%d target sentences against %d source sentences in one stretch of paragraphs: too many to align in one table, so they were aligned in runs along the diagonal their lengths draw; a sentence moved far from its place reads as missing there and added elsewhere",
				n, m),
		})
	}
}

// copied reports a target that is a copy of one of its sources.
func copied(p *checks.Pass) bool {
	tgt := p.Target()
	if tgt.Words() < minCopyWords || len(tgt.Paragraphs) == 0 {
		return false
	}
	for d, src := range p.Alignment.Sources {
		if len(src.Paragraphs) == 0 || !sameWords(tgt.Text, src.Text) {
			continue
		}
		first, last := tgt.Paragraphs[0].Span, tgt.Paragraphs[len(tgt.Paragraphs)-1].Span
		p.Report(checks.Finding{
			Severity: checks.Critical,
			Category: checks.Untranslated,
			Span:     corpus.Span{Start: first.Start, End: last.End},
			Source:   &checks.Evidence{Doc: d, Span: corpus.Span{Start: src.Paragraphs[0].Span.Start, End: src.Paragraphs[len(src.Paragraphs)-1].Span.End}},
			Message:  fmt.Sprintf("the target is a copy of %s: nothing was translated", src.Path),
		})
		return true
	}
	return false
}

// empty reports a target without a word — no paragraph at all, or only
// punctuation (".") — where a source has words: each such source is
// omitted as a whole, a critical finding on the target's text (or the
// empty span at its start).
func empty(p *checks.Pass) bool {
	tgt := p.Target()
	if tgt.Words() > 0 {
		return false
	}
	var at corpus.Span
	if n := len(tgt.Paragraphs); n > 0 {
		at = corpus.Span{Start: tgt.Paragraphs[0].Span.Start, End: tgt.Paragraphs[n-1].Span.End}
	}
	reported := false
	for d, src := range p.Alignment.Sources {
		if src.Words() == 0 {
			continue
		}
		reported = true
		first, last := src.Paragraphs[0].Span, src.Paragraphs[len(src.Paragraphs)-1].Span
		msg := fmt.Sprintf("the target is empty: none of the %d paragraphs of %s is translated", len(src.Paragraphs), src.Path)
		if len(src.Paragraphs) == 1 {
			msg = fmt.Sprintf("the target is empty: %s is not translated", src.Path)
		}
		p.Report(checks.Finding{
			Severity: checks.Critical,
			Category: checks.Omission,
			Span:     at,
			Source:   &checks.Evidence{Doc: d, Span: corpus.Span{Start: first.Start, End: last.End}},
			Message:  msg,
		})
	}
	return reported || len(tgt.Paragraphs) == 0
}

// sameWords reports whether a and b hold the same words (runs of what is
// not white space) in the same order, however spaced. Reading both as
// it goes, it mostly stops at the first word, where a translation
// differs from its source.
func sameWords(a, b string) bool {
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i, j := wordEnd(a), wordEnd(b)
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// wordEnd returns where the run of what is not white space at the start
// of s ends.
func wordEnd(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

// targetOf maps each linked source paragraph to the target paragraphs of
// its link.
func targetOf(a *align.Alignment) map[[2]int][]int {
	out := map[[2]int][]int{}
	for _, l := range a.Links {
		if len(l.Target) == 0 {
			continue
		}
		for _, sp := range l.Sources {
			for _, j := range sp.Paras {
				out[[2]int{sp.Doc, j}] = l.Target
			}
		}
	}
	return out
}

// omitted reports source paragraph j of document d, which no target
// paragraph translates, on the target paragraph after which it belongs:
// the one that translates the nearest source paragraph before it, or
// else the one before which it belongs.
func omitted(p *checks.Pass, placed map[[2]int][]int, near neighbours, d, j int) {
	src := p.Source(d)
	tgt := p.Target()
	if len(tgt.Paragraphs) == 0 {
		return
	}
	at, where := 0, "at the start of the article"
	if k := near.before[j]; k >= 0 {
		ts := placed[[2]int{d, k}]
		at, where = ts[len(ts)-1], "after this paragraph"
	} else if k := near.after[j]; k >= 0 {
		at, where = placed[[2]int{d, k}][0], "before this paragraph"
	}
	sev := checks.Major
	if len(src.Paragraphs[j].Words) < minOmittedWords {
		sev = checks.Minor
	}
	p.Report(checks.Finding{
		Severity: sev,
		Category: checks.Omission,
		Span:     tgt.Paragraphs[at].Span,
		Source:   &checks.Evidence{Doc: d, Span: src.Paragraphs[j].Span},
		Message:  fmt.Sprintf("paragraph %d of %s is not translated; it belongs %s", j+1, src.Path, where),
	})
}

// neighbours holds, for each paragraph of a source, the closest one
// before it and after it that some target paragraph translates (-1 for
// none): one pass each way, however many paragraphs a target leaves out.
type neighbours struct{ before, after []int }

func placedNeighbours(placed map[[2]int][]int, d, n int) neighbours {
	nb := neighbours{before: make([]int, n), after: make([]int, n)}
	last := -1
	for j := range n {
		nb.before[j] = last
		if _, ok := placed[[2]int{d, j}]; ok {
			last = j
		}
	}
	last = -1
	for j := n - 1; j >= 0; j-- {
		nb.after[j] = last
		if _, ok := placed[[2]int{d, j}]; ok {
			last = j
		}
	}
	return nb
}

// unaligned reports each target paragraph no source covers, and the
// article when too many are.
func unaligned(p *checks.Pass) {
	tgt := p.Target()
	covered := make([]bool, len(tgt.Paragraphs))
	for _, l := range p.Alignment.Links {
		if len(l.Sources) == 0 {
			continue
		}
		for _, i := range l.Target {
			covered[i] = true
		}
	}
	var free []int
	for i, ok := range covered {
		if !ok {
			free = append(free, i)
		}
	}
	if len(free) == 0 {
		return
	}
	if share := float64(len(free)) / float64(len(covered)); share > p.MaxUnaligned() {
		p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.NotChecked,
			Span:     tgt.Paragraphs[free[0]].Span,
			Message: fmt.Sprintf("%d of %d target paragraphs (%.0f %%) have no source paragraph and were not checked: give the missing sources, or check the alignment",
				len(free), len(covered), 100*share),
		})
	}
	for _, i := range free {
		p.Report(checks.Finding{
			Severity: checks.Info,
			Category: checks.NotChecked,
			Span:     tgt.Paragraphs[i].Span,
			Message:  "no source paragraph covers this paragraph: an addition, or one the aligner could not place; not checked",
		})
	}
}
