package sentences

import (
	"fmt"
	"unicode"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
)

// The bounds of a sentence the aligner merged into a bead although the
// other side lacks it: the bead's length off by mergedZ standard
// deviations at least, and within fitZ of the ratio without that sentence.
const (
	mergedZ = 2.5
	fitZ    = 1.5
	// wordsMergedZ is the length departure that suffices when the words
	// say which sentence the other side lacks (wordsMissing): they are
	// the stronger evidence.
	wordsMergedZ = 1.0
)

// merged finds, in a bead of one sentence on one side and several on the
// other, the one sentence the other side leaves out: the aligner prefers
// merging a sentence into its neighbour's bead to leaving it alone, so a
// dropped or added sentence mostly ends up there. It is a sentence whose
// removal brings the bead's length to the pair's ratio, and the only one
// of those with numbers or names none of which is on the other side: a
// major omission or addition. A sentence without a number or a name is
// left alone: the length alone is weak evidence.
func merged(p *checks.Pass, b align.SentenceLink, k link) {
	if len(b.Sources) != 1 {
		return
	}
	tgt, src := p.Target(), p.Source(b.Sources[0].Doc)
	m, ok := pairModel(tgt.Lang, src.Lang)
	ss := b.Sources[0].Spans
	switch {
	case !ok:
	case len(b.Target) == 1 && len(ss) > 1:
		omittedMerged(p, b, k, fitting(m, b.Target, ss, tgt, src, false, mergedZ), fitting(m, b.Target, ss, tgt, src, false, wordsMergedZ))
	case len(ss) == 1 && len(b.Target) > 1:
		addedMerged(p, b, k, fitting(m, b.Target, ss, tgt, src, true, mergedZ), fitting(m, b.Target, ss, tgt, src, true, wordsMergedZ))
	}
}

// fitting returns the sentences of the longer side (the target's when
// inTarget) without which the bead's length fits the pair's ratio, when
// it does not with them.
func fitting(m pair, ts, ss []corpus.Span, tgt, src *corpus.Document, inTarget bool, minZ float64) []int {
	tc, sc := charsOf(tgt, ts), charsOf(src, ss)
	if tc == 0 || sc == 0 {
		return nil
	}
	if z := m.z(tc, sc); inTarget && z < minZ || !inTarget && z > -minZ {
		return nil
	}
	many, doc, total := ss, src, sc
	if inTarget {
		many, doc, total = ts, tgt, tc
	}
	var out []int
	for k, sp := range many {
		rest := total - charsOf(doc, []corpus.Span{sp})
		if rest <= 0 {
			continue
		}
		zr := m.z(rest, sc)
		if !inTarget {
			zr = m.z(tc, rest)
		}
		if zr > -fitZ && zr < fitZ {
			out = append(out, k)
		}
	}
	return out
}

// pick returns the one candidate of fits that missing says the other
// side lacks, or false when none or several are.
func pick(fits []int, missing func(int) bool) (int, bool) {
	found, n := 0, 0
	for _, k := range fits {
		if missing(k) {
			found, n = k, n+1
		}
	}
	return found, n == 1
}

// charsOf counts the letters and digits of spans of d.
func charsOf(d *corpus.Document, spans []corpus.Span) int {
	n := 0
	for _, s := range spans {
		for _, r := range d.Slice(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	return n
}

// omittedMerged reports the source sentence of bead b, among the
// candidates fits, that its one target sentence leaves out.
func omittedMerged(p *checks.Pass, b align.SentenceLink, k link, fits, loose []int) {
	ss := b.Sources[0]
	src := p.Source(ss.Doc)
	one := func(j int) []corpus.Span { return []corpus.Span{ss.Spans[j]} }
	shared := func(j int) align.Shared { return align.Evidence(p.Target(), b.Target, src, one(j)) }
	long := func(j int) bool { return wordsIn(src, one(j)) >= minOmittedWords }
	j, ok := pick(fits, func(j int) bool {
		if !long(j) {
			return false
		}
		e := shared(j)
		return mergedMissing(e.Source, e.Across) || wordsMissing(p, k, ss.Doc, one(j), false)
	})
	if !ok {
		j, ok = pick(loose, func(j int) bool { return long(j) && wordsMissing(p, k, ss.Doc, one(j), false) })
	}
	if !ok {
		lengthOnlyOmission(p, b, fits, long)
		return
	}
	why := "none of its words is rendered, and the length fits without it"
	if e := shared(j); mergedMissing(e.Source, e.Across) {
		why = "its numbers and names are not there, and the length fits without it"
	}
	p.Report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Omission,
		Span:     b.Target[0],
		Source:   evidence(ss.Doc, one(j)),
		Message:  fmt.Sprintf("sentence %d of the %d this sentence translates is not in it (%s)", j+1, len(ss.Spans), why),
	})
}

