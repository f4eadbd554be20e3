package align

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/crossread/crossread/corpus"
)

// SentenceLink is one bead of the sentence alignment inside a paragraph
// link: target sentences and the source sentences they translate. A bead
// with no Sources is a target sentence without partner in the link's
// sources; one with no Target is a source sentence the target left out.
type SentenceLink struct {
	Target  []corpus.Span     // target sentences (spans into Target.Text), in text order
	Sources []SourceSentences // empty for a target sentence without partner
	// Score is the probability of the bead under the sentence model,
	// summed over all alignments of the link; 0 for a sentence without
	// partner.
	Score float64
}

// SourceSentences names sentences of one source document.
type SourceSentences struct {
	Doc   int           // index into Alignment.Sources
	Spans []corpus.Span // spans into the source's Text, in text order
}

// Sentences aligns the sentences inside a paragraph link of a: the
// sentences of l.Target with those of l.Sources, taken in order as one
// sequence, so that a target sentence may render the last sentence of one
// source and the first of the next. It returns nil when the link has no
// target or no source paragraph. Checks use it for precise evidence.
//
// The link is known to be a translation, so the sentences run in the same
// order on both sides and nearly all have a partner: the programme is Gale
// and Church's over the whole link (it is small), with their bead priors,
// their length cost in characters at the link's own character ratio, and
// the lexical evidence of the paragraph aligner (numbers, names, identical
// words and cognates, marks of punctuation; across scripts sounds and
// glosses) judged against a prior model of chance. Beads are
// 1:1, 2:1, 1:2, 2:2, 3:1, 1:3, 3:2, 2:3, 4:1 and 1:4. The result is
// deterministic; a news paragraph takes a fraction of a millisecond
// (BenchmarkSentencesSeed: 4.7 ms for the seed's 19 links).
func Sentences(a *Alignment, l Link) []SentenceLink {
	if a == nil || a.Target == nil || len(l.Target) == 0 || len(l.Sources) == 0 {
		return nil
	}
	// Several checks ask for the beads of one link: work them out once.
	key := sentencesKey{fmt.Sprint(l.Target, l.Sources), a}
	return a.Target.Memo(key, func() any { return sentences(a, l) }).([]SentenceLink)
}

// Extent returns the stretch of target text that beads cover, from their
// first target sentence to their last, and the stretch of each source
// document; ok is false when the beads hold no target sentence. A check
// that reads a long link a few beads at a time reads these.
func Extent(beads []SentenceLink) (target corpus.Span, sources map[int]corpus.Span, ok bool) {
	sources = map[int]corpus.Span{}
	for _, b := range beads {
		for _, sp := range b.Target {
			target, ok = cover(target, sp, ok), true
		}
		for _, s := range b.Sources {
			for _, sp := range s.Spans {
				cur, seen := sources[s.Doc]
				sources[s.Doc] = cover(cur, sp, seen)
			}
		}
	}
	return target, sources, ok
}

// cover returns the smallest span that holds s and sp, or sp when s holds
// nothing yet (has is false).
func cover(s, sp corpus.Span, has bool) corpus.Span {
	if !has {
		return sp
	}
	return corpus.Span{Start: min(s.Start, sp.Start), End: max(s.End, sp.End)}
}

// sentencesKey keys a link's sentence beads in its target's memo.
type sentencesKey struct {
	link string
	a    *Alignment
}

// sentences is Sentences worked out.
func sentences(a *Alignment, l Link) []SentenceLink {
	tSents, sSents, sDoc := linkSentences(a, l)
	if len(tSents) == 0 || len(sSents) == 0 {
		return nil
	}
	if chunked(len(tSents), len(sSents)) {
		return sentencesInChunks(a, tSents, sSents, sDoc)
	}
	return sentenceBeads(a, tSents, sSents, sDoc, table{})
}

