package align

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/gloss"
)

// Options tune an aligner. The zero value is the default.
type Options struct {
	// MinScore is the confidence a link needs, in (0, 1); 0 means 0.5, a
	// link more likely right than wrong. Raising it trades recall for
	// precision.
	MinScore float64
	// Monotone keeps only the in-order alignment of each source: no links
	// to paragraphs the target moved elsewhere or translated twice.
	Monotone bool
	// Unit says what the documents' paragraphs are. Sentences are short,
	// so their words say less and their lengths more; merges and
	// omissions are priced for them.
	Unit Unit
	// Dicts are bilingual dictionaries whose word pairs count as matches
	// besides identical words and cognates. Each may be given in either
	// direction. The aligner does not look for installed dictionaries by
	// itself (see InstalledDicts): on the seed and paragraphs/dev they
	// change little, and its result depends on the documents alone.
	Dicts []*Dict

	noRefine bool // for tests: the anchor steps alone
}

// Unit is the kind of text unit an aligner links.
type Unit int

// The units an aligner can link.
const (
	UnitParagraph Unit = iota // paragraphs of articles (the default)
	UnitSentence              // sentences, one per Document paragraph
)

// String returns paragraph or sentence.
func (u Unit) String() string {
	if u == UnitSentence {
		return "sentence"
	}
	return "paragraph"
}

// ParseUnit parses paragraph or sentence.
func ParseUnit(s string) (Unit, error) {
	switch s {
	case "paragraph", "paragraphs", "":
		return UnitParagraph, nil
	case "sentence", "sentences":
		return UnitSentence, nil
	}
	return 0, fmt.Errorf("unknown unit %q (want paragraph or sentence)", s)
}

// New returns the default paragraph aligner.
func New(opt Options) Aligner { return lexical{opt: opt} }

// lexical aligns paragraphs by the evidence that survives translation
// without a dictionary: numbers, names, identical words and cognates,
// calibrated against the chance similarity of unrelated paragraphs.
type lexical struct{ opt Options }

// reusePenalty is the prior cost, in nats, of linking a target paragraph to
// a source paragraph that another target paragraph already translates: a
// translation usually renders each source paragraph once.
var reusePenalty = math.Log(4)

// anchorMargin is the extra evidence, in nats, a link needs where nothing
// around it supports it: in a chain round and when reusing a source
// paragraph. With a threshold of ln K alone, the best of K chance candidates
// passes about 63% of the time, so a document pair with nothing in common
// would still get a scatter of links; ln 20 more lets through about one
// paragraph without a partner in twenty. Links inside the gaps of a chain
// are supported by their neighbours and do without.
var anchorMargin = math.Log(20)

// movePrior is the extra evidence, in nats, a link out of the order of
// source d needs. Paragraphs of news move (a quote brought up, background
// pushed down), so for them it is nothing. Sentences keep their order
// within the text, and a short sentence often shares a name or a number
// with one far away: a link out of order could pair any of the source's
// sentences, so it competes with ln m more alternatives.
func (w *work) movePrior(d int) float64 {
	if w.opt.Unit != UnitSentence {
		return 0
	}
	return math.Log(float64(max(len(w.srcs[d].paras), 1)))
}

// strongScore is the confidence both sources need for one target paragraph
// to be linked to two sources.
const strongScore = 0.9

