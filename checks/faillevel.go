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
