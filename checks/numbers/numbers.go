package numbers

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/numbers/direction"
	"github.com/crossread/crossread/checks/numbers/vague"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/quantity"
	"golang.org/x/text/language"
)

const doc = `compare numbers with the source

For each aligned passage, the numbers of the target are matched by value
with those of the source, allowing for the rounding their precision implies,
scale words ("39,1 Milliarden" = "$39.07 billion") and unit conversions. A
target number that replaces a different source number is a changed value
(critical when off by a factor of 1000, 10000 or a million); a number only
one side has is an addition or an omission; a number left in the source's
format, so that it reads differently in the target language ("24,000" in
German), is a number-format finding. Amounts in another currency, changed
times of day (a p.m. hour on the 24-hour clock as a morning hour), changed
or swapped dates (numeric dates read by each language's CLDR date order,
and matched with dates written with the month's name) and changed digits
in names of the same shape ("F-35" as "F-43") are major findings; versions are not compared;
spelled-out numbers are compared only against another left-over number.`

// Check is the numbers check.
var Check = &checks.Check{Name: "numbers", Severity: checks.Critical, Fixes: true, Doc: doc, Run: run, Prepare: prepare}

// prepare builds the number tables of the languages in play.
func prepare(_ checks.Env, target language.Tag, sources []language.Tag) {
	quantity.Prepare(target)
	for _, s := range sources {
		quantity.Prepare(s)
	}
}

// item is a quantity located in its document.
type item struct {
	q    quantity.Quantity
	doc  int // source index, or -1 for the target
	span corpus.Span
	num  corpus.Span
	text string      // the expression as written
	cur  corpus.Span // where the currency is written in the document
	curT string      // the currency as written: "€", "US-Dollar"; "" when not written with the number
	lang language.Tag
	name bool // a labelled number that the other side also labels: a name, not a value
	// floors are the floors above the ground floor a count beside the
	// word for a building's floor may name (see floorsAbove), or nil.
	floors []float64
}

func (it *item) compared() bool { return it.q.Kind.Compared() && !it.name }

func run(pass *checks.Pass) error {
	a := pass.Alignment
	tgt := a.Target
	tq := extractDoc(tgt, -1)
	sq := make([][][]*item, len(a.Sources))
	for d, src := range a.Sources {
		sq[d] = extractDoc(src, d)
	}
	c := &comparer{tgtLang: tgt.Lang, tgtText: tgt.Text, tgtAll: flatten(tq), tgtDoc: tgt, srcDocs: a.Sources}
	c.report = withoutCalendarFixes(reporter(pass), c.tgtAll)
	for d := range a.Sources {
		c.srcAll = append(c.srcAll, flatten(sq[d])...)
	}
	c.tgtLabels, c.srcLabels = labels(c.tgtAll), labels(c.srcAll)
	for _, link := range a.Aligned() {
		var ts, ss []*item
		for _, p := range link.Target {
			if p >= 0 && p < len(tq) {
				ts = append(ts, tq[p]...)
			}
		}
		for _, sp := range link.Sources {
			if sp.Doc < 0 || sp.Doc >= len(sq) {
				continue
			}
			for _, p := range sp.Paras {
				if p >= 0 && p < len(sq[sp.Doc]) {
					ss = append(ss, sq[sp.Doc][p]...)
				}
			}
		}
		compareWeekdays(a, link, ts, ss, c.report)
		if len(ts) == 0 && len(ss) == 0 {
			continue
		}
		tgtAt := &placer{a: a, link: link}
		var srcAt *checks.Evidence
		if sp := link.Sources[0]; sp.Doc >= 0 && sp.Doc < len(a.Sources) && len(sp.Paras) > 0 &&
			sp.Paras[0] >= 0 && sp.Paras[0] < len(a.Sources[sp.Doc].Paragraphs) {
			srcAt = &checks.Evidence{Doc: sp.Doc, Span: a.Sources[sp.Doc].Paragraphs[sp.Paras[0]].Span}
		}
		if len(ts)*len(ss) <= maxPairs {
			c.compare(ts, ss, tgtAt, srcAt)
			continue
		}
		for _, g := range sentenceGroups(a, link, ts, ss) {
			c.compare(g[0], g[1], tgtAt, srcAt)
		}
	}
	return nil
}

// maxPairs bounds the pairs of numbers one comparison weighs: a link
// with more (a paragraph of thousands of figures) is compared in groups
// of aligned sentences, which keeps the check linear in its length.
const maxPairs = 1 << 16

// groupBeads is how many sentence beads make one group.
const groupBeads = 32

// sentenceGroups splits the items of a link by its aligned sentences, a
// few beads a group: target items ts and source items ss of each group.
// An item goes with the last sentence that starts at or before it.
func sentenceGroups(a *align.Alignment, link align.Link, ts, ss []*item) [][2][]*item {
	beads := align.Sentences(a, link)
	if len(beads) == 0 {
		return [][2][]*item{{ts, ss}}
	}
	var tgt sentenceIndex
	src := map[int]sentenceIndex{}
	for k, b := range beads {
		for _, sp := range b.Target {
			tgt = append(tgt, sentenceStart{sp.Start, k / groupBeads})
		}
		for _, s := range b.Sources {
			for _, sp := range s.Spans {
				src[s.Doc] = append(src[s.Doc], sentenceStart{sp.Start, k / groupBeads})
			}
		}
	}
	// Beads follow the text, so their starts come sorted; should one
	// have crossed another, sort them.
	tgt = tgt.sorted()
	for d, ix := range src {
		src[d] = ix.sorted()
	}
	out := make([][2][]*item, (len(beads)+groupBeads-1)/groupBeads)
	for _, x := range ts {
		g := tgt.group(x.span.Start)
		out[g][0] = append(out[g][0], x)
	}
	for _, x := range ss {
		g := src[x.doc].group(x.span.Start)
		out[g][1] = append(out[g][1], x)
	}
	return out
}

// A sentenceStart is where a sentence of a bead starts and the group of
// its bead.
type sentenceStart struct{ start, group int }

// sentenceIndex holds the sentence starts of one document, in the order
// of the beads.
type sentenceIndex []sentenceStart

// sorted returns ix in the order of its starts.
func (ix sentenceIndex) sorted() sentenceIndex {
	slices.SortStableFunc(ix, func(a, b sentenceStart) int { return a.start - b.start })
	return ix
}

// group returns the group of the last sentence starting at or before
// off, or the first group.
func (ix sentenceIndex) group(off int) int {
	k, found := slices.BinarySearchFunc(ix, off, func(s sentenceStart, off int) int { return s.start - off })
	if !found {
		k--
	}
	if k < 0 {
		return 0
	}
	return ix[k].group
}

// extractDoc returns the quantities of each paragraph of d.
func extractDoc(d *corpus.Document, doc int) [][]*item {
	out := make([][]*item, len(d.Paragraphs))
	qs := quantities(d)
	for i, p := range d.Paragraphs {
		text := d.Text[p.Span.Start:p.Span.End]
		for _, q := range qs[i] {
			if secondOfTime(text, q, d.Lang) {
				continue
			}
			q = yearSpan(text, q, d.Lang)
			it := &item{
				q:    q,
				doc:  doc,
				span: corpus.Span{Start: p.Span.Start + q.Span.Start, End: p.Span.Start + q.Span.End},
				num:  corpus.Span{Start: p.Span.Start + q.Num.Start, End: p.Span.Start + q.Num.End},
				text: text[q.Span.Start:q.Span.End],
				lang: d.Lang,
			}
			if q.Cur.End > q.Cur.Start {
				it.cur = corpus.Span{Start: p.Span.Start + q.Cur.Start, End: p.Span.Start + q.Cur.End}
				it.curT = text[q.Cur.Start:q.Cur.End]
			}
			it.floors = floorsAbove(d.Text, it)
			out[i] = append(out[i], it)
		}
	}
	return out
}

// quantitiesKey keys the quantities of a document in its memo.
type quantitiesKey struct{}

// quantities returns the quantities of each paragraph of d, read once per
// document.
func quantities(d *corpus.Document) [][]quantity.Quantity {
	return d.Memo(quantitiesKey{}, func() any {
		out := make([][]quantity.Quantity, len(d.Paragraphs))
		for i, p := range d.Paragraphs {
			out[i] = quantity.Extract(d.Text[p.Span.Start:p.Span.End], d.Lang)
		}
		return out
	}).([][]quantity.Quantity)
}

func flatten(xs [][]*item) []*item {
	var out []*item
	for _, x := range xs {
		out = append(out, x...)
	}
	return out
}

// comparer holds what one run knows about both documents.
type comparer struct {
	tgtLang   language.Tag
	tgtText   string               // the target document's text
	tgtAll    []*item              // every quantity of the target
	srcAll    []*item              // every quantity of every source
	tgtLabels map[string]bool      // the words written before a number in the target
	vagueUsed map[corpus.Span]bool // target sentences whose vague word a source number took
	srcDocs   []*corpus.Document
	tgtDoc    *corpus.Document
	srcLabels map[string]bool // the same in the sources
	report    func(checks.Finding)
	docItems  map[int][]*item              // the quantities of each document (-1: the target) in text order, made on first use
	dirWords  map[stretch][]direction.Word // the direction words of a clause or sentence, read on first use
	tgtIndex  *valueIndex                  // tgtAll by value, made on first use
	srcIndex  *valueIndex                  // srcAll by value, made on first use
}

// indexOf returns *idx, made from all on first use.
func (c *comparer) indexOf(idx **valueIndex, all []*item) *valueIndex {
	if *idx == nil {
		*idx = newValueIndex(all)
	}
	return *idx
}

// itemsOf returns the quantities of document doc (-1: the target), in
// the order of its text.
func (c *comparer) itemsOf(doc int) []*item {
	if c.docItems == nil {
		c.docItems = map[int][]*item{}
		for _, x := range append(c.tgtAll[:len(c.tgtAll):len(c.tgtAll)], c.srcAll...) {
			c.docItems[x.doc] = append(c.docItems[x.doc], x)
		}
		for _, xs := range c.docItems {
			slices.SortStableFunc(xs, func(a, b *item) int { return a.span.Start - b.span.Start })
		}
	}
	return c.docItems[doc]
}

// itemsIn returns the quantities of document doc that start inside s.
func (c *comparer) itemsIn(doc int, s corpus.Span) []*item {
	xs := c.itemsOf(doc)
	lo := sort.Search(len(xs), func(k int) bool { return xs[k].span.Start >= s.Start })
	hi := sort.Search(len(xs), func(k int) bool { return xs[k].span.Start >= s.End })
	return xs[lo:max(lo, hi)]
}

// class groups kinds whose values may replace each other: a year, a count
// and an amount of money are all plain numbers to a reader.
func class(k quantity.Kind) int {
	switch k {
	case quantity.Percent:
		return 1
	case quantity.Month:
		return 2
	case quantity.Quarter:
		return 3
	}
	return 0
}

