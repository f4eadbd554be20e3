package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html"
	"html/template"
	"io"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// The editor view: one HTML file with everything inline. Article text
// reaches the page only through html/template, which escapes it for the
// context it lands in; the script and style are constants of this
// package, allowed by hash in the page's Content-Security-Policy, which
// also forbids every network request.

//go:embed editor/page.html editor/editor.css editor/editor.js
var editorFS embed.FS

// editorTemplate parses the page on first use: only --format html needs
// it, and parsing it at every start cost a command a millisecond or more.
var editorTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page.html").Funcs(template.FuncMap{
		"sevs":  func() []string { return []string{"critical", "major", "minor", "info"} },
		"parts": textParts,
		"card":  func(c *htmlCard, a *htmlArticle) cardView { return cardView{C: c, A: a} },
	}).ParseFS(editorFS, "editor/page.html"))
})

var (
	editorCSS = mustRead("editor/editor.css")
	editorJS  = mustRead("editor/editor.js")
)

func mustRead(name string) string {
	b, err := editorFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// htmlReporter collects the articles and writes the page on Close.
type htmlReporter struct {
	w        io.Writer
	opt      Options
	articles []*htmlArticle
}

var _ Reporter = (*htmlReporter)(nil)

func (r *htmlReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	r.articles = append(r.articles, buildArticle(len(r.articles)+1, a, findings, r.opt))
	return nil
}

func (r *htmlReporter) Close() error {
	p := htmlPage{
		Articles: r.articles,
		CSS:      template.CSS(editorCSS),
		JS:       template.JS(editorJS),
		CSP: fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'",
			hash(editorCSS), hash(editorJS)),
	}
	p.Title = "crossread"
	if len(r.articles) == 1 {
		p.Title = "crossread: " + strings.Map(func(r rune) rune {
			if isBidiControl(r) {
				return -1
			}
			return r
		}, r.articles[0].Target.Path)
	}
	return editorTemplate().Execute(r.w, p)
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

type htmlPage struct {
	Title    string
	CSP      string
	CSS      template.CSS
	JS       template.JS
	Articles []*htmlArticle
}

type htmlDoc struct {
	Path  string
	Lang  string
	Class string // colour class of a source
	Num   int    // 1-based source number
}

type htmlArticle struct {
	ID       string
	Target   htmlDoc
	Sources  []htmlDoc
	Summary  Summary
	Report   *Report
	Rows     []*htmlRow
	Outside  []*htmlCard // findings outside every paragraph
	Checks   []checkCount
	Cards    []*htmlCard
	Diff     []DiffOp
	Fixed    string
	Accepted int
	Skipped  int
	Data     editorData
}

type checkCount struct {
	Name  string
	Count int
	Fixes int // findings with a fix
}

// htmlRow is one line of the side-by-side view.
type htmlRow struct {
	Kind    string // "aligned", "unaligned" or "omission"
	Moved   bool
	Score   float64
	Target  []*htmlPara
	Sources []*htmlPara
	Cards   []*htmlCard
}

type htmlPara struct {
	Num  int     // 1-based
	Line int     // 1-based line where it starts
	Doc  htmlDoc // for source paragraphs
	Segs []segment
}

// segment is a run of paragraph text covered by the same findings.
type segment struct {
	Parts    []textPart
	Findings string // space-separated finding numbers; empty: not marked
	Class    string
	Empty    bool // marks an empty span
}

// textPart is text, or a bidirectional control character shown by name.
type textPart struct {
	Text string
	Ctl  string
}

type htmlCard struct {
	N        int
	ID       string
	Severity checks.Severity
	Check    string
	Category string
	Message  string
	Loc      string
	Text     string
	Evidence *Evidence
	EvClass  string
	EvLang   string
	Fixes    []htmlFix
	Chosen   int
	Status   string
}

// cardView is a card and its article, for the card template.
type cardView struct {
	C *htmlCard
	A *htmlArticle
}

type htmlFix struct {
	N       int
	Message string
	Changes []htmlChange
}

type htmlChange struct{ Old, New string }

// editorData is what the script needs, as JSON. Offsets are in UTF-16
// code units, the unit of JavaScript strings.
type editorData struct {
	Orig     string          `json:"orig"`
	Name     string          `json:"name"`
	Findings []editorFinding `json:"findings"`
}

type editorFinding struct {
	Check string         `json:"check"`
	Len   int            `json:"len"` // of the flagged span, to pick the innermost of nested marks
	Fixes [][]editorEdit `json:"fixes"`
}

type editorEdit struct {
	S int    `json:"s"`
	E int    `json:"e"`
	N string `json:"n"`
}

func buildArticle(n int, a *align.Alignment, findings []checks.Finding, opt Options) *htmlArticle {
	rep := Build(a, findings)
	weigh(rep, a, findings, opt)
	t := a.Target
	art := &htmlArticle{
		ID:      fmt.Sprintf("a%d", n),
		Target:  htmlDoc{Path: t.Path, Lang: t.Lang.String()},
		Summary: rep.Summary,
		Report:  rep,
	}
	for i, s := range a.Sources {
		art.Sources = append(art.Sources, htmlDoc{Path: s.Path, Lang: s.Lang.String(), Class: fmt.Sprintf("src-%d", i%6), Num: i + 1})
	}
	srcIndex := make([]int, len(findings)) // source document of each finding's evidence, or -1
	for i, f := range findings {
		srcIndex[i] = -1
		if f.Source != nil {
			srcIndex[i] = f.Source.Doc
		}
	}
	art.Cards = buildCards(art, rep, a, srcIndex)
	art.Rows = buildRows(art, a, rep, srcIndex)
	for _, c := range art.Cards {
		if f := rep.Findings[c.N-1]; f.Paragraph == 0 {
			art.Outside = append(art.Outside, c)
		}
	}
	art.Checks = countChecks(rep.Findings)
	applied, skipped := SelectFixes(rep.Findings, FirstFix)
	art.Fixed = ApplyFixes(t.Orig, rep.Findings, applied)
	art.Diff = WordDiff(t.Orig, art.Fixed)
	art.Accepted, art.Skipped = len(applied), len(skipped)
	for _, ap := range applied {
		art.Cards[ap.Finding].Status = "accepted"
	}
	for _, s := range skipped {
		art.Cards[s.Finding].Status = fmt.Sprintf("skipped: overlaps the fix of finding %d", s.Conflict+1)
	}
	art.Data = editorData{Orig: t.Orig, Name: fixedName(t.Path), Findings: make([]editorFinding, len(rep.Findings))}
	units := utf16Offsets(t.Orig)
	for i, f := range rep.Findings {
		ef := editorFinding{Check: f.Check, Len: units(f.End) - units(f.Start), Fixes: make([][]editorEdit, 0, len(f.Fixes))}
		for _, fix := range f.Fixes {
			es := make([]editorEdit, 0, len(fix.Edits))
			for _, e := range fix.Edits {
				es = append(es, editorEdit{S: units(e.Start), E: units(e.End), N: e.New})
			}
			ef.Fixes = append(ef.Fixes, es)
		}
		art.Data.Findings[i] = ef
	}
	return art
}

// fixedName is the file name the corrected text downloads under.
func fixedName(p string) string {
	base := path.Base(strings.ReplaceAll(p, "\\", "/"))
	if base == "" || base == "." || base == "/" || strings.HasPrefix(base, "<") {
		base = "target.txt"
	}
	ext := path.Ext(base)
	return strings.TrimSuffix(base, ext) + ".fixed" + ext
}

// utf16Offsets returns a function from byte offsets of s to UTF-16 offsets.
func utf16Offsets(s string) func(int) int {
	return func(b int) int {
		n := 0
		for _, r := range s[:min(b, len(s))] {
			n += utf16.RuneLen(r)
		}
		return n
	}
}

func buildCards(art *htmlArticle, rep *Report, a *align.Alignment, srcIndex []int) []*htmlCard {
	t, show := rep.Target, shownText(a.Target)
	cards := make([]*htmlCard, len(rep.Findings))
	for i, f := range rep.Findings {
		c := &htmlCard{
			N:        i + 1,
			ID:       fmt.Sprintf("%s-f%d", art.ID, i+1),
			Severity: f.Severity,
			Check:    f.Check,
			Category: string(f.Category),
			Message:  f.Message,
			Loc:      fmt.Sprintf("%s:%d:%d", t.Path, f.Line, f.Column),
			Text:     shorten(show(f.Start, f.End), 200),
			Evidence: shownEvidence(a, srcIndex[i], f.Source),
			Chosen:   -1,
		}
		if d := srcIndex[i]; d >= 0 {
			c.EvClass, c.EvLang = art.Sources[d].Class, art.Sources[d].Lang
		}
		if len(f.Fixes) > 0 {
			c.Chosen = 0
		}
		for k, fix := range f.Fixes {
			hf := htmlFix{N: k, Message: fix.Message}
			for _, e := range fix.Edits {
				hf.Changes = append(hf.Changes, shownChange(a.Target, e))
			}
			c.Fixes = append(c.Fixes, hf)
		}
		cards[i] = c
	}
	return cards
}

// shownEvidence is ev with the text a bilingual source shows (shownText).
func shownEvidence(a *align.Alignment, d int, ev *Evidence) *Evidence {
	if ev == nil || d < 0 || !a.Sources[d].Format.Bilingual() {
		return ev
	}
	e := *ev
	e.Text = shownText(a.Sources[d])(ev.Start, ev.End)
	return &e
}

// shownChange is an edit as a card shows it: in a bilingual file the
// text it replaces and the text it writes, not their XML.
func shownChange(t *corpus.Document, e Edit) htmlChange {
	old, new := Change(t.Orig, e, 0)
	if t.Format.Bilingual() {
		old, new = shownText(t)(e.Start, e.End), html.UnescapeString(new)
	}
	return htmlChange{Old: shorten(old, 80), New: shorten(new, 80)}
}

func countChecks(fs []Finding) []checkCount {
	var out []checkCount
	for _, f := range fs {
		i := slices.IndexFunc(out, func(c checkCount) bool { return c.Name == f.Check })
		if i < 0 {
			out = append(out, checkCount{Name: f.Check})
			i = len(out) - 1
		}
		out[i].Count++
		if len(f.Fixes) > 0 {
			out[i].Fixes++
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
