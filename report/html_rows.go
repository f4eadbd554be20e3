package report

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// buildRows lays the alignment out as rows of the side-by-side view, in
// target order, with the source paragraphs no target paragraph covers
// placed after the row of the source paragraph before them.
func buildRows(art *htmlArticle, a *align.Alignment, rep *Report, srcIndex []int) []*htmlRow {
	t := a.Target
	var rows, omitted []*htmlRow
	for _, b := range rep.Alignment {
		row := &htmlRow{Kind: "aligned", Score: b.Score}
		for _, p := range b.Target {
			row.Target = append(row.Target, targetPara(t, p, rep))
		}
		for _, bs := range b.Sources {
			d := sourceIndex(a, bs.Path)
			for _, p := range bs.Paragraphs {
				row.Sources = append(row.Sources, sourcePara(a.Sources[d], art.Sources[d], d, p, rep, srcIndex))
			}
		}
		switch {
		case len(row.Target) == 0:
			row.Kind = "omission"
			omitted = append(omitted, row)
			continue
		case len(row.Sources) == 0:
			row.Kind = "unaligned"
		}
		for _, c := range art.Cards {
			if slices.Contains(b.Target, rep.Findings[c.N-1].Paragraph) {
				row.Cards = append(row.Cards, c)
			}
		}
		rows = append(rows, row)
	}
	markMoved(rows)
	sort.SliceStable(omitted, func(i, j int) bool {
		a, b := omitted[i].Sources[0], omitted[j].Sources[0]
		if a.Doc.Num != b.Doc.Num {
			return a.Doc.Num < b.Doc.Num
		}
		return a.Num < b.Num
	})
	for _, o := range omitted {
		rows = slices.Insert(rows, omissionPlace(rows, o.Sources[0]), o)
	}
	return rows
}

// omissionPlace returns where a row for the uncovered source paragraph p
// goes: after the last row holding an earlier paragraph of its document,
// else before the first row holding a later one, else at the end.
func omissionPlace(rows []*htmlRow, p *htmlPara) int {
	best, bestNum := -1, 0
	for i, r := range rows {
		for _, s := range r.Sources {
			if s.Doc.Num == p.Doc.Num && s.Num < p.Num && s.Num >= bestNum {
				best, bestNum = i, s.Num
			}
		}
	}
	if best >= 0 {
		return best + 1
	}
	for i, r := range rows {
		for _, s := range r.Sources {
			if s.Doc.Num == p.Doc.Num && s.Num > p.Num {
				return i
			}
		}
	}
	return len(rows)
}

// markMoved marks the rows whose source paragraphs come before ones an
// earlier row already showed: the translation moved them.
func markMoved(rows []*htmlRow) {
	seen := map[int]int{} // source number → highest paragraph so far
	for _, r := range rows {
		for _, s := range r.Sources {
			if s.Num < seen[s.Doc.Num] {
				r.Moved = true
			}
		}
		for _, s := range r.Sources {
			seen[s.Doc.Num] = max(seen[s.Doc.Num], s.Num)
		}
	}
}

func sourceIndex(a *align.Alignment, path string) int {
	for i, s := range a.Sources {
		if s.Path == path {
			return i
		}
	}
	return 0
}

// mark is a highlighted span of a paragraph, in file offsets.
type mark struct {
	start, end int
	n          int // 1-based finding number
	sev        checks.Severity
}

func targetPara(t *corpus.Document, p int, rep *Report) *htmlPara {
	line := t.Position(t.OrigSpan(t.Paragraphs[p-1].Span).Start).Line
	text, ps, at := paraView(t, p)
	var ms []mark
	for i, f := range rep.Findings {
		if f.Paragraph == p {
			ms = append(ms, mark{start: at(f.Start), end: at(f.End), n: i + 1, sev: f.Severity})
		}
	}
	return &htmlPara{Num: p, Line: line, Segs: segments(viewOf(text), ps, ms, false)}
}

