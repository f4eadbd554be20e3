package report

import (
	"slices"
	"testing"

	"github.com/crossread/crossread/checks"
)

// TestITSTypes: every category has an ITS 2.0 issue type, and every type
// written is one ITS 2.0 defines.
func TestITSTypes(t *testing.T) {
	for _, c := range checks.Categories() {
		typ, ok := itsTypes[c]
		if !ok {
			t.Errorf("%s: no ITS issue type", c)
		}
		if !slices.Contains(itsIssueTypes, typ) {
			t.Errorf("%s: %q is not an ITS 2.0 issue type", c, typ)
		}
	}
	testCases := []struct {
		c    checks.Category
		want string
	}{
		{checks.Inconsistent, "terminology"},
		{checks.Punctuation, "typographical"},
		{checks.NumberFormat, "locale-violation"},
		{checks.NotChecked, "other"},
		{"made/up", "other"},
	}
	for _, tc := range testCases {
		if got := itsType(tc.c); got != tc.want {
			t.Errorf("itsType(%s) = %q; want %q", tc.c, got, tc.want)
		}
	}
}
