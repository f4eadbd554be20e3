package checks

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/parallel"
)

// VerifyFixes keeps only the fixes of fs that repair their finding and
// returns how many it dropped; a finding whose fixes all fail stays, with
// none. A wrong fix is worse than none: editors apply them with one
// click. A fix holds when, applied to the target,
//   - it deletes no letters unless its finding is an addition (debris);
//   - it writes no text that its sentence already holds right beside it;
//   - the check that found the finding, run again on the fixed text, no
//     longer finds it and finds nothing new.
//
// The fixes of one link that are each their finding's one fix are first
// applied together, as crossread fix applies them: when the check then
// finds none of their findings and nothing new, each holds (a weekday
// and the month of its date, each right only with the other, hold so).
// What fails together is verified fix by fix.
//
// The check runs again on the link that holds the fix alone, or, in a
// long link, on the few aligned sentences around the fix, so that
// verifying grows with the article, not with its square; a finding that
// needs the whole article (one name written two ways) is verified on the
// whole article when it is short, and loses its fix when it is not.
// cs are the checks that produced fs, env their environment.
func VerifyFixes(a *align.Alignment, cs []*Check, env Env, fs []Finding) int {
	var todo []verification
	for i := range fs {
		for j := range fs[i].Fixes {
			todo = append(todo, verification{finding: i, fix: j})
		}
	}
	if len(todo) == 0 {
		return 0 // most runs: nothing to verify, nothing to set up
	}
	v := &verifier{a: a, links: a.Index(), env: env, byName: map[string]*Check{}, counted: map[countKey]*onceEntry[counts]{}, pairs: map[corpus.Span]*onceEntry[*align.Alignment]{}}
	for _, c := range cs {
		v.byName[c.Name] = c
	}
	// The fixes of a link together first, then each fix not yet known
	// to hold on its own text, side by side when env allows; then,
	// in order, the budget for the fixes that need the whole article, so
	// that which fixes get it does not depend on timing.
	v.holdTogether(fs, todo)
	parallel.Do(env.Workers, len(todo), func(k int) {
		if t := &todo[k]; t.verdict != holds {
			t.verdict = v.holdsLocally(fs[t.finding], fs[t.finding].Fixes[t.fix])
		}
	})
	var whole []int
	for k, t := range todo {
		if t.verdict == needsArticle && v.affordsArticle() {
			whole = append(whole, k)
		}
	}
	parallel.Do(env.Workers, len(whole), func(k int) {
		t := &todo[whole[k]]
		t.verdict = v.holdsInArticle(fs[t.finding], fs[t.finding].Fixes[t.fix])
	})
	// todo runs finding by finding, fix by fix.
	dropped := 0
	for k := 0; k < len(todo); {
		f := &fs[todo[k].finding]
		kept := f.Fixes[:0:0]
		for _, t := range todo[k : k+len(f.Fixes)] {
			if t.verdict == holds {
				kept = append(kept, f.Fixes[t.fix])
			} else {
				dropped++
			}
		}
		k += len(f.Fixes)
		f.Fixes = kept
	}
	return dropped
}

// verification is the verdict on fix fix of finding finding.
type verification struct {
	finding, fix int
	verdict      verdict
}

type verdict uint8

const (
	fails        verdict = iota
	holds                // the fix repairs its finding
	needsArticle         // its link says nothing: the whole article must
)

// verifier checks the fixes of one run. It counts what a check finds in
// the unfixed text once per check and link (or article), not once per
// fix: an article's fixes mostly share their links.
type verifier struct {
	a      *align.Alignment
	links  align.Index
	env    Env
	byName map[string]*Check
	mu     sync.Mutex // guards counted and pairs
	// counted holds what a check finds in text before any fix.
	counted map[countKey]*onceEntry[counts]
	// pairs holds the links (or windows) of fixes before any fix.
	pairs map[corpus.Span]*onceEntry[*align.Alignment]
	// wholeBytes counts the bytes checked again on the whole article.
	wholeBytes int
}

// countKey names a check's findings in the text before any fix: in the
// target text under span, a link or a window of one, or in the whole
// article (wholeArticle).
type countKey struct {
	check string
	span  corpus.Span
}

// wholeArticle is the span of a countKey of the whole article.
var wholeArticle = corpus.Span{Start: -1, End: -1}

// counts are findings by findingKey; ok is false when the check failed.
type counts struct {
	n  map[string]int
	ok bool
}

