package checks_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func TestSeverity(t *testing.T) {
	for _, s := range checks.Severities() {
		got, err := checks.ParseSeverity(strings.ToUpper(s.String()))
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := checks.ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity(fatal): want an error")
	}
}

func TestValidate(t *testing.T) {
	run := func(*checks.Pass) error { return nil }
	testCases := []struct {
		name string
		cs   []*checks.Check
		want string
	}{
		{"ok", []*checks.Check{{Name: "a-1", Doc: "d", Run: run}}, ""},
		{"bad name", []*checks.Check{{Name: "A b", Doc: "d", Run: run}}, "check name"},
		{"empty name", []*checks.Check{{Name: "", Doc: "d", Run: run}}, "check name"},
		{"digit first", []*checks.Check{{Name: "1a", Doc: "d", Run: run}}, "check name"},
		{"hyphen first", []*checks.Check{{Name: "-a", Doc: "d", Run: run}}, "check name"},
		{"not ASCII", []*checks.Check{{Name: "zahl-ä", Doc: "d", Run: run}}, "check name"},
		{"twice", []*checks.Check{{Name: "a", Doc: "d", Run: run}, {Name: "a", Doc: "d", Run: run}}, "twice"},
		{"no doc", []*checks.Check{{Name: "a", Run: run}}, "no Doc"},
		{"no run", []*checks.Check{{Name: "a", Doc: "d"}}, "no Run"},
		{"requires one before", []*checks.Check{{Name: "a", Doc: "d", Run: run}, {Name: "b", Doc: "d", Run: run, Requires: []string{"a"}}}, ""},
		{"requires one absent", []*checks.Check{{Name: "b", Doc: "d", Run: run, Requires: []string{"a"}}}, ""},
		{"requires one after", []*checks.Check{{Name: "b", Doc: "d", Run: run, Requires: []string{"a"}}, {Name: "a", Doc: "d", Run: run}}, "runs after it"},
	}
	for _, tc := range testCases {
		err := checks.Validate(tc.cs)
		if (err == nil) != (tc.want == "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: got %v; want %q", tc.name, err, tc.want)
		}
	}
}

// TestRunRejectsBadFindings: a finding outside the target, with an unknown
// category or with overlapping edits is a bug in its check, reported as an error, and the
// other findings still come back, sorted.
func TestRunRejectsBadFindings(t *testing.T) {
	tgt, _ := corpus.Load("t", []byte("abcdef"), corpus.Options{Lang: language.English})
	src, _ := corpus.Load("s", []byte("abcdef"), corpus.Options{Lang: language.English})
	a := align.Whole(tgt, []*corpus.Document{src})
	bad := &checks.Check{Name: "bad", Doc: "d", Run: func(p *checks.Pass) error {
		p.Report(checks.Finding{Span: corpus.Span{Start: 4, End: 5}, Category: checks.Omission, Message: "late"})
		p.Report(checks.Finding{Span: corpus.Span{Start: 4, End: 5}, Category: "accuracy/made-up", Message: "uncategorised"})
		p.Report(checks.Finding{Span: corpus.Span{Start: 0, End: 99}, Category: checks.Addition, Message: "outside"})
		p.Report(checks.Finding{Span: corpus.Span{Start: 0, End: 1}, Category: checks.Addition, Message: "overlap", Fixes: []checks.Fix{{
			Message: "Fix", Edits: []checks.Edit{{Span: corpus.Span{Start: 0, End: 3}}, {Span: corpus.Span{Start: 2, End: 4}}}}}})
		p.Report(checks.Finding{Span: corpus.Span{Start: 1, End: 2}, Severity: checks.Major, Category: checks.Mistranslation, Message: "early"})
		return nil
	}}
	fs, err := checks.Run(a, []*checks.Check{bad}, checks.Env{})
	if err == nil || !strings.Contains(err.Error(), "outside the target") || !strings.Contains(err.Error(), "overlap") || !strings.Contains(err.Error(), `unknown category "accuracy/made-up"`) {
		t.Errorf("got error %v; want the three bad findings named", err)
	}
	if len(fs) != 2 || fs[0].Message != "early" || fs[1].Message != "late" || fs[0].Check != "bad" {
		t.Errorf("got %+v; want early, late", fs)
	}
}

func TestFingerprintIgnoresPosition(t *testing.T) {
	load := func(s string) *corpus.Document {
		d, _ := corpus.Load("t", []byte(s), corpus.Options{Lang: language.German})
		return d
	}
	f := func(text string) string {
		d := load(text)
		a := align.Whole(d, []*corpus.Document{load("Llama")})
		i := strings.Index(text, "Lama")
		return checks.Fingerprint(a, checks.Finding{Check: "names", Category: "c", Span: corpus.Span{Start: i, End: i + 4}})
	}
	if f("Lama 4.") != f("Ganz neu.\n\nLama 4.") || f("Lama 4.") != f("Neu. Lama 4.") {
		t.Error("fingerprint changed when a paragraph or sentence was inserted before the finding")
	}
	if f("Lama 4.") == f("Neu: Lama 4.") {
		t.Error("fingerprint did not change when the finding's own sentence changed")
	}
}

