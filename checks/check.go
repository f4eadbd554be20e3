package checks

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// Severity ranks findings; the order is Info < Minor < Major < Critical.
type Severity int

// The severities, after MQM.
const (
	Info Severity = iota
	Minor
	Major
	Critical
)

var severityNames = [...]string{"info", "minor", "major", "critical"}

// String returns the lower-case name of s.
func (s Severity) String() string {
	if s < Info || s > Critical {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity parses a severity name.
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(name, n) {
			return Severity(i), nil
		}
	}
	return Info, fmt.Errorf("unknown severity %q (want %s)", name, strings.Join(severityNames[:], ", "))
}

// Severities lists the severities from the least to the most severe.
func Severities() []Severity { return []Severity{Info, Minor, Major, Critical} }

// Edit replaces the target text under Span with New.
type Edit struct {
	Span corpus.Span // byte offsets into the target Document's Text
	New  string
}

// Fix is one way to repair a finding.
type Fix struct {
	Message string // a verb phrase: "Use Llama"
	Edits   []Edit // non-overlapping, ordered by position
}

// Evidence points at the source text a finding compares against.
type Evidence struct {
	Doc  int         // index into Alignment.Sources
	Span corpus.Span // byte offsets into that source's Text
}

// Finding is one problem a check found in the target.
type Finding struct {
	Check    string
	Severity Severity
	Category Category    // MQM category path, such as "accuracy/mistranslation"
	Span     corpus.Span // byte offsets into the target Document's Text
	Source   *Evidence   // nil when the finding needs no source evidence
	Message  string      // lower case, no final period, names both sides
	Fixes    []Fix       // alternatives; at most one is applied
	// Tag says what piece of evidence the finding is, for checks that
	// weigh the findings of others (Check.Requires); most have none.
	Tag Tag
}

// Tag names a kind of finding that checks other than its own build on:
// one weak finding says little, two of different kinds on one sentence
// say more.
type Tag uint8

const (
	NoTag Tag = iota
	// NameFromElsewhere: a target name that nothing in the sources
	// explains.
	NameFromElsewhere
	// NameLost: a source name that the target lacks.
	NameLost
	// NumberFromElsewhere: a target number that the aligned source
	// passage, and the rest of the source, lack.
	NumberFromElsewhere
	// NumberLost: a source number that the target passage, and the rest
	// of the target, lack.
	NumberLost
)

// Check is one kind of test of a translation.
type Check struct {
	Name string // identifier: lower case, digits and hyphens
	Doc  string // first line a title; then what it flags and why
	Run  func(*Pass) error

	// Severity is that of the check's gravest findings by default, as
	// listings show it; a run may override the severity of all of them.
	Severity Severity
	// Fixes says whether the check offers fixes.
	Fixes bool
	// Locked says whether the check looks at the units of a bilingual
	// file marked translate="no". The findings other checks make in such
	// a unit are dropped: its target is meant to be its source.
	Locked bool
	// RuleFiles are path.Match patterns ("idioms/*.tsv") of the rule files
	// the check reads itself, beyond the kinds package rules types: it
	// finds their lines with Pass.Rules().File.
	RuleFiles []string
	// Requires names the checks whose findings this one reads with
	// Pass.Earlier; those that run must run before it.
	Requires []string
	// Prepare, when set, loads the tables the check reads for a target
	// language and its sources' languages (nil when not yet known), so
	// that a caller with a core to spare loads them while it reads and
	// aligns the article. Run never relies on it having been called.
	Prepare func(env Env, target language.Tag, sources []language.Tag)
}

