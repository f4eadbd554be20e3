package terms_test

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/terms"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
)

// A case file (terms/SRC-TGT.cases, calques/LANG.cases) sits next to each
// rule file and holds one line for each rule line, in the same order, so
// that no rule ships without a sentence it fires on and one it leaves
// alone. Tab-separated columns:
//
//	terms:   key, source, firing target, quiet target[, unless source[, unless target]]
//	calques: key, firing target, quiet target
//
// The key repeats the rule's first source alternative (for calques its
// first pattern alternative): a case that drifts from its rule fails by
// name. The firing target must draw a finding from its rule alone; the
// quiet target, the right rendering, must draw none from all the rules of
// its language. A rule with an unless column needs the fifth column, a
// source with one of its unless words, with which the sixth (by default
// the firing target) must draw none from its rule.
type ruleCase struct {
	at     string // file:line of the case
	origin string // file:line of its rule
	cols   []string
}

// readCases reads the case file at p in corpus/data. The case files are
// not embedded: crossread does not need them.
func readCases(t *testing.T, p string) []ruleCase {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "corpus", "data", filepath.FromSlash(p)))
	if err != nil {
		t.Fatalf("%s: every rule file needs its case file: %v", p, err)
	}
	defer f.Close()
	var out []ruleCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		out = append(out, ruleCase{at: p + ":" + strconv.Itoa(n), cols: cols})
	}
	return out
}

// ruleFiles returns the embedded rule files under dir.
func ruleFiles(t *testing.T, dir string) []string {
	t.Helper()
	names, err := fs.Glob(corpus.DataFS, "data/"+dir+"/*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no rule files under %s: %v", dir, err)
	}
	for i, n := range names {
		names[i] = strings.TrimPrefix(n, "data/")
	}
	return names
}

// fileOf returns the file part of an origin "terms/en-de.tsv:12".
func fileOf(origin string) string {
	f, _, _ := strings.Cut(origin, ":")
	return f
}

func runRules(t *testing.T, rs *rules.Rules, src, tgt, srcLang, tgtLang string) string {
	t.Helper()
	a := pairtest.Pair(t, src, tgt, srcLang, tgtLang, 1)
	fs, err := checks.Run(a, []*checks.Check{terms.Check}, checks.Env{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	return pairtest.Summary(a, fs)
}

// firstAlt returns the first "|" alternative of a rule's pattern text.
func firstAlt(ps []rules.Pattern) string { return ps[0].Text }

func TestTermLines(t *testing.T) {
	all := defaultRules(t)
	eachCase(t, "terms", func(file string) []string {
		var origins []string
		for _, r := range all.AllTerms() {
			if fileOf(r.Origin) == file {
				origins = append(origins, r.Origin)
			}
		}
		return origins
	}, func(t *testing.T, i int, c ruleCase) { checkTermCase(t, all, termAt(all, c.origin), c) })
}

// eachCase runs check on every case of the rule files under dir, paired
// with the rule of the same rank: origins returns the origins of a file's
// rules, in order.
func eachCase(t *testing.T, dir string, origins func(file string) []string, check func(t *testing.T, i int, c ruleCase)) {
	for _, file := range ruleFiles(t, dir) {
		origs := origins(file)
		cases := readCases(t, strings.TrimSuffix(file, ".tsv")+".cases")
		if len(cases) != len(origs) {
			t.Errorf("%s: %d rules, %d cases", file, len(origs), len(cases))
		}
		for i := range min(len(cases), len(origs)) {
			c := cases[i]
			c.origin = origs[i]
			t.Run(c.at, func(t *testing.T) { check(t, i, c) })
		}
	}
}

func defaultRules(t *testing.T) *rules.Rules {
	t.Helper()
	all, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func termAt(all *rules.Rules, origin string) rules.TermRule {
	for _, r := range all.AllTerms() {
		if r.Origin == origin {
			return r
		}
	}
	panic("no rule at " + origin)
}

func checkTermCase(t *testing.T, all *rules.Rules, r rules.TermRule, c ruleCase) {
	if len(c.cols) < 4 || len(c.cols) > 6 {
		t.Fatalf("want 4 to 6 columns (key, source, firing, quiet, unless source, unless target), got %d", len(c.cols))
	}
	if key := firstAlt(r.When); c.cols[0] != key {
		t.Fatalf("key %q; the rule %s starts with %q", c.cols[0], r.Origin, key)
	}
	sl, tl := r.Source.String(), r.Target.String()
	one := &rules.Rules{Terms: []rules.TermRule{r}}
	if got := runRules(t, one, c.cols[1], c.cols[2], sl, tl); got == "" {
		t.Errorf("%s does not fire on %q", r.Origin, c.cols[2])
	}
	if got := runRules(t, all, c.cols[1], c.cols[3], sl, tl); got != "" {
		t.Errorf("quiet target %q draws %q", c.cols[3], got)
	}
	if r.Unless == nil {
		return
	}
	if len(c.cols) < 5 || c.cols[4] == "" {
		t.Fatalf("%s has an unless column: give a source with one of its words", r.Origin)
	}
	tgt := c.cols[2]
	if len(c.cols) == 6 && c.cols[5] != "" && c.cols[5] != "-" {
		tgt = c.cols[5]
	}
	if got := runRules(t, one, c.cols[4], tgt, sl, tl); got != "" {
		t.Errorf("unless source %q: %q draws %q", c.cols[4], tgt, got)
	}
}

func TestCalqueLines(t *testing.T) {
	all := defaultRules(t)
	byOrigin := map[string]rules.CalqueRule{}
	eachCase(t, "calques", func(file string) []string {
		var origins []string
		for _, r := range all.Calques {
			if fileOf(r.Origin) == file {
				origins = append(origins, r.Origin)
				byOrigin[r.Origin] = r
			}
		}
		return origins
	}, func(t *testing.T, _ int, c ruleCase) { checkCalqueCase(t, all, byOrigin[c.origin], c) })
}

func checkCalqueCase(t *testing.T, all *rules.Rules, r rules.CalqueRule, c ruleCase) {
	if len(c.cols) != 3 {
		t.Fatalf("want 3 columns (key, firing, quiet), got %d", len(c.cols))
	}
	if key := r.Pattern[0].Text; c.cols[0] != key {
		t.Fatalf("key %q; the rule %s starts with %q", c.cols[0], r.Origin, key)
	}
	lang := r.Lang.String()
	one := &rules.Rules{Calques: []rules.CalqueRule{r}}
	// Calques need no source: any will do.
	if got := runRules(t, one, "Comment.", c.cols[1], "en", lang); got == "" {
		t.Errorf("%s does not fire on %q", r.Origin, c.cols[1])
	}
	if got := runRules(t, all, "Comment.", c.cols[2], "en", lang); got != "" {
		t.Errorf("quiet target %q draws %q", c.cols[2], got)
	}
}
