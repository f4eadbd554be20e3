package sentences

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
)

//go:embed doc.go
var docFile string

// Check is the sentences check.
var Check = &checks.Check{Name: "sentences", Severity: checks.Critical, Doc: checkdoc.Extract(docFile), Run: run}

func run(p *checks.Pass) error {
	tgt := p.Target()
	if tgt.Words() == 0 {
		return nil // the coverage check reports an empty target
	}
	for _, l := range p.Alignment.Links {
		if len(l.Target) == 0 || len(l.Sources) == 0 {
			continue
		}
		checkLink(p, l)
	}
	return nil
}

// link is one paragraph link's text on both sides.
type link struct {
	tSpans []corpus.Span
	src    int // the source document, when the link has one only; else -1
	sSpans []corpus.Span
}

// checkLink checks one paragraph link: an empty target, an unrelated
// one, then its sentences.
func checkLink(p *checks.Pass, l align.Link) {
	tgt := p.Target()
	var k link
	k.src = -1
	for _, i := range l.Target {
		k.tSpans = append(k.tSpans, tgt.Paragraphs[i].Span)
	}
	if len(l.Sources) == 1 {
		k.src = l.Sources[0].Doc
		for _, j := range l.Sources[0].Paras {
			k.sSpans = append(k.sSpans, p.Source(k.src).Paragraphs[j].Span)
		}
	}
	at := corpus.Span{Start: k.tSpans[0].Start, End: k.tSpans[len(k.tSpans)-1].End}
	if k.src >= 0 && wordless(tgt, l.Target) && !wordless(p.Source(k.src), l.Sources[0].Paras) {
		p.Report(checks.Finding{
			Severity: checks.Critical,
			Category: checks.Omission,
			Span:     at,
			Source:   evidence(k.src, k.sSpans),
			Message:  "the target has no word where the source has a text: it is not translated",
		})
		return
	}
	if k.src >= 0 && segment(p, l) && unrelated(p, k, at) {
		return
	}
	bs := sentenceBeads(p, l)
	for i, b := range bs {
		switch {
		case len(b.Target) == 0:
			omittedSentence(p, bs, i)
		case len(b.Sources) == 0:
			addedSentence(p, bs, i)
		default:
			lengthOff(p, b)
			merged(p, b, k)
		}
	}
}

// segment reports whether l is the whole alignment: the target and its
// one source linked as a whole, as a segment pair of a batch, an XLIFF
// unit or a test set is. In an article the aligner links a paragraph by
// its evidence and its neighbours, and leaves one that translates
// another text unaligned (the coverage check reports it); a linked one
// that shares little with its source is a loose rendering there, not
// another text.
func segment(p *checks.Pass, l align.Link) bool {
	a := p.Alignment
	return len(a.Sources) == 1 && len(l.Sources) == 1 &&
		len(l.Target) == len(a.Target.Paragraphs) && len(l.Sources[0].Paras) == len(a.Sources[0].Paragraphs)
}

// wordless reports whether the paragraphs paras of d have no word.
func wordless(d *corpus.Document, paras []int) bool {
	for _, i := range paras {
		if len(d.Paragraphs[i].Words) > 0 {
			return false
		}
	}
	return true
}

// evidence returns source evidence covering spans of source document d.
func evidence(d int, spans []corpus.Span) *checks.Evidence {
	return &checks.Evidence{Doc: d, Span: corpus.Span{Start: spans[0].Start, End: spans[len(spans)-1].End}}
}

