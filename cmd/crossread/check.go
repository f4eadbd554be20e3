package main

import (
	"cmp"
	"errors"
	"fmt"
	"github.com/crossread/crossread/internal/bounded"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/crossread/crossread/baseline"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/config"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
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
	// gateFlags are the flags of the pass-or-fail decision.
	scoreFlags = []cli.Flag{
		&cli.Float64Flag{Name: "min-score", Usage: "exit 1 when the MQM score is below `N` (100 less the penalty points per 1000 target words)"},
		&cli.StringFlag{Name: "mqm-weights", Usage: "MQM penalty `WEIGHTS` (default minor=1,major=5,critical=25)"},
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
		Usage:     "check translated articles against their sources",
		ArgsUsage: "TARGET",
		UsageText: `crossread check [options] -s SOURCE [-s SOURCE]... TARGET
crossread check [options] FILE.xlf|FILE.tmx

Flags go before TARGET. TARGET - reads the target from standard input.

Examples:
   crossread check -s news.en.txt news.de.txt
   crossread check -s part1.en.md -s part2.en.md --target-lang de-CH news.md
   crossread check --format json -o report.json --fail-on critical -s news.en.txt news.de.txt
   curl -s https://example.com/news.de.txt | crossread check -s news.en.txt -
   crossread check --states -final --format xliff -o checked.xlf job.xlf`,
		Description: `Aligns TARGET with the sources paragraph by paragraph, runs every check on
the aligned paragraphs and reports the findings. Languages are detected
unless given as BCP 47 tags (de, en-GB, zh-Hant). Exits 1 when a finding is
at least --fail-on, 0 otherwise.

An XLIFF (1.2, 2.0, 2.1) or TMX file needs no source: it holds both sides,
unit by unit, and names its languages (--target-lang picks one of a TMX
file's). Findings name their unit; --format xliff writes the file back with
the findings as ITS 2.0 Localization Quality Issue annotations.`,
		Flags: slices.Concat(inputFlags(&sources), []cli.Flag{
			formatFlag,
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, TakesFile: true, Usage: "write the report to `FILE` instead of standard output"},
			failOnFlag,
			configFlag,
			statesFlag,
			&cli.StringFlag{Name: "baseline", TakesFile: true, Usage: "leave out the findings the baseline `FILE` accepts (see --write-baseline)"},
			&cli.StringFlag{Name: "write-baseline", TakesFile: true, Usage: "record every finding of this run in `FILE`, as accepted"},
		}, scoreFlags, checkFlags(true), dictFlags(&dicts, false)),
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
		Flags:  slices.Concat([]cli.Flag{formatFlag, failOnFlag}, scoreFlags, checkFlags(false)),
		Action: func(c *cli.Context) error { return e.demo(c) },
	})
}

// reportFlags reads --format and the gate's flags (--fail-on,
// --min-score, --mqm-weights), shared by check and demo.
func reportFlags(c *cli.Context) (format string, g checks.Gate, err error) {
	format = c.String("format")
	if err := checkFormat(format); err != nil {
		return "", g, err
	}
	g, err = gateFlags(c)
	return format, g, err
}

// gateFlags reads --fail-on, --min-score and --mqm-weights.
func gateFlags(c *cli.Context) (g checks.Gate, err error) {
	if g.Level, err = failOn(c.String("fail-on")); err != nil {
		return g, err
	}
	g.Weights = checks.DefaultWeights
	if w := c.String("mqm-weights"); w != "" {
		if g.Weights, err = checks.ParseWeights(w); err != nil {
			return g, usagef("--mqm-weights: %v", err)
		}
	}
	if c.IsSet("min-score") {
		v := c.Float64("min-score")
		g.MinScore = &v
	}
	return g, nil
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
	if tag, ok := parsedTags.Get(s); ok {
		return tag, nil
	}
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, usagef("%s: bad language tag %q (want a BCP 47 tag such as de or en-GB)", flag, s)
	}
	parsedTags.Put(s, tag)
	return tag, nil
}

// parsedTags holds the language tags parsed lately: every record of a
// batch names its languages, mostly the same few.
var parsedTags = bounded.New[string, language.Tag](256)

