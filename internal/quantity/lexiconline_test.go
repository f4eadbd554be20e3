package quantity

import (
	"strings"
	"testing"
)

// TestAddLine reads lexicon lines of each shape into locale data, and
// checks that a bad one is an error at its file and line.
func TestAddLine(t *testing.T) {
	d := fromCLDR("xx", &cldrLocale{})
	for _, l := range []lexLine{
		{field: "word", values: []string{"un tiers", "1/3"}},
		{field: "spaced-scale", values: []string{"mln"}},
		{field: "counter", values: []string{"名"}},
		{field: "month", values: []string{"maja", "5"}},
		{field: "half-day", values: []string{"abends", "pm"}},
		{field: "unit", values: []string{"Meter", "m"}},
	} {
		if err := d.addLine("xx", l); err != nil {
			t.Fatalf("%s %q: %v", l.field, l.values, err)
		}
	}
	if d.words["un tiers"] != 1.0/3 || len(d.spacedScales) != 1 || d.counters != "名" || !containsString(d.months[4], "maja") ||
		len(d.halfDays) != 1 || !containsString(d.timeWords, "abends") || d.units[len(d.units)-1] != (unitWord{"Meter", "m"}) {
		t.Errorf("lines read wrong: %+v", d)
	}
	for _, l := range []lexLine{
		{field: "word", values: []string{"x", "1/0"}},
		{field: "scale", values: []string{"x", "many"}},
		{field: "month", values: []string{"x", "13"}},
		{field: "solar-month", values: []string{"x", "0"}},
		{field: "weekday", values: []string{"x", "8"}},
		{field: "half-day", values: []string{"x", "noon"}},
		{field: "hour-part", values: []string{"x", "1"}},
		{field: "clock-word", values: []string{"x", "24"}},
		{field: "year-offset", values: []string{"-3"}},
		{field: "era", values: []string{"x", "y"}},
		{field: "unit", values: []string{"x", "parsec"}},
		{field: "not-word", values: []string{"no such word"}},
		{field: "percent-as-points", values: []string{"no"}},
		{field: "groups", values: []string{"unquoted"}},
		{field: "year-prefix", values: []string{"x"}},
	} {
		l.line = 7
		if err := d.addLine("xx", l); err == nil || !strings.HasPrefix(err.Error(), "lexicon/xx.txt:7: ") {
			t.Errorf("%s %q: error %v; want one at lexicon/xx.txt:7", l.field, l.values, err)
		}
	}
}
