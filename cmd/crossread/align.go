package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/rivo/uniseg"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
	"github.com/crossread/crossread/report"
)

// alignFormats are the output formats of crossread align.
var alignFormats = []string{"text", "json", "beads"}

func alignCommand(e *env) *cli.Command {
	var sources, dicts fileList
	return command(&cli.Command{
		Name:      "align",
		Usage:     "align a translated article with its sources and print the alignment",
		ArgsUsage: "TARGET",
		UsageText: `crossread align [options] -s SOURCE [-s SOURCE]... TARGET
   crossread align [--format FORMAT] FILE.xlf|FILE.tmx

Flags go before TARGET. TARGET - reads the target from standard input.

Examples:
   crossread align -s news.en.txt news.de.txt
   crossread align --unit sentence --format beads -s news.en.txt news.de.txt
   crossread align --split lines --format beads -s corpus.en corpus.de`,
		Description: `Aligns TARGET with the sources and prints the beads: which target units
translate which source units. Units are paragraphs (separated by blank lines,
or one per line with --split lines) or, with --unit sentence, sentences.

Formats: text shows both sides next to each other; json prints the alignment
part of the check report (units numbered from 1); beads prints one bead a line
as [i,j]:[k], source units first, numbered from 0, with the units of several
sources counted through as if the sources were one file in the order given.
A bead with an empty side is a unit without a partner.

An XLIFF or TMX file holds its sources and needs no -s: its alignment is
the file's own, each target with the source of its unit (--states
chooses the units).`,
		Flags: slices.Concat(inputFlags(&sources), []cli.Flag{
			&cli.StringFlag{Name: "unit", Value: "paragraph", Usage: "align `UNIT`s: paragraph or sentence"},
			&cli.StringFlag{Name: "split", Value: "blank", Usage: "paragraphs are separated by blank lines (blank) or are single lines (lines)"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output `FORMAT`: " + strings.Join(alignFormats, ", ")},
			statesFlag,
		}, dictFlags(&dicts, true)),
		Action: func(c *cli.Context) error { return e.align(c, sources, dicts) },
	})
}

func (e *env) align(c *cli.Context, sources, dicts []string) error {
	format := c.String("format")
	if !contains(alignFormats, format) {
		return usagef("--format: unknown format %q (want %s)", format, strings.Join(alignFormats, ", "))
	}
	unit, err := align.ParseUnit(c.String("unit"))
	if err != nil {
		return usagef("--unit: %v", err)
	}
	split := c.String("split")
	if split != "blank" && split != "lines" {
		return usagef("--split: unknown value %q (want blank or lines)", split)
	}
	bl, err := e.bilingualTarget(c, "align", sources)
	if err != nil {
		return err
	}
	if bl != nil {
		return e.alignBilingual(c, bl, format, unit, split)
	}
	in, err := e.parseInputs(c, "align", sources)
	if err != nil {
		return err
	}
	opt := align.Options{Unit: unit}
	load := func(path string, tag language.Tag, flag string) (*corpus.Document, error) {
		if split == "blank" && unit == align.UnitParagraph {
			return in.load(path, tag, flag)
		}
		name, data, err := in.read(path)
		if err != nil {
			return nil, err
		}
		d, err := loadUnits(name, data, tag, in.format, split, unit)
		if err != nil {
			return nil, err
		}
		return checkLang(d, flag)
	}
	tdoc, err := load(in.target, in.tlang, "--target-lang")
	if err != nil {
		return err
	}
	sdocs := make([]*corpus.Document, 0, len(sources))
	for _, s := range sources {
		d, err := load(s, in.slang, "--source-lang")
		if err != nil {
			return err
		}
		sdocs = append(sdocs, d)
	}
	if opt.Dicts, err = dictionaries(c, dicts, true, tdoc, sdocs[0]); err != nil {
		return err
	}
	a, err := align.New(opt).Align(tdoc, sdocs)
	if err != nil {
		return &internalError{fmt.Errorf("align: %w", err)}
	}
	return e.writeAlignment(a, format, unit)
}

// alignBilingual prints the alignment an XLIFF or TMX file holds: each
// target linked to the source of its unit. The file's units are the
// units aligned; they are not cut into sentences or lines.
func (e *env) alignBilingual(c *cli.Context, bl *docPair, format string, unit align.Unit, split string) error {
	if unit != align.UnitParagraph || split != "blank" || c.IsSet("dict") || c.Bool("no-dict") {
		return usagef("align: an XLIFF or TMX file is aligned by its units; --unit, --split and dictionaries do not apply")
	}
	a, err := bilingual.Aligner.Align(bl.target, bl.sources)
	if err != nil {
		return &internalError{fmt.Errorf("align: %w", err)}
	}
	return e.writeAlignment(a, format, unit)
}

// writeAlignment prints a in format.
func (e *env) writeAlignment(a *align.Alignment, format string, unit align.Unit) error {
	switch format {
	case "beads":
		return writeBeads(e.stdout, a)
	case "json":
		return writeAlignJSON(e.stdout, a, unit)
	}
	return writeSideBySide(e.stdout, a)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// loadUnits loads data as a document whose paragraphs are the units to
// align: blank-line paragraphs, lines (split lines, for sentences too), or
// the sentences of blank-line paragraphs (unit sentence). Units are rebuilt as a plain text of blank-line
// separated blocks, so the aligner sees one paragraph per unit.
func loadUnits(path string, data []byte, tag language.Tag, format corpus.Format, split string, unit align.Unit) (*corpus.Document, error) {
	if split == "blank" && unit == align.UnitParagraph {
		return corpus.Load(path, data, corpus.Options{Lang: tag, Format: format})
	}
	if split == "lines" {
		// Every non-blank line is a paragraph.
		lines := strings.FieldsFunc(string(data), func(r rune) bool { return r == '\n' || r == '\r' })
		var kept []string
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				kept = append(kept, l)
			}
		}
		data = []byte(strings.Join(kept, "\n\n"))
		// Lines are the units, whatever their kind: one sentence a line
		// is the usual format of sentence-aligned corpora.
		return corpus.Load(path, data, corpus.Options{Lang: tag, Format: corpus.FormatText})
	}
	d, err := corpus.Load(path, data, corpus.Options{Lang: tag, Format: format})
	if err != nil {
		return nil, err
	}
	var units []string
	for _, p := range d.Paragraphs {
		for _, s := range p.Sentences {
			if t := strings.Join(strings.Fields(d.Slice(s)), " "); t != "" {
				units = append(units, t)
			}
		}
	}
	u, err := corpus.Load(path, []byte(strings.Join(units, "\n\n")), corpus.Options{Lang: d.Lang, Format: corpus.FormatText})
	if err != nil {
		return nil, err
	}
	u.LangDetected = d.LangDetected
	return u, nil
}