func TestFingerprintTellsCategoriesApart(t *testing.T) {
	d, _ := corpus.Load("t", []byte("Lama 4"), corpus.Options{Lang: language.German})
	a := align.Whole(d, nil)
	at := corpus.Span{Start: 0, End: 4}
	x := checks.Fingerprint(a, checks.Finding{Check: "names", Category: "terminology/wrong-term", Span: at})
	y := checks.Fingerprint(a, checks.Finding{Check: "names", Category: "accuracy/mistranslation", Span: at})
	if x == y || len(x) != 16 {
		t.Errorf("fingerprints %q and %q; want two different 16-digit ones", x, y)
	}
}

// TestEarlier: a check that requires others sees the findings of every
// check before it, not its own nor later ones, whether the checks run in
// turn or side by side; a check that requires none sees none.
func TestEarlier(t *testing.T) {
	tgt, _ := corpus.Load("t", []byte("abcdef"), corpus.Options{Lang: language.English})
	src, _ := corpus.Load("s", []byte("abcdef"), corpus.Options{Lang: language.English})
	a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}}
	for _, workers := range []int{0, 1, 2, 8} {
		var seen [4]atomic.Int64
		counting := func(i int) func(p *checks.Pass) error {
			return func(p *checks.Pass) error {
				seen[i].Store(int64(len(p.Earlier())))
				p.Report(checks.Finding{Severity: checks.Info, Category: checks.Mistranslation, Span: corpus.Span{Start: 0, End: 1}, Message: "x"})
				return nil
			}
		}
		cs := []*checks.Check{
			{Name: "a", Doc: "d", Run: counting(0)},
			{Name: "b", Doc: "d", Run: counting(1)},
			{Name: "c", Doc: "d", Run: counting(2), Requires: []string{"a"}},
			{Name: "d", Doc: "d", Run: counting(3)},
		}
		fs, err := checks.Run(a, cs, checks.Env{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		got := []int64{seen[0].Load(), seen[1].Load(), seen[2].Load(), seen[3].Load()}
		if !slices.Equal(got, []int64{0, 0, 2, 0}) || len(fs) != 4 {
			t.Errorf("workers %d: earlier findings seen: %v, %d findings; want [0 0 2 0], 4", workers, got, len(fs))
		}
	}
}

// TestRunSideBySide: checks run side by side give the findings and errors
// they give in turn, in the same order, and a check's panic reaches the
// caller.
func TestRunSideBySide(t *testing.T) {
	tgt, _ := corpus.Load("t", []byte("one two three four five six"), corpus.Options{Lang: language.English})
	a := align.Whole(tgt, nil)
	var cs []*checks.Check
	for i := range 12 {
		cs = append(cs, &checks.Check{Name: fmt.Sprintf("c%d", i), Doc: "d", Run: func(p *checks.Pass) error {
			if i == 5 {
				return errors.New("broken")
			}
			for k := range 3 {
				p.Report(checks.Finding{Severity: checks.Severity(k % 3), Category: checks.Mistranslation,
					Span: corpus.Span{Start: 4 * ((i + k) % 5), End: 4*((i+k)%5) + 3}, Message: fmt.Sprint(i, k)})
			}
			return nil
		}})
	}
	want, werr := checks.Run(a, cs, checks.Env{})
	got, gerr := checks.Run(a, cs, checks.Env{Workers: 3})
	if !reflect.DeepEqual(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) || werr == nil {
		t.Errorf("side by side: %v, %v; in turn: %v, %v", got, gerr, want, werr)
	}
	cs[7].Run = func(*checks.Pass) error { panic("boom") }
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "boom") {
			t.Errorf("recovered %v; want the check's panic", r)
		}
	}()
	checks.Run(a, cs, checks.Env{Workers: 3})
}

// TestEach: a check that reads its parts side by side with Pass.Each
// reports what it reports reading them in turn, each part once.
func TestEach(t *testing.T) {
	tgt, _ := corpus.Load("t", []byte("one two three four five six"), corpus.Options{Lang: language.English})
	a := align.Whole(tgt, nil)
	var calls [20]atomic.Int64
	c := &checks.Check{Name: "parts", Doc: "d", Run: func(p *checks.Pass) error {
		p.Each(len(calls), func(i int, q *checks.Pass) {
			calls[i].Add(1)
			for k := range i % 3 {
				q.Report(checks.Finding{Severity: checks.Info, Category: checks.Mistranslation,
					Span: corpus.Span{Start: 4 * (i % 5), End: 4*(i%5) + 3}, Message: fmt.Sprint(i, k)})
			}
		})
		return nil
	}}
	want, _ := checks.Run(a, []*checks.Check{c}, checks.Env{})
	got, _ := checks.Run(a, []*checks.Check{c}, checks.Env{Workers: 4})
	if !reflect.DeepEqual(got, want) || len(want) != 19 {
		t.Errorf("side by side: %d findings %v; in turn: %d %v; want 19 alike", len(got), got, len(want), want)
	}
	for i := range calls {
		if n := calls[i].Load(); n != 2 {
			t.Errorf("part %d read %d times in two runs; want 2", i, n)
		}
	}
}
