package coverage_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/coverage"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// pair loads the documents and links target paragraph i to source
// paragraph links[i] (-1: none); source paragraphs left out get links of
// their own, as the aligner gives them.
func pair(t *testing.T, src, tgt string, links []int) *align.Alignment {
	t.Helper()
	s, err := corpus.Load("s.en", []byte(src), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Load("t.de", []byte(tgt), corpus.Options{Lang: language.German})
	if err != nil {
		t.Fatal(err)
	}
	a := &align.Alignment{Target: d, Sources: []*corpus.Document{s}}
	used := map[int]bool{}
	for i, j := range links {
		l := align.Link{Target: []int{i}}
		if j >= 0 {
			l.Sources, l.Score, used[j] = []align.SourceParas{{Doc: 0, Paras: []int{j}}}, 1, true
		}
		a.Links = append(a.Links, l)
	}
	for j := range s.Paragraphs {
		if !used[j] {
			a.Links = append(a.Links, align.Link{Sources: []align.SourceParas{{Doc: 0, Paras: []int{j}}}})
		}
	}
	return a
}

func summary(t *testing.T, a *align.Alignment) string {
	t.Helper()
	fs, err := checks.Run(a, []*checks.Check{coverage.Check}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		first := append(strings.Fields(a.Target.Slice(f.Span)), "")[0]
		out = append(out, fmt.Sprintf("%s %s %q", f.Severity, f.Category, first))
	}
	return strings.Join(out, "; ")
}

const (
	src3 = "Siemens reported a profit of 2.1 billion euros in the second quarter.\n\n" +
		"The company also raised its forecast for the whole year, citing strong demand.\n\n" +
		"Shares rose four percent in Frankfurt trading on Thursday morning."
	tgt3 = "Siemens meldete im zweiten Quartal einen Gewinn von 2,1 Milliarden Euro.\n\n" +
		"Das Unternehmen hob zudem seine Prognose für das Gesamtjahr an.\n\n" +
		"Die Aktie stieg im Frankfurter Handel am Donnerstagmorgen um vier Prozent."
)

// sentences repeats sentence s n times, in one paragraph.
func sentences(s string, n int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}

func TestCoverage(t *testing.T) {
	two := strings.SplitN(tgt3, "\n\n", 3)
	for _, c := range []struct {
		name, src, tgt string
		links          []int
		want           string
	}{
		{"every paragraph translated", src3, tgt3, []int{0, 1, 2}, ""},
		{"middle paragraph dropped: placed after the first", src3, two[0] + "\n\n" + two[2], []int{0, 2},
			"major accuracy/omission \"Siemens\""},
		{"first paragraph dropped: placed before the next", src3, two[1] + "\n\n" + two[2], []int{1, 2},
			"major accuracy/omission \"Das\""},
		{"a short credit line dropped is minor", src3 + "\n\n(Reuters)", tgt3, []int{0, 1, 2},
			"minor accuracy/omission \"Die\""},
		{"one paragraph of four added", src3, tgt3 + "\n\nWas das bedeutet, bleibt abzuwarten.", []int{0, 1, 2, -1},
			"info other/not-checked \"Was\""},
		{"most paragraphs unaligned", src3, tgt3, []int{0, -1, -1},
			"major accuracy/omission \"Siemens\"; major accuracy/omission \"Siemens\"; major other/not-checked \"Das\"; info other/not-checked \"Das\"; info other/not-checked \"Die\""},
		{"a copy of the source", src3, src3, []int{0, 1, 2}, "critical accuracy/untranslated \"Siemens\""},
		{"a short kept segment is no copy", "iPhone 15 Pro", "iPhone 15 Pro", []int{0}, ""},
		{"punctuation for a translation", "Shares rose four percent on Thursday.", ".", []int{0}, "critical accuracy/omission \".\""},
		{"punctuation for punctuation", "…", "…", []int{0}, ""},
		{"an empty target omits the source", src3, "", nil, "critical accuracy/omission \"\""},
		{"a white-space target is empty", src3, " \n\n\t\r\n", nil, "critical accuracy/omission \"\""},
		// Too many sentences for one table: the report says they were
		// aligned in chunks; a link just below stays quiet.
		{"a paragraph of 600 sentences", sentences("The vote was held on Tuesday.", 600), sentences("Die Abstimmung fand am Dienstag statt.", 600), []int{0},
			"info other/not-checked \"Die\""},
		{"a paragraph of 400 sentences", sentences("The vote was held on Tuesday.", 400), sentences("Die Abstimmung fand am Dienstag statt.", 400), []int{0}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := summary(t, pair(t, c.src, c.tgt, c.links)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestMaxUnaligned(t *testing.T) {
	a := pair(t, src3, tgt3, []int{0, 1, -1})
	for _, c := range []struct {
		share float64
		major bool
	}{{0, false}, {0.25, true}, {0.5, false}} {
		fs, err := checks.Run(a, []*checks.Check{coverage.Check}, checks.Env{MaxUnaligned: c.share})
		if err != nil {
			t.Fatal(err)
		}
		major := false
		for _, f := range fs {
			major = major || f.Category == checks.NotChecked && f.Severity == checks.Major
		}
		if major != c.major {
			t.Errorf("MaxUnaligned %v: major finding %v; want %v", c.share, major, c.major)
		}
	}
}