// linkSentences returns the sentences of the target and source
// paragraphs of l, with the source document of each source sentence.
func linkSentences(a *Alignment, l Link) (tSents, sSents []corpus.Span, sDoc []int) {
	eachLinkParagraph(a, l, func(doc int, p corpus.Paragraph) {
		if doc < 0 {
			tSents = append(tSents, sentencesOf(p)...)
			return
		}
		for _, s := range sentencesOf(p) {
			sSents = append(sSents, s)
			sDoc = append(sDoc, doc)
		}
	})
	return tSents, sSents, sDoc
}

// eachLinkParagraph calls f with each paragraph of link l that a has,
// the target's first (doc -1), then each source's with its document.
func eachLinkParagraph(a *Alignment, l Link, f func(doc int, p corpus.Paragraph)) {
	for _, i := range l.Target {
		if i >= 0 && i < len(a.Target.Paragraphs) {
			f(-1, a.Target.Paragraphs[i])
		}
	}
	for _, sp := range l.Sources {
		if sp.Doc < 0 || sp.Doc >= len(a.Sources) || a.Sources[sp.Doc] == nil {
			continue
		}
		for _, j := range sp.Paras {
			if j >= 0 && j < len(a.Sources[sp.Doc].Paragraphs) {
				f(sp.Doc, a.Sources[sp.Doc].Paragraphs[j])
			}
		}
	}
}

// InChunks reports whether Sentences aligns link l of a in chunks, too
// long for one table: in runs of chunkSentences target sentences, each
// within chunkBand sentences of the diagonal the lengths draw, so that a
// sentence moved further than that reads as dropped in one place and
// added in another. It also returns the link's numbers of target and
// source sentences.
func InChunks(a *Alignment, l Link) (bool, int, int) {
	if a == nil || a.Target == nil || len(l.Target) == 0 || len(l.Sources) == 0 {
		return false, 0, 0
	}
	n, m := 0, 0
	eachLinkParagraph(a, l, func(doc int, p corpus.Paragraph) {
		if doc < 0 {
			n += len(sentencesOf(p))
		} else {
			m += len(sentencesOf(p))
		}
	})
	return chunked(n, m), n, m
}

// chunked reports whether n target and m source sentences are aligned in
// chunks.
func chunked(n, m int) bool {
	return n > 0 && m > 0 && (n+1)*(m+1) > maxSentenceCells
}

// maxSentenceCells bounds the sentence aligner's table: a paragraph of
// thousands of sentences on each side is aligned in chunks instead,
// which keeps time and memory linear in its length.
const maxSentenceCells = 1 << 18

// table shapes the sentence aligner's table. With band > 0 it holds only
// the cells at most band source sentences from the diagonal. An open end
// lets the sentences after the last pair go without partner at no cost:
// a chunk of a long link reaches into the next chunk's sentences, which
// are that chunk's to pair.
type table struct {
	band    int
	ratio   float64 // source letters and digits to a target's, for the band; 0: as the table's corners say
	openEnd bool
	guide   []guideRow // where each target corner is expected (see guide), which the band also holds; or nil
}

// sentenceBeads aligns target sentences tSents with source sentences
// sSents (each of source document sDoc) in one table shaped by tb.
func sentenceBeads(a *Alignment, tSents, sSents []corpus.Span, sDoc []int, tb table) []SentenceLink {
	bs := newBeadScorer(a, tSents, sSents, sDoc, tb)
	t := bs.fill()
	if math.IsInf(t.best[t.idx(bs.n, bs.m)], -1) {
		// The band holds no path from corner to corner: the two sides
		// split into sentences so differently that the diagonal jumps
		// further than a bead reaches.
		if tb.band > 0 && (bs.n+1)*(bs.m+1) <= maxSentenceCells {
			tb.band = 0
			return sentenceBeads(a, tSents, sSents, sDoc, tb)
		}
		return unpaired(tSents, sSents, sDoc)
	}
	t.backward()
	return t.beads(tSents, sSents, sDoc)
}

