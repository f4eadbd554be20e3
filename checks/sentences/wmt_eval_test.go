package sentences_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/sentences"
	"github.com/crossread/crossread/internal/evalset"
)

// TestWMTSentenceOmissions measures the sentence check on paragraphs
// built from consecutive wmt23 reference segments, in all 14 pairs: each
// paragraph as the references give it (every omission or addition
// finding a false alarm), and with one target segment dropped (found
// when an omission finding's source evidence covers the dropped
// segment), and with the target segment of another document added
// (found when an addition finding covers it). Run with -v for the table;
// it skips without ../shared.
func TestWMTSentenceOmissions(t *testing.T) {
	eval, ok := evalset.Dir()
	if !ok {
		t.Skip("no ../shared/eval")
	}
	dir := filepath.Join(eval, "wmt23-refs")
	for _, pair := range []string{"cs-uk", "de-en", "en-cs", "en-de", "en-he", "en-ja", "en-ru", "en-uk", "en-zh", "he-en", "ja-en", "ru-en", "uk-en", "zh-en"} {
		if only := os.Getenv("WMT_PAIR"); only != "" && only != pair {
			continue
		}
		sl, tl, _ := strings.Cut(pair, "-")
		recs := readRefs(t, filepath.Join(dir, pair+".jsonl.gz"))
		all := recs
		rng := rand.New(rand.NewPCG(16, uint64(len(recs))))
		other := rand.New(rand.NewPCG(17, uint64(len(recs))))
		var paras, falseParas, found, dropped, added int
		for len(recs) >= 9 && paras < wmtParagraphs {
			n := 5 + rng.IntN(5)
			chunk := recs[:n]
			recs = recs[n:]
			paras++
			src, tgt := joinRefs(chunk, sl, -1, true), joinRefs(chunk, tl, -1, false)
			_, fs := pairtest.Run(t, sentences.Check, src, tgt, sl, tl, 1)
			if omissionsOrAdditions(fs) > 0 {
				falseParas++
			}
			drop := 1 + rng.IntN(n-2) // not the first nor the last
			_, fs = pairtest.Run(t, sentences.Check, src, joinRefs(chunk, tl, drop, false), sl, tl, 1)
			dropped++
			// The dropped segment's place in the source.
			start := len(joinRefs(chunk[:drop], sl, -1, true))
			end := start + len(chunk[drop].Source) + 1
			for _, f := range fs {
				if f.Category == checks.Omission && f.Source != nil && f.Source.Span.Start < end && f.Source.Span.End > start {
					found++
					break
				}
			}
			// A segment of another document added inside the target: one
			// a quarter to three quarters of the file away, never one of
			// the paragraph's own (the paragraph ends at len(all)-len(recs)).
			extra := all[(len(all)-len(recs)+len(all)/4+other.IntN(len(all)/2))%len(all)]
			at := 1 + other.IntN(n-1)
			withExtra := append(append(append([]ref(nil), chunk[:at]...), extra), chunk[at:]...)
			_, fs = pairtest.Run(t, sentences.Check, src, joinRefs(withExtra, tl, -1, false), sl, tl, 1)
			start = len(joinRefs(withExtra[:at+1], tl, -1, false)) - len(extra.Target)
			end = start + len(extra.Target)
			for _, f := range fs {
				if f.Category == checks.Addition && f.Span.Start < end && f.Span.End > start {
					added++
					break
				}
			}
		}
		falseShare := float64(falseParas) / float64(max(paras, 1))
		t.Logf("%s: %d paragraphs, %d with a false omission or addition (%.3f); dropped segment found %d/%d (%.3f); added segment found %d (%.3f)",
			pair, paras, falseParas, falseShare, found, dropped, float64(found)/float64(max(dropped, 1)), added, float64(added)/float64(max(paras, 1)))
		if falseShare > maxFalseParas {
			t.Errorf("%s: %.3f of professional paragraphs get an omission or addition; want at most %.2f", pair, falseShare, maxFalseParas)
		}
	}
}

// wmtParagraphs is how many paragraphs of each pair the test builds
// (de-en and en-de have records for fewer): enough for a figure to a
// few points.
const wmtParagraphs = 200

// maxFalseParas bounds the share of reference paragraphs with an
// omission or addition finding (measured: 0 to 0.017 a pair).
const maxFalseParas = 0.05

type ref struct{ Source, Target string }

// readRefs reads the pairs of a wmt23-refs file, each side one line,
// without the pairs whose target copies its source.
func readRefs(t *testing.T, path string) []ref {
	rs, err := evalset.Read(path)
	if err != nil {
		t.Skipf("no data: %v", err)
	}
	var out []ref
	for _, r := range rs {
		src, tgt := strings.Join(strings.Fields(r.Source), " "), strings.Join(strings.Fields(r.Target), " ")
		if src != "" && tgt != "" && src != tgt {
			out = append(out, ref{src, tgt})
		}
	}
	return out
}

// joinRefs joins the segments of one side into a paragraph, without
// segment drop (-1 for none), with a space between them but in Chinese
// and Japanese.
func joinRefs(rs []ref, lang string, drop int, source bool) string {
	sep := " "
	if lang == "zh" || lang == "ja" {
		sep = ""
	}
	var parts []string
	for i, r := range rs {
		if i == drop {
			continue
		}
		if source {
			parts = append(parts, r.Source)
		} else {
			parts = append(parts, r.Target)
		}
	}
	return strings.Join(parts, sep)
}

func omissionsOrAdditions(fs []checks.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Category == checks.Omission || f.Category == checks.Addition {
			n++
		}
	}
	return n
}
