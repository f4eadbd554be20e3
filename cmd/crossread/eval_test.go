//go:build !race

// The evaluation runs thousands of records through `crossread batch`; under
// the race detector that takes minutes, so `make test` runs it in a second,
// race-free pass (and `make eval` prints the figures).

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossread/crossread/gold"
	"github.com/crossread/crossread/internal/seedcase"
)

// evalRecord is one record of the shared evaluation sets (DEMETR and
// MQM en-de dev), in the fields gold.Pair reads.
type evalRecord = gold.Pair

// evalRun reads an evaluation set from ../shared/eval, runs it through
// crossread batch and returns each record with the most severe finding's
// rank (-1: none; 0 info … 3 critical) and the checks that reported major+.
func evalRun(t *testing.T, rel string) ([]evalRecord, map[string]int, map[string][]string) {
	t.Helper()
	dir, ok := seedcase.Dir()
	if !ok {
		t.Skip("../shared not present")
	}
	path := filepath.Join(dir, "..", "eval", rel)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not present", rel)
	}
	defer f.Close()
	var recs []evalRecord
	var in bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r evalRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
		line, _ := json.Marshal(map[string]string{"id": r.ID, "source": r.Src, "target": r.Tgt, "source_lang": r.SrcLang, "target_lang": r.TgtLang})
		in.Write(line)
		in.WriteByte('\n')
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"crossread", "batch", "--fail-on", "none"}, &in, &out, &errOut); code != ExitOK {
		t.Fatalf("batch exit %d: %s", code, errOut.String())
	}
	rank := map[string]int{"info": 0, "minor": 1, "major": 2, "critical": 3}
	worst := map[string]int{}
	major := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o struct {
			ID       string `json:"id"`
			Error    string `json:"error"`
			Findings []struct {
				Check    string `json:"check"`
				Severity string `json:"severity"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		if o.Error != "" {
			t.Fatalf("batch error: %s", line)
		}
		w := -1
		for _, f := range o.Findings {
			w = max(w, rank[f.Severity])
			if rank[f.Severity] >= 2 {
				major[o.ID] = append(major[o.ID], f.Check)
			}
		}
		worst[o.ID] = w
	}
	return recs, worst, major
}

// TestEvalDEMETR measures recall per injected error type and the share of
// clean pairs with a major or critical finding, per source language.
func TestEvalDEMETR(t *testing.T) {
	recs, worst, major := evalRun(t, "demetr/dev.jsonl")
	type tally struct{ n, any, major int }
	recall := map[string]*tally{}
	alarms := map[string]*tally{}
	byCheck := map[string]int{}
	add := func(m map[string]*tally, k string, any, maj bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].n++
		if any {
			m[k].any++
		}
		if maj {
			m[k].major++
		}
	}
	for _, r := range recs {
		w := worst[r.ID]
		if r.Flag {
			add(recall, r.ErrorType, w >= 0, w >= 2)
			switch r.ErrorType {
			case "number", "named_entity", "named_entity_omission":
				add(recall, r.ErrorType+"/"+r.SrcLang, w >= 0, w >= 2)
			}
			continue
		}
		add(alarms, "all", w >= 0, w >= 2)
		add(alarms, r.SrcLang, w >= 0, w >= 2)
		for _, c := range major[r.ID] {
			byCheck[c]++
		}
	}
	var b strings.Builder
	keys := func(m map[string]*tally) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	for _, k := range keys(recall) {
		x := recall[k]
		fmt.Fprintf(&b, "recall %-24s n=%4d any %.3f major+ %.3f\n", k, x.n, float64(x.any)/float64(x.n), float64(x.major)/float64(x.n))
	}
	for _, k := range keys(alarms) {
		x := alarms[k]
		fmt.Fprintf(&b, "clean pairs with major+ %-4s n=%4d %.4f (with any finding, hints included: %.3f)\n", k, x.n, float64(x.major)/float64(x.n), float64(x.any)/float64(x.n))
	}
	fmt.Fprintf(&b, "major+ findings on clean pairs by check: %v", byCheck)
	t.Log("DEMETR dev through crossread batch:\n" + b.String())

	// The bars of issues 4 and 5; the false-alarm bound is tighter than
	// theirs (2 % and 3 %) because precision comes first.
	if x := recall["number"]; float64(x.major)/float64(x.n) < 0.95 {
		t.Errorf("number recall (major+) %.3f; want at least 0.95", float64(x.major)/float64(x.n))
	}
	// Issue 16: a target that translates another text is major (the
	// sentences check; 0.268 when this bar was set, the goal 0.80).
	if x := recall["unrelated"]; float64(x.major)/float64(x.n) < 0.25 {
		t.Errorf("unrelated recall (major+) %.3f; want at least 0.25", float64(x.major)/float64(x.n))
	}
	if x := recall["untranslated"]; float64(x.any)/float64(x.n) < 0.80 {
		t.Errorf("untranslated recall %.3f; want at least 0.80", float64(x.any)/float64(x.n))
	}
	// Issue 5: a replaced or dropped name gets at least a hint.
	if x := recall["named_entity"]; float64(x.any)/float64(x.n) < 0.85 {
		t.Errorf("named_entity recall %.3f; want at least 0.85", float64(x.any)/float64(x.n))
	}
	if x := recall["named_entity_omission"]; float64(x.any)/float64(x.n) < 0.80 {
		t.Errorf("named_entity_omission recall %.3f; want at least 0.80", float64(x.any)/float64(x.n))
	}
	if x := alarms["all"]; float64(x.major)/float64(x.n) > 0.01 {
		t.Errorf("clean pairs with major+ %.4f; want at most 0.01", float64(x.major)/float64(x.n))
	}
	// Hints count against precision too: a clean pair with any finding
	// (4.0 % overall and at most 7.5 % for one source language when
	// this bound was set).
	for _, k := range keys(alarms) {
		bound := 0.09
		if k == "all" {
			bound = 0.05
		}
		if x := alarms[k]; float64(x.any)/float64(x.n) > bound {
			t.Errorf("clean pairs (%s) with any finding %.3f; want at most %.2f", k, float64(x.any)/float64(x.n), bound)
		}
	}
}

// TestEvalMQM measures false alarms on real English→German MT: the share
// of clean segments with a major or critical finding.
func TestEvalMQM(t *testing.T) {
	recs, worst, major := evalRun(t, "mqm-ende/dev.jsonl")
	clean, alarms, acc, caught := 0, 0, 0, 0
	byCheck := map[string]int{}
	for _, r := range recs {
		w := worst[r.ID]
		if r.Clean != nil && *r.Clean {
			clean++
			if w >= 2 {
				alarms++
				for _, c := range major[r.ID] {
					byCheck[c]++
				}
			}
		}
		if r.MajorAcc {
			acc++
			if w >= 2 {
				caught++
			}
		}
	}
	t.Logf("MQM en-de dev through crossread batch: clean segments with major+ %d/%d = %.4f; major-accuracy segments flagged major+ %d/%d; by check %v",
		alarms, clean, float64(alarms)/float64(clean), caught, acc, byCheck)
	if float64(alarms)/float64(clean) > 0.01 {
		t.Errorf("clean segments with major+ %.4f; want at most 0.01", float64(alarms)/float64(clean))
	}
}