// beadScorer scores the beads of one sentence table: the features of the
// target's sentences, and of each source document's run of sentences.
type beadScorer struct {
	tb         table
	n, m       int        // target and source sentences
	parts      []beadPart // the runs of source sentences of one document
	partOf     []int      // the part of each source sentence
	tcum, scum []int      // running totals of the sentences' letters and digits
	c          float64    // the ratio of target to source letters and digits
	null       *nullModel
}

// beadPart is a run of source sentences of one document.
type beadPart struct {
	lo, hi int // its sentences in sSents
	sc     *scorer
}

// newBeadScorer reads the features of the sentences as units: each source
// keeps its own language, so every source document is reduced apart.
// Chinese and Japanese words are read through their glosses against an
// English side, as between paragraphs.
func newBeadScorer(a *Alignment, tSents, sSents []corpus.Span, sDoc []int, tb table) *beadScorer {
	bs := &beadScorer{tb: tb, n: len(tSents), m: len(sSents), null: priorNull()}
	tf := targetSentenceFeatures(a, tSents, sDoc)
	for k := 0; k < len(sSents); {
		e := k
		for e < len(sSents) && sDoc[e] == sDoc[k] {
			e++
		}
		sf := sourceSentenceFeatures(a, a.Sources[sDoc[k]], sSents[k:e])
		bs.parts = append(bs.parts, beadPart{lo: k, hi: e, sc: newScorer(tf, sf)})
		k = e
	}
	bs.partOf = make([]int, len(sSents))
	for p, pt := range bs.parts {
		for j := pt.lo; j < pt.hi; j++ {
			bs.partOf[j] = p
		}
	}
	bs.tcum = make([]int, bs.n+1)
	for i, p := range tf.paras {
		bs.tcum[i+1] = bs.tcum[i] + p.chars
	}
	bs.scum = make([]int, bs.m+1)
	for j := range bs.m {
		pt := bs.parts[bs.partOf[j]]
		bs.scum[j+1] = bs.scum[j] + pt.sc.s.paras[j-pt.lo].chars
	}
	bs.c = 1.0
	if tChars, sChars := bs.tcum[bs.n], bs.scum[bs.m]; tChars > 0 && sChars > 0 {
		bs.c = float64(tChars) / float64(sChars)
	}
	return bs
}

// targetSentenceFeatures returns the weighed features of the target
// sentences tSents, read against the source documents of sDoc.
func targetSentenceFeatures(a *Alignment, tSents []corpus.Span, sDoc []int) *docFeat {
	tu := unitDoc(a.Target, tSents)
	tf := extractCased(tu, caselessText(a.Target))
	var partners []*corpus.Document
	for _, d := range sDoc {
		if len(partners) == 0 || partners[len(partners)-1] != a.Sources[d] {
			partners = append(partners, a.Sources[d])
		}
	}
	if lex := glossLexicon(a.Target, partners); lex != nil {
		addGlosses(tf, tu, lex)
	}
	addPunct(tf, tu)
	across := false
	for _, d := range partners {
		across = across || inLatin(d) != inLatin(a.Target)
	}
	if across {
		addSounds(tf, false)
	}
	tf.weigh()
	return tf
}

// sourceSentenceFeatures returns the weighed features of the sentences
// ss of source document src, read against the target.
func sourceSentenceFeatures(a *Alignment, src *corpus.Document, ss []corpus.Span) *docFeat {
	su := unitDoc(src, ss)
	sf := extractCased(su, caselessText(src))
	if lex := glossLexicon(src, []*corpus.Document{a.Target}); lex != nil {
		addGlosses(sf, su, lex)
	}
	addPunct(sf, su)
	if inLatin(src) != inLatin(a.Target) {
		addSounds(sf, false)
	}
	sf.weigh()
	return sf
}

