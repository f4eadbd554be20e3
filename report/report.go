package report

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/baseline"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/parallel"
)

// Options tune a Reporter. The zero value gives plain output of the default
// width.
type Options struct {
	// Color turns on ANSI colour in the text format. The caller decides:
	// crossread sets it only when writing to a terminal and NO_COLOR is
	// unset.
	Color bool
	// Width is the widest excerpt of a paragraph the text format shows, in
	// terminal columns; 0 means DefaultWidth.
	Width int
	// Checks are the checks that ran, for formats that describe them
	// (legends, SARIF rules); nil when unknown.
	Checks []*checks.Check
	// Weights score the findings (MQM); nil means checks.DefaultWeights.
	Weights *checks.Weights
	// FailLevel is the least severity that fails, for the formats that
	// say pass or fail (JUnit); nil means major.
	FailLevel *checks.FailLevel
	// Baseline says what a baseline left out, for the summary; nil when
	// none was given.
	Baseline *baseline.Counts
}

// DefaultWidth is the excerpt width used when Options.Width is 0.
const DefaultWidth = 100

// A Reporter writes the report of checked articles: Report once per
// article, with its findings in checks.Sort order, then Close once, which
// ends a document that spans the articles (and writes nothing more in the
// formats that need no ending). Close does not close the writer.
type Reporter interface {
	Report(a *align.Alignment, findings []checks.Finding) error
	Close() error
}

// formats maps each format name to its Reporter's constructor; each
// lives in a file of its own.
var formats = map[string]func(io.Writer, Options) Reporter{
	"text":   func(w io.Writer, o Options) Reporter { return &textReporter{w: w, opt: o} },
	"json":   func(w io.Writer, o Options) Reporter { return &jsonReporter{w: w, opt: o} },
	"sarif":  newSARIF,
	"junit":  newJUnit,
	"github": newGitHub,
	"gitlab": newGitLab,
	"html":   func(w io.Writer, o Options) Reporter { return &htmlReporter{w: w, opt: o} },
	"xliff":  newXLIFF,
}

