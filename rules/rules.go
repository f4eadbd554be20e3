package rules

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TermKind says what sort of bilingual term rule a TermRule is.
type TermKind string

// The kinds of term rules.
const (
	FalseFriend TermKind = "false-friend" // a look-alike word with another meaning
	DomainTerm  TermKind = "term"         // a domain term with a wrong everyday rendering
	Calque      TermKind = "calque"       // a literal rendering of a set phrase
	Required    TermKind = "required"     // a glossary term whose translation is fixed
)

// TermRule is a bilingual rule: when the source paragraph aligned with a
// target paragraph matches When, the target paragraph must not contain
// Wrong (suggest Right), or, for Required rules, must contain one of
// Want.
type TermRule struct {
	Kind           TermKind
	Source, Target language.Base // the language pair; Source is und for any
	When           []Pattern     // in the aligned source paragraph
	Wrong          []Pattern     // must not be in the target paragraph
	Right          string        // what to write instead; "a|b|…" gives one form per Wrong alternative, "one/many" its singular and plural
	Want           []Pattern     // Required: one must be in the target paragraph
	Context        []Pattern     // one must occur somewhere in the sources; nil: no condition
	Unless         []Pattern     // none may occur in the aligned source paragraph
	Note           string
	Origin         string // file:line
}

// CalqueRule is a target-only pattern: a literal rendering that is wrong
// whatever the source says.
type CalqueRule struct {
	Lang    language.Base
	Pattern []Pattern
	Right   string
	Note    string
	Origin  string
}

// Rules is the rule data the rule-driven checks read.
type Rules struct {
	Names []NameRule
	// Terms holds term rules added after loading (a glossary's). The term
	// rules of the rule files are read through TermsInto and AllTerms,
	// which give these after them.
	Terms   []TermRule
	Calques []CalqueRule
	Exonyms []Exonym
	// Files holds the lines of rule files of kinds this package does not
	// know, by path ("idioms/de.tsv"): the data of checks that define
	// their own rule schema (see checks.Check.RuleFiles).
	Files map[string][]Line

	termFiles []*termFile // in path order
	termsInto *termsByLang
}

// Line is one data line of a rule file, with where it came from.
type Line struct {
	Text   string
	Origin string // file:line
}

// File returns the data lines of the rule file at path, the way the
// layers give it, or nil when no layer has it.
func (r *Rules) File(path string) []Line { return r.Files[path] }

// Layer is one directory of rule files. Files of a later layer replace
// the files with the same path in earlier ones; other files add to them.
type Layer struct {
	FS    fs.FS
	Label string // prefix of origins: "" for the embedded rules, else the directory
	// Lazy defers reading the layer's term files to the first check into
	// their target language: the embedded files, which a test reads in
	// full, are most of the start-up of a run that uses one pair.
	Lazy bool
}

// Embedded returns the layer of the rules built into crossread.
func Embedded() Layer {
	sub, err := fs.Sub(corpus.DataFS, "data")
	if err != nil {
		panic(err) // the embedded tree always has data/
	}
	return Layer{FS: sub, Lazy: true}
}

var defaultRules = sync.OnceValues(func() (*Rules, error) { return Load(Embedded()) })

// Default returns the embedded rules, loaded once. The result is shared:
// do not modify it.
func Default() (*Rules, error) { return defaultRules() }

