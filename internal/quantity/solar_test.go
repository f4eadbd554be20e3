package quantity

import (
	"testing"
	"time"
)

// TestSolarToWestern converts dates of the Solar Hijri calendar whose
// western dates are known: new years before and after a leap year, the
// turn of the western year, and dates decades away from the anchor.
func TestSolarToWestern(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{
		{1403, 1, 1, "2024-03-20"}, {1404, 1, 1, "2025-03-21"}, {1399, 1, 1, "2020-03-20"}, {1400, 1, 1, "2021-03-21"},
		{1403, 10, 11, "2024-12-31"}, {1403, 10, 12, "2025-01-01"}, {1402, 12, 29, "2024-03-19"},
		{1357, 11, 22, "1979-02-11"}, {1380, 1, 1, "2001-03-21"}, {1390, 7, 1, "2011-09-23"},
	} {
		if got := solarToWestern(tc.y, tc.m, tc.d).Format(time.DateOnly); got != tc.want {
			t.Errorf("solarToWestern(%d, %d, %d) = %s, want %s", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}

// TestSolarHijriDates reads Persian dates of the Solar Hijri calendar as
// western ones, a month and year as the month's middle, a year alone as
// the western year it begins in; a month's name without a year, or a
// common word that names a month (مهر, a seal), is left alone.
func TestSolarHijriDates(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"fa", "از ۱۲ دی ۱۴۰۳ اجرایی می‌شود", []string{`count "۱۲" 1`, `month "دی" 1`, `year "۱۴۰۳" 2025`}},
		{"fa", "در دی ۱۴۰۳ امضا شد", []string{`month "دی" 1`, `year "۱۴۰۳" 2025`}},
		{"fa", "از ۱۲ دی ماه ۱۴۰۳ اجرایی می‌شود", []string{`count "۱۲" 1`, `month "دی" 1`, `year "۱۴۰۳" 2025`}},
		{"fa", "از ۱۲ دی\u200cماه ۱۴۰۳ اجرایی می‌شود", []string{`count "۱۲" 1`, `month "دی" 1`, `year "۱۴۰۳" 2025`}},
		{"fa", "در دیدار ۱۲ نفر ۱۴۰۳", []string{`count "۱۲" 12`, `year "۱۴۰۳" 2024`}},
		{"fa", "بودجه سال ۱۴۰۳ تصویب شد", []string{`year "۱۴۰۳" 2024`}},
		{"fa", "کلمب در سال ۱۴۹۲ میلادی به آمریکا رسید", []string{`year "۱۴۹۲" 1492`}},
		{"fa", "روز ۱۲ دی برگزار شد", []string{`count "۱۲" 12`}},
		{"fa", "مهر ۳ شرکت", []string{`count "۳" 3`}},
		{"fa", "در ۸ مه ۲۰۱۸ امضا شد", []string{`count "۸" 8`, `month "مه" 5`, `year "۲۰۱۸" 2018`}},
	})
}
