package rules

import (
	"errors"
	"io/fs"
	"slices"
	"sync"

	"golang.org/x/text/language"
)

// termFile is one terms/SRC-TGT.tsv file, read when first asked for.
type termFile struct {
	fsys     fs.FS
	path     string
	label    string // path as origins give it
	src, tgt language.Base

	once  sync.Once
	terms []TermRule
	err   error
}

// rules returns the file's term rules, read once. A line in error is
// left out and reported with the others.
func (f *termFile) rules() ([]TermRule, error) {
	f.once.Do(func() {
		f.err = eachLine(f.fsys, f.path, f.label, func(at, line string) error {
			tr, err := parseTermRule(line, f.src, f.tgt)
			if err != nil {
				return err
			}
			tr.Origin = at
			f.terms = append(f.terms, tr)
			return nil
		})
	})
	return f.terms, f.err
}

// termsByLang holds TermsInto's answers, one list per target language,
// valid while Rules.Terms keeps its length.
type termsByLang struct {
	mu    sync.Mutex
	lists map[language.Base]termList
}

type termList struct {
	added int // len(Rules.Terms) when made
	terms []TermRule
}

// TermsInto returns the term rules into language lang: those of the rule
// files whose target it is, in path order, reading them on first use,
// then those of Terms. The list is shared: do not modify it.
func (r *Rules) TermsInto(lang language.Base) []TermRule {
	c := r.termsInto
	if c == nil { // a Rules not made by Load
		return slices.DeleteFunc(slices.Clone(r.Terms), func(t TermRule) bool { return t.Target != lang })
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if l, ok := c.lists[lang]; ok && l.added == len(r.Terms) {
		return l.terms
	}
	var out []TermRule
	for _, f := range r.termFiles {
		if f.tgt == lang {
			ts, _ := f.rules() // an error in a lazy file is a test failure, not a run's
			out = append(out, ts...)
		}
	}
	for _, t := range r.Terms {
		if t.Target == lang {
			out = append(out, t)
		}
	}
	if c.lists == nil {
		c.lists = map[language.Base]termList{}
	}
	c.lists[lang] = termList{added: len(r.Terms), terms: out}
	return out
}

// AllTerms returns every term rule, reading the rule files not read yet:
// the files' in path order, then Terms.
func (r *Rules) AllTerms() []TermRule {
	var out []TermRule
	for _, f := range r.termFiles {
		ts, _ := f.rules()
		out = append(out, ts...)
	}
	return append(out, r.Terms...)
}

// TermErrors reads every term file not read yet and returns their
// errors: for a test of the embedded rules, whose files a run reads
// only for its target language.
func (r *Rules) TermErrors() error {
	var errs []error
	for _, f := range r.termFiles {
		if _, err := f.rules(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
