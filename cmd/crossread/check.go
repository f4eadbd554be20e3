package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/outfile"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"
)

// registry returns the checks a user can choose from; tests replace it.
var registry = func() []*checks.Check { return all.Checks }

// stdinName is how a document read from standard input is named in reports.
const stdinName = "<stdin>"

var (
	formatFlag = &cli.StringFlag{
		Name:  "format",
		Value: "text",
		Usage: "report `FORMAT`: " + strings.Join(report.Formats(), " or "),
	}
	failOnFlag = &cli.StringFlag{
		Name:  "fail-on",
		Value: "major",
		Usage: "exit 1 when a finding is at least `SEVERITY` (critical, major, minor, info), or never (none)",
	}
)

// fileList collects the values of a repeatable file flag in order.
type fileList []string

func (l *fileList) Set(v string) error { *l = append(*l, v); return nil }
func (l *fileList) String() string     { return "" } // no default to show

func checkCommand(e *env) *cli.Command {
	// -s and --source are two flags sharing one list: urfave/cli refuses
	// "two forms of the same flag" when a user mixes an alias and its name.
	var sources, dicts fileList
	return command(&cli.Command{
		Name:      "check",
		Usage:     "check a translated article against its sources",
		ArgsUsage: "TARGET",
		UsageText: `crossread check [options] -s SOURCE [-s SOURCE]... TARGET

Flags go before TARGET. TARGET - reads the target from standard input.

Examples:
   crossread check -s news.en.txt news.de.txt
   crossread check -s part1.en.md -s part2.en.md --target-lang de-CH news.md
   crossread check --format json -o report.json --fail-on critical -s news.en.txt news.de.txt
   curl -s https://example.com/news.de.txt | crossread check -s news.en.txt -`,
		Description: `Aligns TARGET with the sources paragraph by paragraph, runs every check on
the aligned paragraphs and reports the findings. Languages are detected
unless given as BCP 47 tags (de, en-GB, zh-Hant). Exits 1 when a finding is
at least --fail-on, 0 otherwise.`,
		Flags: slices.Concat(inputFlags(&sources), []cli.Flag{
			formatFlag,
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, TakesFile: true, Usage: "write the report to `FILE` instead of standard output"},
			failOnFlag,
		}, checkFlags(true), dictFlags(&dicts, false)),
		Action: func(c *cli.Context) error { return e.check(c, sources, dicts) },
	})
}

func demoCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "demo",
		Usage:     "check the built-in sample article pair",
		UsageText: "crossread demo [--format text|json|html] [--fail-on SEVERITY] [--enable|--disable CHECK,...]",
		Description: `Runs crossread check on a German machine translation and its English
source built into crossread, to show what a report looks like. Exits 0 even
with findings unless --fail-on is given.

Examples:
   crossread demo
   crossread demo --format json | jq '.findings[].message'`,
		Flags:  append([]cli.Flag{formatFlag, failOnFlag}, checkFlags(false)...),
		Action: func(c *cli.Context) error { return e.demo(c) },
	})
}

// reportFlags reads --format and --fail-on, shared by check and demo.
func reportFlags(c *cli.Context) (format string, level checks.FailLevel, err error) {
	format = c.String("format")
	if err := checkFormat(format); err != nil {
		return "", level, err
	}
	level, err = failOn(c.String("fail-on"))
	return format, level, err
}

// failOn parses a --fail-on value.
func failOn(s string) (checks.FailLevel, error) {
	l, err := checks.ParseFailLevel(s)
	if err != nil {
		return l, usagef("--fail-on: %v", err)
	}
	return l, nil
}

// parseLang parses a language flag; empty means detect.
func parseLang(flag, s string) (language.Tag, error) {
	if s == "" {
		return language.Und, nil
	}
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, usagef("%s: bad language tag %q (want a BCP 47 tag such as de or en-GB)", flag, s)
	}
	return tag, nil
}

// checkFormat rejects an unknown --format before any work is done.
func checkFormat(format string) error {
	if _, err := report.New(format, io.Discard, report.Options{}); err != nil {
		return usagef("--format: %v", err)
	}
	return nil
}

func (e *env) check(c *cli.Context, sources, dicts []string) error {
	in, err := e.parseInputs(c, "check", sources)
	if err != nil {
		return err
	}
	format, level, err := reportFlags(c)
	if err != nil {
		return err
	}
	cfg, err := configFor(c)
	if err != nil {
		return err
	}
	output := c.String("output")
	if output == "-" {
		output = "" // the usual spelling of standard output
	}
	if output != "" {
		if err := outfile.Check(output, append([]string{in.target}, sources...)); err != nil {
			return usagef("--output: %v", err)
		}
	}
	tdoc, err := in.load(in.target, in.tlang, "--target-lang")
	if err != nil {
		return err
	}
	sdocs := make([]*corpus.Document, 0, len(sources))
	for _, s := range sources {
		d, err := in.load(s, in.slang, "--source-lang")
		if err != nil {
			return err
		}
		sdocs = append(sdocs, d)
	}
	for _, d := range append([]*corpus.Document{tdoc}, sdocs...) {
		if got, ok := d.LangContradicted(); ok {
			fmt.Fprintf(e.stderr, "crossread: warning: %s is declared %s but reads as %s\n", d.Path, d.Lang, got)
		}
	}
	if cfg.Align.Dicts, err = dictionaries(c, dicts, false, tdoc, sdocs[0]); err != nil {
		return err
	}
	return e.checkDocs(tdoc, sdocs, cfg, format, output, level)
}

func (e *env) demo(c *cli.Context) error {
	format, level, err := reportFlags(c)
	if err != nil {
		return err
	}
	// A demo that "fails" would break `make demo`; fail only on request.
	if !c.IsSet("fail-on") {
		level.Never = true
	}
	cfg, err := configFor(c)
	if err != nil {
		return err
	}
	tdoc, sdocs, err := corpus.SamplePair()
	if err != nil {
		return &internalError{err}
	}
	// No installed dictionary: the demo shows the same on every machine.
	return e.checkDocs(tdoc, sdocs, cfg, format, "", level)
}

// checkDocs runs the pipeline and writes the report to output (standard
// output when empty).
func (e *env) checkDocs(target *corpus.Document, sources []*corpus.Document, cfg pipeline.Config, format, output string, level checks.FailLevel) error {
	res, runErr := runPipeline(target, sources, cfg)
	if res == nil {
		return runErr
	}
	write := func(w io.Writer, color bool) error {
		r, err := report.New(format, w, report.Options{Color: color, Checks: res.Checks})
		if err != nil {
			return usagef("--format: %v", err)
		}
		if err := r.Report(res.Alignment, res.Findings); err != nil {
			return err
		}
		return r.Close()
	}
	var err error
	if output == "" {
		err = write(e.stdout, useColor(e.stdout, e.getenv))
	} else {
		err = outfile.Write(output, func(w io.Writer) error { return write(w, false) })
		var ue *usageError
		if err != nil && !errors.As(err, &ue) {
			err = usagef("--output: %v", err)
		}
	}
	switch {
	case err != nil:
		return err
	case runErr != nil:
		return runErr
	case level.FailsAny(res.Findings):
		return errFindings
	}
	return nil
}

// useColor reports whether w is a terminal and NO_COLOR is unset.
func useColor(w io.Writer, getenv func(string) string) bool {
	if getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
