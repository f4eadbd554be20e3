package sentences

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// minOmittedWords is the length from which a source sentence left out is
// a major omission; a shorter one ("He declined.", a dateline) is minor.
const minOmittedWords = 5

// minAddedWords is the length from which a target sentence without a
// source is reported: a shorter one is a quotation mark or a dash the
// sentence splitter set apart, or a "Yes."
const minAddedWords = 3

// The bounds of a possible omission or addition by length: the ratio
// beyond maxLengthZ standard deviations, and at least minLengthChars
// letters and digits (in English characters) missing or extra.
const (
	maxLengthZ     = 4.0
	minLengthChars = 30
)

// omittedSentence reports bead i of bs, source sentences no target
// sentence translates, on the target sentence after which they belong
// (before which, at the start of a link). When a number or a name of
// theirs turns up in that neighbour, the translator merged them into it
// and the aligner missed it: nothing is reported.
func omittedSentence(p *checks.Pass, bs []align.SentenceLink, i int) {
	at, where, ok := neighbour(bs, i)
	if !ok {
		return
	}
	ss := bs[i].Sources[0]
	src := p.Source(ss.Doc)
	e := align.Evidence(p.Target(), []corpus.Span{at}, src, ss.Spans)
	if e.Source.Numbers[1]+e.Source.Names[1] > 0 {
		return
	}
	sev := checks.Major
	if wordsIn(src, ss.Spans) < minOmittedWords {
		sev = checks.Minor
	}
	n := "a sentence"
	if len(ss.Spans) > 1 {
		n = fmt.Sprintf("%d sentences", len(ss.Spans))
	}
	p.Report(checks.Finding{
		Severity: sev,
		Category: checks.Omission,
		Span:     at,
		Source:   evidence(ss.Doc, ss.Spans),
		Message:  fmt.Sprintf("%s of %s is not translated; it belongs %s", n, src.Path, where),
	})
}

// neighbour returns the target sentence next to bead i: the last of the
// nearest bead before it with a target, or else the first of the nearest
// after it.
func neighbour(bs []align.SentenceLink, i int) (corpus.Span, string, bool) {
	for k := i - 1; k >= 0; k-- {
		if n := len(bs[k].Target); n > 0 {
			return bs[k].Target[n-1], "after this sentence", true
		}
	}
	for k := i + 1; k < len(bs); k++ {
		if len(bs[k].Target) > 0 {
			return bs[k].Target[0], "before this sentence", true
		}
	}
	return corpus.Span{}, "", false
}

// addedReach is how many beads before and after an added sentence hold
// the source sentences that may explain it.
const addedReach = 32

// addedSentence reports bead i of bs, target sentences no source sentence
// accounts for: major when they carry a number, a name or a quotation,
// which a reader takes for fact, else minor. When a number or a name of
// theirs is in the link's source, the translator split a sentence and the
// aligner missed it: nothing is reported.
func addedSentence(p *checks.Pass, bs []align.SentenceLink, i int) {
	// The source sentences within addedReach beads are searched, so that a
	// long paragraph is checked in time linear in it.
	tgt := p.Target()
	ts := bs[i].Target
	var src *corpus.Document
	var sSpans []corpus.Span
	lo, hi := max(0, i-addedReach), min(len(bs), i+addedReach+1)
	for _, b := range bs[lo:hi] {
		for _, ss := range b.Sources {
			if src == nil || p.Source(ss.Doc) == src {
				src = p.Source(ss.Doc)
				sSpans = append(sSpans, ss.Spans...)
			}
		}
	}
	if src == nil || wordsIn(tgt, ts) < minAddedWords {
		return
	}
	e := align.Evidence(tgt, ts, src, sSpans)
	if e.Target.Numbers[1]+e.Target.Names[1] > 0 {
		return
	}
	sev := checks.Minor
	if e.Target.Numbers[0]+e.Target.Names[0] > 0 || quoted(tgt, ts) {
		sev = checks.Major
	}
	p.Report(checks.Finding{
		Severity: sev,
		Category: checks.Addition,
		Span:     corpus.Span{Start: ts[0].Start, End: ts[len(ts)-1].End},
		Message:  "no source sentence says this: an addition, or a sentence the aligner could not place",
	})
}

// quoted reports whether the spans hold a quotation mark.
func quoted(d *corpus.Document, spans []corpus.Span) bool {
	for _, s := range spans {
		if strings.ContainsAny(d.Slice(s), "\"“”„«»‹›「」『』") {
			return true
		}
	}
	return false
}

