package terms

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/bounded"
	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"
)

//go:embed doc.go
var docFile string

// Check is the terms check. It reads the rules its pass hands it.
var Check = &checks.Check{Name: "terms", Severity: checks.Major, Fixes: true, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
	r, err := p.Rules()
	if err != nil {
		return err
	}
	return run(p, r)
}, Prepare: func(env checks.Env, target language.Tag, _ []language.Tag) {
	if r, err := env.RulePacks(); err == nil {
		r.TermsInto(base(target))
	}
}}

// keysKey and positionsKey key a source document's rules.Keys and
// rules.Positions in its memo: a batch checks many targets against one
// source, and a long source is searched for many rules' contexts.
type keysKey struct{}
type positionsKey struct{}

// positionsOf returns the token positions of source s, whose tokens are
// toks, made once.
func positionsOf(s *corpus.Document, toks []corpus.Token) rules.Positions {
	return s.Memo(positionsKey{}, func() any { return rules.PositionsOf(toks) }).(rules.Positions)
}

// termIndexes holds the index of each list of term rules (one a target
// language, as Rules.TermsInto gives them) by the keys of their wrong
// renderings.
var termIndexes = bounded.New[termIndexKey, *rules.Index](64)

type termIndexKey struct {
	first *rules.TermRule // the list, by its first rule
	n     int
}

// termIndex returns the index of rs: a required rule is tried on every
// target, another where its wrong rendering may occur.
func termIndex(rs []rules.TermRule) *rules.Index {
	if len(rs) == 0 {
		return &rules.Index{}
	}
	key := termIndexKey{&rs[0], len(rs)}
	if x, ok := termIndexes.Get(key); ok {
		return x
	}
	x := &rules.Index{}
	for i, r := range rs {
		if r.Kind == rules.Required {
			x.Always(i)
		} else {
			x.Add(i, r.Wrong)
		}
	}
	termIndexes.Put(key, x)
	return x
}

func base(t language.Tag) language.Base {
	b, _ := t.Base()
	return b
}

// paraTokens returns the tokens of doc by paragraph.
func paraTokens(d *corpus.Document) [][]corpus.Token {
	all := d.Tokens()
	out := make([][]corpus.Token, len(d.Paragraphs))
	k := 0
	for i, p := range d.Paragraphs {
		for k < len(all) && all[k].Span.Start < p.Span.Start {
			k++
		}
		j := k
		for j < len(all) && all[j].Span.End <= p.Span.End {
			j++
		}
		out[i] = all[k:j:j]
		k = j
	}
	return out
}

func run(p *checks.Pass, rs *rules.Rules) error {
	r := newTermRun(p, rs)
	r.checkTerms()
	r.checkCalques(rs.Calques)
	return nil
}

// termRun is one run of the check over an article: the tokens of its
// paragraphs and sources, and what is known of each rule.
type termRun struct {
	p       *checks.Pass
	tgt     *corpus.Document
	tb      language.Base
	ttoks   [][]corpus.Token
	keys    []*rules.Keys // each target paragraph's, made when first asked for
	stoks   [][][]corpus.Token
	docToks [][]corpus.Token
	docKeys []*rules.Keys
	srcBase []language.Base
	terms   []rules.TermRule
	// Whether a rule's context holds in the sources, worked out when a
	// paragraph first offers the rule. A slice, not a map: a batch of
	// short records asks for a few rules each, and growing a map per
	// record cost more than the asking.
	inContext []uint8
}

// What inContext knows of a rule.
const (
	contextUnknown uint8 = iota
	contextHolds
	contextFails
)

