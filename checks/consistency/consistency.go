package consistency

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/checks/internal/words"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
)

//go:embed doc.go
var docFile string

// Check is the consistency check. It reads the rules its pass hands it.
var Check = &checks.Check{Name: "consistency", Severity: checks.Minor, Fixes: true, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
	r, err := p.Rules()
	if err != nil {
		return err
	}
	return Run(p, r.Names)
}}

// Run checks the pass against the given name rules.
func Run(p *checks.Pass, rs []rules.NameRule) error {
	tgt := p.Target()
	text := tgt.Text
	skip := tgt.Addresses()
	// Every nickname occurrence, so that "Huang" inside "Old Huang" is not
	// taken for the real name.
	var nicks []corpus.Span
	for _, r := range rs {
		if r.Kind == rules.Nickname && r.AppliesTo(tgt.Lang) {
			nicks = append(nicks, words.Find(text, r.Wrong, skip, true)...)
		}
	}
	// The rule pairs seen, few: a list on the stack, not a map a record.
	var seen [32][2]string
	done := seen[:0]
	for _, r := range rs {
		if r.Kind != rules.Nickname || !r.AppliesTo(tgt.Lang) || slices.Contains(done, [2]string{r.Name, r.Wrong}) {
			continue
		}
		done = append(done, [2]string{r.Name, r.Wrong})
		nick := words.Find(text, r.Wrong, skip, true)
		if len(nick) == 0 {
			continue
		}
		real := words.Find(text, r.Name, skip, true)
		if len(real) == 0 {
			if last := words.Last(r.Name); last != "" {
				real = words.Find(text, last, append(skip, nicks...), true)
			}
		}
		// Fewer nicknames than real names: the names check flags each.
		if len(real) == 0 || len(real) >= len(nick) {
			continue
		}
		for _, m := range real {
			p.Report(checks.Finding{
				Severity: checks.Minor,
				Category: checks.Inconsistent,
				Span:     m,
				Message: fmt.Sprintf("target %q, elsewhere %q (%d times): the article calls the same person by two names",
					tgt.Slice(m), r.Wrong, len(nick)),
			})
		}
	}
	diacritics(p, skip)
	return nil
}

// diacritics flags the less frequent of two spellings of a capitalised
// word that differ only in diacritics.
func diacritics(p *checks.Pass, skip []corpus.Span) {
	tgt := p.Target()
	// Two spellings of a name with one fold differ in a letter beyond
	// ASCII: a text without one has none (FoldName of ASCII lower-cases).
	if strings.IndexFunc(tgt.Text, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
		return
	}
	type form struct {
		spans []corpus.Span
	}
	byFold := map[string]map[string]*form{}
	var order []string
	for _, t := range tgt.Tokens() {
		w := tgt.Slice(t.Span)
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || utf8.RuneCountInString(w) < 4 || words.InAny(t.Span, skip) {
			continue
		}
		f := corpus.FoldName(w)
		if byFold[f] == nil {
			byFold[f] = map[string]*form{}
			order = append(order, f)
		}
		k := strings.ToLower(w)
		if byFold[f][k] == nil {
			byFold[f][k] = &form{}
		}
		byFold[f][k].spans = append(byFold[f][k].spans, t.Span)
	}
	for _, f := range order {
		forms := byFold[f]
		if len(forms) != 2 {
			continue
		}
		var a, b *form
		for _, x := range forms {
			if a == nil {
				a = x
			} else {
				b = x
			}
		}
		if len(a.spans) == len(b.spans) {
			continue // no usual form to suggest
		}
		if len(a.spans) > len(b.spans) {
			a, b = b, a
		}
		usual := tgt.Slice(b.spans[0])
		for _, s := range a.spans {
			p.Report(checks.Finding{
				Severity: checks.Minor,
				Category: checks.Inconsistent,
				Span:     s,
				Message:  fmt.Sprintf("target %q, elsewhere %q (%d times): one name spelt two ways", tgt.Slice(s), usual, len(b.spans)),
				Fixes:    []checks.Fix{{Message: "Use " + usual, Edits: []checks.Edit{{Span: s, New: usual}}}},
			})
		}
	}
}
