package numbers_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/numbers"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

var demetrExamples = flag.Int("demetr.examples", 0, "log this many misses and false alarms per language")

// sharedPath returns a path under ../shared beside the repository root
// (two levels up from this package).
func sharedPath(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "..", "shared"}, parts...)...)
}

type demetrRecord struct {
	ID        string `json:"id"`
	Src       string `json:"src"`
	Tgt       string `json:"tgt"`
	SrcLang   string `json:"src_lang"`
	TgtLang   string `json:"tgt_lang"`
	Flag      bool   `json:"flag"`
	ErrorType string `json:"error_type"`
	Source    string `json:"source_file"`
}

// TestDEMETR measures the check on the DEMETR development split: recall on
// records with an injected number error, and the share of clean records
// (flag false) that get a major or critical finding. Each record is a
// one-paragraph source linked to a one-paragraph target. The figures are
// logged per source language; the assertions only guard against falling
// below what the check reaches today.
func TestDEMETR(t *testing.T) {
	path := sharedPath("eval", "demetr", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("DEMETR data not present: %v", err)
	}
	defer f.Close()

	type tally struct {
		num, numAny, numMinor, numMajor int
		clean, cleanMajor, cleanMinor   int
	}
	by := map[string]*tally{}
	total := &tally{}
	logged := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r demetrRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		isNum := r.Flag && r.ErrorType == "number"
		if !isNum && r.Flag {
			continue
		}
		fs := runPair(t, r)
		worst := checks.Severity(-1)
		for _, f := range fs {
			if f.Severity > worst {
				worst = f.Severity
			}
		}
		tl := by[r.SrcLang]
		if tl == nil {
			tl = &tally{}
			by[r.SrcLang] = tl
		}
		for _, x := range []*tally{tl, total} {
			if isNum {
				x.num++
				if worst >= checks.Info {
					x.numAny++
				}
				if worst >= checks.Minor {
					x.numMinor++
				}
				if worst >= checks.Major {
					x.numMajor++
				}
			} else {
				x.clean++
				if worst >= checks.Major {
					x.cleanMajor++
				}
				if worst >= checks.Minor {
					x.cleanMinor++
				}
			}
		}
		if *demetrExamples > 0 {
			kind := ""
			switch {
			case isNum && worst < checks.Major:
				kind = "miss"
			case !isNum && worst >= checks.Major:
				kind = "false alarm"
			}
			if kind != "" && logged[r.SrcLang+kind] < *demetrExamples {
				logged[r.SrcLang+kind]++
				t.Logf("%s %s (%s)\n  src: %s\n  tgt: %s", kind, r.ID, r.Source, r.Src, r.Tgt)
				for _, f := range fs {
					t.Logf("    %s: %s", f.Severity, f.Message)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	langs := make([]string, 0, len(by))
	for l := range by {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	row := func(name string, x *tally) {
		t.Logf("%-5s number errors %4d: recall any %.3f, minor+ %.3f, major+ %.3f | clean %4d: major+ %.4f, minor+ %.4f",
			name, x.num, ratio(x.numAny, x.num), ratio(x.numMinor, x.num), ratio(x.numMajor, x.num),
			x.clean, ratio(x.cleanMajor, x.clean), ratio(x.cleanMinor, x.clean))
	}
	for _, l := range langs {
		row(l, by[l])
	}
	row("all", total)
	// Floors below today's figures: a drop means a regression.
	if r := ratio(total.numMajor, total.num); r < 0.93 {
		t.Errorf("recall (major+) %.3f; want at least 0.93", r)
	}
	if r := ratio(total.cleanMajor, total.clean); r > 0.005 {
		t.Errorf("false alarms (major+) %.4f; want at most 0.005", r)
	}
}

func runPair(t *testing.T, r demetrRecord) []checks.Finding {
	t.Helper()
	src, err := corpus.Load(r.ID+".src", []byte(r.Src), corpus.Options{Lang: language.Make(r.SrcLang), Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	tgt, err := corpus.Load(r.ID+".tgt", []byte(r.Tgt), corpus.Options{Lang: language.Make(r.TgtLang), Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}}
	for i := range tgt.Paragraphs {
		l := align.Link{Target: []int{i}}
		if i == 0 && len(src.Paragraphs) > 0 {
			for p := range src.Paragraphs {
				if len(l.Sources) == 0 {
					l.Sources = []align.SourceParas{{Doc: 0}}
				}
				l.Sources[0].Paras = append(l.Sources[0].Paras, p)
			}
			l.Score = 1
		}
		a.Links = append(a.Links, l)
	}
	fs, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	return fs
}