func near(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol+1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func equal(a, b float64) bool { return near(a, b, 0) }

// rounded reports whether t and s are the same value within the rounding
// of the less precise of the two. A target that shows more significant
// digits than its source cannot have rounded it: "135,000" for "14万"
// (140,000) is a changed value, though it rounds to the source.
func rounded(t, s *item) bool {
	tol := math.Max(t.q.Step(), s.q.Step()) / 2
	if ts := sigStep(t); ts < s.q.Step() && t.doc < 0 {
		tol = ts / 2
	}
	return near(t.q.Value, s.q.Value, tol)
}

// sigStep is the Step of x counting the trailing zeros of a whole number
// as not significant: 1000 for "135,000", 1 for "135".
func sigStep(x *item) float64 {
	st := x.q.Step()
	if x.q.Decimals > 0 || st <= 0 {
		return st
	}
	v := math.Abs(x.q.Value)
	for v >= st*10 && math.Abs(math.Mod(v, st*10)) < 1e-9*v {
		st *= 10
	}
	return st
}

// side is one side of a link: its values and its names, and what each
// value was matched to.
type side struct {
	values  []*item
	partner []*item // the other side's value matched to values[k]; nil while unmatched
	settled []bool  // values[k] needs no finding: matched, or accounted for by a name
	names   []*item // identifiers and labelled numbers
	used    []bool  // names[k] already accounts for something
	times   []*item // times of day
	dates   []*item // numeric dates
}

func newSide(xs []*item) *side {
	s := &side{}
	for _, x := range xs {
		switch {
		case x.compared():
			s.values = append(s.values, x)
		case x.name || x.q.Kind == quantity.Identifier:
			s.names = append(s.names, x)
		case x.q.Kind == quantity.Time:
			s.times = append(s.times, x)
		case x.q.Kind == quantity.Date:
			s.dates = append(s.dates, x)
		}
	}
	s.partner = make([]*item, len(s.values))
	s.settled = make([]bool, len(s.values))
	s.used = make([]bool, len(s.names))
	return s
}

// waiting reports whether some unsettled value of s is in unit.
func (s *side) waiting(unit string) bool {
	for k, x := range s.values {
		if !s.settled[k] && x.q.Unit == unit {
			return true
		}
	}
	return false
}

// absorb settles values[k] if an unused name has its number.
func (s *side) absorb(x *item) bool {
	for k, n := range s.names {
		if !s.used[k] && equal(n.q.Value, x.q.Value) {
			s.used[k] = true
			return true
		}
	}
	return false
}

// compare matches the quantities of one link and reports what is left.
// tgtAt places an omission in the target.
func (c *comparer) compare(ts, ss []*item, tgtAt *placer, srcAt *checks.Evidence) {
	markNames(ts, c.srcLabels)
	markNames(ss, c.tgtLabels)
	p := &pairing{c: c, t: newSide(ts), s: newSide(ss)}
	p.pairSame()
	p.pairNames()
	c.compareNames(p.t, p.s)
	c.compareTimes(p.t, p.s)
	c.compareDates(p.t, p.s)
	p.pairConverted()
	// A century said by its number against a year within it: "in den
	// 50ern des 19. Jahrhunderts" is "in the 1850s".
	inCentury(p.t, p.s)
	inCentury(p.s, p.t)
	p.settleCopied(ss)
	p.pairChanged()
	p.pairRepeated()
	p.pairDroppedBounds()
	c.checkDirections(p.t)
	p.reportUnpaired(tgtAt, srcAt)
}

// pairing pairs the values of a target side t with those of a source
// side s, in passes from the surest pairs to the least sure, and reports
// what the pairs and the values left over say.
type pairing struct {
	c    *comparer
	t, s *side
}

// link pairs target value i with source value j.
func (p *pairing) link(i, j int) {
	p.t.partner[i], p.s.partner[j] = p.s.values[j], p.t.values[i]
	p.t.settled[i], p.s.settled[j] = true, true
}

// pass pairs each unsettled target value with the first unsettled source
// value ok accepts, and checks the pair's format, points and currency.
func (p *pairing) pass(ok func(a, b *item) bool) {
	t, s, c := p.t, p.s, p.c
	for i, a := range t.values {
		for j, b := range s.values {
			if !t.settled[i] && !s.settled[j] && ok(a, b) && !otherFloor(a, b) {
				p.link(i, j)
				c.checkFormat(a, b)
				c.checkPoints(a, b)
				c.checkCurrency(a, b)
			}
		}
	}
}

// bothDigits reports whether neither value is spelled out in words.
func bothDigits(a, b *item) bool { return !a.q.Spelled && !b.q.Spelled }

// sameClass reports whether the values are of one class of kinds.
func sameClass(a, b *item) bool { return class(a.q.Kind) == class(b.q.Kind) }

// sameMeasure reports whether the values' units may be compared as they
// are: a value in miles is not the same value in kilometres, so units of
// one dimension must agree ("500 km" for "500 miles" is unconverted).
func sameMeasure(a, b *item) bool { return unitsAgree(a, b) || !sameDimension(a, b) }

// pairSame pairs the values that are the same, in the order of
// confidence: the same digits, the same value, the same value within
// rounding, and the equivalences of other writings.
func (p *pairing) pairSame() {
	p.pass(func(a, b *item) bool {
		return bothDigits(a, b) && a.q.Text == b.q.Text && sameClass(a, b) && sameMeasure(a, b) &&
			(equal(a.q.Value, b.q.Value) || altEqual(a, b) || altEqual(b, a))
	})
	p.pass(func(a, b *item) bool { return a.q.Kind == b.q.Kind && sameMeasure(a, b) && equal(a.q.Value, b.q.Value) })
	p.pass(func(a, b *item) bool { return sameClass(a, b) && sameMeasure(a, b) && equal(a.q.Value, b.q.Value) })
	p.pass(func(a, b *item) bool {
		return bothDigits(a, b) && a.q.Kind == b.q.Kind && sameMeasure(a, b) && rounded(a, b)
	})
	p.pass(func(a, b *item) bool {
		return bothDigits(a, b) && sameClass(a, b) && sameMeasure(a, b) && rounded(a, b)
	})
	p.pass(func(a, b *item) bool { return sameMeasure(a, b) && equal(a.q.Value, b.q.Value) })
	// A floor counted from 0 against one counted from 1 ("v 1. patře",
	// "на 2-у поверсі").
	p.pass(sameFloor)
	// A year against a two-digit number with the century implied:
	// "1970s" for "années 70", "'85" for "1985".
	p.pass(func(a, b *item) bool { return centuryImplied(a, b) || centuryImplied(b, a) })
	// A fraction against a percentage: "3/4 der Befragten" for "75% of
	// respondents", "half" for "50 %".
	p.pass(func(a, b *item) bool { return fractionPercent(a, b) || fractionPercent(b, a) })
	// A list written without spaces reads as one grouped number.
	listed(p.s, p.t)
	listed(p.t, p.s)
}

// pairNames pairs names by their text; a name left over accounts for a
// value on the other side that equals its number ("Lama 4" for "Llama
// 4").
func (p *pairing) pairNames() {
	t, s := p.t, p.s
	for i, a := range t.names {
		for j, b := range s.names {
			if !t.used[i] && !s.used[j] && a.q.Label == b.q.Label && a.q.Text == b.q.Text {
				t.used[i], s.used[j] = true, true
			}
		}
	}
	for i, a := range t.values {
		if !t.settled[i] && s.absorb(a) {
			t.settled[i] = true
		}
	}
	for j, b := range s.values {
		if !s.settled[j] && t.absorb(b) {
			s.settled[j] = true
		}
	}
}

// pairConverted pairs the measurements converted between units, and
// reports those given in another unit without conversion.
func (p *pairing) pairConverted() {
	t, s := p.t, p.s
	// A unit conversion: "15-foot" against "fünf Meter". Translators round
	// converted values freely, so a quarter either way is accepted, but
	// only where no value in the same unit waits on the other side.
	for i, a := range t.values {
		if t.settled[i] || a.q.Unit == "" || s.waiting(a.q.Unit) {
			continue
		}
		for j, b := range s.values {
			if !t.settled[i] && !s.settled[j] && b.q.Unit != "" && a.q.Unit != b.q.Unit && !t.waiting(b.q.Unit) && converted(a, b) {
				p.link(i, j)
			}
		}
	}
	// The same measurement in two units of one dimension that is not a
	// conversion: the number was copied without converting ("500 miles"
	// as "500 km") or converted wrongly ("100 km" as "70 miles").
	for i, a := range t.values {
		for j, b := range s.values {
			if t.settled[i] || s.settled[j] || a.q.Unit == "" || b.q.Unit == "" || a.q.Unit == b.q.Unit ||
				a.q.Unit == "°" || b.q.Unit == "°" || s.waiting(a.q.Unit) || t.waiting(b.q.Unit) {
				continue
			}
			if _, ok := quantity.Convert(1, b.q.Unit, a.q.Unit); !ok {
				continue
			}
			if equal(a.q.Value, b.q.Value) || distance(a.q.Value, b.q.Value) < 1 {
				p.link(i, j)
				p.c.unconverted(a, b)
			}
		}
	}
}

// settleCopied settles each target number written as the source writes
// it, separators and all: it was copied. "10.02." (a German date) kept in
// English reads as a decimal there, but it is the same text, not a
// number from elsewhere.
func (p *pairing) settleCopied(ss []*item) {
	for i, a := range p.t.values {
		if !p.t.settled[i] && copiedFrom(a, ss) {
			p.t.settled[i] = true
		}
	}
}

// pairChanged pairs the values left over as changed values, closest
// first.
func (p *pairing) pairChanged() {
	t, s := p.t, p.s
	type cand struct {
		i, j int
		cost float64
	}
	var cands []cand
	for i, a := range t.values {
		for j, b := range s.values {
			if t.settled[i] || s.settled[j] {
				continue
			}
			if cost, ok := changeCost(a, b, i, j, len(t.values), len(s.values)); ok {
				cands = append(cands, cand{i, j, cost})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].cost < cands[b].cost })
	for _, cd := range cands {
		if !t.settled[cd.i] && !s.settled[cd.j] {
			p.link(cd.i, cd.j)
			p.c.changed(t.values[cd.i], s.values[cd.j])
		}
	}
}

// changeCost returns how unlikely target value a (i of nt) is to be
// source value b (j of ns) changed, or false when it cannot be.
func changeCost(a, b *item, i, j, nt, ns int) (float64, bool) {
	// A fraction pairs with a fraction, however written: 3分の1 with "a
	// third", a spelled value below one.
	if !sameClass(a, b) || !unitsAgree(a, b) || fraction(a) != fraction(b) {
		return 0, false
	}
	// A number word is only a credible partner for a value of its own
	// order of magnitude; years are not spelled out, but for one in
	// Roman numerals ("anno MMXXIV"). A number word is no rendering of a
	// decimal either: "two" (months) is not 3.6 (billion) changed.
	if (a.q.Spelled || b.q.Spelled) && (distance(a.q.Value, b.q.Value) >= 1 ||
		(a.q.Kind == quantity.Year) != (b.q.Kind == quantity.Year) || a.q.Decimals > 0 || b.q.Decimals > 0) {
		return 0, false
	}
	cost := distance(a.q.Value, b.q.Value)
	if k := tenPower(a.q.Value, b.q.Value); k != 0 && !a.q.Spelled && !b.q.Spelled && amountKinds(a, b) {
		// The same digits off by a power of ten: a scale word lost or
		// misread ("3.2" where the source has "$3.2 billion"), however
		// far apart; the currency may have gone with it.
		cost = 0.5 + 0.01*math.Abs(float64(k))
	} else if a.q.Kind != b.q.Kind {
		cost += 10
	}
	if a.q.Spelled || b.q.Spelled {
		cost += 5
	}
	if a.q.Range != 0 && b.q.Range != 0 && a.q.Range != b.q.Range {
		cost++ // blame the bound in the same place: 170 for 375 in "170–180 kg" for "375–400 pounds"
	}
	cost += 0.001 * math.Abs(float64(i)/float64(nt)-float64(j)/float64(ns))
	return cost, true
}

// pairRepeated reports a target number close to a source number that
// another target number matched: the translation repeated a figure,
// changed ("22.000" and "24.000" where the source says "24,000 each").
// Small numbers are left out: they repeat for too many reasons; so are
// years, which translators add beside the source's ("in 2022 than in
// 2021" for "year on year in 2022").
func (p *pairing) pairRepeated() {
	t, s, c := p.t, p.s, p.c
	for i, a := range t.values {
		if t.settled[i] || a.q.Spelled {
			continue
		}
		for j, b := range s.values {
			// A measurement in another unit is no copy: "180 km/h (112
			// mph)" converts for the target's readers.
			if t.settled[i] || s.partner[j] == nil || b.q.Spelled || b.q.Kind != a.q.Kind || a.q.Kind == quantity.Year ||
				equal(a.q.Value, b.q.Value) || math.Abs(b.q.Value) < 100 || !nearCopy(a.q.Value, b.q.Value) ||
				!unitsAgree(a, b) || c.bracketedConversion(a, c.tgtText) {
				continue
			}
			t.settled[i] = true
			c.changed(a, b)
		}
	}
}

// pairDroppedBounds reports a source range whose other bound was matched
// but this one has no partner: the translation dropped a bound ("3–5 %"
// as "5 %").
func (p *pairing) pairDroppedBounds() {
	s := p.s
	for j, b := range s.values {
		if s.settled[j] || b.q.Range == 0 || b.q.Spelled || !reportAlone(b) {
			continue
		}
		// Only a partner written in digits: "the first three" for "1～3"
		// paraphrases the range.
		if o := rangePartner(s.values, j); o >= 0 && s.partner[o] != nil && s.partner[o].q.Range == 0 && !s.partner[o].q.Spelled {
			s.settled[j] = true
			p.c.droppedBound(b, s.values[o], s.partner[o])
		}
	}
}

// reportUnpaired reports the numbers only one side has.
func (p *pairing) reportUnpaired(tgtAt *placer, srcAt *checks.Evidence) {
	t, s, c := p.t, p.s, p.c
	for i, a := range t.values {
		if !t.settled[i] && reportAlone(a) {
			c.extra(a, srcAt)
		}
	}
	for j, b := range s.values {
		switch {
		case s.settled[j]:
		case vagueCandidate(b) && c.vagueFor(b, tgtAt.at(b)):
		case reportAlone(b):
			c.missing(b, tgtAt.at(b))
		}
	}
}

// sentenceOf returns the source sentence that holds s.
func (c *comparer) sentenceOf(s *item) string {
	d := c.srcDocs[s.doc]
	return d.Slice(d.SentenceAround(s.span))
}

// changes reports whether x is a value that words of change move: a
// percentage, an amount of money, a quantity with a unit or scale word,
// not a bare number that may be an address or a day ("40 Wall Street").
func changes(x *item) bool {
	switch x.q.Kind {
	case quantity.Percent, quantity.Money:
		return true
	case quantity.Count:
		return x.q.Unit != "" || x.q.Scale > 1
	}
	return false
}

// checkDirections reports a matched number whose target clause goes the
// other way than its source clause: "fell 17 %" as "increased by 17 %".
// A clause that names both directions, or none, says nothing.
func (c *comparer) checkDirections(t *side) {
	seen := map[corpus.Span]bool{}
	for i, a := range t.values {
		b := t.partner[i]
		if b == nil || a.q.Spelled || !changes(a) {
			continue
		}
		td := c.directionOf(c.tgtDoc, a)
		if td.span == (corpus.Span{}) || seen[td.span] {
			continue
		}
		seen[td.span] = true
		sd := c.directionOf(c.srcDocs[b.doc], b)
		if td.dir == direction.None || sd.dir == direction.None || td.dir == sd.dir {
			continue
		}
		c.report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     a.span,
			Source:   c.evidence(b),
			Message:  fmt.Sprintf("direction of change reversed: source %s goes %s, target %s goes %s", b.text, sd.dir, a.text, td.dir),
		})
	}
}