// lengthOnlyOmission reports, as a minor possible omission, the one long
// sentence of bead b among fits whose removal brings the bead's length to
// the pair's ratio, when neither numbers, names nor words tell: across
// scripts without a dictionary ("Президент поручил правительству..."
// dropped between two sentences kept) the length is all there is, and a
// length that fits one sentence and not the two is a sign worth a look.
func lengthOnlyOmission(p *checks.Pass, b align.SentenceLink, fits []int, long func(int) bool) {
	j, ok := pick(fits, long)
	if !ok {
		return
	}
	ss := b.Sources[0]
	p.Report(checks.Finding{
		Severity: checks.Minor,
		Category: checks.Omission,
		Span:     b.Target[0],
		Source:   evidence(ss.Doc, []corpus.Span{ss.Spans[j]}),
		Message:  fmt.Sprintf("possible omission: sentence %d of the %d this sentence translates may not be in it (the length fits without it)", j+1, len(ss.Spans)),
	})
}

// addedMerged reports the target sentence of bead b, among the
// candidates fits, that its one source sentence does not say.
func addedMerged(p *checks.Pass, b align.SentenceLink, k link, fits, loose []int) {
	ss := b.Sources[0]
	src := p.Source(ss.Doc)
	one := func(i int) []corpus.Span { return []corpus.Span{b.Target[i]} }
	shared := func(i int) align.Shared { return align.Evidence(p.Target(), one(i), src, ss.Spans) }
	long := func(i int) bool { return wordsIn(p.Target(), one(i)) >= minAddedWords }
	i, ok := pick(fits, func(i int) bool {
		if !long(i) {
			return false
		}
		e := shared(i)
		return mergedMissing(e.Target, e.Across) || wordsMissing(p, k, ss.Doc, one(i), true)
	})
	if !ok {
		i, ok = pick(loose, func(i int) bool { return long(i) && wordsMissing(p, k, ss.Doc, one(i), true) })
	}
	if !ok {
		return
	}
	why := "none of the source's words is rendered in it, and the length fits without it"
	if e := shared(i); mergedMissing(e.Target, e.Across) {
		why = "its numbers and names are not in the source, and the length fits without it"
	}
	p.Report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Addition,
		Span:     b.Target[i],
		Source:   evidence(ss.Doc, ss.Spans),
		Message:  fmt.Sprintf("no source sentence says this (%s)", why),
	})
}

// mergedMissing reports a sentence with numbers or names none of which
// the other side has: the length alone is weak evidence. Across scripts
// names match by their sound only, which inflection and translation by
// meaning defeat: there only numbers count.
func mergedMissing(t align.Tally, across bool) bool {
	marks := t.Numbers[0] + t.Names[0]
	if across {
		marks = t.Numbers[0]
	}
	return marks > 0 && t.Numbers[1]+t.Names[1]+t.Small[1] == 0
}

// mergedWordNats is the worth of its words (wordshare.tsv) from which a
// source sentence that shares nothing with the target sentence it was
// merged into counts as left out: about what sharing nothing says of a
// sentence of ten words in German or French.
const mergedWordNats = 2.0

// wordsMissing reports, where the pair has a wordshare.tsv figure, that
// a sentence shares no token (no number, name, mark, cognate or same
// word, nor for Chinese and Japanese a rendered gloss) with the whole
// other side of link k, and that its words, worth mergedWordNats or
// more, say so: a source sentence of source doc left out, or a target
// sentence added (added). The whole other side, not the bead's: a
// sentence the aligner placed in the wrong bead shares its words with
// another.
func wordsMissing(p *checks.Pass, k link, doc int, one []corpus.Span, added bool) bool {
	if k.src != doc {
		return false // a link of several sources
	}
	tgt, src := p.Target(), p.Source(doc)
	ts, ss := k.tSpans, one
	if added {
		ts, ss = one, k.sSpans
	}
	e := align.Evidence(tgt, ts, src, ss)
	if e.Source.Matched()+e.Target.Matched() > 0 {
		return false
	}
	if ws := shareRate(tgt.Lang, src.Lang); ws.rate > 0 {
		if lex := gloss.For(src.Lang); lex != nil {
			n, renders := glossEvidence(lex, src, ss, tgt, ts)
			return !renders && ws.nats(n) >= mergedWordNats
		}
		words := e.Source.Words[0]
		if added {
			words = e.Target.Words[0]
		}
		return ws.nats(words) >= mergedWordNats
	}
	// Out of English into Chinese or Japanese the glosses tell the same
	// from the other side: the target's words, none of which the English
	// renders.
	if sb, _ := src.Lang.Base(); sb.String() != "en" {
		return false
	}
	if ws := shareRate(src.Lang, tgt.Lang); ws.rate > 0 {
		if lex := gloss.For(tgt.Lang); lex != nil {
			n, renders := glossEvidence(lex, tgt, ts, src, ss)
			return !renders && ws.nats(n) >= mergedWordNats
		}
	}
	return false
}
