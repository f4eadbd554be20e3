package quantity

import "testing"

// TestCompatibilityUnits reads units set as one compatibility character,
// and the are of Japanese land measure.
func TestCompatibilityUnits(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "the 2,960㎡ plot, 5㎞ away, 60㎏", []string{`count "2,960㎡" 2960 unit=m² alt=2.96`, `count "5㎞" 5 unit=km`, `count "60㎏" 60 unit=kg`}},
		{"ja", "土地２９６０㎡、約２９・６アール", []string{`count "２９６０㎡" 2960 unit=m²`, `count "２９・６アール" 29.6 dec=1 unit=a`}},
	})
	if v, ok := Convert(29.6, "a", "m²"); !ok || v != 2960 {
		t.Errorf("29.6 a = %g m², %v; want 2960", v, ok)
	}
}
