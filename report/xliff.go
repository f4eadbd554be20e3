package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/lazyre"
)

// xliffReporter writes the checked XLIFF file back with each finding as
// an ITS 2.0 Localization Quality Issue: a <mrk> around the flagged text
// of the target, or an empty one where the text cannot be wrapped (it
// spans a tag, or another annotation partly). A finding on a unit whose
// target is missing or self-closed (<target/>) has no place and is left
// out. Every other byte is the file's; StripXLIFF takes the annotations
// out again.
type xliffReporter struct {
	w    io.Writer
	done bool
}

func newXLIFF(w io.Writer, _ Options) Reporter { return &xliffReporter{w: w} }

// itsMark is the start of every annotation crossread writes; the
// namespace goes on each so that the rest of the file stays as it was.
const itsMark = `xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" its:annotatorsRef="localization-quality-issue|crossread"`

// ErrNotXLIFF is the xliff format given a target that is not an XLIFF file.
var ErrNotXLIFF = errors.New("the xliff format writes annotations into an XLIFF file; the target is not one")

func (r *xliffReporter) Report(a *align.Alignment, findings []checks.Finding) error {
	t := a.Target
	if t.Format != corpus.FormatXLIFF || r.done {
		return ErrNotXLIFF
	}
	r.done = true
	fs, _ := Findings(a, findings)
	v2 := xliff2Root().MatchString(t.Orig[:min(len(t.Orig), 4096)])
	var ins []insertion
	var wrapped []corpus.Span
	for n, f := range fs {
		open := annotation(f, n+1, v2)
		s := corpus.Span{Start: f.Start, End: f.End}
		para := paragraphOf(t, findings[n].Span)
		if para < 0 && !inTarget(t.Orig, s.Start) {
			continue // a missing or empty <target/>: no place for a <mrk>
		}
		if !wrappable(t.Orig, s, wrapped) {
			s = corpus.Span{Start: safeStart(t, para, s.Start), End: -1}
		}
		if s.End < 0 || s.Len() == 0 {
			ins = append(ins, insertion{s.Start, 1, 0, open + "</mrk>"})
			continue
		}
		wrapped = append(wrapped, s)
		ins = append(ins, insertion{s.Start, 1, -s.End, open}, insertion{s.End, 0, -s.Start, "</mrk>"})
	}
	out, err := t.Encode(insert(t.Orig, ins))
	if err != nil {
		return err
	}
	_, err = r.w.Write(out)
	return err
}

func (r *xliffReporter) Close() error { return nil }

var xliff2Root = lazyre.New(`<xliff[^>]*(?:version="2\.|xliff:document:2\.)`)

// insertion is text to put at an offset of the file; at one offset,
// closing tags (group 0) go first, inner ones first, then openings, outer
// ones first (rank orders within a group).
type insertion struct {
	off, group, rank int
	text             string
}

func insert(orig string, ins []insertion) string {
	sort.SliceStable(ins, func(i, j int) bool {
		a, b := ins[i], ins[j]
		if a.off != b.off {
			return a.off < b.off
		}
		if a.group != b.group {
			return a.group < b.group
		}
		return a.rank < b.rank
	})
	edits := make([]Edit, len(ins))
	for i, in := range ins {
		edits[i] = Edit{Start: in.off, End: in.off, New: in.text}
	}
	return splice(orig, edits)
}

// wrappable reports whether a <mrk> can go around s: text without tags,
// nested in or around each span wrapped before, not across one.
func wrappable(orig string, s corpus.Span, wrapped []corpus.Span) bool {
	if s.Len() <= 0 || strings.ContainsAny(orig[s.Start:s.End], "<>") {
		return false
	}
	for _, w := range wrapped {
		if s.Overlaps(w) && !s.Contains(w) && !w.Contains(s) {
			return false
		}
	}
	return true
}

// safeStart returns off when it lies between tags, else the start of the
// target paragraph para in the file, which does.
func safeStart(t *corpus.Document, para, off int) int {
	if lt, gt := strings.LastIndexByte(t.Orig[:off], '<'), strings.LastIndexByte(t.Orig[:off], '>'); lt <= gt {
		return off
	}
	if para >= 0 {
		return t.OrigOffset(t.Paragraphs[para].Span.Start)
	}
	return off
}

// inTarget reports whether off lies in the content of a <target>: the
// last tag before it opens one.
func inTarget(orig string, off int) bool {
	lt := strings.LastIndexByte(orig[:off], '<')
	if lt < 0 || !xliffTarget().MatchString(orig[lt:off]) {
		return false
	}
	return !strings.HasSuffix(orig[lt:off], "/>")
}

var xliffTarget = lazyre.New(`^<(?:[\w.-]+:)?target[\s>][^<]*>$`)

// annotation returns the start tag of the <mrk> of finding f, the nth.
// XLIFF 1.2 marks ITS annotations with mtype="x-its" (the W3C mapping,
// as Okapi writes it); XLIFF 2.1's ITS module wants an id and, if any
// type, type="its:generic" on a <mrk> that carries ITS attributes.
func annotation(f Finding, n int, v2 bool) string {
	kind := `mtype="x-its"`
	if v2 {
		kind = fmt.Sprintf(`id="crossread-%d" type="its:generic"`, n)
	}
	comment := f.Check + ": " + f.Message
	return fmt.Sprintf(`<mrk %s %s its:locQualityIssueType="%s" its:locQualityIssueComment="%s" its:locQualityIssueSeverity="%d">`,
		itsMark, kind, itsType(f.Category), xmlAttr(comment), itsSeverity(f.Severity))
}

func xmlAttr(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), `"`, "&quot;")
}

// StripXLIFF returns data without the annotations the xliff format
// added: the file as it was before crossread wrote into it.
func StripXLIFF(data []byte) ([]byte, error) {
	base := 0
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		base = 3
	}
	d := xml.NewDecoder(bytes.NewReader(data[base:]))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var cut []corpus.Span
	var ours []bool // per open element
	for {
		start := base + int(d.InputOffset())
		t, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		end := base + int(d.InputOffset())
		switch t := t.(type) {
		case xml.StartElement:
			mine := t.Name.Local == "mrk" && bytes.Contains(data[start:end], []byte(itsMark))
			ours = append(ours, mine)
			if mine {
				cut = append(cut, corpus.Span{Start: start, End: end})
			}
		case xml.EndElement:
			if n := len(ours); n > 0 {
				if ours[n-1] {
					cut = append(cut, corpus.Span{Start: start, End: end})
				}
				ours = ours[:n-1]
			}
		}
	}
	sort.Slice(cut, func(i, j int) bool { return cut[i].Start < cut[j].Start })
	var out []byte
	last := 0
	for _, c := range cut {
		out = append(out, data[last:c.Start]...)
		last = c.End
	}
	return append(out, data[last:]...), nil
}