// Unclaimed reports rule files of r that none of cs reads, so that a
// misspelt file in a rule directory is an error, not data never used.
func Unclaimed(r *rules.Rules, cs []*Check) error {
	var bad []string
	for p := range r.Files {
		claimed := false
		for _, c := range cs {
			for _, pat := range c.RuleFiles {
				if ok, _ := path.Match(pat, p); ok {
					claimed = true
				}
			}
		}
		if !claimed {
			bad = append(bad, r.Files[p][0].Origin)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("%w: %s: unknown rule file (want %s, or a file a check reads)", corpus.ErrInput, strings.Join(bad, ", "), rules.BuiltinKinds)
}

// Title returns the first line of c.Doc, without the check's name when
// the line starts with it ("names: product names translated").
func (c *Check) Title() string {
	t, _, _ := strings.Cut(c.Doc, "\n")
	return strings.TrimPrefix(t, c.Name+": ")
}

// Env is what a run hands every check besides the alignment.
type Env struct {
	// Rules are the rule packs; nil means the embedded ones.
	Rules *rules.Rules
	// MaxUnaligned is the share of the target's paragraphs that may have
	// no source before the article counts as one crossread could not
	// check; 0 means DefaultMaxUnaligned.
	MaxUnaligned float64
	// Workers is how many checks may run at once on one article; 0 or 1
	// runs them in turn (a batch, which checks records side by side).
	Workers int
}

// DefaultMaxUnaligned is the MaxUnaligned of a zero Env: a third.
const DefaultMaxUnaligned = 1.0 / 3

// Pass is what a check sees while it runs over one aligned pair.
type Pass struct {
	Check     *Check
	Alignment *align.Alignment
	env       Env
	links     align.Index // shared by the passes of a run
	report    func(Finding)
	earlier   []Finding // of the checks run before this one
}

// Earlier returns the findings of the checks before this one in the run,
// in check order, to a check that names those it needs in Requires (it
// then runs after all of them); other checks get none. A check reads
// them, never changes them.
func (p *Pass) Earlier() []Finding { return p.earlier }

// LinkFor returns the link that holds target paragraph i, or nil, in
// constant time.
func (p *Pass) LinkFor(i int) *align.Link {
	if !p.links.Valid() {
		p.links = p.Alignment.Index()
	}
	return p.links.LinkFor(i)
}

// Rules returns the rule packs of the run: the ones given to Run, or the
// embedded ones, loaded on first use so that a run whose checks read no
// rules does not pay for them.
func (p *Pass) Rules() (*rules.Rules, error) { return p.env.RulePacks() }

// RulePacks returns e.Rules, or the embedded rule packs when it is nil.
func (e Env) RulePacks() (*rules.Rules, error) {
	if e.Rules != nil {
		return e.Rules, nil
	}
	return rules.Default()
}

// MaxUnaligned returns the share of unaligned target paragraphs the run
// tolerates.
func (p *Pass) MaxUnaligned() float64 {
	if p.env.MaxUnaligned > 0 {
		return p.env.MaxUnaligned
	}
	return DefaultMaxUnaligned
}

// Target returns the target document.
func (p *Pass) Target() *corpus.Document { return p.Alignment.Target }

// Source returns source document i.
func (p *Pass) Source(i int) *corpus.Document { return p.Alignment.Sources[i] }

// Report records a finding; the check's name is filled in.
func (p *Pass) Report(f Finding) {
	f.Check = p.Check.Name
	p.report(f)
}

// validName reports whether a check name is lower-case ASCII letters,
// digits and hyphens, starting with a letter.
func validName(name string) bool {
	for i := 0; i < len(name); i++ {
		b := name[i]
		if !('a' <= b && b <= 'z' || i > 0 && ('0' <= b && b <= '9' || b == '-')) {
			return false
		}
	}
	return name != ""
}

// Validate reports the first problem with a list of checks: a bad or
// repeated name, an empty Doc, a nil Run. A pipeline validates its checks
// for every article, so it allocates nothing.
func Validate(cs []*Check) error {
	for i, c := range cs {
		switch {
		case !validName(c.Name):
			return fmt.Errorf("check name %q: want lower-case letters, digits and hyphens", c.Name)
		case slices.ContainsFunc(cs[:i], func(d *Check) bool { return d.Name == c.Name }):
			return fmt.Errorf("check %q listed twice", c.Name)
		case strings.TrimSpace(c.Doc) == "":
			return fmt.Errorf("check %q has no Doc", c.Name)
		case c.Run == nil:
			return fmt.Errorf("check %q has no Run", c.Name)
		}
		for _, r := range c.Requires {
			if slices.ContainsFunc(cs[i+1:], func(d *Check) bool { return d.Name == r }) {
				return fmt.Errorf("check %q reads the findings of %q, which runs after it", c.Name, r)
			}
		}
	}
	return nil
}

// Run runs the checks over the alignment in env and returns their
// findings, ordered by position in the target, then by severity (most
// severe first) and check name. A finding whose span, category or fixes
// do not fit the target is a bug in its check and returned as an error.
// With env.Workers above 1 the checks run side by side; the findings are
// the same as in turn.
func Run(a *align.Alignment, cs []*Check, env Env) ([]Finding, error) {
	r := &run{a: a, cs: cs, env: env, links: a.Index(), results: make([]result, len(cs))}
	if env.Workers > 1 && len(cs) > 1 {
		r.parallel(env.Workers)
	} else {
		for i := range cs {
			r.one(i)
		}
	}
	out, err := r.merge(len(cs))
	Sort(out)
	return out, err
}

// run is one run of a list of checks over an alignment.
type run struct {
	a       *align.Alignment
	cs      []*Check
	env     Env
	links   align.Index // shared by the passes of a run
	results []result    // by check
}

// result is what one check of a run reported, or the error it returned.
type result struct {
	found []Finding
	err   error
}

// one runs check i and keeps its findings, or its error, in
// r.results[i]. A check that reads the findings of others gets those of
// every check before it.
func (r *run) one(i int) {
	c := r.cs[i]
	var found []Finding
	p := &Pass{Check: c, Alignment: r.a, env: r.env, links: r.links,
		report: func(f Finding) { found = append(found, f) }}
	if len(c.Requires) > 0 {
		p.earlier, _ = r.merge(i)
	}
	if err := c.Run(p); err != nil {
		r.results[i] = result{err: fmt.Errorf("check %s: %w", c.Name, err)}
		return
	}
	r.results[i] = result{found: found}
}

// merge returns the findings of the first n checks in check order, valid
// and outside locked units, with the errors of those that failed.
func (r *run) merge(n int) ([]Finding, error) {
	var out []Finding
	var errs []error
	for i, res := range r.results[:n] {
		c := r.cs[i]
		if res.err != nil {
			errs = append(errs, res.err)
			continue
		}
		for _, f := range res.found {
			if err := validFinding(r.a, f); err != nil {
				errs = append(errs, fmt.Errorf("check %s: %w", c.Name, err))
				continue
			}
			if !c.Locked && inLockedUnit(r.a.Target, f.Span) {
				continue
			}
			out = append(out, f)
		}
	}
	return slices.Clip(out), errors.Join(errs...)
}

// inLockedUnit reports whether s lies in a paragraph of d that is a
// unit marked translate="no".
func inLockedUnit(d *corpus.Document, s corpus.Span) bool {
	if d.Units == nil {
		return false
	}
	i := d.ParagraphAt(s.Start)
	return i >= 0 && i < len(d.Units) && d.Units[i].Locked
}

// Sort orders findings by target position, severity (most severe first),
// check and message.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Check != b.Check {
			return a.Check < b.Check
		}
		return a.Message < b.Message
	})
}

