package align_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/evalset"
)

// The WMT23 reference pairs, as source-target: the target document is the
// translation, the source the original.
var wmtPairs = []string{
	"cs-uk", "de-en", "en-cs", "en-de", "en-he", "en-ja", "en-ru",
	"en-uk", "en-zh", "he-en", "ja-en", "ru-en", "uk-en", "zh-en",
}

// wmtInOrderMinimum is the share of the paragraphs of in-order documents
// that must be aligned right, in every pair (issue #11; measured 0.992
// for ja-en to 1).
const wmtInOrderMinimum = 0.98

// wmtPerturbGoal is the strict bead F1 issue #11 asks of perturbed
// documents in every pair. Chinese and Japanese against English reach it
// through their words' English glosses (0.886-0.912 without them), en-cs
// through marks of punctuation (0.935 without), and Russian, Ukrainian
// and Hebrew against English through the core word lists (0.921-0.947
// without them: a sentence-long paragraph with no name, number or mark
// in common with its source had only its length to place it).
const wmtPerturbGoal = 0.95

// wmtUnrelatedMaximum bounds the share of the target paragraphs linked when
// a document's target is paired with the next document's source: nothing
// there translates, but the two are consecutive stretches of one stream
// (the same product listing, the same standard), so numbers, names and
// marks recur (measured 0.04 for en-cs to 0.21 for zh-en, 0.26 for
// en-de with FreeDict installed).
const wmtUnrelatedMaximum = 0.3

// wmtDocs is how many documents of each pair the test builds: enough for
// a figure to the percent, few enough for two cores.
const wmtDocs = 40

// wmtPerturbations is how many perturbed versions of each document the
// test aligns: with one, which paragraphs happen to be dropped, merged or
// moved in some forty documents moves a pair's F1 by a point or two.
const wmtPerturbations = 3

type wmtRecord struct{ Source, Target string }

// wmtDoc is a constructed document pair with its gold beads, as
// [target paragraphs, source paragraphs].
type wmtDoc struct {
	src, tgt []string
	gold     [][2][]int
}

// TestWMTDocuments aligns documents built from consecutive WMT23 reference
// segments, one segment a paragraph: in order, with paragraphs dropped on
// either side, merged and moved, and against the next document's source.
func TestWMTDocuments(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "eval", "wmt23-refs")
	for _, pair := range wmtPairs {
		t.Run(pair, func(t *testing.T) {
			recs := readWMT(t, filepath.Join(dir, pair+".jsonl.gz"))
			sl, tl, _ := strings.Cut(pair, "-")
			forDicts(t, language.Make(tl), language.Make(sl), func(t *testing.T, opt align.Options, _ bool) {
				wmtRun(t, align.New(opt), recs, pair, sl, tl)
			})
		})
	}
}

