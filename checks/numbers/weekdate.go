package numbers

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/quantity"
	"golang.org/x/text/language"
)

// A datedDay is a day of the week written beside a whole date.
type datedDay struct {
	day  dayAt
	date time.Time
}

// wrong reports whether the date falls on another day of the week.
func (d datedDay) wrong() bool { return isoDay(d.date) != d.day.day }

// isoDay is the day of the week of t, 1 Monday … 7 Sunday.
func isoDay(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// weekdayDates reports a day of the week the target writes beside a whole
// date it does not fall on ("Monday, March 4, 2025", a Tuesday), unless a
// source passage holds such a slip too: the translation then kept it.
func weekdayDates(d *corpus.Document, target []datedDay, sources []datedDay, report func(checks.Finding)) {
	for _, s := range sources {
		if s.wrong() {
			return
		}
	}
	for _, t := range target {
		if !t.wrong() || sameDayDated(t, sources) {
			continue // a source date with this day: the dates are compared
		}
		report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     t.day.span,
			Message: fmt.Sprintf("weekday does not match the date: %q, but %s is a %s", d.Slice(t.day.span),
				t.date.Format("January 2, 2006"), quantity.WeekdayName(isoDay(t.date), language.English)),
		})
	}
}

// sameDayDated reports whether a source writes t's day of the week beside
// a date too: then a wrong target date is a changed date, reported so.
func sameDayDated(t datedDay, sources []datedDay) bool {
	for _, s := range sources {
		if s.day.day == t.day.day {
			return true
		}
	}
	return false
}

// datedDays pairs each day of the week in days with a whole date written
// next to it in the same sentence (a few characters apart, before or
// after: "Montag, 3. März 2025", "16/05/2022 (Monday)").
func datedDays(d *corpus.Document, days []dayAt, items []*item) []datedDay {
	var out []datedDay
	byStart := func(a, b *item) int { return a.span.Start - b.span.Start }
	if !slices.IsSortedFunc(items, byStart) {
		items = slices.SortedStableFunc(slices.Values(items), byStart)
	}
	for _, w := range days {
		// Only the items a few characters around the day: a long
		// paragraph of days and dates stays linear.
		near := nearby(items, w.span, 40)
		for _, x := range near {
			date, at, ok := wholeDate(x, near)
			if !ok || gap(w.span, at) > 12 || strings.ContainsAny(between(d.Text, w.span, at), ".!?\n") {
				continue
			}
			out = append(out, datedDay{day: w, date: date})
			break
		}
	}
	return out
}

// nearby returns the items, in text order, that start within reach
// bytes of span.
func nearby(items []*item, span corpus.Span, reach int) []*item {
	lo, _ := slices.BinarySearchFunc(items, span.Start-reach, func(x *item, at int) int { return x.span.Start - at })
	hi := lo
	for hi < len(items) && items[hi].span.Start <= span.End+reach {
		hi++
	}
	return items[lo:hi]
}

// between returns the text between two spans.
func between(text string, a, b corpus.Span) string {
	if a.End <= b.Start {
		return text[a.End:b.Start]
	}
	if b.End <= a.Start {
		return text[b.End:a.Start]
	}
	return ""
}

// wholeDate returns the date x opens with its day, month and a year of
// four digits: a numeric date read in its language's order, or a month's
// name with a day and a year beside it ("March 3, 2025", "3. März 2025").
func wholeDate(x *item, items []*item) (time.Time, corpus.Span, bool) {
	switch x.q.Kind {
	case quantity.Date:
		if dt, ok := readDate(x); ok && dt.y >= 1000 {
			t, ok := calendarDate(dt.y, dt.m, dt.d)
			return t, x.span, ok
		}
	case quantity.Month:
		var day, year *item
		for _, o := range items {
			switch {
			case o.q.Kind == quantity.Count && isDay(o) && gap(o.span, x.span) <= 3:
				day = o
			case o.q.Kind == quantity.Year && o.span.Start >= x.span.End && gap(x.span, o.span) <= 8:
				year = o
			}
		}
		if day != nil && year != nil && year.span.Start > day.span.Start {
			t, ok := calendarDate(int(year.q.Value), int(x.q.Value), int(day.q.Value))
			return t, corpus.Span{Start: min(day.span.Start, x.span.Start), End: year.span.End}, ok
		}
	}
	return time.Time{}, corpus.Span{}, false
}

// calendarDate returns the date y-m-d when it exists.
func calendarDate(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
}