// directionWords returns the direction words of the stretch sp of d, read
// once per stretch: every number of a sentence asks for them.
func (c *comparer) directionWords(d *corpus.Document, sp corpus.Span, lang language.Tag) []direction.Word {
	k := stretch{d, sp}
	if ws, ok := c.dirWords[k]; ok {
		return ws
	}
	if c.dirWords == nil {
		c.dirWords = map[stretch][]direction.Word{}
	}
	ws := direction.Words(d.Slice(sp), lang)
	c.dirWords[k] = ws
	return ws
}

// stretch is a span of one document's text.
type stretch struct {
	d  *corpus.Document
	sp corpus.Span
}

// change is the direction words give a number, and the stretch of text
// they were read from.
type change struct {
	dir  direction.Direction
	span corpus.Span
}

// directionOf returns the direction the words around x, a quantity of
// document d, give it. Each word of change in x's
// clause moves the value of the clause nearest to it: a sentence may move
// two numbers two ways ("the euro fell 0.4 %, and the DAX closed 0.6 %
// higher"), and a value beside another that moves may itself stand still
// ("prices rose 1.7 % and stayed below the target of 2 %"). When the
// clause has no word of change, the sentence's words count if no other
// value that changes shares the sentence ("sales rose in May, by 17 %").
func (c *comparer) directionOf(d *corpus.Document, x *item) change {
	sentence := d.SentenceAround(x.span)
	clause := clauseAround(d.Text, sentence, x.span)
	var values []*item // the values that change in the sentence
	for _, y := range c.itemsIn(x.doc, sentence) {
		if changes(y) && y.span.End <= sentence.End {
			values = append(values, y)
		}
	}
	words := c.directionWords(d, clause, x.lang)
	if len(words) == 0 && clause != sentence {
		if len(values) > 1 {
			return change{direction.None, clause}
		}
		return change{direction.Summed(c.directionWords(d, sentence, x.lang)), sentence}
	}
	dir := direction.None
	for _, w := range words {
		at := corpus.Span{Start: clause.Start + w.Span.Start, End: clause.Start + w.Span.End}
		if nearestValue(values, clause, at) != x {
			continue
		}
		if dir != direction.None && dir != w.Dir {
			return change{direction.None, clause} // both ways
		}
		dir = w.Dir
	}
	return change{dir, clause}
}

// nearestValue returns the value of values inside clause nearest to the
// word at w, the earlier one on a tie.
func nearestValue(values []*item, clause, w corpus.Span) *item {
	var best *item
	bestGap := 0
	for _, y := range values {
		if y.span.Start < clause.Start || y.span.End > clause.End {
			continue
		}
		gap := max(y.span.Start-w.End, w.Start-y.span.End, 0)
		if best == nil || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

// clauseBreaks end a clause: a comma, semicolon or dash between words (a
// decimal comma has no space after it), and their CJK and Arabic forms.
var clauseBreaks = []string{", ", "; ", " – ", " — ", "，", "；", "、", "، "}

// clauseAround returns the clause of sentence s in text that holds x.
func clauseAround(text string, s, x corpus.Span) corpus.Span {
	out := s
	for _, br := range clauseBreaks {
		if i := strings.LastIndex(text[out.Start:x.Start], br); i >= 0 {
			out.Start += i + len(br)
		}
		if i := strings.Index(text[x.End:out.End], br); i >= 0 {
			out.End = x.End + i
		}
	}
	return out
}

// vagueCandidate reports whether x, a source count of two or more written
// in digits, may have been rendered by a vague word ("30 years" as
// "several decades"). A spelled number is no candidate: the target may
// spell it inside a word of its own ("десятимісячне"), and the words of
// Chinese numerals are words of phrases as well (两人, 二手); an ordinal
// in words ("the third ones") or a Slavic case of it is read as a count,
// and a professional translation says "several" for "times three".
func vagueCandidate(x *item) bool {
	v := x.q.Value
	return x.q.Kind == quantity.Count && !x.q.Spelled && !x.q.Fraction && !x.q.Ordinal && x.q.Times == 0 && x.q.Range == 0 && x.q.Unit == "" &&
		x.q.Currency == "" && x.q.Label == "" && v >= 2 && v == math.Trunc(v)
}

// vagueFor reports, as a major omission, a source count whose place in
// the target sentence at holds a vague quantity word instead, and whether
// it did.
// vagueReach is the longest target passage searched for a vague word:
// a sentence or a few; a whole long paragraph is no evidence of where
// the number went.
const vagueReach = 2 << 10

func (c *comparer) vagueFor(s *item, at corpus.Span) bool {
	if at.Len() == 0 || at.Len() > vagueReach || c.vagueUsed[at] || len(vague.FindAny(c.sentenceOf(s), s.lang)) > 0 {
		return false // the source is vague too ("hundreds of times a second")
	}
	words := vague.Find(c.tgtText[at.Start:at.End], c.tgtLang)
	if len(words) != 1 {
		return false // none, or several to choose from
	}
	w := corpus.Span{Start: at.Start + words[0].Start, End: at.Start + words[0].End}
	if c.vagueUsed == nil {
		c.vagueUsed = map[corpus.Span]bool{}
	}
	c.vagueUsed[at] = true
	c.report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Omission,
		Span:     w,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("number replaced by a vague word: source %s, target %q", s.text, c.tgtText[w.Start:w.End]),
		// No fix: the number in the vague word's place may need another
		// noun ("30 years" as "mehrere Jahrzehnte") or a counter (几个).
	})
	return true
}

// rangePartner returns the index of the other bound of the range values[j]
// belongs to, or -1.
func rangePartner(values []*item, j int) int {
	switch values[j].q.Range {
	case 1:
		if j+1 < len(values) && values[j+1].q.Range == 2 {
			return j + 1
		}
	case 2:
		if j > 0 && values[j-1].q.Range == 1 {
			return j - 1
		}
	}
	return -1
}

func labels(xs []*item) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		if x.q.Label != "" {
			m[x.q.Label] = true
		}
	}
	return m
}

// markNames marks the labelled numbers of xs whose label the other document
// also writes before a number: "Llama 3" against "Llama 4" names two
// models, it does not count anything. A label only one side uses ("im Jahr
// 2025", "Kapitel 3") keeps the number a value.
func markNames(xs []*item, other map[string]bool) {
	for _, x := range xs {
		x.name = x.q.Label != "" && other[x.q.Label] && (x.q.Kind == quantity.Count || x.q.Kind == quantity.Year)
	}
}

