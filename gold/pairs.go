package gold

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crossread/crossread/checks"
)

// Pair is one labelled segment pair, in the fields DEMETR's and the MQM
// dev files use: an error of a type injected or annotated (Flag), or a
// clean translation.
type Pair struct {
	ID        string `json:"id"`
	SrcLang   string `json:"src_lang"`
	TgtLang   string `json:"tgt_lang"`
	Src       string `json:"src"`
	Tgt       string `json:"tgt"`
	Flag      bool   `json:"flag"`                // DEMETR: an error was injected
	ErrorType string `json:"error_type"`          // DEMETR
	Clean     *bool  `json:"clean"`               // MQM: no error beyond minor fluency
	MajorAcc  bool   `json:"flag_major_accuracy"` // MQM: a major accuracy error
}

// flagged reports whether p holds an error, and of what type.
func (p Pair) flagged() (bool, string) {
	switch {
	case p.Flag:
		return true, p.ErrorType
	case p.MajorAcc:
		return true, "major_accuracy"
	case p.Clean != nil && !*p.Clean:
		return false, "" // neither clean nor a major error: not counted
	}
	return false, ""
}

// counted reports whether p counts at all: MQM segments with only minor
// errors are neither clean nor flagged.
func (p Pair) counted() bool {
	f, _ := p.flagged()
	return f || p.Clean == nil || *p.Clean
}

// PairScore counts, per error type, the flagged pairs a run reported at
// major or above and at any severity, and per target language the clean
// pairs it reported anything on: recall and false alarms.
type PairScore struct {
	types map[string]*tally
	clean map[string]*tally // by source→target language
}

type tally struct{ n, any, major int }

// Add counts one pair and the findings of its run.
func (s *PairScore) Add(p Pair, fs []checks.Finding) {
	if !p.counted() {
		return
	}
	if s.types == nil {
		s.types, s.clean = map[string]*tally{}, map[string]*tally{}
	}
	worst := checks.Severity(-1)
	for _, f := range fs {
		worst = max(worst, f.Severity)
	}
	key, m := "", s.clean
	if flagged, typ := p.flagged(); flagged {
		key, m = typ, s.types
	} else {
		key = p.SrcLang + "-" + p.TgtLang
	}
	t := m[key]
	if t == nil {
		t = &tally{}
		m[key] = t
	}
	t.n++
	if worst >= checks.Info {
		t.any++
	}
	if worst >= checks.Major {
		t.major++
	}
}

// String renders the recall per error type and the false alarms per
// language pair.
func (s *PairScore) String() string {
	var b strings.Builder
	row := func(name string, t *tally) {
		fmt.Fprintf(&b, "  %-26s n=%5d  major+ %.3f  any %.3f\n", name, t.n, float64(t.major)/float64(t.n), float64(t.any)/float64(t.n))
	}
	if len(s.types) > 0 {
		b.WriteString("recall on flagged pairs:\n")
		for _, k := range sortedKeys(s.types) {
			row(k, s.types[k])
		}
	}
	if len(s.clean) > 0 {
		b.WriteString("clean pairs with a finding (false alarms):\n")
		var all tally
		for _, k := range sortedKeys(s.clean) {
			row(k, s.clean[k])
			all.n, all.any, all.major = all.n+s.clean[k].n, all.any+s.clean[k].any, all.major+s.clean[k].major
		}
		row("all", &all)
	}
	return b.String()
}

func sortedKeys(m map[string]*tally) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
