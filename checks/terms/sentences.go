package terms

import (
	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
)

// scopeFunc judges one wrong rendering m of rule r. It returns the source
// evidence and true when the rule holds.
type scopeFunc func(r rules.TermRule, m corpus.Span) (*checks.Evidence, bool)

// sentenceScopes aligns the sentences of a link once, when a rendering in
// it first needs them: a source word two sentences away neither calls for
// the rule nor excuses the rendering ("gift" in one sentence, "Gift" the
// poison in the next).
type sentenceScopes struct {
	p     *checks.Pass
	stoks [][][]corpus.Token // source tokens by document and paragraph
	links map[*align.Link][]align.SentenceLink
}

// scope judges the rendering m of rule r against the source sentences
// aligned with the target sentence that holds it. Where no source sentence
// is known to render that sentence, the paragraph's evidence paraEv stands,
// unless its context (paraUnless) excuses the rendering.
func (s *sentenceScopes) scope(r rules.TermRule, m corpus.Span, paraEv *checks.Evidence, paraUnless bool) (*checks.Evidence, bool) {
	srcs := s.sourcesOf(m)
	if len(srcs) == 0 {
		return paraEv, !paraUnless
	}
	var ev *checks.Evidence
	for _, ss := range srcs {
		if r.Source != base(s.p.Source(ss.Doc).Lang) {
			continue
		}
		toks := s.within(ss)
		if r.Unless != nil && rules.FindAny(r.Unless, toks) != nil {
			return nil, false
		}
		if ms := rules.FindAny(r.When, toks); ev == nil && len(ms) > 0 {
			ev = &checks.Evidence{Doc: ss.Doc, Span: ms[0]}
		}
	}
	return ev, ev != nil
}

// sourcesOf returns the source sentences aligned with the target sentence
// holding m, or nil when the target paragraph has no link or the sentence
// no partner.
func (s *sentenceScopes) sourcesOf(m corpus.Span) []align.SourceSentences {
	i := s.p.Target().ParagraphAt(m.Start)
	l := s.p.LinkFor(i)
	if l == nil {
		return nil
	}
	sl, ok := s.links[l]
	if !ok {
		sl = align.Sentences(s.p.Alignment, *l)
		s.links[l] = sl
	}
	for _, b := range sl {
		for _, t := range b.Target {
			if t.Start <= m.Start && m.Start < t.End {
				return b.Sources
			}
		}
	}
	return nil
}

// within returns the tokens of the source sentences ss.
func (s *sentenceScopes) within(ss align.SourceSentences) []corpus.Token {
	var out []corpus.Token
	d := s.p.Source(ss.Doc)
	for _, sp := range ss.Spans {
		pi := d.ParagraphAt(sp.Start)
		if pi < 0 {
			continue
		}
		for _, t := range s.stoks[ss.Doc][pi] {
			if sp.Start <= t.Span.Start && t.Span.End <= sp.End {
				out = append(out, t)
			}
		}
	}
	return out
}
