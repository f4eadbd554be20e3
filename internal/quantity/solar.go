package quantity

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Persian news dates its events in the Solar Hijri calendar (۱۲ دی ۱۴۰۳
// is 1 January 2025), which a translation from or into it converts.
// solarDates reads each date of that calendar in qs, a year after the
// name of a month of the lexicon's solar-month list and a day before it,
// as the western date it is: the day and year take the western values,
// and a Month quantity is added for the name. A month and year without a
// day take the western month and year of the month's middle; a day and
// month without a year are left as written, their western day being a
// day earlier or later from one year to the next. A year of 1300 to 1499
// alone is the western year in which it begins (۱۴۰۳ is 2024), unless
// the word for the western calendar follows it (۱۴۹۲ میلادی).
func solarDates(qs []Quantity, text string, months []solarMonth) []Quantity {
	var added []Quantity
	used := map[int]bool{}
	for _, sm := range months {
		for at := 0; ; {
			k := strings.Index(text[at:], sm.name)
			if k < 0 {
				break
			}
			start, end := at+k, at+k+len(sm.name)
			at = end
			if !wordEdge(text, start, end) {
				continue
			}
			// "دی ماه ۱۴۰۳", "دی‌ماه": the word for month may follow.
			yearFrom := end
			for _, m := range []string{" ماه", "\u200cماه"} {
				if strings.HasPrefix(text[end:], m) {
					yearFrom = end + len(m)
				}
			}
			y := numberNear(qs, start, yearFrom, true)
			d := numberNear(qs, start, end, false)
			if y < 0 || qs[y].Value < 1200 || qs[y].Value >= 1600 {
				continue
			}
			hasDay := d >= 0 && qs[d].Value >= 1 && qs[d].Value <= 31
			day := 15
			if hasDay {
				day = int(qs[d].Value)
			}
			g := solarToWestern(int(qs[y].Value), sm.n, day)
			qs[y].Kind, qs[y].Value, qs[y].Calendar = Year, float64(g.Year()), true
			used[y] = true
			if hasDay {
				qs[d].Value, qs[d].Calendar = float64(g.Day()), true
			}
			added = append(added, Quantity{Kind: Month, Value: float64(g.Month()), Scale: 1, Text: sm.name,
				Span: Span{start, end}, Num: Span{start, end}, Calendar: true})
		}
	}
	for k := range qs {
		if q := &qs[k]; !used[k] && q.Kind == Year && q.Value >= 1300 && q.Value < 1500 && !western(text, q.Span.End) {
			q.Value, q.Calendar = q.Value+621, true
		}
	}
	if len(added) == 0 {
		return qs
	}
	qs = append(qs, added...)
	slices.SortStableFunc(qs, func(a, b Quantity) int { return a.Span.Start - b.Span.Start })
	return qs
}

// western reports whether the word after a year, at end of text, marks
// it as a year of the western calendar (میلادی; ۱۴۹۲ میلادی is 1492).
func western(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \u00a0\u200c")
	return strings.HasPrefix(rest, "میلادی") || strings.HasPrefix(rest, "م.")
}

// wordEdge reports whether text[start:end] stands as a word of its own.
func wordEdge(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return (start == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after))
}

// numberNear returns the index in qs of a plain whole number written
// right after [start, end) (after) or right before it, a space or two
// between, or -1.
func numberNear(qs []Quantity, start, end int, after bool) int {
	for k, q := range qs {
		if q.Scale != 1 || q.Currency != "" || q.Unit != "" || q.Decimals != 0 || q.Kind != Count && q.Kind != Year {
			continue
		}
		if after && q.Span.Start >= end && q.Span.Start-end <= 3 || !after && q.Span.End <= start && start-q.Span.End <= 3 {
			return k
		}
	}
	return -1
}

// solarToWestern returns the western date of day d of month m of Solar
// Hijri year y, by the 33-year rule of its leap years (years 1, 5, 9, 13,
// 17, 22, 26 and 30 of each cycle), counted from 1 Farvardin 1403, which
// was 20 March 2024; the rule agrees with the calendar's astronomical one
// from 1178 to 1633.
func solarToWestern(y, m, d int) time.Time {
	days := 0
	for k := 1403; k < y; k++ {
		days += solarYearDays(k)
	}
	for k := y; k < 1403; k++ {
		days -= solarYearDays(k)
	}
	if m <= 7 {
		days += (m - 1) * 31
	} else {
		days += 6*31 + (m-7)*30
	}
	return time.Date(2024, time.March, 20+days+d-1, 0, 0, 0, 0, time.UTC)
}

func solarYearDays(y int) int {
	switch y % 33 {
	case 1, 5, 9, 13, 17, 22, 26, 30:
		return 366
	}
	return 365
}