// checkFormat rejects an unknown --format before any work is done.
func checkFormat(format string) error {
	if _, err := report.New(format, io.Discard, report.Options{}); err != nil {
		return usagef("--format: %v", err)
	}
	return nil
}

func (e *env) check(c *cli.Context, sources, dicts []string) error {
	file, err := applyConfig(c)
	if err != nil {
		return err
	}
	if file != nil && len(dicts) == 0 {
		dicts = file.Dicts
	}
	bl, err := e.bilingualTarget(c, "check", sources)
	if err != nil {
		return err
	}
	var ins []*inputs
	if bl == nil {
		if ins, err = e.checkInputs(c, sources, file); err != nil {
			return err
		}
	}
	format, g, err := reportFlags(c)
	if err != nil {
		return err
	}
	cfg, err := configFor(c)
	if err != nil {
		return err
	}
	cfg = withFile(cfg, file)
	output := c.String("output")
	if output == "-" {
		output = "" // the usual spelling of standard output
	}
	if output != "" {
		var all []string
		if bl != nil {
			all = append(all, c.Args().First())
		}
		for _, in := range ins {
			all = append(append(all, in.target), in.sources...)
		}
		if err := outfile.Check(output, all); err != nil {
			return usagef("--output: %v", err)
		}
	}
	if err := xliffOutput(format, bl); err != nil {
		return err
	}
	arts := make([]docPair, 0, len(ins))
	if bl != nil {
		arts = append(arts, *bl)
		cfg.Aligner = bilingual.Aligner
	}
	for _, in := range ins {
		art, err := e.loadArticle(in)
		if err != nil {
			return err
		}
		arts = append(arts, art)
	}
	if cfg.Align.Dicts, err = dictionaries(c, dicts, false, arts[0].target, arts[0].sources[0]); err != nil {
		return err
	}
	return e.checkDocs(arts, cfg, outputs{format: format, file: output, baseline: c.String("baseline"), writeBaseline: c.String("write-baseline")}, g)
}

// docPair is a target and its sources, loaded.
type docPair struct {
	target  *corpus.Document
	sources []*corpus.Document
}

// loadArticle loads the documents of in and warns of any whose text
// contradicts its declared language.
func (e *env) loadArticle(in *inputs) (docPair, error) {
	docs, err := in.loadAll()
	if err != nil {
		return docPair{}, err
	}
	tdoc, sdocs := docs[0], docs[1:]
	n := len(tdoc.Orig)
	for _, s := range sdocs {
		n += len(s.Orig)
	}
	allowHeapFor(n)
	e.warnLang(append([]*corpus.Document{tdoc}, sdocs...))
	return docPair{tdoc, sdocs}, nil
}

// warnLang warns of the documents whose text contradicts their declared
// language.
func (e *env) warnLang(docs []*corpus.Document) {
	for _, d := range docs {
		if got, ok := d.LangContradicted(); ok {
			fmt.Fprintf(e.stderr, "crossread: warning: %s is declared %s but reads as %s\n", d.Path, d.Lang, got)
		}
	}
}