func logistic(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func (o Options) logitMin() float64 {
	p := o.MinScore
	if p <= 0 || p >= 1 {
		p = 0.5
	}
	return math.Log(p / (1 - p))
}

// Align links the paragraphs of target to those of sources.
func (a lexical) Align(target *corpus.Document, sources []*corpus.Document) (*Alignment, error) {
	if target == nil {
		return nil, errors.New("align: nil target")
	}
	for _, s := range sources {
		if s == nil {
			return nil, errors.New("align: nil source")
		}
	}
	// Documents are reduced to features, and sources matched with the
	// target, independently of each other: in parallel.
	docs := append([]*corpus.Document{target}, sources...)
	feats := make([]*docFeat, len(docs))
	// The paragraphs' sentence and clause breaks, for the length of merged
	// paragraph beads (see splitLLR).
	cuts := make([][]cutSet, len(docs))
	split := paramsFor(a.opt.Unit).split
	across := acrossScripts(docs)
	loans := loanwordsOf(docs)
	// Marks of punctuation survive translation: they say much where
	// words match little, between sentences, across scripts, and where
	// no dictionary supplies word pairs.
	punct := a.opt.Unit == UnitSentence || len(a.opt.Dicts) == 0
	var wg sync.WaitGroup
	for k, d := range docs {
		wg.Go(func() {
			partners := sources
			if k > 0 {
				partners = docs[:1]
			}
			feats[k] = weighedFeatures(d, punct || across[k], across[k], loans[k], glossLexicon(d, partners))
			if split {
				cuts[k] = d.Memo(cutsKey{}, func() any { return paragraphCuts(d) }).([]cutSet)
			}
		})
	}
	wg.Wait()
	w := &work{opt: a.opt, t: feats[0], srcs: feats[1:], scs: make([]*scorer, len(sources)), across: across[1:]}
	for d, f := range w.srcs {
		dicts := append(slices.Clip(a.opt.Dicts), coreDicts(target, sources[d])...)
		wg.Go(func() { w.scs[d] = newScorer(w.t, f, dicts...) })
		w.mTotal += len(f.paras)
	}
	wg.Wait()
	w.tcuts, w.scuts = cuts[0], cuts[1:]
	links := w.align()
	if a.opt.Unit == UnitSentence && w.learnPairs(links) {
		links = w.align()
	}
	return assemble(target, sources, links), nil
}

// weighedFeatures returns the features of d, with its marks of
// punctuation and its words' sounds when asked, weighed. They depend on
// d alone and are read only: a source that a batch checks against many
// targets is reduced once.
func weighedFeatures(d *corpus.Document, punct, sounds, loans bool, lex *gloss.Lexicon) *docFeat {
	return d.Memo(featKey{punct, sounds, loans, lex != nil}, func() any {
		f := extract(d)
		if punct {
			addPunct(f, d)
		}
		if sounds {
			addSounds(f, loans)
		}
		if lex != nil {
			addGlosses(f, d, lex)
		}
		f.weigh()
		return f
	}).(*docFeat)
}

// featKey and cutsKey key a document's features and paragraph cuts in
// its memo.
type featKey struct{ punct, sounds, loans, glossed bool }
type cutsKey struct{}

// inLatin is latinDoc of d, worked out once per document.
func inLatin(d *corpus.Document) bool {
	return d.Memo(latinDocKey{}, func() any { return latinDoc(d) }).(bool)
}

// latinDocKey keys inLatin in a document's memo.
type latinDocKey struct{}

// acrossScripts reports, for the target and each source, whether a
// document it is matched with is written in another script (Latin against
// Cyrillic, Hebrew, Japanese), where names are matched by their sounds.
func acrossScripts(docs []*corpus.Document) []bool {
	latin := make([]bool, len(docs))
	for k, d := range docs {
		latin[k] = inLatin(d)
	}
	out := make([]bool, len(docs))
	for k := 1; k < len(docs); k++ {
		if latin[k] != latin[0] {
			out[0], out[k] = true, true
		}
	}
	return out
}

// loanwordsOf reports, for each document, whether it is in Latin letters
// and read against a Japanese one (the target against a source, a source
// against the target): Japanese spells the words it borrows in katakana
// (ダッシュボード, "dashboard"), so that the Latin side's common words may
// sound like its words too, not only its names.
func loanwordsOf(docs []*corpus.Document) []bool {
	japanese := func(d *corpus.Document) bool { b, _ := d.Lang.Base(); return b.String() == "ja" }
	out := make([]bool, len(docs))
	for k := 1; k < len(docs); k++ {
		if japanese(docs[0]) && inLatin(docs[k]) {
			out[k] = true
		}
		if japanese(docs[k]) && inLatin(docs[0]) {
			out[0] = true
		}
	}
	return out
}

// alink is a link under construction.
type alink struct {
	t0, t1 int
	parts  []bead
	score  float64
}

// align links the target's paragraphs to the sources': the anchor steps
// (chains, gaps, extensions, reuses, leftovers), then the refinement by
// dynamic programme, interjections and summaries.
func (w *work) align() []alink {
	if len(w.t.paras) == 0 || w.mTotal == 0 {
		return nil
	}
	w.cands = make([][][]int, len(w.srcs))
	for d, sc := range w.scs {
		w.cands[d] = candidates(sc)
	}
	w.fillSims()
	w.fitNull()
	w.fitLengthModel()
	shift := w.opt.logitMin()

	lk := w.newLinking(shift)
	lk.chainRounds()
	lk.extend()
	if !w.opt.Monotone {
		lk.reuse()
		lk.leftovers()
	}
	links := lk.links
	if !w.opt.noRefine {
		links = w.refine(links)
		links = append(links, w.interjections(links)...)
		links = w.orderLinks(links, shift)
	}
	if !w.opt.Monotone {
		links = w.lateLeftovers(links, shift)
		links = w.lengthLeftovers(links, shift)
		links = append(links, w.summaries(links, shift)...)
	}
	sort.Slice(links, func(i, j int) bool { return links[i].t0 < links[j].t0 })
	return links
}

// gap is a stretch of free paragraphs between two in-order links of one
// source, or between a link and the documents' start or end: target
// paragraphs t0..t1 and source paragraphs s0..s1, of which nt and ns are
// free.
type gap struct {
	t0, t1, s0, s1 int
	nt, ns         int
	edge           bool // bounded by a document edge, not by two links
	// mixed gaps hold links of other sources: where this source's run
	// stops and starts again is not pinned.
	mixed bool
}

// gaps returns the gaps between consecutive in-order links of source d that
// have free paragraphs on both sides. With several sources, follows (see
// territory) leaves out the target paragraphs of the others.
func (w *work) gaps(d int, links []alink, owner []int, used [][]int, follows []int) []gap {
	bs := make([]bead, 1, len(links)+2) // the start edge, the links, the end edge
	for _, l := range links {
		for _, b := range l.parts {
			if b.d == d {
				bs = append(bs, b)
			}
		}
	}
	if len(bs) == 1 {
		return nil // no anchor, no gap: the edges alone pin nothing
	}
	// The document edges bound the first and last gaps.
	n, m := len(w.t.paras), len(w.srcs[d].paras)
	bs[0] = bead{t0: -1, t1: -1, s0: -1, s1: -1}
	sort.Slice(bs[1:], func(i, j int) bool { return bs[1+i].t0 < bs[1+j].t0 })
	bs = append(bs, bead{t0: n, t1: n, s0: m, s1: m})
	var out []gap
	for k := 0; k+1 < len(bs); k++ {
		a, b := bs[k], bs[k+1]
		if a.s1 >= b.s0 {
			continue
		}
		g := gap{t0: a.t1 + 1, t1: b.t0 - 1, s0: a.s1 + 1, s1: b.s0 - 1, edge: k == 0 || k+2 == len(bs)}
		for i := g.t0; i <= g.t1; i++ {
			if owner[i] < 0 && !foreign(follows, bead{t0: i, t1: i, d: d}) {
				g.nt++
			}
			if follows != nil && owner[i] >= 0 && !hasSource(links[owner[i]], d) {
				g.mixed = true
			}
		}
		for j := g.s0; j <= g.s1; j++ {
			if used[d][j] == 0 {
				g.ns++
			}
		}
		if g.nt > 0 && g.ns > 0 {
			out = append(out, g)
		}
	}
	return out
}

// maxGapCells bounds the gaps whose every bead is scored; in larger gaps
// only the candidate beads are.
const maxGapCells = 400

// gapBeads returns the beads inside gap g: all of them in a small gap; in
// a large one the candidate pairs in all and the merges around them.
func (w *work) gapBeads(d int, g gap, all []bead) []bead {
	var out []bead
	var seen map[[4]int]bool // in a large gap, where beads around candidates overlap
	add := func(t0, t1, s0, s1 int) {
		if t0 < g.t0 || s0 < g.s0 || t1 > g.t1 || s1 > g.s1 {
			return
		}
		if seen != nil {
			k := [4]int{t0, t1, s0, s1}
			if seen[k] {
				return
			}
			seen[k] = true
		}
		b := bead{t0: t0, t1: t1, d: d, s0: s0, s1: s1}
		w.score(&b)
		if b.size() == 2 || w.mergeJustified(b) {
			out = append(out, b)
		}
	}
	around := func(i, j int) {
		add(i, i, j, j)
		add(i, i+1, j, j)
		add(i-1, i, j, j)
		add(i, i, j, j+1)
		add(i, i, j-1, j)
	}
	if (g.t1-g.t0+1)*(g.s1-g.s0+1) > maxGapCells {
		seen = map[[4]int]bool{}
		for _, b := range all {
			around(b.t0, b.s0)
		}
		return out
	}
	// Every 1:1, 2:1 and 1:2 bead of the gap, each once, in the order
	// around would list them.
	for i := g.t0; i <= g.t1; i++ {
		for j := g.s0; j <= g.s1; j++ {
			add(i, i, j, j)
			add(i, i+1, j, j)
			add(i, i, j, j+1)
		}
	}
	return out
}

// mergeJustified reports whether a merged bead says more, by its prior
// cost, than each 1:1 bead inside it. Its words are judged as one text: a
// paragraph that only repeats what its neighbour already matched (a
// headline naming the lead's subject) lowers the similarity instead of
// adding to it, while the missing half of a split adds matches and mends
// the length ratio.
func (w *work) mergeJustified(b bead) bool {
	ms := w.null.surprise(b.sim)
	for i := b.t0; i <= b.t1; i++ {
		for j := b.s0; j <= b.s1; j++ {
			x := bead{t0: i, t1: i, d: b.d, s0: j, s1: j}
			w.score(&x)
			if ms+b.llr-mergeCost(b) <= x.lex+x.llr {
				return false
			}
		}
	}
	return true
}

// roundTau is the evidence a link of source d needs in a chain round: the
// log of the number of alternatives it competes with. A target paragraph
// competes with the free source paragraphs, a source paragraph with the free
// target paragraphs; the larger side counts, so that a one-paragraph source
// is not linked to whichever of many target paragraphs looks least unlike it.
func (w *work) roundTau(d int, owner []int, used [][]int) float64 {
	nt, ns := 0, 0
	for _, o := range owner {
		if o < 0 {
			nt++
		}
	}
	for _, u := range used[d] {
		if u == 0 {
			ns++
		}
	}
	return math.Log(float64(max(nt, ns, 1)))
}

// firstTau is the evidence a first-round link of source d needs: the log of
// the larger paragraph count.
func (w *work) firstTau(d int) float64 {
	return math.Log(float64(max(len(w.t.paras), len(w.srcs[d].paras), 1)))
}

// free reports whether neither the target nor the source paragraphs of b
// are linked yet.
func (w *work) free(b bead, owner []int, used [][]int) bool {
	for i := b.t0; i <= b.t1; i++ {
		if owner[i] >= 0 {
			return false
		}
	}
	for j := b.s0; j <= b.s1; j++ {
		if used[b.d][j] > 0 {
			return false
		}
	}
	return true
}

// foreign reports whether a target paragraph of b lies between two links of
// another source (see territory).
func foreign(follows []int, b bead) bool {
	if follows == nil {
		return false
	}
	for i := b.t0; i <= b.t1; i++ {
		if follows[i] >= 0 && follows[i] != b.d {
			return true
		}
	}
	return false
}

// withoutOverlaps returns links, sorted by their first target
// paragraph, without those that start inside the link before them.
func withoutOverlaps(links []alink) []alink {
	out := links[:0:0]
	for _, l := range links {
		if n := len(out); n > 0 && l.t0 <= out[n-1].t1 {
			continue
		}
		out = append(out, l)
	}
	return out
}

func hasSource(l alink, d int) bool {
	for _, b := range l.parts {
		if b.d == d {
			return true
		}
	}
	return false
}

// assemble turns links into an Alignment that holds every paragraph once.
// Links come sorted by their first target paragraph; one that starts
// inside the link before it is dropped: kept, it would stop the walk
// there and leave every later paragraph unlinked.
func assemble(target *corpus.Document, sources []*corpus.Document, links []alink) *Alignment {
	links = withoutOverlaps(links)
	a := &Alignment{Target: target, Sources: sources}
	k := 0
	for i := 0; i < len(target.Paragraphs); {
		if k < len(links) && links[k].t0 == i {
			l := links[k]
			var srcs []SourceParas
			parts := append([]bead(nil), l.parts...)
			sort.Slice(parts, func(x, y int) bool { return parts[x].d < parts[y].d })
			for _, b := range parts {
				srcs = append(srcs, SourceParas{Doc: b.d, Paras: b.sparas()})
			}
			a.Links = append(a.Links, Link{Target: seq(l.t0, l.t1), Sources: srcs, Score: l.score})
			i = l.t1 + 1
			k++
			continue
		}
		a.Links = append(a.Links, Link{Target: []int{i}})
		i++
	}
	linked := make([][]bool, len(sources))
	for d, s := range sources {
		linked[d] = make([]bool, len(s.Paragraphs))
	}
	for _, l := range links {
		for _, b := range l.parts {
			for j := b.s0; j <= b.s1; j++ {
				linked[b.d][j] = true
			}
		}
	}
	for d := range sources {
		for j, ok := range linked[d] {
			if !ok {
				a.Links = append(a.Links, Link{Sources: []SourceParas{{Doc: d, Paras: []int{j}}}})
			}
		}
	}
	return a
}

// summaries links a free target paragraph that repeats in one paragraph the
// two source paragraphs of the run next to it (a news lead summing up what
// follows, a wrap-up of what precedes) to both of them. It is considered only
// where the neighbouring links of one source leave no source paragraph
// between them, so the paragraph can only be an addition or a repetition,
// and its position leaves few hypotheses: the run after it and the run
// before it, each a priori as likely as a paragraph of its own. The merged
// pair must say more than either paragraph alone (mergeJustified) and pays
// the prior cost of a merge and of a reuse.
func (w *work) summaries(links []alink, shift float64) []alink {
	n := len(w.t.paras)
	owner := make([]int, n)
	for i := range owner {
		owner[i] = -1
	}
	for l, k := range links {
		for i := k.t0; i <= k.t1; i++ {
			owner[i] = l
		}
	}
	// The owned paragraphs around each free one: one pass each way, as a
	// long run of free paragraphs shares them.
	before, after := make([]int, n), make([]int, n)
	for i, last := 0, -1; i < n; i++ {
		before[i] = last
		if owner[i] >= 0 {
			last = i
		}
	}
	for i, next := n-1, n; i >= 0; i-- {
		after[i] = next
		if owner[i] >= 0 {
			next = i
		}
	}
	var found []alink
	for i := range n {
		if owner[i] >= 0 {
			continue
		}
		b, p := w.summary(summaryHyps(links, owner, i, before[i], after[i]))
		if p > 0 && math.Log(p/(1-p)) >= shift {
			found = append(found, alink{t0: i, t1: i, parts: []bead{b}, score: p})
		}
	}
	return found
}

// summaryHyps returns the beads of a free target paragraph i with the
// two source paragraphs of the run of links after it and of the run
// before it, where the links next to it, of one source, leave no source
// paragraph between them. a and c are the owned target paragraphs
// closest before and after i (-1 and len(owner) for none).
func summaryHyps(links []alink, owner []int, i, a, c int) []bead {
	n := len(owner)
	// single returns the link holding target paragraph i when it links one
	// source alone.
	single := func(i int) (bead, bool) {
		if i < 0 || i >= n || owner[i] < 0 || len(links[owner[i]].parts) != 1 {
			return bead{}, false
		}
		return links[owner[i]].parts[0], true
	}
	// follows reports whether b continues a in both documents.
	follows := func(a, b bead) bool {
		return a.d == b.d && b.t0 == a.t1+1 && b.s0 == a.s1+1
	}
	prev, okP := single(a)
	next, okN := single(c)
	if !okP || !okN || prev.d != next.d || prev.s1+1 != next.s0 {
		return nil
	}
	var hyps []bead
	if next2, ok := single(next.t1 + 1); ok && follows(next, next2) {
		hyps = append(hyps, bead{t0: i, t1: i, d: next.d, s0: next.s0, s1: next2.s1})
	}
	if prev2, ok := single(prev.t0 - 1); ok && follows(prev2, prev) {
		hyps = append(hyps, bead{t0: i, t1: i, d: prev.d, s0: prev2.s0, s1: prev.s1})
	}
	return hyps
}

// summary returns the best of the hypotheses, scored, and its posterior
// against the others and against none; 0 when no merge is justified.
func (w *work) summary(hyps []bead) (bead, float64) {
	z := float64(len(hyps))
	var best bead
	bestX := math.Inf(-1)
	for _, b := range hyps {
		w.score(&b)
		if !w.mergeJustified(b) {
			continue
		}
		x := b.ev - mergeCost(b) - reusePenalty - w.movePrior(b.d)
		z += math.Exp(x)
		if x > bestX {
			best, bestX = b, x
		}
	}
	if math.IsInf(bestX, -1) {
		return bead{}, 0
	}
	return best, math.Exp(bestX) / z
}
