package align

import (
	"math"
	"testing"
)

// TestRobustCentre checks that a few confident pairs move the centre of
// the length model off the documents' ratio only when they agree.
func TestRobustCentre(t *testing.T) {
	testCases := []struct {
		name   string
		ratios []float64
		mu0    float64
		want   float64
	}{
		{"none", nil, -0.8, -0.8},
		{"one outlier", []float64{1.3}, -0.8, -0.8},
		{"two disagreeing", []float64{-0.7, 1.3}, -0.8, -0.8},
		{"four agreeing", []float64{0.2, 0.25, 0.3, 0.35}, -0.5, 0.2},
		{"five agreeing", []float64{0.1, 0.2, 0.3, 0.4, 0.5}, -0.5, 0.15},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := robustCentre(tc.ratios, tc.mu0); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("robustCentre(%v, %v) = %v; want %v", tc.ratios, tc.mu0, got, tc.want)
			}
		})
	}
}

// TestFitLengthFewPairs checks that a name filling a short paragraph, a
// confident pair of a document pair in another script, does not move the
// ratio, nor, next to a pair that agrees, widen the spread (alone, it may:
// nothing tells it from a true pair).
func TestFitLengthFewPairs(t *testing.T) {
	random := []float64{-1.4, -1.0, -0.8, -0.6, -0.2} // mean -0.8
	testCases := []struct {
		name        string
		ratios      []float64
		mu, sigmaLE float64
	}{
		{"no pair", nil, -0.8, lenPriorSigma},
		{"a name pair far off", []float64{1.3}, -0.8, math.Inf(1)},
		{"a good pair and a name pair", []float64{-0.7, 1.3}, -0.8, lenPriorSigma},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			lm := fitLength(tc.ratios, random)
			if math.Abs(lm.mu-tc.mu) > 1e-9 || lm.sigma > tc.sigmaLE+1e-9 {
				t.Errorf("mu %.3f sigma %.3f; want mu %.3f, sigma at most %.3f", lm.mu, lm.sigma, tc.mu, tc.sigmaLE)
			}
		})
	}
}