// unrelated reports a link whose target renders another text than its
// source, and says whether it did.
func unrelated(p *checks.Pass, k link, at corpus.Span) bool {
	src := p.Source(k.src)
	ws := shareRate(p.Target().Lang, src.Lang)
	tally := align.SourceTally(src, k.sSpans)
	var lex *gloss.Lexicon
	if ws.rate > 0 {
		lex = gloss.For(src.Lang)
	}
	words := ws.nats(tally.Words[0])
	if lex != nil {
		words = ws.most // at most; the glossed words are read below
	}
	// What the source holds bounds the score whatever the target: a
	// name is worth nameNats at most. Most sources hold too little.
	if nats(tally, nameNats)+words < minSourceNats {
		return false
	}
	// A word the target renders, or a shared token, rules the rest out,
	// and most links have one.
	e, z, words, ok := nothingInCommon(p.Target(), k.tSpans, src, k.sSpans)
	if !ok || unrelatedScore(e, z, words) < UnrelatedNats || convertsQuantity(p.Target(), k.tSpans, src, k.sSpans) {
		return false
	}
	msg := "the target shares no number, name, cognate or mark of punctuation with its source: it seems to translate another text"
	if lex != nil {
		msg = "the target shares no number, name or mark of punctuation with its source and renders none of its words: it seems to translate another text"
	}
	p.Report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     at,
		Source:   evidence(k.src, k.sSpans),
		Message:  msg,
	})
	return true
}

// glossEvidence returns how many distinct words of spans ss of s, the
// Chinese or Japanese side, the lexicon holds, read by the longest match,
// and whether spans ts of t, the English side, render one of them, or
// one the longest match cut across
// (为难|民政 in 为难民政策 hides 难民, refugee). The rendering rules an
// unrelated text out, so it looks wide, but not inside a word: 曜日, day
// of the week, is no word of 火曜日, Tuesday. n is 0 when a word is
// rendered: the callers weigh the words only when none is.
func glossEvidence(lex *gloss.Lexicon, s *corpus.Document, ss []corpus.Span, t *corpus.Document, ts []corpus.Span) (n int, renders bool) {
	var b strings.Builder
	for _, sp := range ts {
		b.WriteString(t.Slice(sp) + " ")
	}
	en := gloss.NewEnglish(b.String())
	// Most pairs render an early word: the rest need not be read.
	seen := map[string]bool{}
	var words [][]gloss.Word
	for _, sp := range ss {
		text := s.Slice(sp)
		var ws []gloss.Word
		for w := range lex.Scan(text) {
			if en.Renders(w.Glosses) {
				return 0, true
			}
			if k := text[w.Start:w.End]; !seen[k] {
				seen[k] = true
				n++
			}
			ws = append(ws, w)
		}
		words = append(words, ws)
	}
	if n == 0 {
		return 0, false
	}
	// Most translations render a word of the longest match; the others
	// get the words it cut across.
	for k, sp := range ss {
		for _, w := range lex.AllWords(s.Slice(sp)) {
			if !insideOther(w, words[k]) && en.Renders(w.Glosses) {
				return n, true
			}
		}
	}
	return n, false
}

// insideOther reports whether w lies inside one of words, sorted by
// their start, without being it.
func insideOther(w gloss.Word, words []gloss.Word) bool {
	i := sort.Search(len(words), func(i int) bool { return words[i].End >= w.End })
	return i < len(words) && words[i].Start <= w.Start && words[i] != w
}

// sentenceBeads aligns the sentences of link l. A link of one sentence
// on each side is one bead: the paragraph aligner paired the two, and a
// sentence aligner that split them would contradict it (and cost what a
// whole batch of one-sentence records spent in this check).
func sentenceBeads(p *checks.Pass, l align.Link) []align.SentenceLink {
	t, tok := onlySentence(p.Target(), l.Target)
	if len(l.Sources) != 1 {
		return align.Sentences(p.Alignment, l)
	}
	src, sok := onlySentence(p.Source(l.Sources[0].Doc), l.Sources[0].Paras)
	if !tok || !sok {
		return align.Sentences(p.Alignment, l)
	}
	return []align.SentenceLink{{
		Target:  []corpus.Span{t},
		Sources: []align.SourceSentences{{Doc: l.Sources[0].Doc, Spans: []corpus.Span{src}}},
		Score:   1,
	}}
}

// onlySentence returns the one sentence of paragraphs paras of d, and
// whether they hold exactly one (a paragraph without sentences is one).
func onlySentence(d *corpus.Document, paras []int) (corpus.Span, bool) {
	if len(paras) != 1 {
		return corpus.Span{}, false
	}
	para := d.Paragraphs[paras[0]]
	switch len(para.Sentences) {
	case 0:
		return para.Span, true
	case 1:
		return para.Sentences[0], true
	}
	return corpus.Span{}, false
}
