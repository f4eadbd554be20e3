// Package ruled builds the checks that read rule data: the rules a user
// overlays with --rules, or the embedded ones.
package ruled

import (
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/corpus"
)

// New returns the check name, documented by the package comment in
// docFile, that runs run with rules, or with the embedded rules when rules
// is nil. The embedded rules load on the first run, not at start-up.
func New(name, docFile string, rules *corpus.Rules, run func(*checks.Pass, *corpus.Rules) error) *checks.Check {
	return &checks.Check{Name: name, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
		r, err := corpus.RulesOrDefault(rules)
		if err != nil {
			return err
		}
		return run(p, r)
	}}
}
