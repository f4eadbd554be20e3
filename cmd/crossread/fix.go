package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
	"github.com/crossread/crossread/internal/outfile"
	"github.com/crossread/crossread/report"
	"github.com/urfave/cli/v2"
)

// afterFixRead runs once fix has read the target; tests change the file
// there to see --write refuse.
var afterFixRead = func(path string) {}

func fixCommand(e *env) *cli.Command {
	var sources, dicts fileList
	return command(&cli.Command{
		Name:      "fix",
		Usage:     "apply the fixes the checks offer to a translated article",
		ArgsUsage: "TARGET",
		UsageText: `crossread fix [options] -s SOURCE [-s SOURCE]... [--diff | --write | --output FILE] [--only CHECK,...] TARGET
   crossread fix [options] [--diff | --write | --output FILE] FILE.xlf|FILE.tmx

Examples:
   crossread fix --diff -s news.en.txt news.de.txt
   crossread fix --write --only names,numbers -s news.en.txt news.de.txt
   crossread fix -s news.en.txt news.de.txt > news.fixed.de.txt
   crossread fix --diff job.de.xlf`,
		Description: `Checks TARGET as crossread check does and applies the first fix of every
finding that offers one, to the file as given (markup and line breaks stay
as they are). A fix whose edits overlap those of a fix applied before it is
skipped and named on standard error. The corrected text goes to standard
output; --diff prints a unified diff instead, leaving TARGET untouched (each
hunk header ends with the words that changed); --write replaces TARGET
atomically, keeping its permissions, and refuses if it changed while
crossread worked; --output writes the corrected text to FILE.

An XLIFF or TMX file holds its sources and needs no -s, as with check.
Fixes land in its targets' text, escaped for XML; a fix that would touch
an inline code or other markup is not offered.

Exits 1 when a finding at or above --fail-on is left without a fix applied,
0 otherwise; 2 on a usage error, 3 on an internal failure.`,
		Flags: slices.Concat(inputFlags(&sources), []cli.Flag{
			&cli.BoolFlag{Name: "diff", Usage: "print a unified diff of the fixes instead of the corrected text; TARGET is not changed"},
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "replace TARGET with the corrected text (atomically; refused if TARGET changed meanwhile)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, TakesFile: true, Usage: "write the corrected text to `FILE` instead of standard output"},
			&cli.StringFlag{Name: "only", Usage: "apply only the fixes of the checks `CHECK,...`"},
			failOnFlag,
			statesFlag,
		}, checkFlags(true), dictFlags(&dicts, false)),
		Action: func(c *cli.Context) error { return e.fix(c, sources, dicts) },
	})
}

// fixMode is what fix does with the corrected text.
type fixMode struct {
	diff, write bool
	output      string // "" for standard output
}

func parseFixMode(c *cli.Context, target string) (fixMode, error) {
	m := fixMode{diff: c.Bool("diff"), write: c.Bool("write"), output: c.String("output")}
	if m.output == "-" {
		m.output = ""
	}
	n := 0
	for _, on := range []bool{m.diff, m.write, c.IsSet("output")} {
		if on {
			n++
		}
	}
	switch {
	case n > 1:
		return m, usagef("fix: give one of --diff, --write and --output")
	case m.write && target == "-":
		return m, usagef("fix: --write needs a TARGET file, not standard input")
	}
	return m, nil
}

func (e *env) fix(c *cli.Context, sources, dicts []string) error {
	ft, err := e.fixTarget(c, sources)
	if err != nil {
		return err
	}
	mode, err := parseFixMode(c, ft.path)
	if err != nil {
		return err
	}
	level, err := failOn(c.String("fail-on"))
	if err != nil {
		return err
	}
	cfg, err := configFor(c)
	if err != nil {
		return err
	}
	only, err := checkNames(registry(), "--only", c.String("only"))
	if err != nil {
		return err
	}
	if mode.output != "" {
		if err := outfile.Check(mode.output, append([]string{ft.path}, sources...)); err != nil {
			return usagef("--output: %v", err)
		}
	}
	if err := ft.load(); err != nil {
		return err
	}
	tdoc, sdocs, name, data := ft.docs.target, ft.docs.sources, ft.docs.target.Path, []byte(ft.docs.target.Orig)
	if ft.bilingual {
		cfg.Aligner = bilingual.Aligner
	}
	if cfg.Align.Dicts, err = dictionaries(c, dicts, false, tdoc, sdocs[0]); err != nil {
		return err
	}
	cfg.Workers = runtime.GOMAXPROCS(0)
	res, runErr := runPipeline(tdoc, sdocs, cfg)
	if res == nil {
		return runErr
	}
	found, _ := report.Findings(res.Alignment, res.Findings)
	applied, skipped := report.SelectFixes(found, func(i int, f report.Finding) int {
		if len(only) > 0 && !only[f.Check] {
			return -1
		}
		return report.FirstFix(i, f)
	})
	e.reportSkipped(name, found, skipped, len(applied))
	fixed := report.ApplyFixes(string(data), found, applied)
	if err := e.writeFixed(mode, ft.path, tdoc, fixed); err != nil {
		return err
	}
	if runErr != nil {
		return runErr
	}
	var left []checks.Finding
	for i, f := range res.Findings {
		if !slices.ContainsFunc(applied, func(a report.Applied) bool { return a.Finding == i }) {
			left = append(left, f)
		}
	}
	if level.FailsAny(left) {
		return errFindings
	}
	return nil
}

