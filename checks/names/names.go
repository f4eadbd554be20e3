package names

import (
	"golang.org/x/text/language"

	_ "embed"
	"fmt"
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

// Check is the names check. It reads the rules its pass hands it.
var Check = &checks.Check{Name: "names", Severity: checks.Major, Fixes: true, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
	r, err := p.Rules()
	if err != nil {
		return err
	}
	return Run(p, r.Names)
}, Prepare: func(env checks.Env, _ language.Tag, _ []language.Tag) { env.RulePacks() }}

// Run checks the pass against the given rules; the check runs it with the
// embedded ones.
func Run(p *checks.Pass, rs []rules.NameRule) error {
	tgt := p.Target()
	skip := tgt.Addresses()
	inSources := sourceFinder{p: p, found: map[string]*checks.Evidence{}}
	var reported []corpus.Span // what the rules found, which the names in pinyin leave alone
	for _, r := range rs {
		if !r.AppliesTo(tgt.Lang) {
			continue
		}
		for _, m := range words.Find(tgt.Text, r.Wrong, skip, false) {
			para := tgt.ParagraphAt(m.Start)
			if para < 0 {
				continue
			}
			if r.MidSentence && startsSentence(tgt, para, m.Start) {
				continue
			}
			aligned := findInAligned(p, para, r.Name)
			if aligned == nil && r.Kind == rules.Nickname {
				// A source that names the person by surname alone.
				aligned = findInAligned(p, para, words.Last(r.Name))
			}
			anywhere := aligned
			if anywhere == nil {
				anywhere = inSources.find(r.Name)
			}
			switch {
			case r.NeedAligned && aligned == nil:
				continue
			case r.NeedSource && anywhere == nil && inSources.find(words.Last(r.Name)) == nil:
				continue
			case r.Kind == rules.DoNotTranslate && aligned == nil && !(anywhere != nil && versionFollows(tgt.Text, m.End)):
				continue
			}
			p.Report(finding(p, r, m, aligned, anywhere, inSources))
			reported = append(reported, m)
		}
	}
	for i := range tgt.Paragraphs {
		pinyinNames(p, i, reported)
	}
	return nil
}

func finding(p *checks.Pass, r rules.NameRule, m corpus.Span, aligned, anywhere *checks.Evidence, inSources sourceFinder) checks.Finding {
	ev := aligned
	if ev == nil {
		ev = anywhere
	}
	right := r.Name
	f := checks.Finding{Severity: checks.Major, Span: m, Source: ev}
	switch r.Kind {
	case rules.DoNotTranslate:
		f.Category = checks.WrongTerm
		f.Message = fmt.Sprintf("target %q, source %q: the name %s is not translated", r.Wrong, r.Name, r.Name)
	default:
		f.Category = checks.Mistranslation
		if ev == nil {
			if last := inSources.find(words.Last(r.Name)); last != nil {
				ev, f.Source = last, last
			}
		}
		if ev != nil {
			// Write what the source writes: "Zuckerberg" where it uses the
			// surname alone.
			right = p.Source(ev.Doc).Slice(ev.Span)
			f.Message = fmt.Sprintf("target %q, source %q: a press nickname in place of the name", r.Wrong, right)
		} else {
			f.Message = fmt.Sprintf("target %q is a press nickname for %s", r.Wrong, r.Name)
		}
	}
	f.Fixes = []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: m, New: right}}}}
	return f
}

// findInAligned looks for name in the source paragraphs linked to target
// paragraph para.
func findInAligned(p *checks.Pass, para int, name string) *checks.Evidence {
	l := p.LinkFor(para)
	if l == nil || name == "" {
		return nil
	}
	for _, sp := range l.Sources {
		src := p.Source(sp.Doc)
		for _, i := range sp.Paras {
			ps := src.Paragraphs[i].Span
			if ms := words.Find(src.Text[ps.Start:ps.End], name, nil, false); len(ms) > 0 {
				return &checks.Evidence{Doc: sp.Doc, Span: corpus.Span{Start: ps.Start + ms[0].Start, End: ps.Start + ms[0].End}}
			}
		}
	}
	return nil
}

// sourceFinder looks for names anywhere in the sources, each name once:
// a nickname the article repeats would otherwise search every source for
// every mention.
type sourceFinder struct {
	p     *checks.Pass
	found map[string]*checks.Evidence
}

// find returns where a source first names name, or nil.
func (s sourceFinder) find(name string) *checks.Evidence {
	if name == "" {
		return nil
	}
	if ev, ok := s.found[name]; ok {
		return ev
	}
	var ev *checks.Evidence
	for d, src := range s.p.Alignment.Sources {
		if ms := words.Find(src.Text, name, src.Addresses(), false); len(ms) > 0 {
			ev = &checks.Evidence{Doc: d, Span: ms[0]}
			break
		}
	}
	s.found[name] = ev
	return ev
}

// versionFollows reports whether a number follows offset end, after at
// most one space or hyphen: "Lama 3.1", "Lama-4-Training".
func versionFollows(text string, end int) bool {
	rest := text[end:]
	if r, n := utf8.DecodeRuneInString(rest); r == ' ' || r == '-' || r == '\u00A0' {
		rest = rest[n:]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r)
}

// startsSentence reports whether only punctuation stands between the start
// of a sentence of paragraph para and off.
func startsSentence(d *corpus.Document, para, off int) bool {
	for _, s := range d.Paragraphs[para].Sentences {
		if s.Start <= off && off < s.End {
			return strings.IndexFunc(d.Text[s.Start:off], corpus.IsWordRune) < 0
		}
	}
	return false
}