// orderedLinks returns the links in reading order: links with target units
// by their first target unit, each unlinked source unit right after the
// link that holds the source unit before it.
func orderedLinks(a *align.Alignment) []align.Link {
	type key struct{ t, sub, d, j int }
	keys := make([]key, len(a.Links))
	// The target position of each linked source unit.
	pos := make([]map[int]int, len(a.Sources))
	for d := range pos {
		pos[d] = map[int]int{}
	}
	for k, l := range a.Links {
		if len(l.Target) > 0 {
			keys[k] = key{t: l.Target[0]}
			for _, sp := range l.Sources {
				for _, j := range sp.Paras {
					pos[sp.Doc][j] = l.Target[0]
				}
			}
		}
	}
	for k, l := range a.Links {
		if len(l.Target) > 0 || len(l.Sources) == 0 {
			continue
		}
		sp := l.Sources[0]
		j := sp.Paras[0]
		t := -1
		for p := j - 1; p >= 0; p-- {
			if v, ok := pos[sp.Doc][p]; ok {
				t = v
				break
			}
		}
		keys[k] = key{t: t, sub: 1, d: sp.Doc, j: j}
	}
	idx := make([]int, len(a.Links))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		a, b := keys[idx[x]], keys[idx[y]]
		if a.t != b.t {
			return a.t < b.t
		}
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		if a.d != b.d {
			return a.d < b.d
		}
		return a.j < b.j
	})
	out := make([]align.Link, len(idx))
	for i, k := range idx {
		out[i] = a.Links[k]
	}
	return out
}

