package align

import (
	"math"
	"slices"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/corpus"
)

func TestParagraphCuts(t *testing.T) {
	for _, c := range []struct {
		text         string
		sent, clause []int
	}{
		{"Eins zwei drei.", nil, nil},
		{"Eins zwei. Drei vier.", []int{8}, []int{8}},
		{"Eins, zwei; drei: vier – fünf.", nil, []int{4, 8, 12, 16}},
		{"egrep(1) matches text. tcl(3tcl) can.", nil, []int{17}},
		{"Meta baut 2 Cluster. Jeder hat 24.000 H100-GPUs, sagt er.", []int{16}, []int{16, 37}},
	} {
		d, err := corpus.Load("t.txt", []byte(c.text), corpus.Options{Lang: language.German, Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		cs := paragraphCuts(d)[0]
		if !slices.Equal(cs.sent, c.sent) || !slices.Equal(cs.clause, c.clause) {
			t.Errorf("%q: got %v, %v; want %v, %v", c.text, cs.sent, cs.clause, c.sent, c.clause)
		}
	}
}

// TestSplitLLR checks that a merge whose break fits a sentence break counts
// the lengths of both pairs, and one whose break fits none loses length
// evidence.
func TestSplitLLR(t *testing.T) {
	w := &work{
		t:      &docFeat{paras: []paraFeat{{chars: 100}, {chars: 100}, {chars: 150}, {chars: 50}}},
		srcs:   []*docFeat{{paras: []paraFeat{{chars: 200}}}},
		tcuts:  make([]cutSet, 4),
		scuts:  [][]cutSet{{{sent: []int{100}, clause: []int{30, 100}}}},
		length: fitLength([]float64{0, 0.05, -0.05, 0.1, -0.1}, []float64{-1, 1, 0.5, -0.5, 2, -2}),
	}
	fits := bead{t0: 0, t1: 1, s0: 0, s1: 0}   // 100+100 against 100|100
	misfit := bead{t0: 2, t1: 3, s0: 0, s1: 0} // 150+50 against 200, cut at 30 or 100
	wholeFits := w.length.llr(w.tchars(fits), w.schars(fits))
	if got := w.splitLLR(fits); got <= wholeFits {
		t.Errorf("fitting split: got %.2f; want above the whole's %.2f", got, wholeFits)
	}
	wholeMisfit := w.length.llr(w.tchars(misfit), w.schars(misfit))
	if got := w.splitLLR(misfit); got >= wholeMisfit {
		t.Errorf("misfit split: got %.2f; want below the whole's %.2f", got, wholeMisfit)
	}
}

// TestShiftLLR checks that a 2:2 bead whose break moved to a sentence
// break counts the lengths of both pairs, and one without a cut has no
// such reading.
func TestShiftLLR(t *testing.T) {
	w := &work{
		t:      &docFeat{paras: []paraFeat{{chars: 150}, {chars: 50}}},
		srcs:   []*docFeat{{paras: []paraFeat{{chars: 100}, {chars: 100}}}},
		tcuts:  make([]cutSet, 2),
		scuts:  [][]cutSet{{{}, {sent: []int{50}}}},
		length: fitLength([]float64{0, 0.05, -0.05, 0.1, -0.1}, []float64{-1, 1, 0.5, -0.5, 2, -2}),
	}
	b := bead{t0: 0, t1: 1, s0: 0, s1: 1}
	whole := w.length.llr(w.tchars(b), w.schars(b))
	if got := w.shiftLLR(b); got <= whole {
		t.Errorf("moved break: got %.2f; want above the whole's %.2f", got, whole)
	}
	w.scuts[0][1] = cutSet{}
	if got := w.shiftLLR(b); !math.IsInf(got, -1) {
		t.Errorf("no cut: got %.2f; want -Inf", got)
	}
}

// TestRunCost checks that units left unlinked in a block make extending a
// run cheaper than units left unlinked one by one.
func TestRunCost(t *testing.T) {
	free := make([]bool, 9)
	anchors := func(src ...int) []bead {
		var out []bead
		for i, j := range src {
			out = append(out, bead{t0: i, t1: i, s0: j, s1: j})
		}
		return out
	}
	span := [4]int{0, 4, 0, 8}
	block := runCost(anchors(0, 5, 6, 7, 8), span, free, free)
	scattered := runCost(anchors(0, 2, 4, 6, 8), span, free, free)
	if !(block < scattered) {
		t.Errorf("got block %.2f, scattered %.2f; want block cheaper", block, scattered)
	}
}
