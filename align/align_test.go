package align_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render prints an alignment one link a line, paragraphs numbered from 1,
// for golden files and error messages.
func render(a *align.Alignment) string {
	var b strings.Builder
	name := func(d int) string { return filepath.Base(a.Sources[d].Path) }
	span := func(ps []int) string {
		if len(ps) == 1 {
			return fmt.Sprint(ps[0] + 1)
		}
		return fmt.Sprintf("%d-%d", ps[0]+1, ps[len(ps)-1]+1)
	}
	for _, l := range a.Links {
		var srcs []string
		for _, sp := range l.Sources {
			srcs = append(srcs, fmt.Sprintf("%s#%s", name(sp.Doc), span(sp.Paras)))
		}
		switch {
		case len(l.Target) == 0:
			fmt.Fprintf(&b, "unlinked %s\n", strings.Join(srcs, " + "))
		case len(srcs) == 0:
			fmt.Fprintf(&b, "target %s <- nothing\n", span(l.Target))
		default:
			fmt.Fprintf(&b, "target %s <- %s\n", span(l.Target), strings.Join(srcs, " + "))
		}
	}
	return b.String()
}

func mustLoad(t *testing.T, path string, lang language.Tag) *corpus.Document {
	t.Helper()
	d, err := corpus.LoadFile(path, corpus.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestGolden aligns the small bilingual cases in testdata and compares the
// result with alignment.golden in each case directory. The golden files were
// checked by hand: they are the right answer, not just the last output.
func TestGolden(t *testing.T) {
	testCases := []struct {
		name    string
		target  string
		lang    language.Tag
		sources []string
	}{
		// Sources reordered, a target paragraph of comment, a source paragraph left out.
		{"reorder", "target.de.txt", language.German, []string{"source.en.txt"}},
		// Two sources interleaved, one paragraph split in two.
		{"twosources", "target.de.txt", language.German, []string{"a.en.txt", "b.en.txt"}},
		// A source that covers only the middle of the target (en→fr).
		{"middle", "target.fr.txt", language.French, []string{"source.en.txt"}},
		// en→ja: only numbers and Latin names carry over; a split paragraph.
		{"split-ja", "target.ja.txt", language.Japanese, []string{"source.en.txt"}},
		// A source paragraph translated twice, the second time far away (a
		// reminder at the end); a reuse needs strong evidence.
		{"reuse", "target.de.txt", language.German, []string{"source.en.txt"}},
		// A target paragraph that merges paragraphs of two sources.
		{"bothsources", "target.de.txt", language.German, []string{"a.en.txt", "b.en.txt"}},
		// An empty source next to a real one.
		{"empty", "target.de.txt", language.German, []string{"empty.en.txt", "a.en.txt"}},
		// A paragraph boundary moved: two target paragraphs render two
		// source paragraphs, but neither pairs with one alone (2:2).
		{"merge22", "target.de.txt", language.German, []string{"source.en.txt"}},
		// A news lead that sums up the two paragraphs after it, which it
		// repeats; a remark between two consecutive paragraphs stays alone.
		{"lead", "target.de.txt", language.German, []string{"source.en.txt"}},
		// A source paragraph moved to the end and split in two, after the
		// rest is linked.
		{"moved", "target.de.txt", language.German, []string{"source.en.txt"}},
		// A source paragraph split around a lead-in the translator inserted
		// ("In Jungs Worten:"): its second half is linked past the lead-in.
		{"interjection", "target.de.txt", language.German, []string{"source.en.txt"}},
		// The same, but the paragraph after the lead-in translates nothing:
		// it stays unaligned.
		{"interjection-none", "target.de.txt", language.German, []string{"source.en.txt"}},
		// The later half is the one linked first: the earlier half is found
		// looking back past the lead-in.
		{"interjection-back", "target.de.txt", language.German, []string{"source.en.txt"}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join("testdata", tc.name)
			target := mustLoad(t, filepath.Join(dir, tc.target), tc.lang)
			var sources []*corpus.Document
			for _, s := range tc.sources {
				sources = append(sources, mustLoad(t, filepath.Join(dir, s), language.English))
			}
			a, err := align.New(align.Options{}).Align(target, sources)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a)
			got := render(a)
			golden := filepath.Join(dir, "alignment.golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// checkInvariants verifies the Alignment contract: every target paragraph
// in exactly one link, contiguous ascending targets, every source paragraph
// either linked or listed alone, scores in [0, 1].
func checkInvariants(t *testing.T, a *align.Alignment) {
	t.Helper()
	seen := make([]int, len(a.Target.Paragraphs))
	linked := make([][]bool, len(a.Sources))
	for d, s := range a.Sources {
		linked[d] = make([]bool, len(s.Paragraphs))
	}
	for _, l := range a.Links {
		if l.Score < 0 || l.Score > 1 {
			t.Errorf("link %v: score %v outside [0, 1]", l, l.Score)
		}
		if len(l.Sources) == 0 && l.Score != 0 {
			t.Errorf("unaligned link %v has score %v; want 0", l, l.Score)
		}
		for k, i := range l.Target {
			seen[i]++
			if k > 0 && i != l.Target[k-1]+1 {
				t.Errorf("link %v: target paragraphs not contiguous", l)
			}
		}
		for _, sp := range l.Sources {
			for k, j := range sp.Paras {
				if k > 0 && j <= sp.Paras[k-1] {
					t.Errorf("link %v: source paragraphs not ascending", l)
				}
				if len(l.Target) > 0 {
					linked[sp.Doc][j] = true
				}
			}
		}
	}
	for i, n := range seen {
		if n != 1 {
			t.Errorf("target paragraph %d is in %d links; want 1", i, n)
		}
	}
	for _, l := range a.Links {
		if len(l.Target) == 0 {
			for _, sp := range l.Sources {
				for _, j := range sp.Paras {
					if linked[sp.Doc][j] {
						t.Errorf("source %d paragraph %d is both linked and listed alone", sp.Doc, j)
					}
					linked[sp.Doc][j] = true
				}
			}
		}
	}
	for d := range linked {
		for j, ok := range linked[d] {
			if !ok {
				t.Errorf("source %d paragraph %d appears in no link", d, j)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	dir := filepath.Join("testdata", "reorder")
	target := mustLoad(t, filepath.Join(dir, "target.de.txt"), language.German)
	source := mustLoad(t, filepath.Join(dir, "source.en.txt"), language.English)
	testCases := []struct {
		name string
		opt  align.Options
		want string
	}{
		{"monotone", align.Options{Monotone: true}, "target 1 <- nothing\ntarget 2 <- source.en.txt#1\ntarget 3 <- nothing\n" +
			"target 4 <- source.en.txt#2\ntarget 5 <- source.en.txt#5\ntarget 6 <- nothing\n" +
			"unlinked source.en.txt#3\nunlinked source.en.txt#4\n"},
		// Only the surest links survive; the reordered paragraph, with fewer
		// shared tokens, is dropped.
		{"strict", align.Options{MinScore: 0.999}, "target 1 <- nothing\ntarget 2 <- source.en.txt#1\ntarget 3 <- nothing\n" +
			"target 4 <- source.en.txt#2\ntarget 5 <- source.en.txt#5\ntarget 6 <- nothing\n" +
			"unlinked source.en.txt#3\nunlinked source.en.txt#4\n"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := align.New(tc.opt).Align(target, []*corpus.Document{source})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a)
			for _, l := range a.Aligned() {
				if l.Score < tc.opt.MinScore {
					t.Errorf("link %v: score %.3f under MinScore %.3f", l.Target, l.Score, tc.opt.MinScore)
				}
			}
			if got := render(a); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestEdgeCases(t *testing.T) {
	de := func(s string) *corpus.Document {
		d, err := corpus.Load("t.txt", []byte(s), corpus.Options{Lang: language.German})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	en := func(s string) *corpus.Document {
		d, err := corpus.Load("s.txt", []byte(s), corpus.Options{Lang: language.English})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	testCases := []struct {
		name    string
		target  *corpus.Document
		sources []*corpus.Document
		want    string
	}{
		{"no sources", de("Eins.\n\nZwei."), nil, "target 1 <- nothing\ntarget 2 <- nothing\n"},
		{"empty target", de(""), []*corpus.Document{en("One.\n\nTwo.")}, "unlinked s.txt#1\nunlinked s.txt#2\n"},
		{"empty source", de("Siemens meldet 2,1 Milliarden Euro Gewinn."), []*corpus.Document{en("")}, "target 1 <- nothing\n"},
		{"one to one", de("Siemens meldet 2,1 Milliarden Euro Gewinn."), []*corpus.Document{en("Siemens reports a profit of 2.1 billion euros.")},
			"target 1 <- s.txt#1\n"},
		// A URL paragraph matches the paragraph with the same URL, and
		// only that one, although the numbers in it appear in the prose.
		{"url", de("Meta meldet für das Quartal 2024 einen Umsatz von 39,1 Milliarden Dollar.\n\nhttps://www.example.org/2024/7/31/meta-q2"),
			[]*corpus.Document{en("Meta reported 2024 second-quarter revenue of $39.1 billion, up 31 percent.\n\nSource: example.org/2024/7/31/meta-q2/")},
			"target 1 <- s.txt#1\ntarget 2 <- s.txt#2\n"},
		{"unrelated", de("Das Wetter bleibt sonnig und warm."), []*corpus.Document{en("Siemens reports a profit of 2.1 billion euros.")},
			"target 1 <- nothing\nunlinked s.txt#1\n"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := align.New(align.Options{}).Align(tc.target, tc.sources)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a)
			if got := render(a); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
	if _, err := align.New(align.Options{}).Align(nil, nil); err == nil {
		t.Errorf("Align(nil, nil): got no error; want one")
	}
}