// writeBeads prints one bead a line, [source units]:[target units], 0-based,
// with the units of later sources numbered after those of earlier ones.
func writeBeads(w io.Writer, a *align.Alignment) error {
	offset := make([]int, len(a.Sources))
	for d := 1; d < len(a.Sources); d++ {
		offset[d] = offset[d-1] + len(a.Sources[d-1].Paragraphs)
	}
	var b strings.Builder
	list := func(xs []int) string {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = fmt.Sprint(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	for _, l := range orderedLinks(a) {
		var src []int
		for _, sp := range l.Sources {
			for _, j := range sp.Paras {
				src = append(src, offset[sp.Doc]+j)
			}
		}
		sort.Ints(src)
		b.WriteString(list(src) + ":" + list(l.Target) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeAlignJSON prints the documents and the alignment in the shape of the
// check report, without findings.
func writeAlignJSON(w io.Writer, a *align.Alignment, unit align.Unit) error {
	r := report.Build(a, nil)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Unit      string          `json:"unit"`
		Target    report.Target   `json:"target"`
		Sources   []report.Source `json:"sources"`
		Alignment []report.Bead   `json:"alignment"`
	}{unit.String(), r.Target, r.Sources, r.Alignment})
}

// sideWidth is the width, in terminal cells, of each side of the text
// format.
const sideWidth = 38

// writeSideBySide prints each bead as a header line and the source and
// target texts next to each other, wrapped to sideWidth cells (CJK
// characters take two).
func writeSideBySide(w io.Writer, a *align.Alignment) error {
	var b strings.Builder
	name := func(d int) string { return filepath.Base(a.Sources[d].Path) }
	tname := filepath.Base(a.Target.Path)
	for _, l := range orderedLinks(a) {
		var src, tgt []string
		var head []string
		for _, sp := range l.Sources {
			head = append(head, fmt.Sprintf("%s %s", name(sp.Doc), units(sp.Paras)))
			for _, j := range sp.Paras {
				src = append(src, wrap(a.Sources[sp.Doc].ParaText(j), sideWidth)...)
			}
		}
		for _, i := range l.Target {
			tgt = append(tgt, wrap(a.Target.ParaText(i), sideWidth)...)
		}
		switch {
		case len(l.Sources) == 0:
			fmt.Fprintf(&b, "── nothing ⟶ %s %s (added)\n", tname, units(l.Target))
		case len(l.Target) == 0:
			fmt.Fprintf(&b, "── %s ⟶ nothing (omitted)\n", strings.Join(head, " + "))
		default:
			fmt.Fprintf(&b, "── %s ⟶ %s %s (%.2f)\n", strings.Join(head, " + "), tname, units(l.Target), l.Score)
		}
		for k := 0; k < max(len(src), len(tgt)); k++ {
			var left, right string
			if k < len(src) {
				left = src[k]
			}
			if k < len(tgt) {
				right = tgt[k]
			}
			pad := sideWidth - uniseg.StringWidth(left)
			fmt.Fprintf(&b, "%s%s │ %s\n", left, strings.Repeat(" ", max(pad, 0)), right)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// units names 0-based units as 1-based numbers: "#3" or "#3-4".
func units(xs []int) string {
	if len(xs) == 1 {
		return fmt.Sprintf("#%d", xs[0]+1)
	}
	return fmt.Sprintf("#%d-%d", xs[0]+1, xs[len(xs)-1]+1)
}

// wrap breaks s into lines of at most width cells, at spaces where it can
// and between grapheme clusters where a word is too long or the script
// does not use spaces.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, strings.TrimRight(cur.String(), " "))
		cur.Reset()
		curW = 0
	}
	for _, word := range strings.Fields(s) {
		ww := uniseg.StringWidth(word)
		if curW > 0 && curW+1+ww <= width {
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += 1 + ww
			continue
		}
		if curW > 0 {
			flush()
		}
		if ww <= width {
			cur.WriteString(word)
			curW = ww
			continue
		}
		g := uniseg.NewGraphemes(word)
		for g.Next() {
			cw := g.Width()
			if curW+cw > width {
				flush()
			}
			cur.WriteString(g.Str())
			curW += cw
		}
	}
	if curW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}