// checkInputs returns the articles check was given: one TARGET with its
// -s sources, or TARGETs whose sources a [[pair]] of crossread.toml or
// the file-name convention (story.de.md beside story.en.md) names.
func (e *env) checkInputs(c *cli.Context, sources []string, file *config.File) ([]*inputs, error) {
	if len(sources) > 0 || c.NArg() <= 1 {
		if len(sources) == 0 && c.NArg() == 1 {
			sources = pairedSources(c.Args().First(), file)
		}
		in, err := e.parseInputs(c, "check", sources)
		return []*inputs{in}, err
	}
	for _, t := range c.Args().Slice() {
		if strings.HasPrefix(t, "-") && t != "-" {
			return nil, usagef("check: flag %s after TARGET; flags go before it", t)
		}
	}
	var out []*inputs
	for _, t := range c.Args().Slice() {
		srcs := pairedSources(t, file)
		if len(srcs) == 0 {
			return nil, usagef("check: no source for %s: name it in a [[pair]] of crossread.toml or as a file beside it (story.en.md for story.de.md)", t)
		}
		in, err := e.newInputs(c, "check", t, srcs)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

// pairedSources returns target's sources from the configuration file's
// [[pair]] tables, or else by the file-name convention.
func pairedSources(target string, file *config.File) []string {
	if file != nil {
		if srcs := file.SourcesFor(target); len(srcs) > 0 {
			return srcs
		}
	}
	return sourcesBeside(target)
}

func (e *env) demo(c *cli.Context) error {
	format, g, err := reportFlags(c)
	if err != nil {
		return err
	}
	// A demo that "fails" would break `make demo`; fail only on request.
	if !c.IsSet("fail-on") {
		g.Level.Never = true
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
	return e.checkDocs([]docPair{{tdoc, sdocs}}, cfg, outputs{format: format}, g)
}

// checkDocs runs the pipeline and writes the report to output (standard
// output when empty).
// outputs are where a check's results go.
type outputs struct {
	format, file            string // the report; file "" is standard output
	baseline, writeBaseline string // --baseline and --write-baseline
}

func (e *env) checkDocs(arts []docPair, cfg pipeline.Config, out outputs, g checks.Gate) error {
	if out.baseline != "" {
		b, err := baseline.Read(out.baseline)
		if err != nil {
			return usagef("--baseline: %v", err)
		}
		cfg.Baseline = b
	}
	// One article at a time: its checks may use every core.
	cfg.Workers = runtime.GOMAXPROCS(0)
	var results []*pipeline.Result
	var runErr error
	for _, a := range arts {
		res, err := runPipeline(a.target, a.sources, cfg)
		if res == nil {
			return err
		}
		runErr = cmp.Or(runErr, err)
		results = append(results, res)
	}
	if err := writeBaseline(results, out.writeBaseline); err != nil {
		return err
	}
	write := func(w io.Writer, color bool) error {
		opt := report.Options{Color: color, Checks: results[0].Checks, Weights: &g.Weights, FailLevel: reportLevel(g), Baseline: baselineCounts(results)}
		r, err := report.New(out.format, w, opt)
		if err != nil {
			return usagef("--format: %v", err)
		}
		for _, res := range results {
			if err := r.Report(res.Alignment, res.Findings); err != nil {
				return err
			}
		}
		return r.Close()
	}
	var err error
	if output := out.file; output == "" {
		err = write(e.stdout, useColor(e.stdout, e.getenv))
	} else {
		err = outfile.Write(output, func(w io.Writer) error { return write(w, false) })
		var ue *usageError
		if err != nil && !errors.As(err, &ue) {
			err = usagef("--output: %v", err)
		}
	}
	if err != nil {
		return err
	}
	if runErr != nil {
		return runErr
	}
	for _, res := range results {
		if g.Fails(res.Findings, res.Alignment.Target.Words()) {
			return errFindings
		}
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

// reportLevel is the fail level the pass-or-fail formats (JUnit) show:
// the gate's, or major where the gate never fails the run (--fail-on
// none, or demo without --fail-on).
func reportLevel(g checks.Gate) *checks.FailLevel {
	l := g.Level
	if l.Never {
		l = checks.FailLevel{Min: checks.Major}
	}
	return &l
}

// writeBaseline records every finding of the runs, those a baseline
// accepted included, in path (when given).
func writeBaseline(results []*pipeline.Result, path string) error {
	if path == "" {
		return nil
	}
	var b baseline.Baseline
	for _, res := range results {
		b.Add(res.Alignment, append(slices.Clip(res.Findings), res.Accepted...))
	}
	if err := outfile.Write(path, b.Write); err != nil {
		return usagef("--write-baseline: %v", err)
	}
	return nil
}

// baselineCounts sums what a baseline did over the runs, or nil.
func baselineCounts(results []*pipeline.Result) *baseline.Counts {
	var sum *baseline.Counts
	for _, res := range results {
		if c := res.BaselineCounts; c != nil {
			if sum == nil {
				sum = &baseline.Counts{}
			}
			sum.Suppressed += c.Suppressed
			sum.Stale += c.Stale
		}
	}
	return sum
}