// wholeArticleLimit is the most paragraphs, and wholeArticleBytes the
// most bytes, a target may have for a fix to be verified on the whole
// article.
// wholeArticleBudget bounds the bytes of all such runs of one article,
// so that an article with many fixes verifies in time linear in it.
const (
	wholeArticleLimit  = 60
	wholeArticleBytes  = 32 << 10
	wholeArticleBudget = 256 << 10
)

// windowBytes is the size of link past which a fix is verified on the
// sentences around it (windowBeads beads each side), not the whole link:
// a one-paragraph article of a megabyte has thousands of fixes.
const (
	windowBytes = 16 << 10
	windowBeads = 2
)

// findingKey identifies a finding by what it says, not where: positions
// move when a fix changes the length of the text before them, and the
// sentence around it changes when the fix is in the same sentence.
func findingKey(a *align.Alignment, f Finding) string {
	k := f.Check + "\x00" + string(f.Category) + "\x00" + f.Severity.String() + "\x00" + a.Target.Slice(f.Span)
	if f.Source != nil {
		k += "\x00" + a.Sources[f.Source.Doc].Slice(f.Source.Span)
	}
	return k
}

// holdsLocally verifies fix on the text of its link (or the sentences
// around it), or says that only the whole article can tell.
func (v *verifier) holdsLocally(f Finding, fix Fix) verdict {
	a, c := v.a, v.byName[f.Check]
	if c == nil || len(fix.Edits) == 0 || !keepsLetters(v.links, a.Target, f, fix) || repeats(a.Target, fix) {
		return fails
	}
	if f.Category == Addition && deletesParagraphs(v.links, a.Target, fix) {
		return holds // debris standing alone: nothing is left to check again
	}
	if s, ok := v.site(fix); ok {
		if before, after, ok := v.pairsAt(s, fix); ok {
			b := v.before(countKey{c.Name, s.span}, before, c)
			if held, known := v.repairs(b, after, c, findingKey(a, f)); known {
				return verdictOf(held)
			}
		}
	}
	return needsArticle
}

// holdTogether verifies together the fixes of a link (or window) that
// has several, each the one fix of its finding and of one check: the
// check runs once on the text with all of them applied, and when none of
// their findings is left there and nothing new came, each holds. An
// article of 25,000 changed numbers ran the check once a fix, most of
// its time. A group that fails together is verified fix by fix.
func (v *verifier) holdTogether(fs []Finding, todo []verification) {
	type groupKey struct {
		check string
		span  corpus.Span
	}
	groups := map[groupKey][]int{}
	var order []groupKey
	for k, t := range todo {
		f := fs[t.finding]
		if len(f.Fixes) != 1 || !v.groupable(f, f.Fixes[0]) {
			continue
		}
		s, ok := v.site(f.Fixes[0])
		if !ok {
			continue
		}
		g := groupKey{f.Check, s.span}
		if groups[g] == nil {
			order = append(order, g)
		}
		groups[g] = append(groups[g], k)
	}
	parallel.Do(v.env.Workers, len(order), func(i int) {
		ks := groups[order[i]]
		if len(ks) > 1 && v.holdsTogether(fs, todo, ks) {
			for _, k := range ks {
				todo[k].verdict = holds // each group its own ks
			}
		}
	})
}

// groupable reports whether fix may be verified with others: its check ran,
// it edits, keeps the letters, repeats nothing, and deletes no debris,
// which holdsLocally lets hold without a check.
func (v *verifier) groupable(f Finding, fix Fix) bool {
	t := v.a.Target
	return v.byName[f.Check] != nil && len(fix.Edits) > 0 && keepsLetters(v.links, t, f, fix) && !repeats(t, fix) &&
		!(f.Category == Addition && deletesParagraphs(v.links, t, fix))
}

