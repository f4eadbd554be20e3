// Package all lists every check crossread ships, in the order they run.
package all

import (
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/consistency"
	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/names"
	"github.com/crossread/crossread/checks/numbers"
	"github.com/crossread/crossread/checks/terms"
	"github.com/crossread/crossread/checks/untranslated"
	"github.com/crossread/crossread/checks/urls"
	"github.com/crossread/crossread/corpus"
)

// Checks is the registry of shipped checks.
var Checks = []*checks.Check{
	numbers.Check,
	names.Check,
	terms.Check,
	untranslated.Check,
	urls.Check,
	entities.Check,
	consistency.Check,
}

// ByName returns the shipped check called name, or nil.
func ByName(name string) *checks.Check {
	for _, c := range Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// WithRules returns the shipped checks with the rule-driven ones (names,
// terms, urls) reading rules instead of the embedded rule packs.
func WithRules(rules *corpus.Rules) []*checks.Check {
	out := make([]*checks.Check, len(Checks))
	for i, c := range Checks {
		switch c {
		case names.Check:
			c = names.New(rules)
		case terms.Check:
			c = terms.New(rules)
		case urls.Check:
			c = urls.New(rules)
		case entities.Check:
			c = entities.New(rules)
		case consistency.Check:
			c = consistency.New(rules)
		}
		out[i] = c
	}
	return out
}
