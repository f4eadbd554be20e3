package coverage

import (
	"fmt"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// maxNamedUnits is how many units the not-checked finding names.
const maxNamedUnits = 5

// emptyUnits reports the units of a bilingual file whose target is empty
// and returns their source paragraphs, which are then no omission. In
// XLIFF an empty target mostly means "not translated yet": such units
// are counted in one info finding for the file. A unit whose state says
// it is translated, and whose target is empty, is a critical finding of
// its own.
func emptyUnits(p *checks.Pass) map[[2]int]bool {
	tgt := p.Target()
	if len(tgt.EmptyUnits) == 0 || len(p.Alignment.Sources) != 1 {
		return nil
	}
	src := p.Source(0)
	byOrdinal := map[int]int{}
	for j, u := range src.Units {
		byOrdinal[u.Ordinal] = j
	}
	skip := map[[2]int]bool{}
	var waiting []corpus.EmptyUnit
	for _, e := range tgt.EmptyUnits {
		j, ok := byOrdinal[e.Unit.Ordinal]
		if !ok {
			continue // no source either: nothing to translate
		}
		skip[[2]int{0, j}] = true
		if !e.Unit.ClaimsTranslated() {
			waiting = append(waiting, e)
			continue
		}
		p.Report(checks.Finding{
			Severity: checks.Critical,
			Category: checks.Omission,
			Span:     corpus.Span{Start: e.At, End: e.At},
			Source:   &checks.Evidence{Doc: 0, Span: src.Paragraphs[j].Span},
			Message:  fmt.Sprintf("the target of unit %s is empty, but its state %q says it is translated", e.Unit.ID, e.Unit.State),
		})
	}
	notYet(p, waiting)
	return skip
}

// notYet reports, once for the file, the units not translated yet.
func notYet(p *checks.Pass, units []corpus.EmptyUnit) {
	if len(units) == 0 {
		return
	}
	var ids []string
	for _, u := range units[:min(len(units), maxNamedUnits)] {
		ids = append(ids, u.Unit.ID)
	}
	named := strings.Join(ids, ", ")
	if len(units) > maxNamedUnits {
		named += ", …"
	}
	what := fmt.Sprintf("%d units have no translation yet (empty target, state new or none) and were", len(units))
	if len(units) == 1 {
		what = "1 unit has no translation yet (empty target, state new or none) and was"
	}
	p.Report(checks.Finding{
		Severity: checks.Info,
		Category: checks.NotChecked,
		Span:     corpus.Span{Start: units[0].At, End: units[0].At},
		Message:  fmt.Sprintf("%s not checked: %s", what, named),
	})
}