// holdsTogether reports whether the one fixes of the findings of todo at
// ks, all at one site, repair them all when applied together, with
// nothing new.
func (v *verifier) holdsTogether(fs []Finding, todo []verification, ks []int) bool {
	var all Fix
	fixed := map[string]int{} // findings to be gone, by findingKey
	for _, k := range ks {
		f := fs[todo[k].finding]
		all.Edits = append(all.Edits, f.Fixes[0].Edits...)
		fixed[findingKey(v.a, f)]++
	}
	slices.SortStableFunc(all.Edits, func(a, b Edit) int { return a.Span.Start - b.Span.Start })
	for i := 1; i < len(all.Edits); i++ {
		if prev := all.Edits[i-1].Span; all.Edits[i].Span.Start < prev.End || all.Edits[i].Span.Start == prev.Start {
			return false // edits that overlap, or two at one place, in no order
		}
	}
	s, ok := v.site(all)
	if !ok {
		return false
	}
	before, after, ok := v.pairsAt(s, all)
	if !ok {
		return false
	}
	c := v.byName[fs[todo[ks[0]].finding].Check]
	b := v.before(countKey{c.Name, s.span}, before, c)
	for k, m := range fixed {
		if !b.ok || b.n[k] < m {
			return false // found only with more of the article
		}
	}
	n := v.count(after, c)
	if !n.ok {
		return false
	}
	for k, m := range n.n {
		if m > b.n[k]-fixed[k] {
			return false
		}
	}
	return true
}

// affordsArticle reports whether one more fix may be verified on the
// whole article, and counts it when it may.
func (v *verifier) affordsArticle() bool {
	a := v.a
	if len(a.Target.Paragraphs) > wholeArticleLimit || len(a.Target.Text) > wholeArticleBytes ||
		v.wholeBytes+len(a.Target.Text) > wholeArticleBudget {
		return false
	}
	v.wholeBytes += len(a.Target.Text)
	return true
}

// holdsInArticle verifies fix on the whole article.
func (v *verifier) holdsInArticle(f Finding, fix Fix) verdict {
	a, c := v.a, v.byName[f.Check]
	fixed, ok := applyToFile(a.Target, fix)
	if !ok {
		return fails
	}
	b := v.before(countKey{c.Name, wholeArticle}, a, c)
	held, _ := v.repairs(b, &align.Alignment{Target: fixed, Sources: a.Sources, Links: a.Links}, c, findingKey(a, f))
	return verdictOf(held)
}

func verdictOf(held bool) verdict {
	if held {
		return holds
	}
	return fails
}

// before returns what c finds in a, the text before any fix, counted once
// under key.
func (v *verifier) before(key countKey, a *align.Alignment, c *Check) counts {
	return once(&v.mu, v.counted, key, func() counts { return v.count(a, c) })
}

// onceEntry is a value made once, by the first who needs it.
type onceEntry[V any] struct {
	once sync.Once
	v    V
}

// once returns the value of k in m, made by build the first time it is
// asked for; mu guards m, not the making.
func once[K comparable, V any](mu *sync.Mutex, m map[K]*onceEntry[V], k K, build func() V) V {
	mu.Lock()
	e, ok := m[k]
	if !ok {
		e = &onceEntry[V]{}
		m[k] = e
	}
	mu.Unlock()
	e.once.Do(func() { e.v = build() })
	return e.v
}

func (v *verifier) count(a *align.Alignment, c *Check) counts {
	fs, err := Run(a, []*Check{c}, v.env)
	out := map[string]int{}
	for _, g := range fs {
		out[findingKey(a, g)]++
	}
	return counts{out, err == nil}
}

// repairs reports whether the finding keyed k, counted in b before a fix,
// is gone from after and nothing new came; known is false when c does not
// find it in b at all (it needs more of the article than b's text holds).
func (v *verifier) repairs(b counts, after *align.Alignment, c *Check, k string) (held, known bool) {
	if !b.ok || b.n[k] == 0 {
		return false, false
	}
	n := v.count(after, c)
	if !n.ok {
		return false, true
	}
	for key, m := range n.n {
		if m > b.n[key] {
			return false, true // the fix brings a finding of its own
		}
	}
	return n.n[k] < b.n[k], true
}

// deletesParagraphs reports whether every edit of fix deletes the whole
// text of a paragraph that translates no source paragraph: a paragraph
// that renders a source is never debris, whatever it looks like.
func deletesParagraphs(links align.Index, t *corpus.Document, fix Fix) bool {
	for _, e := range fix.Edits {
		i := t.ParagraphAt(e.Span.Start)
		if e.New != "" || i < 0 || t.Paragraphs[i].Span != e.Span {
			return false
		}
		if l := links.LinkFor(i); l != nil && len(l.Sources) > 0 {
			return false
		}
	}
	return len(fix.Edits) > 0
}