// gain is the log score of the bead of target sentences i-a..i-1 and
// source sentences j-b..j-1. A bead across two sources adds up its
// matches in each; a target token matched in both counts once at most as
// a whole.
func (bs *beadScorer) gain(i, j, a, b int) float64 {
	if a == 0 || b == 0 {
		if bs.tb.openEnd && (a == 0 && i == bs.n || b == 0 && j == bs.m) {
			return 0 // along the open end's edges
		}
		return sentSkipPrior
	}
	var cT, wT, cS, wS float64
	for p := bs.partOf[j-b]; p <= bs.partOf[j-1]; p++ {
		pt := bs.parts[p]
		lo, hi := max(j-b, pt.lo), min(j, pt.hi)
		ct, wt, cs, ws := pt.sc.parts(i-a, i-1, lo-pt.lo, hi-1-pt.lo)
		cT, wT, cS, wS = cT+ct, wt, cS+cs, wS+ws
	}
	lex := bs.null.surprise(harmonic(min(cT, wT), wT, cS, wS))
	return sentPrior(a, b) + lex - gcCost(bs.tcum[i]-bs.tcum[i-a], bs.scum[j]-bs.scum[j-b], bs.c, gcVariance)
}

// inBand returns whether a cell lies in the table tb shapes.
func (bs *beadScorer) inBand() func(i, j int) bool {
	inBand := bandOf(bs.tcum, bs.scum, bs.tb.band, bs.tb.ratio, bs.tb.guide)
	if !bs.tb.openEnd {
		return inBand
	}
	n, m := bs.n, bs.m
	return func(i, j int) bool { return inBand(i, j) || i == n || j == m }
}

// beadTable is the filled table of a sentence alignment: for each cell,
// the log-sum over the paths into it (fwd) and out of it (bwd), the best
// path into it and its last move, and the gain of each move into it.
type beadTable struct {
	n, m      int
	moves     [][2]int
	inBand    func(i, j int) bool
	fwd, best []float64
	bwd       []float64
	arg       []int8
	gains     []float64
}

func (t *beadTable) idx(i, j int) int { return i*(t.m+1) + j }

// fill fills the table forward, from the top left corner.
func (bs *beadScorer) fill() *beadTable {
	n, m := bs.n, bs.m
	cells := (n + 1) * (m + 1)
	moves := append([][2]int{{1, 0}, {0, 1}}, sentenceShapes...)
	t := &beadTable{n: n, m: m, moves: moves, inBand: bs.inBand(),
		fwd: make([]float64, cells), best: make([]float64, cells), arg: make([]int8, cells),
		gains: make([]float64, cells*len(moves))}
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			c := t.idx(i, j)
			if i == 0 && j == 0 {
				t.fwd[c], t.best[c], t.arg[c] = 0, 0, -1
				continue
			}
			f, bv, ba := math.Inf(-1), math.Inf(-1), int8(-1)
			if !t.inBand(i, j) {
				for k := range moves {
					t.gains[c*len(moves)+k] = math.Inf(-1)
				}
				t.fwd[c], t.best[c], t.arg[c] = f, bv, ba
				continue
			}
			for k, mv := range moves {
				g := math.Inf(-1)
				if i >= mv[0] && j >= mv[1] {
					g = bs.gain(i, j, mv[0], mv[1])
				}
				t.gains[c*len(moves)+k] = g
				if math.IsInf(g, -1) {
					continue
				}
				p := t.idx(i-mv[0], j-mv[1])
				f = logAdd(f, t.fwd[p]+g)
				if v := t.best[p] + g; v > bv {
					bv, ba = v, int8(k)
				}
			}
			t.fwd[c], t.best[c], t.arg[c] = f, bv, ba
		}
	}
	return t
}

