package urls

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"
)

//go:embed doc.go
var docFile string

// Check is the urls check. It reads the name rules its pass hands it.
var Check = &checks.Check{Name: "urls", Severity: checks.Major, Fixes: true, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
	r, err := p.Rules()
	if err != nil {
		return err
	}
	run(p, r)
	return nil
}}

type addr struct {
	doc  int
	span corpus.Span
	text string
}

func run(p *checks.Pass, rs *rules.Rules) {
	tgt := p.Target()
	inSources := map[string]bool{}
	for _, s := range p.Alignment.Sources {
		for _, sp := range s.Addresses() {
			inSources[s.Slice(sp)] = true
		}
	}
	for _, ts := range tgt.Addresses() {
		text := tgt.Slice(ts)
		if inSources[text] {
			continue
		}
		para := tgt.ParagraphAt(ts.Start)
		if best, ok := closest(p, para, text); ok {
			sev := checks.Major
			if text[0] == '#' {
				// A hashtag is a word the platform matches without
				// case, and a translation may render it ("#Batterien",
				// "#Batteries"): a hint, not a broken link.
				if strings.EqualFold(text, best.text) || renders(text[1:], p.Target().Lang) {
					continue
				}
				sev = checks.Minor
			}
			p.Report(checks.Finding{
				Severity: sev,
				Category: checks.Mistranslation,
				Span:     ts,
				Source:   &checks.Evidence{Doc: best.doc, Span: best.span},
				Message:  fmt.Sprintf("target %q, source %q: the address was changed", text, best.text),
				Fixes:    []checks.Fix{{Message: "Use " + best.text, Edits: []checks.Edit{{Span: ts, New: best.text}}}},
			})
			continue
		}
		slugNames(p, rs, ts, text)
	}
}

// renders reports whether the body of a hashtag is a word of the target
// language lang (one with a lexicon): a translation rendered the tag, as
// professional translators do ("#Batteries" for "#Batterien"), where an
// edited one ("#Batterin") is no word.
func renders(body string, lang language.Tag) bool {
	b, _ := lang.Base()
	return corpus.IsWord(strings.ToLower(body), b)
}

// closest returns the address of the aligned source paragraphs most like
// text, when it is close enough to be the same address edited.
func closest(p *checks.Pass, para int, text string) (addr, bool) {
	if para < 0 {
		return addr{}, false
	}
	var best addr
	bestD := -1
	for _, sp := range linked.Sources(p, para) {
		src := p.Source(sp.Doc)
		for _, k := range sp.Paras {
			ps := src.Paragraphs[k].Span
			for _, s := range src.AddressesIn(ps) {
				st := src.Slice(s)
				if st[0] == '@' || st[0] == '#' {
					if text[0] != st[0] {
						continue
					}
				}
				d := distance(st, text)
				if bestD < 0 || d < bestD {
					best, bestD = addr{sp.Doc, s, st}, d
				}
			}
		}
	}
	// A few edited characters, not a different address.
	n := max(utf8.RuneCountInString(best.text), utf8.RuneCountInString(text))
	return best, bestD > 0 && bestD*5 <= n
}

// slugNames flags the wrong form of a do-not-translate name inside a URL
// when a source of the article names the product.
func slugNames(p *checks.Pass, rs *rules.Rules, ts corpus.Span, text string) {
	tgt := p.Target()
	parts := slugParts(text)
	for _, r := range rs.Names {
		if r.Kind != rules.DoNotTranslate || !r.AppliesTo(tgt.Lang) || strings.ContainsRune(r.Name, ' ') {
			continue
		}
		wrong := corpus.FoldWord(r.Wrong)
		var hits []int
		for i, part := range parts {
			// The product's name is followed by a version in slugs:
			// lama-4, lama-3-1.
			if corpus.FoldWord(text[part.Start:part.End]) == wrong && i+1 < len(parts) && unicode.IsDigit(rune(text[parts[i+1].Start])) {
				hits = append(hits, i)
			}
		}
		if len(hits) == 0 {
			continue
		}
		ev := namedInSources(p, r.Name)
		if ev == nil {
			continue
		}
		for _, i := range hits {
			part := parts[i]
			s := corpus.Span{Start: ts.Start + part.Start, End: ts.Start + part.End}
			right := strings.ToLower(r.Name)
			p.Report(checks.Finding{
				Severity: checks.Minor,
				Category: checks.Mistranslation,
				Span:     s,
				Source:   ev,
				Message:  fmt.Sprintf("target %q in a URL, source %q: the name was translated inside the address, which no longer leads to the page", text[part.Start:part.End], r.Name),
				Fixes:    []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: s, New: right}}}},
			})
		}
	}
}

// namedInSources returns where a source of the article writes name as a
// name (not in lower case), or nil.
func namedInSources(p *checks.Pass, name string) *checks.Evidence {
	folded := corpus.FoldWord(name)
	for d, s := range p.Alignment.Sources {
		for _, tok := range s.Tokens() {
			if tok.Fold == folded && s.Text[tok.Span.Start] != strings.ToLower(name)[0] {
				return &checks.Evidence{Doc: d, Span: tok.Span}
			}
		}
	}
	return nil
}

// slugParts splits an address at its separators.
func slugParts(s string) []corpus.Span {
	var out []corpus.Span
	start := -1
	for i, r := range s {
		word := corpus.IsWordRune(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, corpus.Span{Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, corpus.Span{Start: start, End: len(s)})
	}
	return out
}

// distance is the Levenshtein distance between a and b in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
