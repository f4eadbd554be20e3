// Package all lists every check crossread ships, in the order they run.
package all

import (
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/consistency"
	"github.com/crossread/crossread/checks/corroborate"
	"github.com/crossread/crossread/checks/coverage"
	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/language"
	"github.com/crossread/crossread/checks/names"
	"github.com/crossread/crossread/checks/numbers"
	"github.com/crossread/crossread/checks/placeholders"
	"github.com/crossread/crossread/checks/punctuation"
	"github.com/crossread/crossread/checks/sentences"
	"github.com/crossread/crossread/checks/terms"
	"github.com/crossread/crossread/checks/untranslated"
	"github.com/crossread/crossread/checks/urls"
)

// Checks is the registry of shipped checks.
var Checks = []*checks.Check{
	numbers.Check,
	names.Check,
	terms.Check,
	untranslated.Check,
	urls.Check,
	placeholders.Check,
	entities.Check,
	corroborate.Check,
	consistency.Check,
	coverage.Check,
	sentences.Check,
	punctuation.Check,
	language.Check,
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
