package sentences

import (
	_ "embed"
	"math"
	"sync"

	"golang.org/x/text/language"
)

//go:embed lengths.tsv
var lengthsData string

// lengthModel is the length of one language against English: the log of
// its characters per English character, and the spread of the log ratio
// between a sentence and its translation.
type lengthModel struct {
	logScale, sd float64
}

// parseLengths reads lengths.tsv, named name in errors.
func parseLengths(name, data string) (map[string]lengthModel, error) {
	table, err := parseLangTable(name, data, 2, "LANG<TAB>chars per 100 English<TAB>sd",
		"a positive length and a deviation in [0, 1]",
		func(f []float64) bool { return f[0] > 0 && f[0] < math.Inf(1) && f[1] >= 0 && f[1] <= 1 })
	if err != nil {
		return nil, err
	}
	out := make(map[string]lengthModel, len(table))
	for lang, f := range table {
		out[lang] = lengthModel{logScale: math.Log(f[0] / 100), sd: f[1]}
	}
	return out, nil
}

// lengths is lengths.tsv, parsed on first use; a bad line is a bug the
// tests catch.
var lengths = sync.OnceValue(func() map[string]lengthModel {
	m, err := parseLengths("lengths.tsv", lengthsData)
	if err != nil {
		panic(err)
	}
	return m
})

// pair is the length model of a language pair: the expected natural log
// of the ratio of target to source characters, its spread, and the log
// scale of the target against English.
type pair struct {
	mu, sd, tScale float64
}

// pairModel returns the length model of a pair, or false when the table
// lacks either language or both are one. The spread is the larger of the
// two languages': both are measured against English, and precision
// comes first.
func pairModel(tgt, src language.Tag) (pair, bool) {
	tb, _ := tgt.Base()
	sb, _ := src.Base()
	t, okT := lengths()[tb.String()]
	s, okS := lengths()[sb.String()]
	if !okT || !okS || tb == sb || max(t.sd, s.sd) == 0 {
		return pair{}, false
	}
	return pair{mu: t.logScale - s.logScale, sd: max(t.sd, s.sd), tScale: t.logScale}, true
}

// z is how many standard deviations the log ratio of tChars to sChars
// lies from the pair's mean; both must be positive.
func (m pair) z(tChars, sChars int) float64 {
	return (math.Log(float64(tChars)/float64(sChars)) - m.mu) / m.sd
}
