package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/parallel"
)

// textReporter writes a report for people: a header, the findings grouped by
// target paragraph with the flagged span underlined, and a summary line.
type textReporter struct {
	w   io.Writer
	opt Options

	reported int // articles reported so far
}

// excerpts holds the clusters of the paragraph last excerpted: findings
// come grouped by paragraph.
type excerpts struct {
	para     int
	clusters []cluster
}

var _ Reporter = (*textReporter)(nil)

// Close ends nothing: each article's report stands alone.
func (r *textReporter) Close() error { return nil }

// ANSI SGR codes.
const (
	sgrBold   = "1"
	sgrRed    = "31"
	sgrGreen  = "32"
	sgrYellow = "33"
	sgrCyan   = "36"
	sgrDim    = "2"
)

func (r *textReporter) paint(code, s string) string {
	if !r.opt.Color || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func severityColor(s checks.Severity) string {
	switch s {
	case checks.Critical:
		return sgrBold + ";" + sgrRed
	case checks.Major:
		return sgrRed
	case checks.Minor:
		return sgrYellow
	}
	return sgrCyan
}

func (r *textReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	rep := Build(a, findings)
	weigh(rep, a, findings, r.opt)
	// Written as it goes: a long article's report runs to megabytes.
	b := bufio.NewWriterSize(r.w, 64<<10)
	if r.reported > 0 {
		b.WriteString("\n") // one report after another
	}
	r.reported++
	r.header(b, a, rep)
	r.findings(b, a, rep)
	c := rep.Summary.Findings
	fmt.Fprintf(b, "\n%s: %s (", r.paint(sgrBold, "summary"), plural(c.Total(), "finding"))
	for i, s := range []checks.Severity{checks.Critical, checks.Major, checks.Minor, checks.Info} {
		if i > 0 {
			b.WriteString(", ")
		}
		n := fmt.Sprintf("%d %s", c.Of(s), s)
		if c.Of(s) > 0 {
			n = r.paint(severityColor(s), n)
		}
		b.WriteString(n)
	}
	b.WriteString(")")
	if m := rep.Summary.MQM; m != nil {
		fmt.Fprintf(b, "; MQM score %.2f (%g penalty points over %s)", m.Score, m.Penalty, plural(m.Words, "target word"))
	}
	if bl := rep.Summary.Baseline; bl != nil {
		fmt.Fprintf(b, "; baseline: %d accepted, %d stale", bl.Suppressed, bl.Stale)
	}
	b.WriteString("\n")
	err := b.Flush()
	return err
}

func (r *textReporter) header(b *bufio.Writer, a *align.Alignment, rep *Report) {
	t := rep.Target
	fmt.Fprintf(b, "target: %s, %s, %s, %s%s\n", r.paint(sgrBold, t.Path), langName(t.Lang, t.LangDetected),
		plural(t.Paragraphs, "paragraph"), plural(t.Words, "word"), published(t.Published))
	for _, s := range rep.Sources {
		fmt.Fprintf(b, "source: %s, %s, %s%s\n", r.paint(sgrBold, s.Path), langName(s.Lang, s.LangDetected),
			plural(s.Paragraphs, "paragraph"), published(s.Published))
	}
	c := rep.Summary.Paragraphs
	fmt.Fprintf(b, "alignment: %d of %s aligned", c.Target.Aligned, plural(t.Paragraphs, "paragraph"))
	for _, s := range c.Sources {
		if s.Unaligned > 0 {
			fmt.Fprintf(b, "; %s: %d of %s not translated", s.Path, s.Unaligned, plural(s.Aligned+s.Unaligned, "paragraph"))
		}
	}
	b.WriteString("\n")
}

// published is the header's note of a page's publication date.
func published(date string) string {
	if date == "" {
		return ""
	}
	return ", published " + date
}

// paragraphTitle names a target paragraph (1-based, 0 for none) and what it
// is aligned to, in the file#N notation of the gold files.
func paragraphTitle(a *align.Alignment, links align.Index, para int) string {
	if para <= 0 {
		return "outside paragraphs"
	}
	if us := a.Target.Units; para <= len(us) {
		return unitTitle(us[para-1])
	}
	l := links.LinkFor(para - 1)
	if l == nil || len(l.Sources) == 0 {
		return fmt.Sprintf("paragraph %d (unaligned)", para)
	}
	var names []string
	for _, sp := range l.Sources {
		for _, j := range sp.Paras {
			names = append(names, fmt.Sprintf("%s#%d", a.Sources[sp.Doc].Path, j+1))
		}
	}
	return fmt.Sprintf("paragraph %d (aligned to %s)", para, strings.Join(names, ", "))
}

const indent = "    "

// findings writes the findings of rep, each paragraph's under its title.
// A long article's findings are written in runs of textRun, a few runs at
// a time side by side, each into a buffer of its own, then in order.
func (r *textReporter) findings(b *bufio.Writer, a *align.Alignment, rep *Report) {
	links := a.Index()
	fs := rep.Findings
	runs := (len(fs) + textRun - 1) / textRun
	workers := runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, min(runs, 4*workers))
	for first := 0; first < runs; first += len(bufs) {
		n := min(len(bufs), runs-first)
		parallel.Do(workers, n, func(k int) {
			w := &bufs[k]
			w.Reset()
			lo := (first + k) * textRun
			para := -1
			if lo > 0 {
				para = fs[lo-1].Paragraph
			}
			var x excerpts
			for _, f := range fs[lo:min(len(fs), lo+textRun)] {
				if f.Paragraph != para {
					para = f.Paragraph
					w.WriteString("\n")
					w.WriteString(r.paint(sgrBold, paragraphTitle(a, links, para)))
					w.WriteString("\n")
				}
				r.finding(w, &x, a, rep, f)
			}
		})
		for k := range n {
			b.Write(bufs[k].Bytes())
		}
	}
}

