package sentences

import (
	"math"
	"sort"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

// LengthDeparture returns how far the length of the target sentence at s
// lies from the one its source makes likely, in standard deviations of
// the language pair's model (negative: shorter), and in English
// characters, when s is alone in a bead with one source sentence and the
// pair has a model. Alone it is weak evidence; the corroborate check
// weighs it with others.
func LengthDeparture(p *checks.Pass, s corpus.Span) (z, chars float64, ok bool) {
	tgt := p.Target()
	i := tgt.ParagraphAt(s.Start)
	if i < 0 {
		return 0, 0, false
	}
	l := p.LinkFor(i)
	if l == nil || len(l.Sources) != 1 {
		return 0, 0, false
	}
	src := p.Source(l.Sources[0].Doc)
	m, ok := pairModel(tgt.Lang, src.Lang)
	if !ok {
		return 0, 0, false
	}
	beads := sentenceBeads(p, *l)
	if k := beadAt(beads, s.Start); k >= 0 {
		b := beads[k]
		if len(b.Target) != 1 || len(b.Sources) != 1 || len(b.Sources[0].Spans) != 1 {
			return 0, 0, false
		}
		t, sc := align.Chars(tgt, b.Target), align.Chars(src, b.Sources[0].Spans)
		if t == 0 || sc == 0 {
			return 0, 0, false
		}
		diff := (float64(t) - float64(sc)*math.Exp(m.mu)) / math.Exp(m.tScale)
		return m.z(t, sc), diff, true
	}
	return 0, 0, false
}

// beadAt returns the index of the bead whose target sentences hold offset
// off, or -1, by binary search: beads follow the target, and a long
// paragraph has thousands. A bead without target sentences (a source
// sentence left out) holds none.
func beadAt(beads []align.SentenceLink, off int) int {
	next := func(k int) int { // the first bead from k on with a target
		for k < len(beads) && len(beads[k].Target) == 0 {
			k++
		}
		return k
	}
	k := sort.Search(len(beads), func(i int) bool {
		j := next(i)
		return j == len(beads) || beads[j].Target[len(beads[j].Target)-1].End > off
	})
	k = next(k)
	if k < len(beads) && beads[k].Target[0].Start <= off {
		return k
	}
	return -1
}