// fixTarget is the TARGET of fix and how to load it with its sources.
type fixTarget struct {
	path      string
	bilingual bool // an XLIFF or TMX file, which holds its sources
	load      func() error
	docs      docPair
}

// fixTarget reads an XLIFF or TMX target with its sources right away, as
// check does; an article is loaded by load, once the flags are known good.
func (e *env) fixTarget(c *cli.Context, sources []string) (*fixTarget, error) {
	bl, err := e.bilingualTarget(c, "fix", sources)
	if err != nil {
		return nil, err
	}
	if bl != nil {
		ft := &fixTarget{path: c.Args().First(), bilingual: true, docs: *bl}
		ft.load = func() error { afterFixRead(ft.path); return nil }
		return ft, nil
	}
	in, err := e.parseInputs(c, "fix", sources)
	if err != nil {
		return nil, err
	}
	ft := &fixTarget{path: in.target}
	ft.load = func() error {
		name, data, dec, err := in.readDecoded(in.target)
		if err != nil {
			return err
		}
		afterFixRead(in.target)
		tdoc, err := corpus.Load(name, data, corpus.Options{Lang: in.tlang, Format: in.format, Decoded: dec})
		if err != nil {
			return err
		}
		if tdoc, err = checkLang(tdoc, "--target-lang"); err != nil {
			return err
		}
		sdocs, err := in.loadSources()
		ft.docs = docPair{tdoc, sdocs}
		return err
	}
	return ft, nil
}

// reportSkipped names the fixes left out on stderr.
func (e *env) reportSkipped(name string, fs []report.Finding, skipped []report.Skipped, applied int) {
	for _, s := range skipped {
		f, g := fs[s.Finding], fs[s.Conflict]
		fmt.Fprintf(e.stderr, "crossread: %s:%d:%d: skipped fix %q (%s): it overlaps fix %q of %s:%d:%d\n",
			name, f.Line, f.Column, f.Fixes[s.Fix].Message, f.Check, firstFixMessage(g), name, g.Line, g.Column)
	}
	fmt.Fprintf(e.stderr, "crossread: %s: %s applied, %d skipped\n", name, plural(applied, "fix"), len(skipped))
}

func firstFixMessage(f report.Finding) string {
	if len(f.Fixes) == 0 {
		return ""
	}
	return f.Fixes[0].Message
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "x") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// writeFixed puts the corrected text where mode says, in the target's
// own encoding; a diff is shown in UTF-8.
func (e *env) writeFixed(mode fixMode, target string, tdoc *corpus.Document, fixed string) error {
	if mode.diff {
		return report.UnifiedDiff(e.stdout, tdoc.Path, tdoc.Orig, fixed, useColor(e.stdout, e.getenv))
	}
	if mode.write && fixed == tdoc.Orig {
		return nil
	}
	orig, err := tdoc.Encode(tdoc.Orig)
	if err != nil {
		return err
	}
	out, err := tdoc.Encode(fixed)
	if err != nil {
		return err
	}
	put := func(w io.Writer) error { _, err := w.Write(out); return err }
	switch {
	case mode.write:
		err := outfile.WriteUnchanged(target, orig, put)
		if errors.Is(err, outfile.ErrChanged) {
			return usagef("--write: %v", err)
		}
		if err != nil {
			return fmt.Errorf("--write: %w", err)
		}
		return nil
	case mode.output != "":
		if err := outfile.Write(mode.output, put); err != nil {
			return usagef("--output: %v", err)
		}
		return nil
	}
	return put(e.stdout)
}
