package entities

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
)

// An organisation the source names that the target replaces by another
// ("l'UE" for NATO) is a name replaced, though neither is a person or a
// place: the names of the organisations most in the news, in each
// language, are data (data/orgs.tsv).

//go:embed data/orgs.tsv
var orgsTSV string

// org is an organisation and its forms by language ("*": any).
type org struct {
	id    string
	forms map[string][]orgForm
}

// orgForm is one way of writing an organisation's name.
type orgForm struct {
	text     string // lower case unless exact
	exact    bool   // capitals, matched as written: "WHO" is not "who"
	anywhere bool   // in a script that glues particles and prefixes to a name
}

// orgs returns the organisations of data/orgs.tsv; a bad line is a bug
// the tests catch.
var orgs = sync.OnceValue(func() []org {
	list, err := parseOrgs("orgs.tsv", orgsTSV)
	if err != nil {
		panic(err)
	}
	return list
})

// parseOrgs reads the organisations of data, named name in errors.
func parseOrgs(name, data string) ([]org, error) {
	var out []org
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		o := org{id: cols[0], forms: map[string][]orgForm{}}
		for _, col := range cols[1:] {
			lang, names, ok := strings.Cut(col, "=")
			if !ok || lang == "" || names == "" {
				return nil, fmt.Errorf("%s:%d: %q is no LANG=name|name", name, i+1, col)
			}
			for _, n := range strings.Split(names, "|") {
				o.forms[lang] = append(o.forms[lang], newOrgForm(n))
				if g := gershayim.Replace(n); g != n {
					o.forms[lang] = append(o.forms[lang], newOrgForm(g)) // נאט״ו as well as נאט"ו
				}
			}
		}
		if o.id == "" || len(o.forms) == 0 {
			return nil, fmt.Errorf("%s:%d: an organisation without forms", name, i+1)
		}
		out = append(out, o)
	}
	return out, nil
}

func newOrgForm(n string) orgForm {
	f := orgForm{text: n, exact: utf8.RuneCountInString(n) >= 2 && strings.ToUpper(n) == n && strings.ToLower(n) != n}
	f.anywhere = strings.IndexFunc(n, func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Arabic, unicode.Hebrew)
	}) >= 0
	if !f.exact {
		f.text = strings.ToLower(n)
	}
	return f
}

// gershayim writes the quotation mark a Hebrew acronym is typed with as
// the gershayim it stands for (נאט"ו, נאט״ו).
var gershayim = strings.NewReplacer(`"`, "״", "'", "׳")

// at returns the span of the first form of o in text, of language lang
// (lower is text in lower case, of the same length), and whether there is
// one.
func (o *org) at(text, lower, lang string) (corpus.Span, bool) {
	for _, l := range [2]string{lang, "*"} {
		for _, f := range o.forms[l] {
			hay := lower
			if f.exact {
				hay = text
			}
			i := -1
			if f.anywhere {
				i = strings.Index(hay, f.text)
			} else {
				i = wordIndex(hay, f.text)
			}
			if i >= 0 {
				return corpus.Span{Start: i, End: i + len(f.text)}, true
			}
		}
	}
	return corpus.Span{}, false
}

// wordIndex returns where w is in s with no letter or digit right
// before or after it, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !corpus.IsWordRune(before) && !corpus.IsWordRune(after) {
			return i
		}
		off = i + 1
	}
}

// orgMention is an organisation named at a span of a text.
type orgMention struct {
	k    int
	span corpus.Span
}

// orgsIn returns the organisations that text, of language lang, names,
// each once, with the span of its first mention offset by off.
func orgsIn(text, lang string, off int) []orgMention {
	lower := corpus.LowerKeepingOffsets(text)
	var out []orgMention
	for k := range orgs() {
		if sp, ok := orgs()[k].at(text, lower, lang); ok {
			out = append(out, orgMention{k, corpus.Span{Start: off + sp.Start, End: off + sp.End}})
		}
	}
	return out
}

// sourceOrgs is orgsIn of the span ps of source src, worked out once a
// span: a batch checks many targets against one source, and the search
// runs every organisation's names over the text. The result is shared.
func sourceOrgs(src *corpus.Document, ps corpus.Span) []orgMention {
	return src.Memo(orgsKey{ps}, func() any {
		sb, _ := src.Lang.Base()
		return orgsIn(src.Slice(ps), sb.String(), ps.Start)
	}).([]orgMention)
}

// orgsKey keys sourceOrgs in a document's memo.
type orgsKey struct{ span corpus.Span }

// orgsReplaced reports, in target paragraph i read in window w, the one
// organisation the sources name and the target does not where the target
// names one the sources do not.
func orgsReplaced(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	tb, _ := tgt.Lang.Base()
	var inS []orgMention
	var docs []int
	eachSourceRead(p, i, w, func(doc int, src *corpus.Document, _ int, ps corpus.Span) {
		for _, m := range sourceOrgs(src, ps) {
			if !slices.ContainsFunc(inS, func(x orgMention) bool { return x.k == m.k }) {
				inS, docs = append(inS, m), append(docs, doc)
			}
		}
	})
	if len(inS) == 0 {
		return // most paragraphs name none
	}
	inT := orgsIn(tgt.Slice(w.Target), tb.String(), w.Target.Start)
	has := func(ms []orgMention, k int) bool {
		return slices.ContainsFunc(ms, func(x orgMention) bool { return x.k == k })
	}
	var gone, added []int // indexes into inS, inT
	for j, m := range inS {
		if !has(inT, m.k) {
			gone = append(gone, j)
		}
	}
	for j, m := range inT {
		if !has(inS, m.k) {
			added = append(added, j)
		}
	}
	if len(gone) != 1 || len(added) != 1 {
		return
	}
	g, a := inS[gone[0]], inT[added[0]]
	p.Report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     a.span,
		Source:   &checks.Evidence{Doc: docs[gone[0]], Span: g.span},
		Message:  fmt.Sprintf("target %q (%s), source %q (%s): another organisation than the source's", tgt.Slice(a.span), orgs()[a.k].id, p.Source(docs[gone[0]]).Slice(g.span), orgs()[g.k].id),
		Tag:      checks.NameFromElsewhere,
	})
}