// altEqual reports whether t, read with the other separator convention,
// has the value of s.
func altEqual(t, s *item) bool {
	return t.q.Alt != nil && !equal(t.q.Value, s.q.Value) && equal(t.q.Alt.Value, s.q.Value)
}

// listed settles each left-over number of x written in three or more
// comma groups whose groups are all left-over numbers of y, with the
// numbers of y: "249,289,299" for "249, 289, and 299" is a list written
// without spaces, not one number.
func listed(x, y *side) {
	for i, a := range x.values {
		groups := strings.Split(a.q.Text, ",")
		if x.settled[i] || len(groups) < 3 {
			continue
		}
		var took []int
		for _, g := range groups {
			v, err := strconv.ParseFloat(g, 64)
			k := -1
			for j, b := range y.values {
				if err == nil && !y.settled[j] && !slices.Contains(took, j) && b.q.Kind == quantity.Count && equal(b.q.Value, v) {
					k = j
					break
				}
			}
			if k < 0 {
				took = nil
				break
			}
			took = append(took, k)
		}
		if took == nil {
			continue
		}
		x.settled[i] = true
		for _, j := range took {
			y.settled[j] = true
		}
	}
}

// fraction reports whether x is a fraction, in digits or in words
// ("half"): only another fraction written the same way is a credible
// changed value for it, as "cut in half" for 减半 is no changed 四.
func fraction(x *item) bool {
	return x.q.Fraction || x.q.Spelled && x.q.Value > 0 && x.q.Value < 1
}

// fractionPercent reports whether f, a fraction or a spelled-out one
// ("half"), is the percentage p within p's rounding: 1/3 is 33 %.
func fractionPercent(f, p *item) bool {
	if p.q.Kind != quantity.Percent || p.q.Points || f.q.Kind != quantity.Count || f.q.Unit != "" ||
		!(f.q.Fraction || f.q.Spelled && f.q.Value > 0 && f.q.Value < 1) {
		return false
	}
	return near(f.q.Value*100, p.q.Value, math.Max(p.q.Step()/2, 0.5))
}

func centuryImplied(y, x *item) bool {
	return y.q.Kind == quantity.Year && x.q.Kind == quantity.Count && x.q.Decimals == 0 &&
		x.q.Value >= 0 && x.q.Value < 100 && equal(math.Mod(y.q.Value, 100), x.q.Value)
}

// reportAlone reports whether a number without a partner is worth a
// finding: not a spelled-out number or a fraction (too uncertain: the
// other side may say "three quarters"), not a month (often
// an adjective or a date paraphrased), not a bare 1 (often an article:
// "１人" is "a colleague").
func reportAlone(x *item) bool {
	switch {
	case x.q.Spelled, x.q.Fraction, x.q.Restated, x.q.Kind == quantity.Month, x.q.Kind == quantity.Quarter:
		return false
	case x.q.Kind == quantity.Count && x.q.Scale == 1 && x.q.Unit == "" && equal(x.q.Value, 1):
		return false
	}
	return true
}

// converted reports whether t is s converted to t's unit
// (quantity.Converted).
func converted(t, s *item) bool { return quantity.Converted(t.q, s.q) }

// unitsAgree reports whether t and s may be the same measurement in the
// same unit: a value in feet against one in metres is a conversion, and
// how far a translator rounded it is not a changed number.
func unitsAgree(t, s *item) bool {
	a, b := t.q.Unit, s.q.Unit
	return a == "" || b == "" || a == b || a == "°" || b == "°"
}

// sameDimension reports whether t and s are in different units that
// measure the same thing (miles and kilometres).
func sameDimension(t, s *item) bool {
	if t.q.Unit == "" || s.q.Unit == "" || t.q.Unit == "°" || s.q.Unit == "°" {
		return false
	}
	_, ok := quantity.Convert(1, s.q.Unit, t.q.Unit)
	return ok
}

// distance is how far apart two values are, on a log scale.
func distance(a, b float64) float64 {
	a, b = math.Abs(a), math.Abs(b)
	if a == 0 || b == 0 {
		return math.Abs(a-b) + 1
	}
	return math.Abs(math.Log10(a / b))
}

// tenPower returns k when a is b times 10^k, k from -12 to 12 but 0, or 0.
func tenPower(a, b float64) int {
	if a == 0 || b == 0 {
		return 0
	}
	l := math.Log10(math.Abs(a / b))
	k := math.Round(l)
	if k == 0 || math.Abs(k) > 12 || math.Abs(l-k) > 0.0005 {
		return 0
	}
	return int(k)
}

// amountKinds reports whether a and b are counts, amounts of money or
// percentages, which a lost word (a scale, a currency) turns into one
// another.
func amountKinds(a, b *item) bool {
	ok := func(k quantity.Kind) bool { return k == quantity.Count || k == quantity.Money || k == quantity.Percent }
	return ok(a.q.Kind) && ok(b.q.Kind)
}

// nearCopy reports whether t looks like a changed copy of s: the same number
// of integer digits and less than 50 % apart.
func nearCopy(t, s float64) bool {
	if s == 0 || intDigits(t) != intDigits(s) {
		return false
	}
	return math.Abs(t-s)/math.Abs(s) < 0.5
}

func intDigits(v float64) int {
	v = math.Abs(v)
	if v < 1 {
		return 1
	}
	return int(math.Floor(math.Log10(v))) + 1
}

// magnitude returns the power of ten (3, 4 or 6) by which t and s differ,
// or 0.
func magnitude(t, s float64) int {
	if t == 0 || s == 0 {
		return 0
	}
	r := math.Abs(t / s)
	for _, k := range []int{3, 4, 6} {
		f := math.Pow10(k)
		if math.Abs(r/f-1) < 0.05 || math.Abs(r*f-1) < 0.05 {
			return k
		}
	}
	return 0
}

func (c *comparer) evidence(s *item) *checks.Evidence {
	return &checks.Evidence{Doc: s.doc, Span: s.span}
}

// checkFormat reports a matched target number written in a separator
// convention that is not the target language's.
//
// The same digits on both sides are no finding when the two languages
// share the decimal separator, or when they follow a name ("Tab A 10.1"):
// the target then reads them as the source's reader does, or they are a
// version.
// sameNameBefore reports whether target number t and source number s
// both follow the same capitalised word, a model's name that keeps its
// number as written ("Tab A 10.1"): a label of one letter, which
// quantity does not read as one.
func (c *comparer) sameNameBefore(t, s *item) bool {
	if s.doc < 0 || s.doc >= len(c.srcDocs) {
		return false
	}
	w := wordBefore(c.tgtText, t.span.Start)
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && w == wordBefore(c.srcDocs[s.doc].Text, s.span.Start)
}

// wordBefore returns the word that ends, a space after it, right before
// byte i of text, or "".
func wordBefore(text string, i int) string {
	before := strings.TrimSuffix(text[:i], " ")
	if len(before) == i {
		return ""
	}
	k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return before[k+1:]
}

func (c *comparer) checkFormat(t, s *item) {
	if t.q.Text == s.q.Text && (sameDecimal(t.lang, s.lang) || t.q.Label != "" || s.q.Label != "" || c.sameNameBefore(t, s)) {
		return
	}
	var v float64
	var dec int
	switch {
	case altEqual(t, s):
		v, dec = t.q.Alt.Value, t.q.Alt.Decimals
	case t.q.Foreign:
		v, dec = t.q.Value, t.q.Decimals
	default:
		return
	}
	scale := t.q.Scale
	if scale == 0 {
		scale = 1
	}
	fixed := quantity.Format(v/scale, dec, c.tgtLang)
	msg := fmt.Sprintf("number in a foreign format: target %s reads as %s in %s, source %s",
		t.text, c.plain(t.q.Value/scale), c.tgtLang, s.text)
	if t.q.Foreign {
		msg = fmt.Sprintf("number in a foreign format: target %s is written with the separators of another language, source %s", t.text, s.text)
	}
	c.report(checks.Finding{
		Severity: checks.Minor,
		Category: checks.NumberFormat,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  msg,
		Fixes:    []checks.Fix{{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.num, New: fixed}}}},
	})
}

// sameDecimal reports whether languages a and b write the same decimal
// separator.
func sameDecimal(a, b language.Tag) bool {
	da, _ := quantity.Convention(a)
	db, _ := quantity.Convention(b)
	return da == db
}

// plain writes v in the target language with no more decimals than it has.
func (c *comparer) plain(v float64) string { return quantity.Format(v, decimalsOf(v), c.tgtLang) }

// decimalsOf returns how many decimals v needs.
func decimalsOf(v float64) int {
	if _, frac, ok := strings.Cut(strconv.FormatFloat(v, 'f', -1, 64), "."); ok {
		return len(frac)
	}
	return 0
}

// shown is how a message quotes it: as written, and with its value when
// it is written in words, whose value may come from beyond them ("due
// decenni" is 20 years, "two" alone 2).
func (c *comparer) shown(it *item) string {
	if !it.q.Spelled || strings.ContainsFunc(it.text, unicode.IsDigit) {
		return it.text
	}
	v := quantity.Format(it.q.Value, min(decimalsOf(it.q.Value), 3), it.lang) // a third is 0.333
	if it.q.Kind == quantity.Year {
		v = strconv.FormatFloat(it.q.Value, 'f', -1, 64) // 2024, not 2,024
	}
	return fmt.Sprintf("%s (%s)", it.text, v)
}

// changed reports t as a changed value of s.
func (c *comparer) changed(t, s *item) {
	f := checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("changed number: target %s, source %s", c.shown(t), c.shown(s)),
	}
	if k := magnitude(t.q.Value, s.q.Value); k > 0 && t.q.Kind != quantity.Month && !t.q.Spelled && !s.q.Spelled {
		f.Severity = checks.Critical
		f.Message = fmt.Sprintf("number off by a factor of 10^%d: target %s, source %s", k, t.text, s.text)
	}
	if t.q.Kind == quantity.Month && s.q.Kind == quantity.Month {
		f.Message = fmt.Sprintf("changed month: target %s, source %s", t.text, s.text)
	}
	if ft, fs := t.floors, s.floors; len(ft) > 0 && len(fs) > 0 {
		// The floor's number is its language's: no fix from the source's
		// count ("7. patro" is the 8th поверх), and none where English
		// may count either way.
		f.Message = fmt.Sprintf("changed floor: target %s, source %s, %s", t.text, s.text, floorCounts(ft, fs))
		c.report(f)
		return
	}
	if tm, sm := monthBeside(t, c.itemsOf(t.doc)), monthBeside(s, c.itemsOf(s.doc)); tm != nil && sm != nil && tm.q.Value == sm.q.Value {
		f.Message = fmt.Sprintf("changed date: target day %s of %s, source day %s of %s", t.text, tm.text, s.text, sm.text)
	}
	if vagueTimes(t, s) {
		f.Severity = checks.Minor
		f.Message = fmt.Sprintf("multiplier read two ways: target %s, source %s (\"n times more\" and 倍 are read as n or n+1 times as much; check which is meant)", t.text, s.text)
		c.report(f)
		return
	}
	if t.q.Kind == quantity.Quarter && s.q.Kind == quantity.Quarter {
		f.Message = fmt.Sprintf("changed quarter: target %s, source %s", t.text, s.text)
		if name := quantity.QuarterLike(int(s.q.Value), t.text, c.tgtLang); name != "" {
			f.Fixes = []checks.Fix{{Message: "Use " + name, Edits: []checks.Edit{{Span: t.span, New: name}}}}
		}
	} else if fix, ok := c.rescale(t, s); ok {
		f.Fixes = []checks.Fix{fix}
	} else if fix, ok := c.rewrite(t, s); ok && !agreementBreaks(t, c.tgtText, fix, c.tgtLang) {
		fix = quantity.DigitsLike(fix, c.tgtText[t.num.Start:t.num.End])
		at := t.num
		if suffix, n, ok := c.englishOrdinalAfter(t, fix); ok {
			// "19th" becomes "21st", not "21th".
			at.End += n
			fix += suffix
		}
		f.Fixes = []checks.Fix{{Message: "Use " + fix, Edits: []checks.Edit{{Span: at, New: fix}}}}
	}
	c.report(f)
}