// wordsIn counts the words of d inside spans.
func wordsIn(d *corpus.Document, spans []corpus.Span) int {
	n := 0
	for _, s := range spans {
		i := d.ParagraphAt(s.Start)
		if i < 0 {
			continue
		}
		for _, w := range d.Paragraphs[i].Words {
			if w.Start >= s.Start && w.End <= s.End {
				n++
			}
		}
	}
	return n
}

// lengthsApart reports whether t and s characters are further apart than
// model m allows: beyond maxLengthZ standard deviations, and by at least
// minLengthChars English characters.
func lengthsApart(m pair, t, s int) bool {
	if t == 0 || s == 0 {
		return false
	}
	diff := (float64(t) - float64(s)*math.Exp(m.mu)) / math.Exp(m.tScale)
	return math.Abs(m.z(t, s)) >= maxLengthZ && math.Abs(diff) >= minLengthChars
}

// lengthOff reports a 1:1 bead whose target is far shorter or longer than
// the pair's ratio makes its source, and whose longer side holds a number
// the other lacks: a minor possible omission or addition. A bead of more
// sentences is left alone: the aligner merged them because their evidence
// agrees, and which sentence holds the surplus it cannot tell.
func lengthOff(p *checks.Pass, b align.SentenceLink) {
	if len(b.Target) != 1 || len(b.Sources) != 1 || len(b.Sources[0].Spans) != 1 {
		return
	}
	tgt, src := p.Target(), p.Source(b.Sources[0].Doc)
	m, ok := pairModel(tgt.Lang, src.Lang)
	if !ok || !lengthsApart(m, align.Chars(tgt, b.Target), align.Chars(src, b.Sources[0].Spans)) {
		return // the lengths alone say no, without the evidence's work
	}
	e := align.Evidence(tgt, b.Target, src, b.Sources[0].Spans)
	if e.TargetChars == 0 || e.SourceChars == 0 {
		return
	}
	z := m.z(e.TargetChars, e.SourceChars)
	if !lengthsApart(m, e.TargetChars, e.SourceChars) {
		return
	}
	// The length alone is weak evidence (a professional translation
	// condenses, a reference may summarise): the longer side must hold a
	// number the other lacks. Names do not count: a translation spells
	// out what the source abbreviates (DOJ, Ministerstvo spravedlnosti),
	// and across scripts they match by their sound only.
	long := e.Source
	if z > 0 {
		long = e.Target
	}
	if long.Numbers[0] == long.Numbers[1] {
		return
	}
	// What one side adds or leaves out in brackets is a gloss or a
	// conversion for its readers ("1000 долларов (около 90 тысяч
	// рублей)"), not the sentence's content.
	if !lengthsApart(m, align.Chars(tgt, outsideBrackets(tgt.Text, b.Target)), align.Chars(src, outsideBrackets(src.Text, b.Sources[0].Spans))) {
		return
	}
	share := 100 * float64(e.TargetChars) / (float64(e.SourceChars) * math.Exp(m.mu))
	f := checks.Finding{
		Severity: checks.Minor,
		Category: checks.Omission,
		Span:     corpus.Span{Start: b.Target[0].Start, End: b.Target[len(b.Target)-1].End},
		Source:   evidence(b.Sources[0].Doc, b.Sources[0].Spans),
		Message:  fmt.Sprintf("possible omission: the sentence has %.0f %% of the length its source makes likely", share),
	}
	if z > 0 {
		f.Category = checks.Addition
		f.Message = fmt.Sprintf("possible addition: the sentence has %.0f %% of the length its source makes likely", share)
	}
	p.Report(f)
}

// outsideBrackets returns spans ss of text without the parts they hold in
// round brackets, the brackets included.
func outsideBrackets(text string, ss []corpus.Span) []corpus.Span {
	var out []corpus.Span
	for _, sp := range ss {
		start, depth, opened := sp.Start, 0, 0
		for i, r := range text[sp.Start:sp.End] {
			at := sp.Start + i
			switch r {
			case '(', '（':
				if depth == 0 {
					if at > start {
						out = append(out, corpus.Span{Start: start, End: at})
					}
					opened = at
				}
				depth++
			case ')', '）':
				if depth > 0 {
					depth--
					if depth == 0 {
						start = at + utf8.RuneLen(r)
					}
				}
			}
		}
		if depth > 0 {
			start = opened // never closed: no brackets
		}
		if start < sp.End {
			out = append(out, corpus.Span{Start: start, End: sp.End})
		}
	}
	return out
}
