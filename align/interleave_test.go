package align_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// TestParagraphsDevInterleaved measures the paragraph development set the
// way issue #3 measures a German article that interleaves two English
// sources: the English side is cut into runs of consecutive gold beads,
// dealt alternately to two source documents, and the German is aligned
// against both. Source indices count through the sources as if
// concatenated, as `crossread align --format beads` prints them.
func TestParagraphsDevInterleaved(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "eval", "paragraphs")
	gold := readGold(t, filepath.Join(dir, "dev.gold.json"))
	deLines := readLines(t, filepath.Join(dir, "dev.de"))
	enLines := readLines(t, filepath.Join(dir, "dev.en"))
	de, err := corpus.Load("dev.de", []byte(strings.Join(deLines, "\n\n")), corpus.Options{Lang: language.German})
	if err != nil {
		t.Fatal(err)
	}
	for _, run := range []int{3, 8, 20} {
		// Deal runs of gold beads to sources 0 and 1.
		var text [2][]string
		where := map[int][2]int{} // English line → source, index in it
		for k, g := range gold {
			s := k / run % 2
			for _, j := range g[1] {
				where[j] = [2]int{s, len(text[s])}
				text[s] = append(text[s], enLines[j])
			}
		}
		var srcs []*corpus.Document
		for s := range text {
			d, err := corpus.Load("src", []byte(strings.Join(text[s], "\n\n")), corpus.Options{Lang: language.English})
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, d)
		}
		flat := func(j int) int {
			w := where[j]
			return w[0]*len(text[0]) + w[1]
		}
		var want [][2][]int
		for _, g := range gold {
			var bd [2][]int
			bd[0] = g[0]
			for _, j := range g[1] {
				bd[1] = append(bd[1], flat(j))
			}
			want = append(want, bd)
		}
		a, err := align.New(align.Options{}).Align(de, srcs)
		if err != nil {
			t.Fatal(err)
		}
		var got [][2][]int
		for _, l := range a.Links {
			var bd [2][]int
			bd[0] = append(bd[0], l.Target...)
			for _, sp := range l.Sources {
				for _, j := range sp.Paras {
					bd[1] = append(bd[1], sp.Doc*len(text[0])+j)
				}
			}
			got = append(got, bd)
		}
		if os.Getenv("ALIGN_INTERLEAVE_OUT") != "" {
			dump := func(name string, bs [][2][]int) {
				var sb strings.Builder
				for _, b := range bs {
					sb.WriteString(fmtInts(b[0]) + ":" + fmtInts(b[1]) + "\n")
				}
				os.WriteFile(fmt.Sprintf("%s.%d.%s", os.Getenv("ALIGN_INTERLEAVE_OUT"), run, name), []byte(sb.String()), 0o644)
			}
			dump("gold", want)
			dump("test", got)
		}
		p, r, f := beadPRF(want, got)
		nf, nt := nullRecall(want, got)
		t.Logf("paragraphs/dev interleaved in runs of %d beads: strict P=%.3f R=%.3f F1=%.3f; omitted and inserted paragraphs found %d/%d", run, p, r, f, nf, nt)
		if f < interleavedMinimum {
			t.Errorf("runs of %d: strict F1 %.3f; want at least %.3f", run, f, interleavedMinimum)
		}
	}
}

// interleavedMinimum is the strict bead F1 the interleaved development
// set must keep.
const interleavedMinimum = 0.925

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("cannot read %s: %v", path, err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

// readGold reads gold beads written as JSON, [[target...], [source...]]
// per bead, or skips the test when the file is missing.
func readGold(t *testing.T, path string) [][2][]int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no gold: %v", err)
	}
	var gold [][2][]int
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	return gold
}