// backward fills the log-sums over the paths out of each cell, from the
// bottom right corner.
func (t *beadTable) backward() {
	n, m, moves := t.n, t.m, t.moves
	t.bwd = make([]float64, (n+1)*(m+1))
	for i := n; i >= 0; i-- {
		for j := m; j >= 0; j-- {
			c := t.idx(i, j)
			if i == n && j == m {
				continue
			}
			b := math.Inf(-1)
			if !t.inBand(i, j) {
				t.bwd[c] = b
				continue
			}
			for k, mv := range moves {
				if i+mv[0] > n || j+mv[1] > m {
					continue
				}
				nc := t.idx(i+mv[0], j+mv[1])
				if g := t.gains[nc*len(moves)+k]; !math.IsInf(g, -1) {
					b = logAdd(b, g+t.bwd[nc])
				}
			}
			t.bwd[c] = b
		}
	}
}

// beads follows the best path back from the bottom right corner and
// returns its beads in order, each paired bead scored by the posterior
// probability of its move.
func (t *beadTable) beads(tSents, sSents []corpus.Span, sDoc []int) []SentenceLink {
	total := t.fwd[t.idx(t.n, t.m)]
	var out []SentenceLink
	for i, j := t.n, t.m; i > 0 || j > 0; {
		c := t.idx(i, j)
		k := t.arg[c]
		mv := t.moves[k]
		sl := SentenceLink{Target: tSents[i-mv[0] : i : i]}
		for q := j - mv[1]; q < j; q++ {
			if n := len(sl.Sources); n == 0 || sl.Sources[n-1].Doc != sDoc[q] {
				sl.Sources = append(sl.Sources, SourceSentences{Doc: sDoc[q]})
			}
			n := len(sl.Sources)
			sl.Sources[n-1].Spans = append(sl.Sources[n-1].Spans, sSents[q])
		}
		if mv[0] > 0 && mv[1] > 0 {
			p := t.fwd[t.idx(i-mv[0], j-mv[1])] + t.gains[c*len(t.moves)+int(k)] + t.bwd[c] - total
			sl.Score = math.Min(1, math.Exp(p))
		}
		if len(sl.Target) == 0 {
			sl.Target = nil
		}
		out = append(out, sl)
		i, j = i-mv[0], j-mv[1]
	}
	slices.Reverse(out)
	return out
}

// unpaired returns every sentence as a bead of its own, the target's
// first: what a link whose sentences could not be aligned is made of.
func unpaired(tSents, sSents []corpus.Span, sDoc []int) []SentenceLink {
	out := make([]SentenceLink, 0, len(tSents)+len(sSents))
	for _, t := range tSents {
		out = append(out, SentenceLink{Target: []corpus.Span{t}})
	}
	for q, sp := range sSents {
		out = append(out, SentenceLink{Sources: []SourceSentences{{Doc: sDoc[q], Spans: []corpus.Span{sp}}}})
	}
	return out
}

// bandOf returns whether a cell (i, j) of the table lies within band
// source sentences of the diagonal, where the target's characters up to
// i meet as many of the source's, times ratio (tcum and scum, running
// totals); with ratio 0, the diagonal joins the table's corners. Every
// cell lies within it when band is 0.
func bandOf(tcum, scum []int, band int, ratio float64, guide []guideRow) func(i, j int) bool {
	if band <= 0 {
		return func(int, int) bool { return true }
	}
	n, m := len(tcum)-1, len(scum)-1
	corners := ratio <= 0
	if corners {
		ratio = float64(scum[m]) / float64(max(tcum[n], 1))
	}
	diag := make([]int, n+1)
	for i := range diag {
		diag[i], _ = slices.BinarySearch(scum, int(float64(tcum[i])*ratio))
	}
	if corners {
		diag[n] = m
	}
	if guide == nil {
		return func(i, j int) bool { return j >= diag[i]-band && j <= diag[i]+band }
	}
	return guidedBand(diag, guide, band)
}

