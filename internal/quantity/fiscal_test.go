package quantity

import "testing"

// TestFiscalYears reads a fiscal year glued to its mark as a year, and
// other letters glued to digits as a name.
func TestFiscalYears(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "compared to FY2013, in FY23, FY 2024, FYX2013, ABC2013", []string{`year "2013" 2013`, `count "23" 23`, `year "2024" 2024 label=FY`, `identifier "FYX2013" 2013`, `identifier "ABC2013" 2013`}},
	})
}