// Formats lists the format names New accepts.
func Formats() []string {
	out := make([]string, 0, len(formats))
	for name := range formats {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// New returns the Reporter for format, writing to w.
func New(format string, w io.Writer, opt Options) (Reporter, error) {
	if opt.Width <= 0 {
		opt.Width = DefaultWidth
	}
	f := strings.ToLower(format)
	if f == "" {
		f = "text"
	}
	if mk, ok := formats[f]; ok {
		return mk(w, opt), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// Report is the data of one checked article in the shape of the JSON format.
// Offsets are bytes into the original files; paragraph numbers are 1-based.
type Report struct {
	Target    Target    `json:"target"`
	Sources   []Source  `json:"sources"`
	Alignment []Bead    `json:"alignment"`
	Findings  []Finding `json:"findings"`
	Summary   Summary   `json:"summary"`
}

// Target describes the checked document.
type Target struct {
	Path         string `json:"path"`
	Lang         string `json:"lang"`
	LangDetected bool   `json:"lang_detected,omitempty"`
	Paragraphs   int    `json:"paragraphs"`
	Words        int    `json:"words"`
	Title        string `json:"title,omitempty"`     // an HTML page's
	Published    string `json:"published,omitempty"` // an HTML page's publication date
}

// Source describes one source document.
type Source struct {
	Path         string `json:"path"`
	Lang         string `json:"lang"`
	LangDetected bool   `json:"lang_detected,omitempty"`
	Paragraphs   int    `json:"paragraphs"`
	Title        string `json:"title,omitempty"`
	Published    string `json:"published,omitempty"`
}

// Bead is one link of the alignment: target paragraphs and the source
// paragraphs they translate. Either side may be empty.
type Bead struct {
	Target  []int        `json:"target"`
	Sources []BeadSource `json:"sources"`
	Score   float64      `json:"score"`
}

// BeadSource names paragraphs of one source document.
type BeadSource struct {
	Path       string `json:"path"`
	Paragraphs []int  `json:"paragraphs"`
}

// Finding is a checks.Finding placed in the original target file.
type Finding struct {
	Check     string          `json:"check"`
	Severity  checks.Severity `json:"severity"`
	Category  checks.Category `json:"category"`
	Paragraph int             `json:"paragraph"`       // 1-based; 0 if outside every paragraph
	Unit      string          `json:"unit,omitempty"`  // the unit's id, in a bilingual file
	State     string          `json:"state,omitempty"` // the unit's translation state, if any
	Start     int             `json:"start"`           // byte offset into the target file
	End       int             `json:"end"`
	Line      int             `json:"line"`       // 1-based
	Column    int             `json:"column"`     // 1-based, in grapheme clusters
	EndLine   int             `json:"end_line"`   // of the position just after the span
	EndColumn int             `json:"end_column"` // likewise: exclusive
	Text      string          `json:"text"`       // the file's bytes [Start, End)
	// FileStart and FileEnd are set when the target was decoded from
	// another encoding than UTF-8 (a page's meta charset, --encoding):
	// Start and End are then offsets into its UTF-8 text, which Text,
	// the editor and fixes work on, and these the offsets into the file
	// as given, mapped back character by character (corpus.FileSpan).
	FileStart   *int      `json:"file_start,omitempty"`
	FileEnd     *int      `json:"file_end,omitempty"`
	Message     string    `json:"message"`
	Source      *Evidence `json:"source,omitempty"`
	Fixes       []Fix     `json:"fixes"`
	Fingerprint string    `json:"fingerprint"`
}

// Evidence is the source text a finding compares against.
type Evidence struct {
	Path      string `json:"path"`
	Paragraph int    `json:"paragraph"` // 1-based; 0 if outside every paragraph
	Text      string `json:"text"`      // the source file's bytes [Start, End)
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
}

// Fix is one way to repair a finding.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the target file's bytes [Start, End) with New.
type Edit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// Summary counts the findings and, in a full report, the paragraphs the
// alignment covers.
type Summary struct {
	Findings   Counts           `json:"findings"`
	MQM        *checks.Score    `json:"mqm"`
	Paragraphs *Coverage        `json:"paragraphs,omitempty"`
	Baseline   *baseline.Counts `json:"baseline,omitempty"`
}

// Coverage counts, for the target and each source, the paragraphs the
// alignment links to the other side and those it leaves out: what was
// checked and what was not.
type Coverage struct {
	Target  Covered   `json:"target"`
	Sources []Covered `json:"sources"`
}

// Covered counts the aligned and unaligned paragraphs of one document.
type Covered struct {
	Path      string `json:"path,omitempty"`
	Aligned   int    `json:"aligned"`
	Unaligned int    `json:"unaligned"`
}

// Counts holds the number of findings of each severity.
type Counts struct {
	Critical int `json:"critical"`
	Major    int `json:"major"`
	Minor    int `json:"minor"`
	Info     int `json:"info"`
}

// Of returns the count for severity s.
func (c Counts) Of(s checks.Severity) int {
	switch s {
	case checks.Critical:
		return c.Critical
	case checks.Major:
		return c.Major
	case checks.Minor:
		return c.Minor
	}
	return c.Info
}

// Total returns the number of findings counted.
func (c Counts) Total() int { return c.Critical + c.Major + c.Minor + c.Info }

func (c *Counts) add(s checks.Severity) {
	switch {
	case s >= checks.Critical:
		c.Critical++
	case s == checks.Major:
		c.Major++
	case s == checks.Minor:
		c.Minor++
	default:
		c.Info++
	}
}

// Build places the findings of a checked article in its original files.
// The findings must be in checks.Sort order and fit the alignment's
// documents, as the ones checks.Run returns do.
func Build(a *align.Alignment, findings []checks.Finding) *Report {
	t := a.Target
	r := &Report{
		Target: Target{
			Path:         t.Path,
			Lang:         t.Lang.String(),
			LangDetected: t.LangDetected,
			Paragraphs:   len(t.Paragraphs),
			Words:        t.Words(),
			Title:        t.Title,
			Published:    t.Published,
		},
		Sources: make([]Source, len(a.Sources)),
	}
	for i, s := range a.Sources {
		r.Sources[i] = Source{Path: s.Path, Lang: s.Lang.String(), LangDetected: s.LangDetected, Paragraphs: len(s.Paragraphs),
			Title: s.Title, Published: s.Published}
	}
	r.Alignment = beads(a)
	r.Findings, r.Summary = Findings(a, findings)
	r.Summary.Paragraphs = coverage(a)
	return r
}

// coverage counts the paragraphs each side of a has linked.
func coverage(a *align.Alignment) *Coverage {
	t := make([]bool, len(a.Target.Paragraphs))
	s := make([][]bool, len(a.Sources))
	for d, src := range a.Sources {
		s[d] = make([]bool, len(src.Paragraphs))
	}
	for _, l := range a.Aligned() {
		for _, i := range l.Target {
			t[i] = true
		}
		for _, sp := range l.Sources {
			for _, j := range sp.Paras {
				s[sp.Doc][j] = true
			}
		}
	}
	count := func(path string, linked []bool) Covered {
		c := Covered{Path: path}
		for _, ok := range linked {
			if ok {
				c.Aligned++
			} else {
				c.Unaligned++
			}
		}
		return c
	}
	out := &Coverage{Target: count("", t), Sources: make([]Covered, len(s))}
	for d := range s {
		out.Sources[d] = count(a.Sources[d].Path, s[d])
	}
	return out
}

// Findings places findings in the original target file, like Build, for
// callers that need only the findings and their summary. The findings
// come in checks.Sort order, as checks.Run returns them, and keep it.
func Findings(a *align.Alignment, fs []checks.Finding) ([]Finding, Summary) {
	out := make([]Finding, len(fs))
	// Findings are placed in runs of placeRun, side by side on a long
	// article, each run with positioners of its own.
	runs := (len(fs) + placeRun - 1) / placeRun
	parallel.Do(runtime.GOMAXPROCS(0), runs, func(k int) {
		pos := map[*corpus.Document]*positioner{}
		posOf := func(d *corpus.Document, orig int) corpus.Position {
			p := pos[d]
			if p == nil {
				p = newPositioner(d)
				pos[d] = p
			}
			return p.position(orig)
		}
		for i := k * placeRun; i < min(len(fs), (k+1)*placeRun); i++ {
			out[i] = place(a, fs[i], posOf)
		}
	})
	var sum Summary
	for _, f := range fs {
		sum.Findings.add(f.Severity)
	}
	score := checks.ScoreOf(fs, a.Target.Words(), checks.DefaultWeights)
	sum.MQM = &score
	return out, sum
}

// placeRun is how many findings Findings places in one go (a variable
// for the tests).
var placeRun = 512

// weigh scores the findings of rep with the weights of opt, when given,
// and adds what a baseline left out.
func weigh(rep *Report, a *align.Alignment, fs []checks.Finding, opt Options) {
	rep.Summary.Baseline = opt.Baseline
	if opt.Weights != nil {
		score := checks.ScoreOf(fs, a.Target.Words(), *opt.Weights)
		rep.Summary.MQM = &score
	}
}

// beads converts the links to 1-based paragraph numbers and makes sure every
// paragraph is listed even if the aligner left one out.
func beads(a *align.Alignment) []Bead {
	out := make([]Bead, 0, len(a.Links))
	seenT := make([]bool, len(a.Target.Paragraphs))
	seenS := make([][]bool, len(a.Sources))
	for d, s := range a.Sources {
		seenS[d] = make([]bool, len(s.Paragraphs))
	}
	for _, l := range a.Links {
		b := Bead{Target: make([]int, 0, len(l.Target)), Sources: make([]BeadSource, 0, len(l.Sources)), Score: round(l.Score)}
		for _, i := range l.Target {
			b.Target = append(b.Target, i+1)
			if i >= 0 && i < len(seenT) {
				seenT[i] = true
			}
		}
		for _, sp := range l.Sources {
			bs := BeadSource{Path: a.Sources[sp.Doc].Path, Paragraphs: make([]int, 0, len(sp.Paras))}
			for _, j := range sp.Paras {
				bs.Paragraphs = append(bs.Paragraphs, j+1)
				if j >= 0 && j < len(seenS[sp.Doc]) {
					seenS[sp.Doc][j] = true
				}
			}
			b.Sources = append(b.Sources, bs)
		}
		out = append(out, b)
	}
	var extra []Bead
	for i, ok := range seenT {
		if !ok {
			extra = append(extra, Bead{Target: []int{i + 1}, Sources: []BeadSource{}})
		}
	}
	for d, seen := range seenS {
		for j, ok := range seen {
			if !ok {
				extra = append(extra, Bead{Target: []int{}, Sources: []BeadSource{{Path: a.Sources[d].Path, Paragraphs: []int{j + 1}}}})
			}
		}
	}
	if len(extra) > 0 {
		out = append(out, extra...)
		sort.SliceStable(out, func(i, j int) bool { return beadKey(out[i]) < beadKey(out[j]) })
	}
	return out
}

// beadKey orders beads by first target paragraph; source-only beads go last.
func beadKey(b Bead) int {
	if len(b.Target) == 0 {
		return math.MaxInt
	}
	return b.Target[0]
}

// round keeps scores short and stable in the output.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// place converts one finding from Text offsets to file offsets.
func place(a *align.Alignment, f checks.Finding, position func(*corpus.Document, int) corpus.Position) Finding {
	t := a.Target
	span := t.OrigSpan(f.Span)
	pos := position(t, span.Start)
	end := position(t, span.End)
	para := paragraphOf(t, f.Span)
	out := Finding{
		Check:       f.Check,
		Severity:    f.Severity,
		Category:    f.Category,
		Paragraph:   para + 1,
		Start:       span.Start,
		End:         span.End,
		Line:        pos.Line,
		Column:      pos.Column,
		EndLine:     end.Line,
		EndColumn:   end.Column,
		Text:        t.Orig[span.Start:span.End],
		Message:     f.Message,
		Fixes:       make([]Fix, 0, len(f.Fixes)),
		Fingerprint: checks.Fingerprint(a, f),
	}
	if t.EncodingName != "" {
		fs := t.FileSpan(span)
		out.FileStart, out.FileEnd = &fs.Start, &fs.End
	}
	if para >= 0 && para < len(t.Units) {
		out.Unit, out.State = t.Units[para].ID, unitState(t.Units[para])
	} else if u, ok := t.EmptyUnitAt(f.Span.Start); ok && para < 0 {
		out.Unit, out.State = u.ID, unitState(u)
	}
	if ev := f.Source; ev != nil {
		s := a.Sources[ev.Doc]
		es := s.OrigSpan(ev.Span)
		epos := position(s, es.Start)
		out.Source = &Evidence{
			Path:      s.Path,
			Paragraph: paragraphOf(s, ev.Span) + 1,
			Text:      s.Orig[es.Start:es.End],
			Start:     es.Start,
			End:       es.End,
			Line:      epos.Line,
			Column:    epos.Column,
		}
	}
	for _, fix := range f.Fixes {
		if x, ok := placeFix(t, fix); ok {
			out.Fixes = append(out.Fixes, x)
		}
	}
	return out
}

// placeFix maps a fix's edits to the file; a fix with an edit the file
// cannot take (corpus.Document.OrigEdit) is left out whole.
func placeFix(t *corpus.Document, fix checks.Fix) (Fix, bool) {
	x := Fix{Message: fix.Message, Edits: make([]Edit, 0, len(fix.Edits))}
	for _, e := range fix.Edits {
		es, write, ok := t.OrigEdit(e.Span, e.New)
		if !ok {
			return Fix{}, false
		}
		x.Edits = append(x.Edits, Edit{Start: es.Start, End: es.End, New: write})
	}
	return x, true
}

// paragraphOf returns the 0-based paragraph holding span s, or -1. An empty
// span just after a paragraph's last byte belongs to that paragraph.
func paragraphOf(d *corpus.Document, s corpus.Span) int {
	i := d.ParagraphAt(s.Start)
	if i < 0 && s.Start > 0 {
		if j := d.ParagraphAt(s.Start - 1); j >= 0 && d.Paragraphs[j].Span.End == s.Start {
			i = j
		}
	}
	return i
}

// unitState is the state of a unit and its qualifier, as "state/qualifier".
func unitState(u corpus.Unit) string {
	if u.StateQualifier == "" {
		return u.State
	}
	return u.State + "/" + u.StateQualifier
}

// numberUnits renumbers the paragraphs of the report of a bilingual file
// by unit ordinal, as the file's users count: crossread checks only the
// units with text, and --states may leave more out. The reports for
// people keep paragraph numbers, which index the documents.
func numberUnits(rep *Report, a *align.Alignment) {
	if a.Target.Units == nil || len(a.Sources) != 1 {
		return
	}
	t, s := a.Target, a.Sources[0]
	ord := func(d *corpus.Document, p int) int {
		if p >= 1 && p <= len(d.Units) {
			return d.Units[p-1].Ordinal
		}
		return p
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		f.Paragraph = ord(t, f.Paragraph)
		if f.Source != nil {
			f.Source.Paragraph = ord(s, f.Source.Paragraph)
		}
	}
	for i := range rep.Alignment {
		b := &rep.Alignment[i]
		for k, p := range b.Target {
			b.Target[k] = ord(t, p)
		}
		for _, bs := range b.Sources {
			for k, p := range bs.Paragraphs {
				bs.Paragraphs[k] = ord(s, p)
			}
		}
	}
}