// guidedBand returns whether a cell lies within band sentences of the
// stretch the guide expects its row at, and of the diagonal where that
// runs within guideReach of it (and at the table's first corner, which
// the chunk starts from), or of the diagonal alone in a row no anchor
// leads: a chunk that starts off its guide finds its way back, and one the
// guide leads past a gap follows it there, whatever the link's ratio says.
func guidedBand(diag []int, guide []guideRow, band int) func(i, j int) bool {
	lo, hi := make([]int, len(diag)), make([]int, len(diag))
	for i, d := range diag {
		l, h := d, d
		if g := guide[i]; g.ok {
			l, h = g.lo, g.hi
			if i == 0 || d >= g.lo-guideReach && d <= g.hi+guideReach {
				l, h = min(l, d), max(h, d)
			}
		}
		lo[i], hi[i] = l-band, h+band
	}
	return func(i, j int) bool { return j >= lo[i] && j <= hi[i] }
}

// guideReach is how far from the guide a chunk's diagonal may run and
// still widen its band.
const guideReach = 36

// priorNull is the null model without a sample, the prior alone: the
// sentences of one link are too few to measure chance on. It is read-only,
// so one serves every call.
var priorNull = sync.OnceValue(func() *nullModel { return newNullModel(nil) })

// sentencesOf returns a paragraph's sentences, or the paragraph as one
// sentence when it has none.
func sentencesOf(p corpus.Paragraph) []corpus.Span {
	if len(p.Sentences) > 0 {
		return p.Sentences
	}
	return []corpus.Span{p.Span}
}

// unitDoc returns a document whose paragraphs are the given sentences of d,
// for the feature extractor.
// spanWords returns the words of d's paragraph at s.Start that overlap
// s, shared with the paragraph (clipped, read only), or nil.
func spanWords(d *corpus.Document, s corpus.Span) []corpus.Span {
	pi := d.ParagraphAt(s.Start)
	if pi < 0 {
		return nil
	}
	ws := d.Paragraphs[pi].Words
	k := sort.Search(len(ws), func(k int) bool { return ws[k].End > s.Start })
	e := k
	for e < len(ws) && ws[e].Start < s.End {
		e++
	}
	if e == k {
		return nil
	}
	return ws[k:e:e]
}

func unitDoc(d *corpus.Document, sents []corpus.Span) *corpus.Document {
	u := &corpus.Document{Path: d.Path, Lang: d.Lang, Text: d.Text, Paragraphs: make([]corpus.Paragraph, len(sents))}
	for i, s := range sents {
		u.Paragraphs[i] = corpus.Paragraph{Index: i, Span: s, Sentences: []corpus.Span{s}, Words: spanWords(d, s)}
	}
	return u
}

// Gale and Church's bead priors (1993), as log probabilities: 1:1 0.89,
// 1:0 and 0:1 0.0099 together, 2:1 and 1:2 0.089 together, 2:2 0.011; the
// larger beads share what the sentence aligner's development data give
// them, about 0.002 each.
var (
	sentSkipPrior  = math.Log(0.0099 / 2)
	sentPrior11    = math.Log(0.89)
	sentPrior21    = math.Log(0.089 / 2) // and 1:2
	sentPrior22    = math.Log(0.011)
	sentOtherPrior = math.Log(0.002)
)

func sentPrior(a, b int) float64 {
	// A switch, not a map lookup: the prior is asked for at every cell
	// and shape of the table.
	switch {
	case a == 1 && b == 1:
		return sentPrior11
	case a == 2 && b == 1 || a == 1 && b == 2:
		return sentPrior21
	case a == 2 && b == 2:
		return sentPrior22
	}
	return sentOtherPrior
}

// logAdd returns ln(e^x + e^y).
func logAdd(x, y float64) float64 {
	if math.IsInf(x, -1) {
		return y
	}
	if math.IsInf(y, -1) {
		return x
	}
	if x < y {
		x, y = y, x
	}
	if y-x < -37 && math.Abs(x) >= 1 {
		// e^(y-x) < 1e-16 adds less than half a unit in the last
		// place of x: the sum is x, bit for bit, without the exp.
		return x
	}
	return x + math.Log1p(math.Exp(y-x))
}
