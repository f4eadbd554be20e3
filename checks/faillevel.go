package checks

import (
	"fmt"
	"strings"
)

// FailLevel is the least severity of a finding that fails a gate; the
// zero value fails on info, and Never fails on nothing.
type FailLevel struct {
	Min   Severity
	Never bool
}

// ParseFailLevel parses a severity name, or none for a level that never
// fails.
func ParseFailLevel(s string) (FailLevel, error) {
	if strings.EqualFold(s, "none") {
		return FailLevel{Never: true}, nil
	}
	sev, err := ParseSeverity(s)
	if err != nil {
		return FailLevel{}, fmt.Errorf("%v or none", err)
	}
	return FailLevel{Min: sev}, nil
}

// Fails reports whether a finding of severity s fails the gate.
func (l FailLevel) Fails(s Severity) bool { return !l.Never && s >= l.Min }

// FailsAny reports whether any of fs fails the gate.
func (l FailLevel) FailsAny(fs []Finding) bool {
	for _, f := range fs {
		if l.Fails(f.Severity) {
			return true
		}
	}
	return false
}

// Gate decides whether a checked article fails, as a CI gate does: a
// finding at or above Level, or, with MinScore set, an MQM score below it.
type Gate struct {
	Level    FailLevel
	Weights  Weights  // for the score; the zero value means DefaultWeights
	MinScore *float64 // nil: the score does not gate
}

// Fails reports whether the findings of a target of words words fail g.
func (g Gate) Fails(fs []Finding, words int) bool {
	if g.Level.FailsAny(fs) {
		return true
	}
	return g.MinScore != nil && ScoreOf(fs, words, g.weights()).Score < *g.MinScore
}

func (g Gate) weights() Weights {
	if g.Weights == (Weights{}) {
		return DefaultWeights
	}
	return g.Weights
}