// textRun is how many findings the text report formats in one go (a
// variable for the tests).
var textRun = 256

func (r *textReporter) finding(b *bytes.Buffer, x *excerpts, a *align.Alignment, rep *Report, f Finding) {
	sc := severityColor(f.Severity)
	fmt.Fprintf(b, "%s:%d:%d: %s %s: %s %s\n", rep.Target.Path, f.Line, f.Column,
		r.paint(sc, f.Severity.String()), r.paint(sgrBold, f.Check), f.Message, r.paint(sgrDim, "["+string(f.Category)+"]"))
	if f.Paragraph > 0 {
		text, ps, start, end := excerptOf(a.Target, f)
		if x.para != f.Paragraph || x.clusters == nil {
			x.para, x.clusters = f.Paragraph, clusters(text[ps.Start:ps.End])
		}
		s := clamp(start-ps.Start, 0, ps.Len())
		line := excerptClusters(x.clusters, s, clamp(end-ps.Start, s, ps.Len()), r.opt.Width)
		b.WriteString(indent + line.pre + r.paint(sgrBold+";"+sc, line.mid) + line.post + "\n")
		b.WriteString(indent + strings.Repeat(" ", line.pad) + r.paint(sc, strings.Repeat("^", line.marks)) + "\n")
	}
	if ev := f.Source; ev != nil {
		fmt.Fprintf(b, "%s%s %s:%d:%d: %q\n", indent, r.paint(sgrCyan, "source:"), ev.Path, ev.Line, ev.Column,
			truncate(evidenceText(a, ev), r.opt.Width))
	}
	for _, fix := range f.Fixes {
		fmt.Fprintf(b, "%s%s %s\n", indent, r.paint(sgrGreen, "fix:"), fix.Message)
	}
}

// evidenceText is the source text to quote for ev: its bytes, or for an
// HTML page the article text they show.
func evidenceText(a *align.Alignment, ev *Evidence) string {
	for _, s := range a.Sources {
		if s.Path == ev.Path && s.Format == corpus.FormatHTML {
			if i, j := s.TextOffset(ev.Start), s.TextOffset(ev.End); i <= j {
				return s.Text[i:j]
			}
		}
	}
	return ev.Text
}

func langName(tag string, detected bool) string {
	if detected {
		return tag + " (detected)"
	}
	return tag
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// unitTitle names the unit of a bilingual file a paragraph is, with its
// state.
func unitTitle(u corpus.Unit) string {
	t := fmt.Sprintf("unit %s (#%d", u.ID, u.Ordinal)
	if st := unitState(u); st != "" {
		t += ", state " + st
	}
	if u.Locked {
		t += ", translate=no"
	}
	return t + ")"
}

// excerptOf returns the text to excerpt finding f from, the span of its
// paragraph there and the finding's: the file's bytes, or for a
// bilingual file, whose units are wrapped in markup, the checked text.
func excerptOf(t *corpus.Document, f Finding) (text string, para corpus.Span, start, end int) {
	p := t.Paragraphs[f.Paragraph-1].Span
	if t.Units == nil && t.Format != corpus.FormatHTML {
		return t.Orig, t.OrigSpan(p), f.Start, f.End
	}
	// A bilingual file or a page: the checked text, not the markup around it.
	return t.Text, p, t.TextOffset(f.Start), t.TextOffset(f.End)
}