// wmtRun aligns the documents built from the records of one pair and
// checks the figures against the bars.
func wmtRun(t *testing.T, al align.Aligner, recs []wmtRecord, pair, sl, tl string) {
	// The bars were met on the first documents with this seed; other
	// records and perturbations measure what tuning did not see:
	// ALIGN_WMT_SKIP=600 starts 600 records on, ALIGN_WMT_SEED=1 draws
	// other documents and perturbations.
	seed, _ := strconv.Atoi(os.Getenv("ALIGN_WMT_SEED"))
	skip, _ := strconv.Atoi(os.Getenv("ALIGN_WMT_SKIP"))
	rng := rand.New(rand.NewPCG(23+uint64(seed), uint64(len(recs))))
	recs = recs[min(max(skip, 0), len(recs)):]
	var right, total, linked, unrelated int
	var gold, test [][2][]int
	docs := chunkRecords(recs, rng)
	for doc, chunk := range docs {
		in := inOrderDoc(chunk)
		got := alignWMT(t, al, in, sl, tl)
		r, n := rightParas(in.gold, got)
		right, total = right+r, total+n
		for v := range wmtPerturbations {
			pd := perturbDoc(chunk, rng)
			k := doc*wmtPerturbations + v
			gold = append(gold, offsetBeads(pd.gold, k)...)
			pg := alignWMT(t, al, pd, sl, tl)
			dumpWMT(pair, k, pd, pg)
			test = append(test, offsetBeads(pg, k)...)
		}
		if doc+1 < len(docs) {
			u := wmtDoc{tgt: in.tgt, src: inOrderDoc(docs[doc+1]).src}
			linked += linkedParas(alignWMT(t, al, u, sl, tl))
			unrelated += len(u.tgt)
		}
	}
	share := float64(right) / float64(total)
	_, _, f := beadPRF(gold, test)
	nf, nt := nullRecall(gold, test)
	us := float64(linked) / float64(max(unrelated, 1))
	t.Logf("%s: in order %d/%d = %.3f; perturbed strict F1 %.3f, null beads %d/%d; unrelated %d/%d = %.3f linked",
		pair, right, total, share, f, nf, nt, linked, unrelated, us)
	if share < wmtInOrderMinimum {
		t.Errorf("in order: %.3f of paragraphs right; want at least %.2f", share, wmtInOrderMinimum)
	}
	if f < wmtPerturbGoal {
		t.Errorf("perturbed: strict F1 %.3f; want at least %.2f", f, wmtPerturbGoal)
	}
	if us > wmtUnrelatedMaximum {
		t.Errorf("unrelated: %.3f of target paragraphs linked; want at most %.2f", us, wmtUnrelatedMaximum)
	}
}

// linkedParas counts the target paragraphs that beads link to a source.
func linkedParas(beads [][2][]int) int {
	n := 0
	for _, b := range beads {
		if len(b[0]) > 0 && len(b[1]) > 0 {
			n += len(b[0])
		}
	}
	return n
}

func readWMT(t *testing.T, path string) []wmtRecord {
	rs, err := evalset.Read(path)
	if err != nil {
		t.Skipf("no WMT data: %v", err)
	}
	var out []wmtRecord
	for _, r := range rs {
		src, tgt := oneLine(r.Source), oneLine(r.Target)
		if src != "" && tgt != "" {
			out = append(out, wmtRecord{Source: src, Target: tgt})
		}
	}
	return out
}

// oneLine keeps a segment one paragraph.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// chunkRecords cuts the records into documents of 10 to 20 consecutive
// segments, at most wmtDocs of them. ALIGN_WMT_LO and ALIGN_WMT_SPAN set
// other sizes, LO to LO+SPAN-1 segments, to measure (the bars hold for
// the default).
func chunkRecords(recs []wmtRecord, rng *rand.Rand) [][]wmtRecord {
	lo, _ := strconv.Atoi(os.Getenv("ALIGN_WMT_LO"))
	span, _ := strconv.Atoi(os.Getenv("ALIGN_WMT_SPAN"))
	if lo < 1 || span < 1 {
		lo, span = 10, 11
	}
	var out [][]wmtRecord
	for len(recs) >= lo && len(out) < wmtDocs {
		n := min(lo+rng.IntN(span), len(recs))
		out, recs = append(out, recs[:n]), recs[n:]
	}
	return out
}

func inOrderDoc(recs []wmtRecord) wmtDoc {
	var d wmtDoc
	for i, r := range recs {
		d.src = append(d.src, r.Source)
		d.tgt = append(d.tgt, r.Target)
		d.gold = append(d.gold, [2][]int{{i}, {i}})
	}
	return d
}