func sourcePara(s *corpus.Document, doc htmlDoc, d, p int, rep *Report, srcIndex []int) *htmlPara {
	line := s.Position(s.OrigSpan(s.Paragraphs[p-1].Span).Start).Line
	text, ps, at := paraView(s, p)
	var ms []mark
	for i, f := range rep.Findings {
		if ev := f.Source; ev != nil && srcIndex[i] == d && ev.Paragraph == p {
			ms = append(ms, mark{start: at(ev.Start), end: at(ev.End), n: i + 1, sev: f.Severity})
		}
	}
	return &htmlPara{Num: p, Line: line, Doc: doc, Segs: segments(viewOf(text), ps, ms, true)}
}

// paraView returns what paragraph p of d is shown from: the text, the
// paragraph's span in it, and a map from file offsets (those of findings)
// to offsets in it. A page or a bilingual file shows its text, which is
// what was checked, rather than its markup (an inline code shows as its
// placeholder); other files show their own bytes, so that what the reader
// sees is what the file holds.
func paraView(d *corpus.Document, p int) (string, corpus.Span, func(int) int) {
	if d.Format == corpus.FormatHTML || d.Format.Bilingual() {
		return d.Text, d.Paragraphs[p-1].Span, d.TextOffset
	}
	return d.Orig, d.OrigSpan(d.Paragraphs[p-1].Span), func(o int) int { return o }
}

// shownText returns what the page shows for the bytes [a, b) of d's file:
// the bytes themselves in an article; in a bilingual file or a news page
// the text they stand for, since tags and entity references are no
// reading matter (an inline code shows as its placeholder).
func shownText(d *corpus.Document) func(a, b int) string {
	if !d.Format.Bilingual() && d.Format != corpus.FormatHTML {
		return func(a, b int) string { return d.Orig[a:b] }
	}
	return func(a, b int) string {
		s, e := d.TextOffset(a), d.TextOffset(b)
		return d.Text[s:max(s, e)]
	}
}

// viewOf shows the bytes [a, b) of text.
func viewOf(text string) func(a, b int) string { return func(a, b int) string { return text[a:b] } }

// segments cuts the paragraph at ps, in file offsets, into runs covered by
// the same marks, each shown as show has it. A run covered by several
// marks takes the class of the gravest; an empty mark becomes an empty
// segment of its own.
func segments(show func(a, b int) string, ps corpus.Span, ms []mark, evidence bool) []segment {
	cuts := []int{ps.Start, ps.End}
	for i := range ms {
		ms[i].start = clamp(ms[i].start, ps.Start, ps.End)
		ms[i].end = clamp(ms[i].end, ms[i].start, ps.End)
		cuts = append(cuts, ms[i].start, ms[i].end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []segment
	for k, c := range cuts {
		var empty []mark
		for _, m := range ms {
			if m.start == m.end && m.start == c {
				empty = append(empty, m)
			}
		}
		if len(empty) > 0 {
			s := markSegment(empty, evidence)
			s.Empty = true
			out = append(out, s)
		}
		if k+1 == len(cuts) {
			break
		}
		next := cuts[k+1]
		var on []mark
		for _, m := range ms {
			if m.start <= c && next <= m.end && m.start < m.end {
				on = append(on, m)
			}
		}
		s := markSegment(on, evidence)
		s.Parts = textParts(show(c, next))
		out = append(out, s)
	}
	return out
}

func markSegment(ms []mark, evidence bool) segment {
	if len(ms) == 0 {
		return segment{}
	}
	nums := make([]string, len(ms))
	worst := ms[0].sev
	for i, m := range ms {
		nums[i] = strconv.Itoa(m.n)
		worst = max(worst, m.sev)
	}
	class := "hl sev-" + worst.String()
	if evidence {
		class = "ev"
	}
	return segment{Findings: strings.Join(nums, " "), Class: class}
}

// textParts splits s so that bidirectional controls, which could reorder
// the text around them, are shown by name instead.
func textParts(s string) []textPart {
	var out []textPart
	start := 0
	for i, r := range s {
		if isBidiControl(r) {
			if i > start {
				out = append(out, textPart{Text: s[start:i]})
			}
			out = append(out, textPart{Ctl: "U+" + strings.ToUpper(strconv.FormatInt(int64(r), 16))})
			start = i + len(string(r))
		}
	}
	if start < len(s) {
		out = append(out, textPart{Text: s[start:]})
	}
	return out
}

func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	}
	return false
}