func newTermRun(p *checks.Pass, rs *rules.Rules) *termRun {
	tgt := p.Target()
	n := len(p.Alignment.Sources)
	r := &termRun{p: p, tgt: tgt, tb: base(tgt.Lang), ttoks: paraTokens(tgt),
		stoks: make([][][]corpus.Token, n), docToks: make([][]corpus.Token, n),
		docKeys: make([]*rules.Keys, n), srcBase: make([]language.Base, n)}
	r.keys = make([]*rules.Keys, len(r.ttoks))
	for i, s := range p.Alignment.Sources {
		r.stoks[i] = paraTokens(s)
		r.docToks[i] = s.Tokens()
		r.docKeys[i] = s.Memo(keysKey{}, func() any { return rules.KeysOf(r.docToks[i]) }).(*rules.Keys)
		r.srcBase[i] = base(s.Lang)
	}
	r.terms = rs.TermsInto(r.tb)
	r.inContext = make([]uint8, len(r.terms))
	return r
}

// keysOf returns the keys of target paragraph ti.
func (r *termRun) keysOf(ti int) *rules.Keys {
	if r.keys[ti] == nil {
		r.keys[ti] = rules.KeysOf(r.ttoks[ti])
	}
	return r.keys[ti]
}

// hasContext reports whether the context of rule k holds in a source of
// the rule's language.
func (r *termRun) hasContext(k int32) bool {
	if v := r.inContext[k]; v != contextUnknown {
		return v == contextHolds
	}
	t := r.terms[k]
	ctx := t.Context == nil
	for i, s := range r.p.Alignment.Sources {
		if !ctx && r.srcBase[i] == t.Source && r.docKeys[i].MayMatch(t.Context) &&
			rules.FindAnyIn(t.Context, r.docToks[i], positionsOf(s, r.docToks[i])) != nil {
			ctx = true
		}
	}
	r.inContext[k] = contextFails
	if ctx {
		r.inContext[k] = contextHolds
	}
	return ctx
}

// checkTerms reports the term rules each target paragraph breaks. A
// paragraph tries only the rules whose wrong rendering it may hold (and
// the required ones): with a thousand rules and a long article, trying
// every rule on every paragraph was most of the check's time. Within a
// paragraph the rules keep their order, so the findings do.
func (r *termRun) checkTerms() {
	p := r.p
	sents := &sentenceScopes{p: p, stoks: r.stoks, links: map[*align.Link][]align.SentenceLink{}}
	idx := termIndex(r.terms)
	for ti := range r.tgt.Paragraphs {
		for _, k := range idx.Candidates(r.keysOf(ti)) {
			t := r.terms[k]
			// Only a required term is reported without its wrong
			// rendering; the target is cheaper to look at than the
			// sources, and rules it out more often than the context does.
			if t.Kind != rules.Required && rules.FindAny(t.Wrong, r.ttoks[ti]) == nil {
				continue
			}
			if !r.hasContext(k) {
				continue
			}
			ev, unless := sourceMatch(p, ti, t, r.stoks)
			if ev == nil || unless && t.Kind == rules.Required {
				continue
			}
			scope := func(t rules.TermRule, m corpus.Span) (*checks.Evidence, bool) {
				return sents.scope(t, m, ev, unless)
			}
			reportTerm(p, t, ev, r.ttoks[ti], r.tgt.Paragraphs[ti].Span, scope)
		}
	}
}

// checkCalques reports the literal renderings of the target's language
// that calques list, whatever the source.
func (r *termRun) checkCalques(calques []rules.CalqueRule) {
	tgt := r.tgt
	for _, c := range calques {
		if c.Lang != r.tb {
			continue
		}
		for ti := range tgt.Paragraphs {
			if !r.keysOf(ti).MayMatch(c.Pattern) {
				continue
			}
			for _, m := range rules.FindAny(c.Pattern, r.ttoks[ti]) {
				f := checks.Finding{
					Severity: checks.Minor,
					Category: checks.Mistranslation,
					Span:     m,
					Message:  fmt.Sprintf("target %q is a literal rendering: %s", tgt.Slice(m), c.Note),
				}
				if c.Right != "" && !afterFunctionWord(tgt, m) && endsClause(tgt, m) {
					f.Fixes = []checks.Fix{{Message: "Use " + c.Right, Edits: []checks.Edit{{Span: m, New: c.Right}}}}
				}
				r.p.Report(f)
			}
		}
	}
}

