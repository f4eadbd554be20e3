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
// shares of its records (source ≠ target): with a major or critical
// finding, and with any finding. They hold today's figures with a little
// room, so that a change that makes a pair noisier fails; the goal of
// issue #11 is 0.5 % and 3 % for every pair.
var wmt23Bars = map[string][2]float64{
	"cs-uk": {0.006, 0.01}, "de-en": {0.004, 0.163}, "en-cs": {0.002, 0.021},
	// en-de holds one true error of the reference: "Higgings" beside
	// "Higgins", a misspelt name.
	"en-de": {0.004, 0.025},
	"en-he": {0.003, 0.006}, "en-ja": {0.005, 0.017}, "en-ru": {0.003, 0.006}, "en-uk": {0.003, 0.008},
	"en-zh": {0.003, 0.007}, "he-en": {0.003, 0.016}, "ja-en": {0.004, 0.078}, "ru-en": {0.004, 0.083},
	"uk-en": {0.003, 0.07}, "zh-en": {0.008, 0.137},
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
	fmt.Fprintf(&table, "%-6s %6s %6s %8s %8s  %s\n", "pair", "n", "copies", "major+", "any", "checks with major+ / any")
	for _, path := range paths {
		pair := strings.TrimSuffix(filepath.Base(path), ".jsonl.gz")
		st := wmt23Pair(t, path)
		fmt.Fprintf(&table, "%-6s %6d %6d %7.2f%% %7.2f%%  %s / %s\n", pair, st.n, st.copies,
			100*st.share(st.major), 100*st.share(st.any), topChecks(st.majorBy), topChecks(st.anyBy))
		if bar, ok := wmt23Bars[pair]; ok && (st.share(st.major) > bar[0] || st.share(st.any) > bar[1]) {
			t.Errorf("%s: %.2f %% major+, %.2f %% any; bars %.1f %% and %.1f %%", pair,
				100*st.share(st.major), 100*st.share(st.any), 100*bar[0], 100*bar[1])
		}
	}
	t.Logf("wmt23 references through crossread batch:\n%s", table.String())
}

type wmt23Stats struct {
	n, copies, major, any int
	majorBy, anyBy        map[string]int
}

func (s wmt23Stats) share(k int) float64 { return float64(k) / float64(max(s.n, 1)) }

// wmt23Pair runs one pair's records through batch and counts them.
func wmt23Pair(t *testing.T, path string) wmt23Stats {
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