// englishOrdinalAfter returns, when the English target number t is an
// ordinal written with a suffix ("19th", "2nd"), the suffix the number
// fix takes and the length in bytes of the suffix written.
func (c *comparer) englishOrdinalAfter(t *item, fix string) (string, int, bool) {
	if base, _ := c.tgtLang.Base(); base.String() != "en" || !t.q.Ordinal {
		return "", 0, false
	}
	written := c.tgtText[t.num.End:min(t.num.End+2, len(c.tgtText))]
	if !slices.Contains([]string{"st", "nd", "rd", "th"}, written) {
		return "", 0, false
	}
	n, err := strconv.Atoi(fix)
	if err != nil {
		return "", 0, false
	}
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return suffix, len(written), true
}

// rescale mends a scale-word error, the false friend of "75 Billionen" for
// "$75 billion": when the digits agree and only the scale word is off, the
// fix replaces the word ("Milliarden"), not the digits.
func (c *comparer) rescale(t, s *item) (checks.Fix, bool) {
	if t.q.ScaleText == "" || t.q.Scale == 0 || t.q.Spelled {
		return checks.Fix{}, false
	}
	digits := t.q.Value / t.q.Scale
	if digits == 0 {
		return checks.Fix{}, false
	}
	want := s.q.Value / digits
	mult := math.Pow10(int(math.Round(math.Log10(want))))
	if math.Abs(want/mult-1) > 1e-9 || mult == t.q.Scale {
		return checks.Fix{}, false
	}
	tail := c.tgtText[t.num.End:t.span.End]
	i := strings.Index(tail, t.q.ScaleText)
	if i < 0 {
		return checks.Fix{}, false
	}
	at := corpus.Span{Start: t.num.End + i, End: t.num.End + i + len(t.q.ScaleText)}
	// The whole word, with the ending a stem was read without
	// ("milyardı"): the word in its stead must carry it.
	for at.End < len(c.tgtText) {
		r, n := utf8.DecodeRuneInString(c.tgtText[at.End:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		at.End += n
	}
	word := quantity.ScaleWordLike(mult, c.tgtText[at.Start:at.End], c.tgtLang)
	if word == "" {
		return checks.Fix{}, false
	}
	return checks.Fix{Message: "Use " + word, Edits: []checks.Edit{{Span: at, New: word}}}, true
}

// rewrite returns the value of s written the way t is written: in the
// target language's format, with t's scale word kept.
func (c *comparer) rewrite(t, s *item) (string, bool) {
	if t.q.Spelled || t.q.Compound || s.q.Compound {
		return "", false // 5'5": no one number to write in its place
	}
	if t.q.Fraction || s.q.Fraction {
		return s.q.Text, t.q.Fraction && s.q.Fraction // a fraction for a fraction, or nothing
	}
	if t.q.Kind == quantity.Month {
		name := quantity.MonthLike(int(s.q.Value), t.text, c.tgtLang)
		return name, name != ""
	}
	if t.q.Kind == quantity.Quarter {
		return "", false // the fix replaces the whole expression: see changed
	}
	if t.q.Unit != "" && s.q.Unit != "" && t.q.Unit != s.q.Unit {
		return "", false // a conversion: leave the rounding to a person
	}
	if t.q.Kind == quantity.Year && len(t.q.Text) == 4 && s.q.Value >= 0 && s.q.Value < 100 && s.q.Value == math.Trunc(s.q.Value) {
		// A year of two digits for one of four (１３年度, FY2014): the
		// target's century with the source's two digits, 2013.
		return fmt.Sprintf("%s%02d", t.q.Text[:2], int(s.q.Value)), true
	}
	ts, ss := t.q.Scale, s.q.Scale
	if ts == 0 {
		ts = 1
	}
	if ss == 0 {
		ss = 1
	}
	dec := s.q.Decimals + int(math.Round(math.Log10(ts/ss)))
	if dec < 0 {
		dec = 0
	}
	v := s.q.Value / ts
	if math.Abs(v) >= 1e15 || dec > 9 {
		return "", false
	}
	if ts > 1 && math.Abs(v) < 1 && math.Abs(s.q.Value/ss) >= 1 {
		return "", false // "0,01 milyardı" for 10 million: the scale word is wrong, not the digits
	}
	if t.q.Kind == quantity.Year || s.q.Kind == quantity.Year && ts == 1 {
		return strconv.FormatFloat(math.Round(v), 'f', 0, 64), true // years are not grouped
	}
	// No trailing zeros that only restate the scale: "4" thousand, not "4.000".
	for dec > 0 && equal(math.Round(v*math.Pow10(dec-1))/math.Pow10(dec-1), v) {
		dec--
	}
	return quantity.Format(v, dec, c.tgtLang), true
}

// mistranslated returns a major mistranslation finding on target t,
// which renders source s wrong; the caller says how.
func (c *comparer) mistranslated(t, s *item) checks.Finding {
	return checks.Finding{Severity: checks.Major, Category: checks.Mistranslation, Span: t.span, Source: c.evidence(s)}
}

// checkPoints reports a matched pair of percentages of which one is
// written as percentage points and the other not: "up 2 percentage
// points" is not "um 2 %".
func (c *comparer) checkPoints(t, s *item) {
	if t.q.Kind != quantity.Percent || s.q.Kind != quantity.Percent || t.q.Points == s.q.Points {
		return
	}
	// Japanese writes a cut of a quarter point "0.25％引き下げ": its
	// percent sign may mean either.
	if !t.q.Points && quantity.PercentMayBePoints(t.lang) || !s.q.Points && quantity.PercentMayBePoints(s.lang) {
		return
	}
	f := c.mistranslated(t, s)
	num := c.tgtText[t.num.Start:t.num.End]
	if s.q.Points {
		f.Message = fmt.Sprintf("percent for percentage points: target %s, source %s", t.text, s.text)
		if w := quantity.PointsWord(c.tgtLang); w != "" {
			fix := num + w
			f.Fixes = []checks.Fix{{Message: "Use " + fix, Edits: []checks.Edit{{Span: corpus.Span{Start: t.num.Start, End: t.span.End}, New: fix}}}}
		}
	} else {
		f.Message = fmt.Sprintf("percentage points for percent: target %s, source %s", t.text, s.text)
		if t.span.Start == t.num.Start {
			fix := num + quantity.PercentSign(c.tgtLang)
			f.Fixes = []checks.Fix{{Message: "Use " + fix, Edits: []checks.Edit{{Span: corpus.Span{Start: t.num.Start, End: t.span.End}, New: fix}}}}
		}
	}
	c.report(f)
}

// unconverted reports a measurement whose unit changed but whose number
// was not converted, or was converted wrongly.
func (c *comparer) unconverted(t, s *item) {
	v, _ := quantity.Convert(s.q.Value, s.q.Unit, t.q.Unit)
	f := checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("unit changed but value not converted: target %s, source %s (%s)", t.text, s.text, c.approx(v, t, s)),
	}
	if !equal(t.q.Value, s.q.Value) {
		f.Message = fmt.Sprintf("unit conversion off: target %s, source %s (%s)", t.text, s.text, c.approx(v, t, s))
	}
	if t.q.Scale == 1 && !t.q.Spelled {
		fix := quantity.Format(v, convDecimals(v, s), c.tgtLang)
		f.Fixes = []checks.Fix{{Message: "Use " + fix, Edits: []checks.Edit{{Span: t.num, New: fix}}}}
	}
	c.report(f)
}

// approx writes "about V U", the converted value.
func (c *comparer) approx(v float64, t, s *item) string {
	return "about " + quantity.Format(v, convDecimals(v, s), c.tgtLang) + " " + t.q.Unit
}

// convDecimals is how many decimals a converted value keeps: as many
// significant digits as the source shows, at least two.
func convDecimals(v float64, s *item) int {
	sig := len(strings.TrimLeft(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s.q.Text), "0"))
	if sig < 2 {
		sig = 2
	}
	d := sig - intDigits(v)
	if d < 0 {
		d = 0
	}
	if d > 3 {
		d = 3
	}
	return d
}

// droppedBound reports a range bound of the source that the target left
// out, keeping only the other bound (matched by other).
func (c *comparer) droppedBound(s, bound, other *item) {
	c.report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Omission,
		Span:     other.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("range bound dropped: target %s, source %s to %s", other.text, firstOf(s, bound).text, lastOf(s, bound).text),
	})
}

func firstOf(a, b *item) *item {
	if a.q.Range == 1 {
		return a
	}
	return b
}

func lastOf(a, b *item) *item {
	if a.q.Range == 2 {
		return a
	}
	return b
}

// extra reports a target number the source passage does not have; the
// evidence is the source passage.
func (c *comparer) extra(t *item, srcAt *checks.Evidence) {
	if c.bracketedConversion(t, c.tgtText) {
		return // "18,5 km (11,5 Meilen)": the target converts for its readers
	}
	if srcAt != nil && srcAt.Doc >= 0 && srcAt.Doc < len(c.srcDocs) {
		src := c.srcDocs[srcAt.Doc]
		passage := src.Text[srcAt.Span.Start:srcAt.Span.End]
		if impliedCount(t, passage, src.Lang) {
			return // "За сутки" rendered "in the past 24 hours"
		}
		if dayOfMonthAlone(t, c.tgtText) && len(quantity.Weekdays(passage, src.Lang)) > 0 {
			return // "8日深夜" for "late on Friday": Japanese news dates the day
		}
	}
	f := checks.Finding{
		Severity: checks.Minor,
		Category: checks.Addition,
		Span:     t.span,
		Source:   srcAt,
		Message:  fmt.Sprintf("number not in the source: target %s has no counterpart in the aligned source passage", t.text),
		Tag:      checks.NumberFromElsewhere,
	}
	if elsewhere(t, c.indexOf(&c.srcIndex, c.srcAll)) {
		f.Severity, f.Tag = checks.Info, checks.NoTag
		f.Message += " (it appears elsewhere in the source)"
	}
	c.report(f)
}

