package checks

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Weights are the MQM penalty points of a finding of each severity.
type Weights struct {
	Info, Minor, Major, Critical float64
}

// DefaultWeights are MQM's usual weights: minor 1, major 5, critical 25,
// info nothing.
var DefaultWeights = Weights{Minor: 1, Major: 5, Critical: 25}

// Of returns the weight of severity s.
func (w Weights) Of(s Severity) float64 {
	switch s {
	case Critical:
		return w.Critical
	case Major:
		return w.Major
	case Minor:
		return w.Minor
	}
	return w.Info
}

// ParseWeights parses "minor=1,major=5,critical=25" (severities left out
// keep their default weight).
func ParseWeights(s string) (Weights, error) {
	w := DefaultWeights
	for item := range strings.SplitSeq(s, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(item), "=")
		sev, err := ParseSeverity(name)
		if !ok || err != nil {
			return w, fmt.Errorf("bad weight %q (want SEVERITY=NUMBER)", item)
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || v < 0 {
			return w, fmt.Errorf("bad weight %q (want a number of at least 0)", item)
		}
		switch sev {
		case Critical:
			w.Critical = v
		case Major:
			w.Major = v
		case Minor:
			w.Minor = v
		default:
			w.Info = v
		}
	}
	return w, nil
}

// Score is an MQM quality score: the penalty points of the findings, and
// 100 less the penalty per thousand words of the target.
type Score struct {
	Penalty float64 `json:"penalty"`
	Score   float64 `json:"score"`
	Words   int     `json:"words"` // of the target
	Weights struct {
		Minor    float64 `json:"minor"`
		Major    float64 `json:"major"`
		Critical float64 `json:"critical"`
		Info     float64 `json:"info"`
	} `json:"weights"`
}

// ScoreOf scores findings on a target of words words.
func ScoreOf(fs []Finding, words int, w Weights) Score {
	var s Score
	for _, f := range fs {
		s.Penalty += w.Of(f.Severity)
	}
	s.Words = words
	s.Score = 100 - s.Penalty*1000/float64(max(words, 1))
	s.Score = math.Round(s.Score*100) / 100 // two decimals, stable in output
	s.Weights.Minor, s.Weights.Major, s.Weights.Critical, s.Weights.Info = w.Minor, w.Major, w.Critical, w.Info
	return s
}
