package sentences

import (
	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
)

// SharesNothing returns the nats of evidence that the target sentence at
// s renders another text than the source sentences aligned with it, as
// the unrelated finding weighs them (unrelatedScore, but for a target
// longer than its source, which counts nothing here), when the two share
// no token at all and no source word's gloss is rendered; ok is false
// when they share one, or s is in no bead with sentences of one source.
// Alone it seldom reaches the unrelated bar (one sentence holds little);
// the corroborate check adds what the entities check found.
func SharesNothing(p *checks.Pass, s corpus.Span) (nats float64, ok bool) {
	tgt := p.Target()
	i := tgt.ParagraphAt(s.Start)
	if i < 0 {
		return 0, false
	}
	l := p.LinkFor(i)
	if l == nil || len(l.Sources) != 1 {
		return 0, false
	}
	beads := sentenceBeads(p, *l)
	k := beadAt(beads, s.Start)
	if k < 0 {
		return 0, false
	}
	b := beads[k]
	if len(b.Target) == 0 || len(b.Sources) != 1 || len(b.Sources[0].Spans) == 0 {
		return 0, false
	}
	e, z, words, ok := nothingInCommon(tgt, b.Target, p.Source(b.Sources[0].Doc), b.Sources[0].Spans)
	if !ok {
		return 0, false
	}
	// Only a shorter target counts: a longer one may spell out what its
	// source abbreviates or says in passing.
	return evidenceNats(e, min(0, z), words), true
}

// nothingInCommon reads what spans ts of t and ss of s have in common. When
// they share no token and t renders none of the glossed words of s, it
// returns the evidence, the length's departure from the pair's ratio z
// (0 when unknown) and the worth of the source's words (wordshare.tsv);
// ok is false when they share something. The unrelated finding and
// SharesNothing both weigh what it returns.
func nothingInCommon(t *corpus.Document, ts []corpus.Span, s *corpus.Document, ss []corpus.Span) (e align.Shared, z, words float64, ok bool) {
	ws := shareRate(t.Lang, s.Lang)
	glossed := -1
	if lex := gloss.For(s.Lang); lex != nil && ws.rate > 0 {
		// The cheaper test first: most pairs render a word.
		n, renders := glossEvidence(lex, s, ss, t, ts)
		if renders {
			return e, 0, 0, false
		}
		glossed = n
	}
	if align.SharesIdentity(t, ts, s, ss) {
		return e, 0, 0, false
	}
	e = align.Evidence(t, ts, s, ss)
	if e.Source.Matched()+e.Target.Matched() > 0 {
		return e, 0, 0, false
	}
	words = ws.nats(e.Source.Words[0])
	if glossed >= 0 {
		words = ws.nats(glossed)
	}
	if m, ok := pairModel(t.Lang, s.Lang); ok && e.TargetChars > 0 && e.SourceChars > 0 {
		z = m.z(e.TargetChars, e.SourceChars)
	}
	return e, z, words, true
}