// missing reports a source number the target passage does not have, on
// the target sentence that renders the source sentence it is missing
// from.
func (c *comparer) missing(s *item, at corpus.Span) {
	if c.impliedIn(s, at) || c.bracketedConversion(s, c.srcDocs[s.doc].Text) {
		return // "18.5 kilometres (11.5 miles)": a conversion for the source's readers
	}
	if dayOfMonthAlone(s, c.srcDocs[s.doc].Text) && len(quantity.Weekdays(c.tgtText[at.Start:at.End], c.tgtLang)) > 0 {
		return // "8日深夜" rendered "late on Friday"
	}
	f := checks.Finding{
		Severity: checks.Minor,
		Category: checks.Omission,
		Span:     at,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("number missing: source %s has no counterpart in the target passage", s.text),
		Tag:      checks.NumberLost,
	}
	if elsewhere(s, c.indexOf(&c.tgtIndex, c.tgtAll)) {
		f.Severity, f.Tag = checks.Info, checks.NoTag
		f.Message += " (it appears elsewhere in the target)"
	}
	c.report(f)
}

// dayOfMonthAlone reports whether x, in its document's text, is a count
// from 1 to 31 right before 日 or 号 ("8日", "9号"): a day of the month,
// as Chinese and Japanese news date the day a source names by its weekday.
func dayOfMonthAlone(x *item, text string) bool {
	v := x.q.Value
	if x.q.Kind != quantity.Count || x.q.Unit != "" || x.q.Scale != 1 || v < 1 || v > 31 || v != math.Trunc(v) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[x.span.End:])
	return r == '日' || r == '号'
}

// bracketedConversion reports whether x, a measurement or a sum of money,
// stands in brackets in its document's text right after another quantity
// of it that it converts to another unit or currency ("18.5 kilometres
// (11.5 miles)", "72 km (45 mi)", "100 dólares (unos 92 euros)"), maybe
// after one word ("about"): a conversion for one side's readers, which
// the other side may leave out or add, and which says nothing its
// neighbour does not. A sum's rate of exchange is not checked.
func (c *comparer) bracketedConversion(x *item, text string) bool {
	money := x.q.Kind == quantity.Money && x.q.Currency != ""
	if x.q.Unit == "" && !money {
		return false
	}
	open, ok := bracketOpening(text[:x.span.Start])
	if !ok {
		return false
	}
	for _, y := range c.itemsIn(x.doc, corpus.Span{Start: max(0, len(open)-maxQuantityBytes), End: len(open)}) {
		if y == x || y.span.End != len(open) {
			continue
		}
		if money {
			if y.q.Kind == quantity.Money && y.q.Currency != "" && y.q.Currency != x.q.Currency {
				return true
			}
			continue
		}
		if y.q.Unit == "" || y.q.Unit == x.q.Unit {
			continue
		}
		if v, ok := quantity.Convert(y.q.Value, y.q.Unit, x.q.Unit); ok && math.Abs(v-x.q.Value) <= math.Max(x.q.Step(), 0.03*math.Abs(x.q.Value)) {
			return true
		}
	}
	return false
}

// bracketOpening returns the text before an opening bracket that before
// ends in, maybe with one word after the bracket ("(about "), without
// the spaces before the bracket.
func bracketOpening(before string) (string, bool) {
	before = strings.TrimRight(before, " \u00a0")
	if !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "（") {
		word := strings.TrimRightFunc(before, func(r rune) bool { return unicode.IsLetter(r) || r == '.' })
		if len(word) == len(before) || len(before)-len(word) > maxHedgeBytes {
			return "", false
		}
		before = strings.TrimRight(word, " \u00a0")
		if !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "（") {
			return "", false
		}
	}
	return strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(before, "("), "（"), " \u00a0"), true
}

// maxHedgeBytes bounds the word a conversion in brackets may open with:
// "about", "environ", "примерно".
const maxHedgeBytes = 24

// maxQuantityBytes bounds how far before a bracket the quantity it
// converts may start: "18.5 kilometres" is a few words.
const maxQuantityBytes = 256

// impliedIn reports whether the target text at holds a word that says the
// plain count s without a number (data/words.txt implies-N): "both" for
// 2枚, "once" for １度, "a decade" for １０年.
func (c *comparer) impliedIn(s *item, at corpus.Span) bool {
	return impliedCount(s, c.tgtText[at.Start:at.End], c.tgtLang)
}

// impliedCount reports whether text, of language lang, holds a word that
// says the plain count x without a number (data/words.txt implies-N):
// "both" for 2枚, "once" for １度, "сутки" for "24 hours". Either side's
// count may be the one the other says by a word.
func impliedCount(x *item, text string, lang language.Tag) bool {
	q := x.q
	// 度 is a degree or a time: "１年に１度", once a year.
	if q.Kind != quantity.Count || q.Unit != "" && q.Unit != "°" || q.Scale != 1 || q.Value != math.Trunc(q.Value) || q.Value < 1 || q.Value > 24 {
		return false
	}
	kind := fmt.Sprintf("implies-%d", int(q.Value))
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if wordIn(kind, lang, w) {
			return true
		}
	}
	return false
}

// inCentury settles the unsettled centuries of a ("19. Jahrhunderts",
// "19th century") that a year of b falls in.
func inCentury(a, b *side) {
	for i, x := range a.values {
		if a.settled[i] || !x.q.Century {
			continue
		}
		lo, hi := (x.q.Value-1)*100, x.q.Value*100
		for _, y := range b.values {
			if y.q.Kind == quantity.Year && y.q.Value >= lo && y.q.Value < hi {
				a.settled[i] = true
				break
			}
		}
	}
}

// copiedFrom reports whether the target number a is written, with a
// separator inside, exactly as a quantity of the source passage ss is,
// whatever either was read as.
func copiedFrom(a *item, ss []*item) bool {
	text := strings.TrimRight(a.text, ".")
	if !strings.ContainsAny(text, ".,:") {
		return false
	}
	for _, b := range ss {
		// A range of dates is one quantity: "10.02.-11.02.".
		for _, part := range strings.FieldsFunc(b.text, func(r rune) bool { return r == '-' || r == '–' }) {
			if strings.TrimRight(part, ".") == text {
				return true
			}
		}
	}
	return false
}

// compareNames pairs the identifiers left over on both sides that have
// the same shape (the same letters, up to an inflected ending, around
// the same number of digit runs: "covidu-19" and "Covid-19", "F-35" and
// "F-43") and reports a pair whose digits differ: a changed model, road
// or disease number is as wrong as a changed count. Versions after a name
// ("Llama 3.1") are left alone: which version an article means is not
// for the numbers to decide.
func (c *comparer) compareNames(t, s *side) {
	// A Roman numeral after a name ("Super Bowl LVIII", "Ludwig XIV") is
	// compared only with one after the same name: "Benedikt XVI." and
	// "Benedict XVI" are not compared, being names, but "Super Bowl LVII"
	// for "Super Bowl LVIII" is a changed number.
	for i, a := range t.names {
		if t.used[i] || !romanName(a) {
			continue
		}
		for j, b := range s.names {
			if s.used[j] || !romanName(b) || a.q.Label != b.q.Label {
				continue
			}
			t.used[i], s.used[j] = true, true
			if !equal(a.q.Value, b.q.Value) {
				c.changedRoman(a, b)
			}
			break
		}
	}
	// Equal digits pair first, so that of two telephone numbers in a
	// paragraph neither is taken for the other.
	for _, sameDigits := range []bool{true, false} {
		for i, a := range t.names {
			if t.used[i] || a.q.Kind != quantity.Identifier || a.q.Label != "" {
				continue
			}
			ta := nameShape(a.text)
			for j, b := range s.names {
				if s.used[j] || b.q.Kind != quantity.Identifier || b.q.Label != "" {
					continue
				}
				sb := nameShape(b.text)
				if !ta.like(sb) || sameDigits && !slicesEqual(ta.digits, sb.digits) {
					continue
				}
				t.used[i], s.used[j] = true, true
				if !sameDigits {
					c.changedName(a, b, ta, sb)
				}
				break
			}
		}
	}
}

func romanName(x *item) bool {
	return x.q.Kind == quantity.Identifier && x.q.Spelled && x.q.Label != ""
}

// changedRoman reports a Roman numeral after a name that differs from the
// source's after the same name.
func (c *comparer) changedRoman(t, s *item) {
	c.report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("changed numeral after %s: target %s, source %s", s.q.Label, t.text, s.text),
		Fixes:    []checks.Fix{{Message: "Use " + s.text, Edits: []checks.Edit{{Span: t.span, New: s.text}}}},
	})
}

// shape is an identifier cut into runs of letters and runs of digits,
// other characters dropped: "F-35" is [f] [35]; kinds records the order
// ('a' for letters, '0' for digits).
type shape struct {
	kinds   string
	letters []string
	digits  []string
}

// phoneKinds is the shape of a telephone number: one run of digits.
const phoneKinds = "+0"

func nameShape(text string) shape {
	var sh shape
	if phone, ok := strings.CutPrefix(text, "+"); ok {
		// A telephone number is its digits, however grouped: "+7 (495)
		// 229 62 01" is "+7 495 229-6201".
		sh.kinds = phoneKinds
		sh.digits = []string{strings.Map(asciiDigit, phone)}
		return sh
	}
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		j := i + 1
		switch {
		case r >= '0' && r <= '9':
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			sh.kinds += "0"
			sh.digits = append(sh.digits, string(rs[i:j]))
		case unicode.IsLetter(r):
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsMark(rs[j])) {
				j++
			}
			sh.kinds += "a"
			sh.letters = append(sh.letters, strings.ToLower(string(rs[i:j])))
		case r == '/':
			sh.kinds += "/" // 1348/9: a span of years, not a code
		}
		i = j
	}
	return sh
}

func asciiDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

// like reports whether two shapes name the same kind of thing: the same
// runs in the same order, each letter run equal or, for words of three
// letters or more, differing only by an ending of at most two letters
// (Polish "covidu" for "covid").
func (a shape) like(b shape) bool {
	if a.kinds != b.kinds || len(a.digits) == 0 {
		return false
	}
	for k := range a.letters {
		x, y := []rune(a.letters[k]), []rune(b.letters[k])
		if len(x) > len(y) {
			x, y = y, x
		}
		if string(x) == string(y) {
			continue
		}
		if len(x) < 3 || len(y)-len(x) > 2 || string(y[:len(x)]) != string(x) {
			return false
		}
	}
	return true
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// changedName reports an identifier whose digits differ from those of the
// source identifier of the same shape; the fix writes the source's digits
// into the target's spelling.
func (c *comparer) changedName(t, s *item, ts, ss shape) {
	f := checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("changed number in a name: target %s, source %s", t.text, s.text),
	}
	if ts.kinds == phoneKinds {
		f.Message = fmt.Sprintf("changed telephone number: target %s, source %s", t.text, s.text)
	}
	if fixed, ok := replaceDigitRuns(t.text, ss.digits); ok {
		f.Fixes = []checks.Fix{{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.span, New: fixed}}}}
	}
	c.report(f)
}