// Load loads the rule files of the layers: names.tsv, exonyms.tsv,
// terms/SRC-TGT.tsv and calques/LANG.tsv into their types, and the lines
// of any other .tsv file into Files for the check that claims it. Errors
// name file:line and wrap ErrInput.
func Load(layers ...Layer) (*Rules, error) {
	files := map[string]Layer{}
	for _, l := range layers {
		err := fs.WalkDir(l.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".tsv") {
				files[p] = l
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%w: rules %s: %v", corpus.ErrInput, l.Label, err)
		}
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	r := &Rules{termsInto: &termsByLang{}}
	var errs []error
	for _, p := range paths {
		l := files[p]
		label := p
		if l.Label != "" {
			label = path.Join(l.Label, p)
		}
		if err := r.loadFile(l, p, label); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

func (r *Rules) loadFile(l Layer, p, label string) error {
	fsys := l.FS
	dir, base := path.Split(p)
	name := strings.TrimSuffix(base, ".tsv")
	switch {
	case p == "names.tsv":
		return eachLine(fsys, p, label, func(at, line string) error {
			nr, err := parseNameRule(line)
			nr.Origin = at
			r.Names = append(r.Names, nr)
			return err
		})
	case p == "exonyms.tsv":
		return eachLine(fsys, p, label, func(at, line string) error {
			e, err := parseExonym(line)
			e.Origin = at
			r.Exonyms = append(r.Exonyms, e)
			return err
		})
	case dir == "terms/":
		src, tgt, ok := strings.Cut(name, "-")
		sb, err1 := language.ParseBase(src)
		tb, err2 := language.ParseBase(tgt)
		if !ok || err1 != nil || err2 != nil {
			return fmt.Errorf("%w: %s: name a term file SRC-TGT.tsv with two language codes (en-de.tsv)", corpus.ErrInput, label)
		}
		f := &termFile{fsys: fsys, path: p, label: label, src: sb, tgt: tb}
		r.termFiles = append(r.termFiles, f)
		if l.Lazy {
			return nil
		}
		_, err := f.rules()
		return err
	case dir == "calques/":
		lb, err := language.ParseBase(name)
		if err != nil {
			return fmt.Errorf("%w: %s: name a calque file LANG.tsv with a language code (de.tsv)", corpus.ErrInput, label)
		}
		return eachLine(fsys, p, label, func(at, line string) error {
			cr, err := parseCalque(line, lb)
			cr.Origin = at
			r.Calques = append(r.Calques, cr)
			return err
		})
	}
	if r.Files == nil {
		r.Files = map[string][]Line{}
	}
	return eachLine(fsys, p, label, func(at, line string) error {
		r.Files[p] = append(r.Files[p], Line{Text: line, Origin: at})
		return nil
	})
}

// BuiltinKinds names the rule files this package reads itself.
const BuiltinKinds = "names.tsv, exonyms.tsv, terms/SRC-TGT.tsv, calques/LANG.tsv"

// eachLine calls f on every line that is not blank or a # comment, with
// its file:line; an error from f is returned with the position.
func eachLine(fsys fs.FS, p, label string, f func(at, line string) error) error {
	file, err := fsys.Open(p)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", corpus.ErrInput, label, err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	var errs []error
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		at := fmt.Sprintf("%s:%d", label, n)
		if err := f(at, line); err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %v", corpus.ErrInput, at, err))
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %s: %v", corpus.ErrInput, label, err))
	}
	return errors.Join(errs...)
}

// columns splits a TSV line into between min and max trimmed columns; "-"
// stands for an empty optional column.
func columns(line string, min, max int, names string) ([]string, error) {
	cols := strings.Split(line, "\t")
	if len(cols) < min || len(cols) > max {
		return nil, fmt.Errorf("want %d to %d tab-separated columns (%s), got %d", min, max, names, len(cols))
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
		if cols[i] == "-" {
			cols[i] = ""
		}
		if cols[i] == "" && i < min {
			return nil, fmt.Errorf("column %d is empty", i+1)
		}
	}
	for len(cols) < max {
		cols = append(cols, "")
	}
	return cols, nil
}

const termColumns = "kind, source, wrong, right, context, unless, note"

func parseTermRule(line string, src, tgt language.Base) (TermRule, error) {
	r := TermRule{Source: src, Target: tgt}
	cols, err := columns(noFixDash(line, 3), 4, 7, termColumns)
	if err != nil {
		return r, err
	}
	if cols[3] == noFix {
		// A literal idiom's right wording depends on its sentence: no
		// fix is safer than one that breaks the grammar around it.
		cols[3] = ""
	}
	r.Kind = TermKind(cols[0])
	switch r.Kind {
	case FalseFriend, DomainTerm, Calque:
	default:
		return r, fmt.Errorf("unknown kind %q (want false-friend, term or calque)", cols[0])
	}
	if r.When, err = ParsePatterns(cols[1], src); err != nil {
		return r, fmt.Errorf("source: %v", err)
	}
	if r.Wrong, err = ParsePatterns(cols[2], tgt); err != nil {
		return r, fmt.Errorf("wrong: %v", err)
	}
	r.Right = cols[3]
	if cols[4] != "" {
		if r.Context, err = ParsePatterns(cols[4], src); err != nil {
			return r, fmt.Errorf("context: %v", err)
		}
	}
	if cols[5] != "" {
		if r.Unless, err = ParsePatterns(cols[5], src); err != nil {
			return r, fmt.Errorf("unless: %v", err)
		}
	}
	r.Note = cols[6]
	rights := strings.Split(r.Right, "|")
	if len(rights) > 1 && len(rights) != len(r.Wrong) {
		return r, fmt.Errorf("right: %d forms for %d wrong ones (give one, or one for each)", len(rights), len(r.Wrong))
	}
	// A suggestion the wrong pattern matches would flag its own fix.
	for _, right := range rights {
		if FindAny(r.Wrong, corpus.Tokenize(right)) != nil {
			return r, fmt.Errorf("the right form %q matches the wrong pattern", right)
		}
	}
	return r, nil
}

// noFix stands, in the right column of a term or calque rule, for "-":
// the rule offers no fix.
const noFix = "\x00"

// noFixDash writes a "-" in column col (the right column) of a rule
// line as noFix, so that columns takes the required column as given.
func noFixDash(line string, col int) string {
	cols := strings.Split(line, "\t")
	if len(cols) > col && strings.TrimSpace(cols[col]) == "-" {
		cols[col] = noFix
		return strings.Join(cols, "\t")
	}
	return line
}

func parseCalque(line string, lang language.Base) (CalqueRule, error) {
	r := CalqueRule{Lang: lang}
	cols, err := columns(noFixDash(line, 1), 2, 3, "pattern, right, note")
	if err != nil {
		return r, err
	}
	if cols[1] == noFix {
		cols[1] = ""
	}
	if r.Pattern, err = ParsePatterns(cols[0], lang); err != nil {
		return r, err
	}
	r.Right, r.Note = cols[1], cols[2]
	return r, nil
}

// Lines describes every rule, one a line, with its origin first; the
// `crossread rules` command prints them.
func (r *Rules) Lines() []string {
	var out []string
	for _, n := range r.Names {
		out = append(out, fmt.Sprintf("%s\tname/%s\t%s: %q, not %q", n.Origin, n.Kind, n.langList(), n.Name, n.Wrong))
	}
	for _, t := range r.AllTerms() {
		pair := t.Source.String() + "→" + t.Target.String()
		if t.Kind == Required {
			out = append(out, fmt.Sprintf("%s\tterm/%s\t%s: %s ⇒ %s", t.Origin, t.Kind, pair, patternText(t.When), patternText(t.Want)))
			continue
		}
		out = append(out, fmt.Sprintf("%s\tterm/%s\t%s: %s ⇒ not %s, use %q", t.Origin, t.Kind, pair, patternText(t.When), patternText(t.Wrong), t.Right))
	}
	for _, c := range r.Calques {
		out = append(out, fmt.Sprintf("%s\tcalque\t%s: not %s, use %q", c.Origin, c.Lang, patternText(c.Pattern), c.Right))
	}
	for _, x := range r.Exonyms {
		out = append(out, fmt.Sprintf("%s\texonym\t%s = %s", x.Origin, strings.Join(x.Name, " "), strings.Join(x.Variants, " | ")))
	}
	return out
}

// Count is how many rules of one kind, as Lines names kinds, a language
// pair or language has.
type Count struct {
	Kind  string // "term/false-friend", "calque", "name/dnt", "exonym"
	Langs string // "en→de" for term rules, "de" for calques, "*" for any
	N     int
}

// Counts counts the rules by kind and languages, sorted by kind and then
// languages, so that a rule pack's coverage shows at a glance (the
// `crossread rules --count` summary).
func (r *Rules) Counts() []Count {
	n := map[Count]int{}
	for _, x := range r.Names {
		n[Count{Kind: "name/" + string(x.Kind), Langs: x.langList()}]++
	}
	for _, t := range r.AllTerms() {
		n[Count{Kind: "term/" + string(t.Kind), Langs: t.Source.String() + "→" + t.Target.String()}]++
	}
	for _, c := range r.Calques {
		n[Count{Kind: "calque", Langs: c.Lang.String()}]++
	}
	if len(r.Exonyms) > 0 {
		n[Count{Kind: "exonym", Langs: "*"}] = len(r.Exonyms)
	}
	out := make([]Count, 0, len(n))
	for c, k := range n {
		c.N = k
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Langs < out[j].Langs
	})
	return out
}

// langList returns the languages a name rule holds for, "de,nl", or "*"
// for all.
func (n NameRule) langList() string {
	if n.Langs == nil {
		return "*"
	}
	ls := make([]string, len(n.Langs))
	for i, l := range n.Langs {
		ls[i] = l.String()
	}
	return strings.Join(ls, ",")
}

func patternText(ps []Pattern) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Text)
	}
	return strings.Join(s, "|")
}

