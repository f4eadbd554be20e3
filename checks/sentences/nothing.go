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
	src := p.Source(b.Sources[0].Doc)
	ts, ss := b.Target, b.Sources[0].Spans
	if align.SharesIdentity(tgt, ts, src, ss) {
		return 0, false
	}
	e := align.Evidence(tgt, ts, src, ss)
	if e.Source.Matched()+e.Target.Matched() > 0 {
		return 0, false
	}
	ws := shareRate(tgt.Lang, src.Lang)
	words := ws.nats(e.Source.Words[0])
	if lex := gloss.For(src.Lang); lex != nil && ws.rate > 0 {
		n, renders := glossEvidence(lex, src, ss, tgt, ts)
		if renders {
			return 0, false
		}
		words = ws.nats(n)
	}
	z := 0.0
	if m, ok := pairModel(tgt.Lang, src.Lang); ok && e.TargetChars > 0 && e.SourceChars > 0 {
		// Only a shorter target: a longer one may spell out what
		// its source abbreviates or says in passing.
		z = min(0, m.z(e.TargetChars, e.SourceChars))
	}
	return evidenceNats(e, z, words), true
}