// replaceDigitRuns writes the runs of ASCII digits of text as want, in
// order; it fails when text has other digits or another number of runs.
func replaceDigitRuns(text string, want []string) (string, bool) {
	var b strings.Builder
	k := 0
	for i := 0; i < len(text); {
		if text[i] < '0' || text[i] > '9' {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsDigit(r) {
				return "", false
			}
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if k >= len(want) {
			return "", false
		}
		b.WriteString(want[k])
		k++
		i = j
	}
	return b.String(), k == len(want)
}

// compareTimes matches the times of day of a link by the clock, modulo
// twelve hours ("3 p.m." for "15 Uhr"), and, when both sides are left
// with the same number of times, reports them pairwise in text order as
// changed times. A time one side alone has is not reported: times are
// often paraphrased ("noon", "half past three").
//
// A time left over may stand for a bare number of the other side: the
// hour alone ("v 11" for "at 11am", "15 h" for 15時) or the same digits
// that the other language reads as a number ("8.00" in English for Czech
// "8.00").
func (c *comparer) compareTimes(t, s *side) {
	left, right := unmatched(t.times, s.times, c.clock, clockTime.same)
	left, right = hourNumbers(left, s), hourNumbers(right, t)
	pairUp(left, right, c.changedTime)
}

// pairUp calls changed on the items of left and right pairwise, in text
// order, when both sides are left with as many: then each is most likely
// the other changed.
func pairUp(left, right []*item, changed func(t, s *item)) {
	if len(left) != len(right) {
		return
	}
	for k, a := range left {
		changed(a, right[k])
	}
}

// keep returns the items of xs that left accepts, in order.
func keep(xs []*item, left func(*item) bool) []*item {
	var out []*item
	for _, x := range xs {
		if left(x) {
			out = append(out, x)
		}
	}
	return out
}

// clockTime is a time of day in seconds after midnight; definite when
// the half of the day is known: written ("8 p.m.") or on the 24-hour
// clock of a language that writes one with no word for a part of the
// day beside it ("8 Uhr", not "8 Uhr abends").
type clockTime struct {
	secs     int
	definite bool
}

// same compares two times by the clock, modulo twelve hours unless both
// know their half of the day: "8 Uhr" is no "8 p.m.".
func (a clockTime) same(b clockTime) bool {
	if a.definite && b.definite {
		return a.secs == b.secs
	}
	return (a.secs-b.secs)%43200 == 0
}

// clock reads the time of day of x.
func (c *comparer) clock(x *item) (clockTime, bool) {
	secs, ok := x.q.Clock()
	if !ok {
		return clockTime{}, false
	}
	if x.q.Spelled {
		// "noon" is 12:00, never midnight; "half past eight" and "halb
		// neun" say no half of the day.
		return clockTime{secs, secs%3600 == 0}, true
	}
	lower := strings.ToLower(x.text)
	switch {
	case strings.Contains(lower, "p.m.") || strings.HasSuffix(lower, "pm"):
		if secs < 43200 {
			secs += 43200 // "8 p.m.": the digits alone say 8
		}
		return clockTime{secs, true}, true
	case strings.Contains(lower, "a.m.") || strings.HasSuffix(lower, "am") || x.q.Half < 0:
		return clockTime{secs % 43200, true}, true
	case x.q.Half > 0:
		return clockTime{secs, true}, true // 午後2時: Clock has added the half day
	}
	text := c.tgtText
	if x.doc >= 0 {
		text = c.srcDocs[x.doc].Text
	}
	clock24, marked := quantity.DayPart(text, x.span.Start, x.span.End, x.lang)
	// An hour past twelve in digits is on the 24-hour clock whatever the
	// language: "21h30" is no "9:30 a.m.".
	return clockTime{secs, clock24 && !marked || secs >= 13*3600}, true
}

// hourNumbers returns the times of ts that no unsettled value of other
// accounts for, settling the values that do: a whole hour against its
// number, or the same digits read as a number.
func hourNumbers(ts []*item, other *side) []*item {
	return keep(ts, func(x *item) bool {
		k := other.hourFor(x)
		if k >= 0 {
			other.settled[k] = true
		}
		return k < 0
	})
}

// hourFor returns the index of an unsettled value of s that the time x
// accounts for, or -1.
func (s *side) hourFor(x *item) int {
	secs, ok := x.q.Clock()
	for k, v := range s.values {
		if s.settled[k] || v.q.Kind != quantity.Count || v.q.Unit != "" || v.q.Scale != 1 {
			continue
		}
		if v.q.Text == x.q.Text || ok && secs%3600 == 0 && v.q.Decimals == 0 && v.q.Value >= 0 && v.q.Value <= 24 &&
			(int(v.q.Value)*3600-secs)%43200 == 0 {
			return k
		}
	}
	return -1
}

// unmatched pairs each target item that read accepts with the first
// unused source item read accepts and same finds equal, and returns the
// items of either side left without a partner, in text order.
func unmatched[V any](ts, ss []*item, read func(*item) (V, bool), same func(a, b V) bool) (left, right []*item) {
	used := make([]bool, len(ss))
	for _, a := range ts {
		va, ok := read(a)
		if !ok {
			continue
		}
		found := false
		for j, b := range ss {
			if vb, ok := read(b); ok && !used[j] && same(va, vb) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			left = append(left, a)
		}
	}
	for j, b := range ss {
		if _, ok := read(b); ok && !used[j] {
			right = append(right, b)
		}
	}
	return left, right
}

// changedTime reports a time of day that differs from the source's; the
// fix writes the source's hour and minutes in the target's notation when
// the target is written as hours and minutes in digits.
func (c *comparer) changedTime(t, s *item) {
	f := checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("changed time: target %s, source %s", t.text, s.text),
	}
	if a, ok := c.clock(t); ok {
		if b, ok := c.clock(s); ok && a.definite && b.definite && a.secs != b.secs && (a.secs-b.secs)%43200 == 0 {
			f.Message += ": the other half of the day"
		}
	}
	b, _ := c.clock(s)
	if fix, ok := clockFix(t, s, b.definite); ok {
		f.Fixes = []checks.Fix{fix}
	}
	c.report(f)
}

// clockFix rewrites the leading "H:MM" or "H.MM" of t with the clock of
// s, keeping t's separator and what follows (a.m., Uhr). With a half-day
// word in t, the source's hour must fall in that half of the day; where
// only the English a.m. or p.m. is wrong, it swaps them (halfDayFix),
// and a whole hour with one ("8 p.m.") takes the source's when the
// source says its half of the day (definite).
func clockFix(t, s *item, definite bool) (checks.Fix, bool) {
	text := t.text
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	tm, _ := t.q.Clock()
	sm, ok := s.q.Clock()
	if !ok {
		return checks.Fix{}, false
	}
	if i == 0 || i > 2 || i+3 > len(text) || !strings.ContainsRune(":.h", rune(text[i])) ||
		!isDigits(text[i+1:i+3]) || i+3 < len(text) && text[i+3] >= '0' && text[i+3] <= '9' {
		if fix, ok := halfDayFix(t, tm, sm); ok {
			return fix, true // "8 a.m." for 20 h
		}
		if !definite {
			return checks.Fix{}, false // "a las 8": which half of the day is not said
		}
		return bareHourFix(t, sm) // "8 p.m." for 18 Uhr
	}
	if sm%60 != 0 || strings.Count(text, text[i:i+1]) > 1 {
		return checks.Fix{}, false // seconds: a duration more likely than a time of day
	}
	h, m := sm/3600, sm/60%60
	th, _ := strconv.Atoi(text[:i])
	if th != tm/3600 { // a 12-hour clock: p.m. written, or 12 a.m.
		if (h >= 12) != (tm >= 43200) {
			return halfDayFix(t, tm, sm)
		}
		h %= 12
		if h == 0 {
			h = 12
		}
	} else if strings.Contains(strings.ToLower(text), "a.m.") || strings.HasSuffix(strings.ToLower(text), "am") || t.q.Half < 0 {
		if h >= 12 { // "2:05 π.μ.": the word, not the digits, is wrong
			return halfDayFix(t, tm, sm)
		}
	} else if th >= 13 && h < 12 {
		return checks.Fix{}, false // "下午3点" read as 3:00: which half of the day is not known
	}
	hs := strconv.Itoa(h)
	if i == 2 && h < 10 {
		hs = "0" + hs
	}
	fixed := fmt.Sprintf("%s%c%02d%s", hs, text[i], m, text[i+3:])
	return checks.Fix{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.span, New: fixed}}}, true
}

// halfDayFix swaps the English a.m. or p.m. of t when that alone is
// wrong: the source's time, sm, is t's, tm, in the other half of the day
// ("9:30 a.m." for 21:30 becomes "9:30 p.m.").
func halfDayFix(t *item, tm, sm int) (checks.Fix, bool) {
	if lower := strings.ToLower(t.text); tm < 43200 && (strings.HasSuffix(lower, "p.m.") || strings.HasSuffix(lower, "pm")) {
		tm += 43200 // "11 p.m.": the quantity's digits alone say 11
	}
	if (tm-sm)%43200 != 0 || tm == sm {
		return checks.Fix{}, false
	}
	fixed, ok := withHalf(t.text, sm >= 43200)
	if !ok || fixed == t.text {
		return checks.Fix{}, false
	}
	return checks.Fix{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.span, New: fixed}}}, true
}

// withHalf returns text, which ends in the English a.m. or p.m. (am, PM…),
// with the marker of the afternoon when pm, of the morning otherwise, in
// the same case; false when text ends in no marker.
func withHalf(text string, pm bool) (string, bool) {
	for _, m := range []string{"a.m.", "p.m.", "am", "pm"} {
		k := len(text) - len(m)
		if k < 0 || !strings.EqualFold(text[k:], m) {
			continue // compared in place: a lower-case copy may be of another length
		}
		if isPM := text[k]|0x20 == 'p'; isPM == pm {
			return text, true
		}
		return text[:k] + otherHalf[text[k]] + text[k+1:], true // "a.m." and "p.m." differ in the first letter
	}
	return "", false
}

// bareHourFix rewrites a whole hour written with the English a.m. or
// p.m. ("8 p.m.") as the source's whole hour sm, its marker included.
func bareHourFix(t *item, sm int) (checks.Fix, bool) {
	digits, marker, ok := strings.Cut(t.text, " ")
	if !ok || sm%3600 != 0 || !isDigits(digits) || len(digits) > 2 {
		return checks.Fix{}, false
	}
	h := sm / 3600
	if marker, ok = withHalf(marker, h >= 12); !ok || len(marker) > len("a.m.") {
		return checks.Fix{}, false // no marker, or a marker after other words
	}
	if h %= 12; h == 0 {
		h = 12
	}
	fixed := strconv.Itoa(h) + " " + marker
	if fixed == t.text {
		return checks.Fix{}, false
	}
	return checks.Fix{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.span, New: fixed}}}, true
}