// RightFor returns what to write in place of the match m of the rule's
// Wrong patterns among toks, and false when the rule has no form for it:
// the one Right stands for the first Wrong alternative only, and a form
// for each alternative stands for its own; a word matched through an
// inflectional ending has no form, since Right does not carry the
// ending ("Due librerie" is not mended by "biblioteca"). A form written
// "one/many" gives the singular and the plural, chosen by the number of
// the source's word, and none when that is unknown.
func (r TermRule) RightFor(toks []corpus.Token, m corpus.Span, n Number) (string, bool) {
	rights := strings.Split(r.Right, "|")
	for i, p := range r.Wrong {
		if i > 0 && len(rights) == 1 {
			break
		}
		for _, s := range p.Find(toks) {
			if s == m && !p.inflectedAt(toks, s) {
				return formFor(rights[min(i, len(rights)-1)], n)
			}
		}
	}
	return "", false
}

// formFor picks the form of right for number n.
func formFor(right string, n Number) (string, bool) {
	one, many, forms := strings.Cut(right, "/")
	switch {
	case right == "":
		return "", false
	case !forms:
		return right, true
	case n == Singular:
		return one, true
	case n == Plural:
		return many, true
	}
	return "", false
}

// Number is the grammatical number of a source word, as far as the rule's
// own source forms tell it.
type Number int

// The numbers SourceNumber tells apart.
const (
	UnknownNumber Number = iota
	Singular
	Plural
)

// SourceNumber tells the number of src, the source text that matched the
// rule, from the rule's source forms: of "headset|headsets", "headsets"
// is the plural, the form that adds an ending to another one.
func (r TermRule) SourceNumber(src string) Number {
	e := endingsPtr(r.Source)
	f := strings.ToLower(src)
	plural, singular := false, false
	for _, p := range r.When {
		w := strings.ToLower(p.Text)
		for _, x := range e.add {
			plural = plural || x != "" && f == w+x && !strings.HasPrefix(x, "'") && !strings.HasPrefix(x, "’")
			singular = singular || x != "" && w == f+x && !strings.HasPrefix(x, "'") && !strings.HasPrefix(x, "’")
		}
	}
	switch {
	case plural && !singular:
		return Plural
	case singular && !plural:
		return Singular
	}
	return UnknownNumber
}