// perturbDoc drops a target paragraph (an omission), a source paragraph (an
// addition in the target), merges two target paragraphs and moves one, each
// with probability one half, on distinct segments.
func perturbDoc(recs []wmtRecord, rng *rand.Rand) wmtDoc {
	n := len(recs)
	perm := rng.Perm(n - 1) // candidates for the first of two adjacent segments
	used := make([]bool, n)
	pick := func(w int) int {
		for k, i := range perm {
			if i+w <= n && !used[i] && (w == 1 || !used[i+1]) {
				perm = append(perm[:k], perm[k+1:]...)
				for j := i; j < i+w; j++ {
					used[j] = true
				}
				return i
			}
		}
		return -1
	}
	omit, add, merge, move := -1, -1, -1, -1
	if rng.IntN(2) == 0 {
		omit = pick(1)
	}
	if rng.IntN(2) == 0 {
		add = pick(1)
	}
	if rng.IntN(2) == 0 {
		merge = pick(2)
	}
	if rng.IntN(2) == 0 {
		move = pick(1)
	}
	var d wmtDoc
	srcIdx := make([]int, n)
	for i, r := range recs {
		srcIdx[i] = -1
		if i != add {
			srcIdx[i] = len(d.src)
			d.src = append(d.src, r.Source)
		}
	}
	// Target units in order: each a list of segments.
	var units [][]int
	for i := 0; i < n; i++ {
		switch {
		case i == omit || i == move:
		case i == merge:
			units = append(units, []int{i, i + 1})
			i++
		default:
			units = append(units, []int{i})
		}
	}
	if move >= 0 {
		// Away from its place by at least three units, at either end's side.
		// Its place is counted in units, not segments: the omitted and the
		// merged segments before it shift it.
		home := 0
		for home < len(units) && units[home][0] < move {
			home++
		}
		at := rng.IntN(len(units) + 1)
		for tries := 0; tries < 20 && abs(at-home) < 3; tries++ {
			at = rng.IntN(len(units) + 1)
		}
		units = append(units[:at], append([][]int{{move}}, units[at:]...)...)
	}
	for _, u := range units {
		var parts []string
		var src []int
		for _, i := range u {
			parts = append(parts, recs[i].Target)
			if srcIdx[i] >= 0 {
				src = append(src, srcIdx[i])
			}
		}
		k := len(d.tgt)
		d.tgt = append(d.tgt, strings.Join(parts, " "))
		d.gold = append(d.gold, [2][]int{{k}, src})
	}
	if omit >= 0 {
		d.gold = append(d.gold, [2][]int{nil, {srcIdx[omit]}})
	}
	return d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// alignWMT aligns a constructed document and returns its beads.
func alignWMT(t *testing.T, al align.Aligner, d wmtDoc, sl, tl string) [][2][]int {
	load := func(paras []string, lang string) *corpus.Document {
		doc, err := corpus.Load("wmt.txt", []byte(strings.Join(paras, "\n\n")), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Paragraphs) != len(paras) {
			t.Fatalf("%d paragraphs from %d segments", len(doc.Paragraphs), len(paras))
		}
		return doc
	}
	a, err := al.Align(load(d.tgt, tl), []*corpus.Document{load(d.src, sl)})
	if err != nil {
		t.Fatal(err)
	}
	return beadsOf(a)
}

// rightParas counts the target paragraphs whose bead is the gold one.
func rightParas(gold, test [][2][]int) (right, total int) {
	key := func(b [2][]int) string { return fmtBead(b) }
	in := map[string]bool{}
	for _, b := range test {
		in[key(b)] = true
	}
	for _, g := range gold {
		if len(g[0]) > 0 {
			total += len(g[0])
			if in[key(g)] {
				right += len(g[0])
			}
		}
	}
	return right, total
}

// offsetBeads shifts the beads of one document so that the beads of all
// documents of a pair can be scored together: indices are made unique by
// adding a large per-document offset (doc numbers one document version).
func offsetBeads(beads [][2][]int, doc int) [][2][]int {
	out := make([][2][]int, len(beads))
	for k, b := range beads {
		for s := range 2 {
			for _, i := range b[s] {
				out[k][s] = append(out[k][s], doc*1000+i)
			}
			sort.Ints(out[k][s])
		}
	}
	return out
}
