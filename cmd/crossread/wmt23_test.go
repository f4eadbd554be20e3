//go:build !race

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/seedcase"
)

// wmt23Bars are the most a pair of professional translations may get, as
// shares of its records (source ≠ target, reference errors of
// testdata/wmt23-errata.tsv apart): with a major or critical finding, and
// with any finding. The major bar is issue #11's 0.5 % in every pair; the
// bars for any finding hold today's figures with a little room, so that
// a change that makes a pair noisier fails (the goal is 3 %).
// he-en's holds eight records of one article about the singer Nick Cave,
// whose name Hebrew writes as it writes Kyiv (קייב): hints that the
// place is missing, since Hebrew sources are read for places.
var wmt23Bars = map[string][2]float64{
	"cs-uk": {0.005, 0.007}, "de-en": {0.005, 0.03}, "en-cs": {0.005, 0.015},
	"en-de": {0.005, 0.025}, "en-he": {0.005, 0.004}, "en-ja": {0.005, 0.008},
	"en-ru": {0.005, 0.005}, "en-uk": {0.005, 0.005}, "en-zh": {0.005, 0.005},
	"he-en": {0.005, 0.013}, "ja-en": {0.005, 0.029}, "ru-en": {0.005, 0.03},
	"uk-en": {0.005, 0.022}, "zh-en": {0.005, 0.03},
}

// TestEvalWMT23Refs runs every pair of ../shared/eval/wmt23-refs — the
// WMT23 general test sets' sources and professional reference
// translations — through crossread batch. What fires there is a false
// alarm to explain. Records whose target equals the source are counted
// apart: flagging those is right.
func TestEvalWMT23Refs(t *testing.T) {
	dir, ok := seedcase.Dir()
	if !ok {
		t.Skip("../shared not present")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "..", "eval", "wmt23-refs", "*.jsonl.gz"))
	if len(paths) == 0 {
		t.Skip("wmt23-refs not present")
	}
	var table strings.Builder
	fmt.Fprintf(&table, "%-6s %6s %6s %6s %8s %8s  %s\n", "pair", "n", "copies", "errata", "major+", "any", "checks with major+ / any")
	errata := readErrata(t)
	for _, path := range paths {
		pair := strings.TrimSuffix(filepath.Base(path), ".jsonl.gz")
		st := wmt23Pair(t, path, errata)
		fmt.Fprintf(&table, "%-6s %6d %6d %6d %7.2f%% %7.2f%%  %s / %s\n", pair, st.n, st.copies, st.errata,
			100*st.share(st.major), 100*st.share(st.any), topChecks(st.majorBy), topChecks(st.anyBy))
		if bar, ok := wmt23Bars[pair]; ok && (st.share(st.major) > bar[0] || st.share(st.any) > bar[1]) {
			t.Errorf("%s: %.2f %% major+, %.2f %% any; bars %.1f %% and %.1f %%", pair,
				100*st.share(st.major), 100*st.share(st.any), 100*bar[0], 100*bar[1])
		}
	}
	t.Logf("wmt23 references through crossread batch:\n%s", table.String())
}

// readErrata reads testdata/wmt23-errata.tsv: the ids of records whose
// reference holds a real error crossread rightly reports, as major, or,
// where the reason opens with "hint: ", at any severity (a name the
// source does not have, which crossread cannot call replaced).
func readErrata(t *testing.T) map[string]erratum {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "wmt23-errata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]erratum{}
	for _, line := range strings.Split(string(data), "\n") {
		if id, reason, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			ids[id] = erratum{hint: strings.HasPrefix(reason, "hint: ")}
		}
	}
	return ids
}

// erratum is a record of testdata/wmt23-errata.tsv.
type erratum struct{ hint bool }

type wmt23Stats struct {
	n, copies, errata, major, any int
	majorBy, anyBy                map[string]int
}

func (s wmt23Stats) share(k int) float64 { return float64(k) / float64(max(s.n, 1)) }

// wmt23Pair runs one pair's records through batch and counts them.
func wmt23Pair(t *testing.T, path string, errata map[string]erratum) wmt23Stats {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var in bytes.Buffer
	copied := map[string]bool{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct{ ID, Source, Target string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		copied[r.ID] = strings.TrimSpace(r.Source) == strings.TrimSpace(r.Target)
		in.Write(sc.Bytes())
		in.WriteByte('\n')
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"crossread", "batch", "--fail-on", "none"}, &in, &out, &errOut); code != ExitOK {
		t.Fatalf("%s: batch exit %d: %s", path, code, errOut.String())
	}
	st := wmt23Stats{majorBy: map[string]int{}, anyBy: map[string]int{}}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o struct {
			ID       string
			Findings []struct{ Check, Severity string }
		}
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		if copied[o.ID] {
			st.copies++
			continue
		}
		if e, ok := errata[o.ID]; ok {
			st.errata++
			switch {
			case e.hint && len(o.Findings) == 0:
				t.Errorf("%s: a reference error of testdata/wmt23-errata.tsv is no longer reported", o.ID)
			case !e.hint && !hasMajor(o.Findings):
				t.Errorf("%s: a reference error of testdata/wmt23-errata.tsv is no longer reported major", o.ID)
			}
			continue
		}
		st.n++
		major, any := map[string]bool{}, map[string]bool{}
		for _, f := range o.Findings {
			any[f.Check] = true
			if f.Severity == "major" || f.Severity == "critical" {
				major[f.Check] = true
			}
		}
		st.major, st.any = st.major+min(len(major), 1), st.any+min(len(any), 1)
		for c := range major {
			st.majorBy[c]++
		}
		for c := range any {
			st.anyBy[c]++
		}
	}
	return st
}

// hasMajor reports whether a finding is major or critical.
func hasMajor(fs []struct{ Check, Severity string }) bool {
	for _, f := range fs {
		if f.Severity == "major" || f.Severity == "critical" {
			return true
		}
	}
	return false
}

// topChecks renders the three checks that fired most, most first.
func topChecks(by map[string]int) string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range by {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	var out []string
	for i := 0; i < len(all) && i < 3; i++ {
		out = append(out, fmt.Sprintf("%s %d", all[i].k, all[i].v))
	}
	return strings.Join(out, ", ")
}