func validFinding(a *align.Alignment, f Finding) error {
	if err := f.Category.Valid(); err != nil {
		return err
	}
	n := len(a.Target.Text)
	if f.Span.Start < 0 || f.Span.End > n || f.Span.Start > f.Span.End {
		return fmt.Errorf("finding span %v outside the target (%d bytes)", f.Span, n)
	}
	if f.Source != nil {
		if f.Source.Doc < 0 || f.Source.Doc >= len(a.Sources) {
			return fmt.Errorf("finding names source %d of %d", f.Source.Doc, len(a.Sources))
		}
		if m := len(a.Sources[f.Source.Doc].Text); f.Source.Span.Start < 0 || f.Source.Span.End > m || f.Source.Span.Start > f.Source.Span.End {
			return fmt.Errorf("evidence span %v outside source %d", f.Source.Span, f.Source.Doc)
		}
	}
	for _, fix := range f.Fixes {
		if fix.Message == "" {
			return errors.New("fix without a message")
		}
		last := -1
		for _, e := range fix.Edits {
			if e.Span.Start < last || e.Span.Start > e.Span.End || e.Span.End > n {
				return fmt.Errorf("fix %q: edits overlap, are unordered or leave the target", fix.Message)
			}
			last = e.Span.End
		}
	}
	return nil
}

// Fingerprint returns a stable identifier of f in its article: it depends
// on the check, the category, the flagged text, the sentence around it
// with its white space squashed, and the text of its source evidence —
// not on positions, so it survives edits elsewhere in the file, and
// editing a sentence changes the fingerprints of that sentence's findings
// alone. Baselines and code-scanning services match findings by it.
func Fingerprint(a *align.Alignment, f Finding) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00", f.Check, string(f.Category), a.Target.Slice(f.Span),
		strings.Join(strings.Fields(a.Target.Slice(a.Target.SentenceAround(f.Span))), " "))
	if f.Source != nil {
		fmt.Fprintf(h, "%s", a.Sources[f.Source.Doc].Slice(f.Source.Span))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// ApplyFix returns text with the edits of fix applied.
func ApplyFix(text string, fix Fix) string {
	var b strings.Builder
	last := 0
	for _, e := range fix.Edits {
		b.WriteString(text[last:e.Span.Start])
		b.WriteString(e.New)
		last = e.Span.End
	}
	b.WriteString(text[last:])
	return b.String()
}