// otherHalf is the first letter of the marker of the other half of the
// day, in the same case.
var otherHalf = map[byte]string{'a': "p", 'p': "a", 'A': "P", 'P': "A"}

func isDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

// checkCurrency reports a matched pair of amounts in different
// currencies: "5 €" for "$5", "$5" in Taiwanese text (the Taiwan dollar)
// for "US$5". Currencies are never converted. A sign that may mean
// either ("¥" in English: yen or yuan) is no finding.
func (c *comparer) checkCurrency(t, s *item) {
	if t.q.Currency == "" || s.q.Currency == "" || t.q.Currency == s.q.Currency {
		return
	}
	if quantity.CurrencyMay(t.curT, s.q.Currency, t.lang) || quantity.CurrencyMay(s.curT, t.q.Currency, s.lang) {
		return
	}
	f := checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     t.span,
		Source:   c.evidence(s),
		Message:  fmt.Sprintf("currency changed: target %s (%s), source %s (%s)", t.text, t.q.Currency, s.text, s.q.Currency),
	}
	if t.curT != "" {
		if w := quantity.CurrencyLike(s.q.Currency, t.curT, c.tgtLang); w != "" {
			f.Fixes = []checks.Fix{{Message: "Use " + w, Edits: []checks.Edit{{Span: t.cur, New: w}}}}
		}
	}
	c.report(f)
}

// vagueTimes reports whether t and s are multipliers one apart of which
// one is written the ambiguous way ("three times more", 增长了两倍): a
// translator who reads "n times more" as n+1 times as much is not wrong.
func vagueTimes(t, s *item) bool {
	if t.q.Times == quantity.NotTimes || s.q.Times == quantity.NotTimes ||
		t.q.Times != quantity.TimesVague && s.q.Times != quantity.TimesVague {
		return false
	}
	return math.Abs(t.q.Value-s.q.Value) == 1 && math.Min(t.q.Value, s.q.Value) >= 1
}

// swapDayMonth swaps the first two runs of digits of a date, keeping its
// separators: "03/04/2025" becomes "04/03/2025".
func swapDayMonth(text string) (string, bool) {
	runs := quantity.DigitSpans(text)
	if len(runs) < 2 {
		return "", false
	}
	a, b := runs[0], runs[1]
	if len(runs) == 3 && b[1]-b[0] != 4 && runs[0][1]-runs[0][0] == 4 {
		a, b = runs[1], runs[2] // y-m-d: the month and day are the last two
	}
	return text[:a[0]] + text[b[0]:b[1]] + text[a[1]:b[0]] + text[a[0]:a[1]] + text[b[1]:], true
}

// reporter returns how the check reports. In a target language crossread
// has no number words for, a scale word ("miljard") reads as nothing, so
// a finding may be a misreading: it is minor at most, says why, and
// offers no fix, which would write the number in English terms.
// withoutCalendarFixes drops the fixes of a finding that would write a
// western figure in place of a target number read from another calendar
// (a Thai year of the Buddhist Era, a Persian date): the value compared
// is western, the text is not, and "Use 2025" in "1 มกราคม 2567" or
// "Use ۲۰۲۵" in "۱۱ دی ۱۴۰۳" would mix the calendars.
func withoutCalendarFixes(report func(checks.Finding), tgt []*item) func(checks.Finding) {
	var spans []corpus.Span
	for _, it := range tgt {
		if it.q.Calendar {
			spans = append(spans, it.span)
		}
	}
	if len(spans) == 0 {
		return report
	}
	return func(f checks.Finding) {
		for _, fix := range f.Fixes {
			for _, e := range fix.Edits {
				if slices.ContainsFunc(spans, e.Span.Overlaps) {
					f.Fixes = nil
				}
			}
		}
		report(f)
	}
}

func reporter(pass *checks.Pass) func(checks.Finding) {
	lang := pass.Target().Lang
	if quantity.Knows(lang) {
		return pass.Report
	}
	return func(f checks.Finding) {
		f.Severity = min(f.Severity, checks.Minor)
		f.Message += fmt.Sprintf(" (crossread has no number words for %s: check by hand)", lang)
		f.Fixes = nil
		pass.Report(f)
	}
}

// placer finds where in the target of one link a source number that the
// target lacks belongs: the target sentences aligned with the source
// sentence that holds it, or else the link's first target paragraph —
// never an empty span at the paragraph's start.
type placer struct {
	a     *align.Alignment
	link  align.Link
	sents []placed // aligned on first use: most links lack no number
	done  bool
}

// placed is a source sentence of a bead and the target sentences of the
// bead, kept sorted by document and start for a binary search.
type placed struct {
	doc    int
	source corpus.Span
	target corpus.Span
}

func (p *placer) at(s *item) corpus.Span {
	if !p.done {
		p.sents, p.done = placements(align.Sentences(p.a, p.link)), true
	}
	k := sort.Search(len(p.sents), func(k int) bool {
		x := p.sents[k]
		return x.doc > s.doc || x.doc == s.doc && x.source.Start > s.span.Start
	}) - 1
	if k >= 0 && p.sents[k].doc == s.doc && s.span.Start < p.sents[k].source.End {
		return p.sents[k].target
	}
	return p.a.Target.Paragraphs[p.link.Target[0]].Span
}

// placements lists the source sentences of beads by document and start,
// each with the target sentences of its bead or, for a sentence the
// target left out, of the bead before it (after it, at the start): a
// number missing with its sentence is missing there.
func placements(beads []align.SentenceLink) []placed {
	var out []placed
	last := corpus.Span{Start: -1}
	pending := 0 // placements at the start that wait for a target
	for _, sl := range beads {
		if len(sl.Target) > 0 {
			last = corpus.Span{Start: sl.Target[0].Start, End: sl.Target[len(sl.Target)-1].End}
			for k := len(out) - pending; k < len(out); k++ {
				out[k].target = last
			}
			pending = 0
		}
		for _, src := range sl.Sources {
			for _, sp := range src.Spans {
				out = append(out, placed{src.Doc, sp, last})
				if last.Start < 0 {
					pending++
				}
			}
		}
	}
	if pending == len(out) {
		return nil // no target sentence at all
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].doc < out[j].doc || out[i].doc == out[j].doc && out[i].source.Start < out[j].source.Start
	})
	return out
}

//go:embed data/words.txt
var wordsFile string

// words holds data/words.txt: kind → language → words.
var words = sync.OnceValue(func() map[string]map[string]map[string]bool {
	m := map[string]map[string]map[string]bool{}
	for _, line := range strings.Split(wordsFile, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		if m[f[0]] == nil {
			m[f[0]] = map[string]map[string]bool{}
		}
		if m[f[0]][f[1]] == nil {
			m[f[0]][f[1]] = map[string]bool{}
		}
		for _, w := range strings.Fields(f[2]) {
			m[f[0]][f[1]][strings.ToLower(w)] = true // German nouns keep their capital in the file
		}
	}
	return m
})

// wordIn reports whether w, in lower case, is a word of kind in lang.
func wordIn(kind string, lang language.Tag, w string) bool {
	b, _ := lang.Base()
	return words()[kind][b.String()][strings.ToLower(w)]
}

// sameFloor reports whether a and b, small counts beside the words for a
// building's floor (data/words.txt floor-0, floor-1, floor-either), name
// one floor as their languages count floors.
func sameFloor(a, b *item) bool {
	for _, x := range a.floors {
		if slices.Contains(b.floors, x) {
			return true
		}
	}
	return false
}

// otherFloor reports whether a and b are floors that name two floors as
// their languages count them, written alike or not ("3. Stock", "3-м
// этаже").
func otherFloor(a, b *item) bool {
	return len(a.floors) > 0 && len(b.floors) > 0 && !sameFloor(a, b)
}

// floorCounts says how many floors above the ground floor the target's
// floor and the source's are, as their languages count.
func floorCounts(t, s []float64) string {
	say := func(fs []float64) string {
		var out []string
		for _, f := range fs {
			out = append(out, strconv.FormatFloat(f, 'f', -1, 64))
		}
		return strings.Join(out, " or ")
	}
	return fmt.Sprintf("%s and %s above the ground floor", say(t), say(s))
}

// floorsAbove returns the floors above the ground floor that item x, in
// its document's text, may name, by its language's count: none when x
// is no floor. It is read once, as the item is.
func floorsAbove(text string, x *item) []float64 {
	v := x.q.Value
	if x.q.Kind != quantity.Count || x.q.Unit != "" || v < 1 || v > 200 || v != math.Trunc(v) {
		return nil
	}
	// The ordinal's mark glued to the digits ("1.", "2-у", "3rd"), then
	// the next word; the characters glued (3楼, 3층); the word before.
	after := text[x.span.End:]
	glued := after[:len(after)-len(strings.TrimLeftFunc(after, func(r rune) bool {
		return !unicode.IsSpace(r) && !unicode.IsPunct(r) || strings.ContainsRune(".-ºª", r)
	}))]
	words := []string{nextWord(text, x.span.End+len(glued)), prevWord(text, x.num.Start), strings.TrimLeft(glued, ".-ºª")}
	if r, _ := utf8.DecodeRuneInString(glued); r != utf8.RuneError {
		words = append(words, string(r))
	}
	for _, w := range words {
		switch {
		case w == "":
		case wordIn("floor-0", x.lang, w):
			return []float64{v}
		case wordIn("floor-1", x.lang, w):
			return []float64{v - 1}
		case wordIn("floor-either", x.lang, w):
			return []float64{v, v - 1}
		}
	}
	return nil
}

// nextWord returns the word right after byte i of text, past spaces, or
// "" when a mark or the end comes first.
func nextWord(text string, i int) string {
	rest := strings.TrimLeft(text[i:], " \u00a0")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

// prevWord returns the word right before byte i of text, past spaces.
func prevWord(text string, i int) string {
	before := strings.TrimRight(text[:i], " \u00a0")
	start := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	return before[start+1:]
}

// secondOfTime reports whether q is the ordinal word "second" used as the
// unit of time (data/words.txt, unit-before and unit-after; a number
// before it too, "for 1 second."): "in a second, the light goes out"
// counts no second anything.
func secondOfTime(text string, q quantity.Quantity, lang language.Tag) bool {
	if !q.Spelled || q.Value != 2 || !strings.EqualFold(text[q.Span.Start:q.Span.End], "second") {
		return false
	}
	next := nextWord(text, q.Span.End)
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:q.Span.Start], " \u00a0"))
	return (unicode.IsDigit(before) || wordIn("unit-before", lang, prevWord(text, q.Span.Start))) &&
		(next == "" || wordIn("unit-after", lang, next))
}

// yearSpan returns q multiplied by the span word after it ("two decades"
// is 20), when one follows a count that is no ordinal.
func yearSpan(text string, q quantity.Quantity, lang language.Tag) quantity.Quantity {
	if q.Ordinal || q.Kind != quantity.Count {
		return q
	}
	next := nextWord(text, q.Span.End)
	for kind, mult := range map[string]float64{"span-10": 10, "span-100": 100} {
		if wordIn(kind, lang, next) {
			q.Value *= mult
			q.Scale *= mult
		}
	}
	return q
}