// sourceMatch returns where the aligned source of target paragraph ti
// matches the rule's source side, or nil, and whether the rule's unless
// context is there too.
func sourceMatch(p *checks.Pass, ti int, r rules.TermRule, stoks [][][]corpus.Token) (ev *checks.Evidence, unless bool) {
	for _, sp := range linked.Near(p, ti, 2) {
		if r.Source != base(p.Source(sp.Doc).Lang) {
			continue
		}
		for _, si := range sp.Paras {
			toks := stoks[sp.Doc][si]
			unless = unless || r.Unless != nil && rules.FindAny(r.Unless, toks) != nil
			if ev == nil {
				if ms := rules.FindAny(r.When, toks); len(ms) > 0 {
					ev = &checks.Evidence{Doc: sp.Doc, Span: ms[0]}
				}
			}
		}
	}
	return ev, unless
}

// reportTerm reports the wrong renderings of rule r in the target
// paragraph at para (tokens toks), whose aligned source matched the rule at
// paraEv. Each rendering is judged again by scope, against the source
// sentences aligned with its own sentence where they are known.
func reportTerm(p *checks.Pass, r rules.TermRule, paraEv *checks.Evidence, toks []corpus.Token, para corpus.Span, scope scopeFunc) {
	tgt := p.Target()
	for _, m := range rules.FindAny(r.Wrong, toks) {
		ev, ok := scope(r, m)
		if !ok {
			continue
		}
		src := p.Source(ev.Doc).Slice(ev.Span)
		srcDoc := p.Source(ev.Doc)
		srcPara := srcDoc.Paragraphs[max(0, srcDoc.ParagraphAt(ev.Span.Start))].Span
		f := checks.Finding{Severity: checks.Major, Span: m, Source: ev}
		wrong := tgt.Slice(m)
		if r0, _ := utf8.DecodeRuneInString(wrong); unicode.IsUpper(r0) && copied(srcDoc, srcPara, wrong) {
			// The source writes it too: a name kept as is ("Gift Aid").
			continue
		}
		switch r.Kind {
		case rules.FalseFriend:
			f.Category = checks.Mistranslation
			f.Message = fmt.Sprintf("source %q, target %q: a false friend", src, wrong)
		case rules.Calque:
			f.Category = checks.Mistranslation
			f.Message = fmt.Sprintf("source %q, target %q: a literal rendering", src, wrong)
		default:
			f.Category = checks.WrongTerm
			f.Message = fmt.Sprintf("source %q, target %q: wrong term", src, wrong)
		}
		if r.Note != "" {
			f.Message += " (" + r.Note + ")"
		}
		if right, ok := r.RightFor(toks, m, r.SourceNumber(src)); ok && !afterFunctionWord(tgt, m) && !afterAgreeingWord(tgt, m) {
			right = sameInitialCase(right, wrong)
			f.Fixes = []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: m, New: right}}}}
		}
		p.Report(f)
	}
	if r.Kind == rules.Required && rules.FindAny(r.Want, toks) == nil {
		src := p.Source(paraEv.Doc).Slice(paraEv.Span)
		ev := paraEv
		var want []string
		for _, w := range r.Want {
			want = append(want, w.Text)
		}
		p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.WrongTerm,
			Span:     firstSentence(tgt, para),
			Source:   ev,
			Message:  fmt.Sprintf("source %q, target paragraph lacks the glossary term %s", src, strings.Join(quoteAll(want), " or ")),
		})
	}
}

// firstSentence returns the first sentence of the paragraph at span, where
// a finding about the whole paragraph is anchored.
func firstSentence(d *corpus.Document, para corpus.Span) corpus.Span {
	i := d.ParagraphAt(para.Start)
	if i >= 0 && len(d.Paragraphs[i].Sentences) > 0 {
		return d.Paragraphs[i].Sentences[0]
	}
	return para
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = fmt.Sprintf("%q", x)
	}
	return out
}

