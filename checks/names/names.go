package names

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

//go:embed doc.go
var docFile string

// Check is the names check.
var Check = &checks.Check{Name: "names", Doc: extractDoc(docFile), Run: run}

// New returns the names check driven by the name rules of rules; nil
// means the embedded rules.
func New(rules *corpus.Rules) *checks.Check {
	if rules == nil {
		return Check
	}
	return &checks.Check{Name: "names", Doc: Check.Doc, Run: func(p *checks.Pass) error { return Run(p, rules.Names) }}
}

var defaultRules = sync.OnceValues(corpus.DefaultNameRules)

// extractDoc returns the package comment after its first line.
func extractDoc(src string) string {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if !strings.HasPrefix(l, "//") {
			break
		}
		lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
	}
	// Drop "Package names defines ..." and the blank line after it.
	if len(lines) > 2 {
		lines = lines[2:]
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

func run(p *checks.Pass) error {
	rules, err := defaultRules()
	if err != nil {
		return err
	}
	return Run(p, rules)
}

// Run checks the pass against the given rules; the check runs it with the
// embedded ones.
func Run(p *checks.Pass, rules []corpus.NameRule) error {
	tgt := p.Target()
	skip := urlSpans(tgt.Text)
	for _, r := range rules {
		if !r.AppliesTo(tgt.Lang) {
			continue
		}
		for _, m := range findWord(tgt.Text, r.Wrong) {
			if inAny(m, skip) {
				continue
			}
			para := tgt.ParagraphAt(m.Start)
			if para < 0 {
				continue
			}
			if r.MidSentence && startsSentence(tgt, para, m.Start) {
				continue
			}
			aligned := findInAligned(p, para, r.Name)
			if aligned == nil && r.Kind == corpus.Nickname {
				// A source that names the person by surname alone.
				aligned = findInAligned(p, para, lastWord(r.Name))
			}
			anywhere := aligned
			if anywhere == nil {
				anywhere = findInSources(p, r.Name)
			}
			switch {
			case r.NeedAligned && aligned == nil:
				continue
			case r.NeedSource && anywhere == nil && findInSources(p, lastWord(r.Name)) == nil:
				continue
			case r.Kind == corpus.DoNotTranslate && aligned == nil && !(anywhere != nil && versionFollows(tgt.Text, m.End)):
				continue
			}
			p.Report(finding(p, r, m, aligned, anywhere))
		}
	}
	return nil
}

func finding(p *checks.Pass, r corpus.NameRule, m corpus.Span, aligned, anywhere *checks.Evidence) checks.Finding {
	ev := aligned
	if ev == nil {
		ev = anywhere
	}
	right := r.Name
	f := checks.Finding{Severity: checks.Major, Span: m, Source: ev}
	switch r.Kind {
	case corpus.DoNotTranslate:
		f.Category = "terminology/wrong-term"
		f.Message = fmt.Sprintf("target %q, source %q: the name %s is not translated", r.Wrong, r.Name, r.Name)
	default:
		f.Category = "accuracy/mistranslation"
		if ev == nil {
			if last := findInSources(p, lastWord(r.Name)); last != nil {
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
	l := p.Alignment.LinkFor(para)
	if l == nil || name == "" {
		return nil
	}
	for _, sp := range l.Sources {
		src := p.Source(sp.Doc)
		for _, i := range sp.Paras {
			ps := src.Paragraphs[i].Span
			if ms := findWord(src.Text[ps.Start:ps.End], name); len(ms) > 0 {
				return &checks.Evidence{Doc: sp.Doc, Span: corpus.Span{Start: ps.Start + ms[0].Start, End: ps.Start + ms[0].End}}
			}
		}
	}
	return nil
}

// findInSources looks for name anywhere in the sources.
func findInSources(p *checks.Pass, name string) *checks.Evidence {
	if name == "" {
		return nil
	}
	for d, src := range p.Alignment.Sources {
		skip := urlSpans(src.Text)
		for _, m := range findWord(src.Text, name) {
			if !inAny(m, skip) {
				return &checks.Evidence{Doc: d, Span: m}
			}
		}
	}
	return nil
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	if w := f[len(f)-1]; utf8.RuneCountInString(w) >= 4 {
		return w
	}
	return ""
}

// findWord returns the case-sensitive whole-word occurrences of w in text.
// A hyphen may join the match to more of a compound ("Lama-4-Training").
func findWord(text, w string) []corpus.Span {
	var out []corpus.Span
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return out
		}
		s, e := off+i, off+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if !isWordRune(before) && !isWordRune(after) {
			out = append(out, corpus.Span{Start: s, End: e})
		}
		off = s + max(1, len(w))
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
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
			return strings.IndexFunc(d.Text[s.Start:off], func(r rune) bool {
				return unicode.IsLetter(r) || unicode.IsDigit(r)
			}) < 0
		}
	}
	return false
}

var urlLike = regexp.MustCompile(`(?i)\b(?:https?://|ftp://|www\.)[^\s<>"“”„]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\p{L}\p{N}_]+`)

// urlSpans returns the spans of URLs, e-mail addresses, @handles and
// hashtags, which translation must leave alone and this check ignores.
func urlSpans(text string) []corpus.Span {
	var out []corpus.Span
	for _, m := range urlLike.FindAllStringIndex(text, -1) {
		out = append(out, corpus.Span{Start: m[0], End: m[1]})
	}
	return out
}

func inAny(s corpus.Span, in []corpus.Span) bool {
	for _, t := range in {
		if t.Overlaps(s) {
			return true
		}
	}
	return false
}
