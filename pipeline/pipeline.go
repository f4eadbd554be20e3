package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/baseline"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/all"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"
)

// Config says how to check an article pair. The zero value runs every
// shipped check with the embedded rules and the default aligner.
type Config struct {
	// Checks are the checks to run, in order; nil means all.Checks.
	Checks []*checks.Check
	// Rules are the rule packs the checks read; nil means the embedded ones.
	Rules *rules.Rules
	// Aligner links target and source paragraphs; nil means Auto(Align).
	Aligner align.Aligner
	// Align are the options of the default aligner; its Dicts are the
	// bilingual dictionaries the aligner may use.
	Align align.Options
	// Severity overrides the severity of every finding of the named checks.
	Severity map[string]checks.Severity
	// MaxUnaligned is the share of target paragraphs without a source
	// beyond which the article counts as unchecked (a major coverage
	// finding); 0 means checks.DefaultMaxUnaligned.
	MaxUnaligned float64
	// Baseline holds findings accepted before; nil reports every finding.
	Baseline *baseline.Baseline
	// Workers is how many checks may run at once on the article: 0 or 1
	// runs them in turn, as a caller that checks articles side by side
	// wants; the findings are the same either way.
	Workers int
}

// ErrConfig marks an error in a Config.
var ErrConfig = errors.New("bad configuration")

// checks returns the checks of c, checked: valid, and every check named in
// Severity among them.
func (c Config) checks() ([]*checks.Check, error) {
	cs := c.Checks
	if cs == nil {
		cs = all.Checks
	}
	if err := checks.Validate(cs); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if c.Rules != nil {
		if err := checks.Unclaimed(c.Rules, append(slices.Clip(cs), all.Checks...)); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrConfig, err)
		}
	}
	for name := range c.Severity {
		if !slices.ContainsFunc(cs, func(c *checks.Check) bool { return c.Name == name }) {
			return nil, fmt.Errorf("%w: a severity for %q, which is not among the checks", ErrConfig, name)
		}
	}
	return cs, nil
}

// Result is what a run found.
type Result struct {
	Alignment *align.Alignment // its Target and Sources are the documents checked
	Findings  []checks.Finding // in checks.Sort order
	Checks    []*checks.Check  // the checks that ran
	// FixesDropped counts the fixes the checks offered that failed
	// checks.VerifyFixes and were taken back.
	FixesDropped int
	// Accepted are the findings Config.Baseline left out of Findings, and
	// BaselineCounts what it did; nil without a baseline.
	Accepted       []checks.Finding
	BaselineCounts *baseline.Counts
}

// CheckError reports checks that failed; the Result holds the findings of
// the others.
type CheckError struct{ Err error }

func (e *CheckError) Error() string { return e.Err.Error() }
func (e *CheckError) Unwrap() error { return e.Err }

// Run aligns target with sources and runs the checks of cfg. An error
// that wraps corpus.ErrInput is the input's fault, one that wraps
// ErrConfig the configuration's; a *CheckError comes with the Result of
// the checks that did not fail; any other error is a failure of crossread.
// ctx is checked between the stages.
func Run(ctx context.Context, target *corpus.Document, sources []*corpus.Document, cfg Config) (*Result, error) {
	cs, err := cfg.checks()
	if err != nil {
		return nil, err
	}
	if len(sources) == 0 {
		return nil, fmt.Errorf("%w: no source document", corpus.ErrInput)
	}
	target = corpus.TellApart(target, sources)
	aligner := cfg.Aligner
	if aligner == nil {
		aligner = Auto(cfg.Align)
	}
	env := cfg.env()
	if cfg.Workers > 1 {
		langs := make([]language.Tag, len(sources))
		for i, s := range sources {
			langs[i] = s.Lang
		}
		prepare(cs, env, target.Lang, langs)
	}
	a, err := aligner.Align(target, sources)
	if err != nil {
		if errors.Is(err, corpus.ErrInput) {
			return nil, err
		}
		return nil, fmt.Errorf("align: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fs, err := checks.Run(a, cs, env)
	dropped := checks.VerifyFixes(a, cs, env, fs)
	overrideSeverity(fs, cfg.Severity)
	r := &Result{Alignment: a, Findings: fs, Checks: cs, FixesDropped: dropped}
	if cfg.Baseline != nil {
		var counts baseline.Counts
		r.Findings, r.Accepted, counts = cfg.Baseline.Filter(a, fs)
		r.BaselineCounts = &counts
	}
	if err != nil {
		return r, &CheckError{err}
	}
	return r, nil
}

// Prepare starts loading the tables the checks of cfg read for a target
// in language target and sources in the languages sources, each check's
// in a goroutine of its own, and returns: the first run that needs them
// waits for them, or loads what is not yet begun itself. Run does so
// while it aligns when cfg has workers; a caller that checks articles
// side by side, each with one worker (a batch), calls it for each new
// pair of languages, so that the tables load on every core at once.
func Prepare(cfg Config, target language.Tag, sources []language.Tag) {
	cs, err := cfg.checks()
	if err != nil {
		return // Run reports it
	}
	prepare(cs, cfg.env(), target, sources)
}

// prepare is Prepare with the checks and their environment. A panic here
// (broken embedded data) is left to the check that meets it again.
func prepare(cs []*checks.Check, env checks.Env, target language.Tag, sources []language.Tag) {
	for _, c := range cs {
		if c.Prepare != nil {
			go func() {
				defer func() { _ = recover() }()
				c.Prepare(env, target, sources)
			}()
		}
	}
}

// env is the checks' environment of a run under c.
func (c Config) env() checks.Env {
	return checks.Env{Rules: c.Rules, MaxUnaligned: c.MaxUnaligned, Workers: c.Workers}
}

// overrideSeverity sets the severity of the findings of the checks named
// in sev and keeps the order checks.Sort gives.
func overrideSeverity(fs []checks.Finding, sev map[string]checks.Severity) {
	if len(sev) == 0 {
		return
	}
	for i := range fs {
		if s, ok := sev[fs[i].Check]; ok {
			fs[i].Severity = s
		}
	}
	checks.Sort(fs)
}

// Auto returns the default aligner: a segment pair (one paragraph on each
// side) is aligned whole, since searching could only lose pairs with
// nothing in common on the surface (Chinese against English, say); an
// article goes to the paragraph aligner with opt.
func Auto(opt align.Options) align.Aligner { return auto{align.New(opt)} }

type auto struct{ paragraphs align.Aligner }

func (a auto) Align(target *corpus.Document, sources []*corpus.Document) (*align.Alignment, error) {
	if align.IsSegment(target, sources) {
		return align.Whole(target, sources), nil
	}
	return a.paragraphs.Align(target, sources)
}