// copied reports whether source paragraph para of d holds w as a word, as
// written; for a capitalised w, that makes it a name both sides keep.
func copied(d *corpus.Document, para corpus.Span, w string) bool {
	for _, t := range d.TokensIn(para) {
		if d.Slice(t.Span) == w {
			return true
		}
	}
	return false
}

// afterAgreeingWord reports whether the word before m is an adjective
// agreeing with it, one with an attributive ending of the target's
// language ("günstigere Kopfhörer"): the term that would replace m may
// differ in gender or number, and the fix would leave the adjective wrong.
func afterAgreeingWord(d *corpus.Document, m corpus.Span) bool {
	prev, ok := wordBefore(d, m)
	if !ok {
		return false
	}
	w := d.Slice(prev.Span)
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && !sentenceStart(d, prev.Span.Start) {
		return false // a noun, in a language that capitalises nouns
	}
	return utf8.RuneCountInString(w) > 3 && corpus.HasEnding(prev.Fold, base(d.Lang), corpus.AttributiveEnding)
}

// wordBefore returns the token right before m in its paragraph, with only
// spaces between.
func wordBefore(d *corpus.Document, m corpus.Span) (corpus.Token, bool) {
	i := d.ParagraphAt(m.Start)
	if i < 0 {
		return corpus.Token{}, false
	}
	toks := d.TokensIn(corpus.Span{Start: d.Paragraphs[i].Span.Start, End: m.Start})
	if len(toks) == 0 {
		return corpus.Token{}, false
	}
	prev := toks[len(toks)-1]
	switch strings.TrimSpace(d.Text[prev.Span.End:m.Start]) {
	case "":
		return prev, true
	case "-", "‑":
		// m ends a compound ("VR-Kopfhörer"): the word before the
		// compound agrees with it ("Die VR-Kopfhörer kosten").
		return wordBefore(d, prev.Span)
	}
	return corpus.Token{}, false // punctuation between: no phrase to agree with
}

// sentenceStart reports whether a sentence of d starts at off, where
// every word is capitalised.
func sentenceStart(d *corpus.Document, off int) bool {
	i := d.ParagraphAt(off)
	if i < 0 {
		return false
	}
	for _, s := range d.Paragraphs[i].Sentences {
		if strings.TrimLeftFunc(d.Text[s.Start:off], func(r rune) bool { return !corpus.IsWordRune(r) }) == "" {
			return true
		}
	}
	return false
}

// afterFunctionWord reports whether the word before m is a function word
// of the target's language ("im Finanzbericht", "die Schulung"): it agrees
// in gender, number and case with the word m replaces, which the term
// that would replace it need not share ("im Telefonkonferenz"). Such a
// fix would break the sentence, so none is offered.
func afterFunctionWord(d *corpus.Document, m corpus.Span) bool {
	prev, ok := wordBefore(d, m)
	return ok && corpus.IsStopword(prev.Fold, base(d.Lang))
}

// endsClause reports whether punctuation or the end of the paragraph
// follows m. A calque's rewording may not take the words that follow a
// literal phrase ("auf Wolke neun und feierte" may want "im siebten
// Himmel" and its verb), so it is offered only where nothing follows in
// the clause.
func endsClause(d *corpus.Document, m corpus.Span) bool {
	i := d.ParagraphAt(m.Start)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeftFunc(d.Text[m.End:d.Paragraphs[i].Span.End], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsPunct(r)
}

// sameInitialCase capitalises right where the wrong word it replaces is
// capitalised: a sentence's first word ("Słuchawki VR kosztują" takes
// "Gogle", not "gogle"); a word with capitals inside is a name.
func sameInitialCase(right, wrong string) string {
	w, _ := utf8.DecodeRuneInString(wrong)
	r, n := utf8.DecodeRuneInString(right)
	if !unicode.IsUpper(w) || !unicode.IsLower(r) || strings.ContainsFunc(right[n:], unicode.IsUpper) {
		return right // "iPhone" keeps its own case
	}
	return string(unicode.ToUpper(r)) + right[n:]
}