// keepsLetters reports whether fix leaves the target's letters alone or
// deletes only what may be debris: the fix of an addition deletes, but in
// a paragraph that translates a source it may not take most of the
// paragraph's letters, which are then the translation.
func keepsLetters(links align.Index, t *corpus.Document, f Finding, fix Fix) bool {
	for _, e := range fix.Edits {
		gone := letters(t.Slice(e.Span))
		if gone == 0 || letters(e.New) > 0 {
			continue // a replacement, not a deletion
		}
		if f.Category != Addition {
			return false
		}
		i := t.ParagraphAt(e.Span.Start)
		if l := links.LinkFor(i); i >= 0 && l != nil && len(l.Sources) > 0 && 2*gone > letters(t.ParaText(i)) {
			return false
		}
	}
	return true
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// repeats reports whether an edit writes text that its sentence already
// holds right beside the edit, with nothing but spaces and punctuation
// between: "1.052 Hektar (1.052 Hektar)". Further off, the same words may
// rightly stand twice ("one with 24,000 GPUs and one with 24,000").
func repeats(t *corpus.Document, fix Fix) bool {
	for _, e := range fix.Edits {
		n := strings.TrimSpace(e.New)
		if len([]rune(n)) < 2 {
			continue
		}
		s := t.SentenceAround(e.Span)
		before, after := t.Text[s.Start:e.Span.Start], t.Text[e.Span.End:s.End]
		if i := strings.LastIndex(before, n); i >= 0 && !hasWord(before[i+len(n):]) {
			return true
		}
		if i := strings.Index(after, n); i >= 0 && !hasWord(after[:i]) {
			return true
		}
	}
	return false
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// applyToFile applies fix to the target's file as given and loads the
// result the way the target was loaded; it fails when the paragraphs
// change in number.
func applyToFile(t *corpus.Document, fix Fix) (*corpus.Document, bool) {
	var b strings.Builder
	b.Grow(len(t.Orig) + 64)
	last := 0
	for _, e := range fix.Edits {
		s, write, ok := t.OrigEdit(e.Span, e.New)
		if !ok || s.Start < last {
			return nil, false
		}
		b.WriteString(t.Orig[last:s.Start])
		b.WriteString(write)
		last = s.End
	}
	b.WriteString(t.Orig[last:])
	d, err := corpus.Load(t.Path, []byte(b.String()), corpus.Options{Lang: t.Lang, Format: t.Format, Like: t})
	if err != nil || len(d.Paragraphs) != len(t.Paragraphs) {
		return nil, false
	}
	return d, true
}

// site is where a fix is verified: the target text under span, its
// link's or, in a long link, that of the sentence beads around it, with
// their source texts (texts by source document; nil for the link's
// paragraphs), which load as want target paragraphs (any number when
// negative).
type site struct {
	span  corpus.Span
	link  *align.Link
	texts map[int]string
	want  int
}

// site returns where fix is verified. It fails when the fix spans links
// or falls outside the sentences of its link.
func (v *verifier) site(fix Fix) (site, bool) {
	t := v.a.Target
	i := t.ParagraphAt(fix.Edits[0].Span.Start)
	l := v.links.LinkFor(i)
	if i < 0 || l == nil {
		return site{}, false
	}
	paras := l.Target
	s := site{link: l, want: len(paras)}
	s.span = corpus.Span{Start: t.Paragraphs[paras[0]].Span.Start, End: t.Paragraphs[paras[len(paras)-1]].Span.End}
	if s.span.Len() > windowBytes {
		var ok bool
		if s.span, s.texts, ok = window(v.a, *l, fix); !ok {
			return site{}, false
		}
		s.want = -1 // a window may start or end inside a paragraph
	}
	for _, e := range fix.Edits {
		if e.Span.Start < s.span.Start || e.Span.End > s.span.End {
			return site{}, false
		}
	}
	return s, true
}

// pairsAt returns the text of site s as a pair of its own, before and
// after fix. Its target text and its source texts are each side one
// document.
func (v *verifier) pairsAt(s site, fix Fix) (before, after *align.Alignment, ok bool) {
	a, t := v.a, v.a.Target
	before = v.unfixed(s.span, func() *align.Alignment {
		texts := s.texts
		if texts == nil {
			texts = linkTexts(a, *s.link)
		}
		srcs, sps, ok := loadSources(a, *s.link, texts)
		if !ok {
			return nil
		}
		return pairOf(t, t.Slice(s.span), s.want, srcs, sps, s.link.Score)
	})
	if before == nil {
		return nil, nil, false
	}
	after = pairOf(t, EditedSlice(t, s.span, fix), len(before.Target.Paragraphs), before.Sources, before.Links[0].Sources, s.link.Score)
	return before, after, after != nil
}

// unfixed returns the pair load makes of the target text under span
// before any fix, made once for all the fixes in it: they share its
// source documents, and so what the checks read from them.
func (v *verifier) unfixed(span corpus.Span, load func() *align.Alignment) *align.Alignment {
	return once(&v.mu, v.pairs, span, load)
}

// pairOf loads text, of target t, as a document of its own, paired with
// srcs as one link of the given score; nil when it does not load or
// does not hold want paragraphs (any number when want is negative).
func pairOf(t *corpus.Document, text string, want int, srcs []*corpus.Document, sps []align.SourceParas, score float64) *align.Alignment {
	d, err := corpus.Load(t.Path, []byte(text), corpus.Options{Lang: t.Lang, Format: corpus.FormatText})
	if err != nil || len(d.Paragraphs) == 0 || want >= 0 && len(d.Paragraphs) != want {
		return nil
	}
	link := align.Link{Target: seq(len(d.Paragraphs)), Sources: sps, Score: score}
	return &align.Alignment{Target: d, Sources: srcs, Links: []align.Link{link}}
}

// linkTexts returns the text of the source paragraphs of link l, by
// source document, paragraphs apart as in a file.
func linkTexts(a *align.Alignment, l align.Link) map[int]string {
	texts := map[int]string{}
	for _, sp := range l.Sources {
		s := a.Sources[sp.Doc]
		var paras []string
		for _, j := range sp.Paras {
			paras = append(paras, s.ParaText(j))
		}
		texts[sp.Doc] = strings.Join(paras, "\n\n")
	}
	return texts
}

// loadSources loads, in the order of l's sources, the texts of those
// that texts holds, each as a document of its own, and the link's
// source paragraphs in them.
func loadSources(a *align.Alignment, l align.Link, texts map[int]string) ([]*corpus.Document, []align.SourceParas, bool) {
	var srcs []*corpus.Document
	var sps []align.SourceParas
	for _, sp := range l.Sources {
		text, ok := texts[sp.Doc]
		if !ok {
			continue
		}
		s := a.Sources[sp.Doc]
		d, err := corpus.Load(s.Path, []byte(text), corpus.Options{Lang: s.Lang, Format: corpus.FormatText})
		if err != nil {
			return nil, nil, false
		}
		sps = append(sps, align.SourceParas{Doc: len(srcs), Paras: seq(len(d.Paragraphs))})
		srcs = append(srcs, d)
	}
	return srcs, sps, true
}

// window returns the target text of the sentence beads of link l around
// the one that holds fix, windowBeads each side, with the source text of
// those beads by source document. It fails when the fix lies in no bead
// or the beads hold no source sentence.
func window(a *align.Alignment, l align.Link, fix Fix) (span corpus.Span, texts map[int]string, ok bool) {
	beads := align.Sentences(a, l)
	at := fix.Edits[0].Span.Start
	k := slices.IndexFunc(beads, func(b align.SentenceLink) bool {
		return len(b.Target) > 0 && b.Target[0].Start <= at && at <= b.Target[len(b.Target)-1].End
	})
	if k < 0 {
		return span, nil, false
	}
	first, last := max(0, k-windowBeads), min(len(beads), k+windowBeads+1)
	span, srcSpans, ok := align.Extent(beads[first:last])
	if !ok || len(srcSpans) == 0 {
		return span, nil, false
	}
	texts = map[int]string{}
	for doc, sp := range srcSpans {
		texts[doc] = a.Sources[doc].Slice(sp)
	}
	return span, texts, true
}

// seq returns 0, 1, …, n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// EditedSlice returns the text of d under span with the edits of fix
// applied; the edits must lie inside span.
func EditedSlice(d *corpus.Document, span corpus.Span, fix Fix) string {
	var b strings.Builder
	at := span.Start
	for _, e := range fix.Edits {
		b.WriteString(d.Text[at:e.Span.Start])
		b.WriteString(e.New)
		at = e.Span.End
	}
	b.WriteString(d.Text[at:span.End])
	return b.String()
}
