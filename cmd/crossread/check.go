package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/outfile"
	"github.com/crossread/crossread/internal/report"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"
)

// registry returns the shipped checks; tests replace it.
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
			rulesFlag,
			glossaryFlag,
		}, dictFlags(&dicts, false)),
		Action: func(c *cli.Context) error { return e.check(c, sources, dicts) },
	})
}

func demoCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "demo",
		Usage:     "check the built-in sample article pair",
		UsageText: "crossread demo [--format text|json] [--fail-on SEVERITY]",
		Description: `Runs crossread check on a German machine translation and its English
source built into crossread, to show what a report looks like. Exits 0 even
with findings unless --fail-on is given.

Examples:
   crossread demo
   crossread demo --format json | jq '.findings[].message'`,
		Flags:  []cli.Flag{formatFlag, failOnFlag},
		Action: func(c *cli.Context) error { return e.demo(c) },
	})
}

// reportFlags reads --format and --fail-on, shared by check and demo.
func reportFlags(c *cli.Context) (format string, threshold checks.Severity, never bool, err error) {
	format = c.String("format")
	if err := checkFormat(format); err != nil {
		return "", 0, false, err
	}
	threshold, never, err = failOn(c.String("fail-on"))
	return format, threshold, never, err
}

// failOn parses a --fail-on value; none means never fail.
func failOn(s string) (sev checks.Severity, never bool, err error) {
	if strings.EqualFold(s, "none") {
		return 0, true, nil
	}
	sev, err = checks.ParseSeverity(s)
	if err != nil {
		return 0, false, usagef("--fail-on: %v or none", err)
	}
	return sev, false, nil
}

// failed reports whether any finding reaches the threshold.
func failed(fs []checks.Finding, threshold checks.Severity, never bool) bool {
	if never {
		return false
	}
	for _, f := range fs {
		if f.Severity >= threshold {
			return true
		}
	}
	return false
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
	format, threshold, never, err := reportFlags(c)
	if err != nil {
		return err
	}
	cs, err := checksFor(c)
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
	opt := align.Options{}
	if opt.Dicts, err = dictionaries(c, dicts, false, tdoc, sdocs[0]); err != nil {
		return err
	}
	return e.checkDocs(tdoc, sdocs, opt, cs, format, output, threshold, never)
}

func (e *env) demo(c *cli.Context) error {
	format, threshold, never, err := reportFlags(c)
	if err != nil {
		return err
	}
	// A demo that "fails" would break `make demo`; fail only on request.
	never = never || !c.IsSet("fail-on")
	tdoc, sdocs, err := corpus.SamplePair()
	if err != nil {
		return &internalError{err}
	}
	// No installed dictionary: the demo shows the same on every machine.
	return e.checkDocs(tdoc, sdocs, align.Options{}, registry(), format, "", threshold, never)
}

// analyze aligns the documents and runs the checks. Findings come back
// even when a check failed; the error then names the broken checks. A
// single-paragraph target with single-paragraph sources is a segment pair,
// aligned by construction: searching would only lose pairs with nothing in
// common on the surface (Chinese against English, say).
func analyze(target *corpus.Document, sources []*corpus.Document, opt align.Options, cs []*checks.Check) (*align.Alignment, []checks.Finding, error) {
	var a *align.Alignment
	var err error
	if align.IsSegment(target, sources) {
		a = align.Whole(target, sources)
	} else {
		a, err = align.New(opt).Align(target, sources)
	}
	if err != nil {
		if errors.Is(err, corpus.ErrInput) {
			return nil, nil, err
		}
		return nil, nil, &internalError{fmt.Errorf("align: %w", err)}
	}
	fs, err := checks.Run(a, cs)
	if err != nil {
		err = &internalError{err}
	}
	return a, fs, err
}

// checkDocs runs the pipeline and writes the report to output (standard
// output when empty).
func (e *env) checkDocs(target *corpus.Document, sources []*corpus.Document, opt align.Options, cs []*checks.Check, format, output string, threshold checks.Severity, never bool) error {
	a, fs, runErr := analyze(target, sources, opt, cs)
	if a == nil {
		return runErr
	}
	write := func(w io.Writer, color bool) error {
		r, err := report.New(format, w, report.Options{Color: color})
		if err != nil {
			return usagef("--format: %v", err)
		}
		return r.Report(a, fs)
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
	case failed(fs, threshold, never):
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
