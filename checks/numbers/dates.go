package numbers

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/quantity"
	"golang.org/x/text/language"
)

// dmy is a date as its reader sees it: y is 0 when no year is written,
// and is kept as written (22 for "13.6.22").
type dmy struct{ y, m, d int }

func readDate(x *item) (dmy, bool) {
	y, m, d, ok := x.q.DayMonth(x.lang)
	return dmy{y, m, d}, ok
}

// sameYear compares two years of which either may be missing (0) or
// written with two digits.
func sameYear(a, b int) bool { return a == 0 || b == 0 || a%100 == b%100 }

func (a dmy) same(b dmy) bool { return a.m == b.m && a.d == b.d && sameYear(a.y, b.y) }

// String writes the date in English words, for messages: "March 6, 2024".
func (a dmy) String() string {
	s := fmt.Sprintf("%s %d", quantity.MonthName(a.m, language.English), a.d)
	if a.y != 0 {
		s += ", " + strconv.Itoa(a.y)
	}
	return s
}

// compareDates matches numeric dates by the day and month each side's
// reader sees, by the order of its language's CLDR short date format
// ("03/04" is March 4 in English, 3 April in French). A numeric date left
// over is matched next with a date written with the month's name on the
// other side ("4.1.2022" = "January 4, 2022", "2019-7-7" = "July 7,
// 2019"), whose day, month and year it settles; the same month named
// next to another day is a changed date (major), fixed with the source's
// day. When both sides are left with the same number of numeric dates,
// they are paired in text order: a date whose day and month are the
// other's swapped was copied in the source's order, or turned round, and
// the fix swaps the two fields back; any other difference is a changed
// date, and the fix writes the source's date in the target's order and
// separators. Both are major.
func (c *comparer) compareDates(t, s *side) {
	left, right := unmatched(t.dates, s.dates, readDate, dmy.same)
	left, right = writtenDates(left, s), writtenDates(right, t)
	right = c.changedWrittenDay(right, t)
	left = c.changedNumericDay(left, s)
	pairUp(left, right, c.changedDate)
	c.changedSpelledDay(t, s)
}

// isDay reports whether x may be the day of a month.
func isDay(x *item) bool {
	return x.q.Kind == quantity.Count && x.q.Decimals == 0 && x.q.Value >= 1 && x.q.Value <= 31
}

// changedSpelledDay reports a day named next to a month in the target
// that the source names next to another day, one of the two spelled
// out ("November 10th" for "am ersten November"): the pairing of values
// takes a number word only for its own value. Neither day may have its
// value elsewhere on the other side.
func (c *comparer) changedSpelledDay(t, s *side) {
	// The months may be settled already, as each other's partners: the
	// days next to them are what differs.
	for _, m := range t.values {
		if m.q.Kind != quantity.Month {
			continue
		}
		dk := t.valueNear(m, isDay)
		if dk < 0 {
			continue
		}
		day := t.values[dk]
		smk, sdk := s.dayNextTo(m.q.Value, true, func(x *item) bool { return isDay(x) && x.q.Value != day.q.Value })
		if sdk < 0 {
			continue
		}
		src := s.values[sdk]
		if !day.q.Spelled && !src.q.Spelled || s.holds(day.q.Value) || t.holds(src.q.Value) {
			continue
		}
		t.settled[dk], s.settled[sdk] = true, true
		c.report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     day.span,
			Source:   c.evidence(src),
			Message:  fmt.Sprintf("changed date: target day %s of %s, source day %s of %s", day.text, m.text, src.text, s.values[smk].text),
		})
	}
}

// dayNextTo returns the indexes of a month m among the values of s
// (settled too when settledToo) and of an unsettled day next to it that
// ok accepts, or -1 and -1.
func (s *side) dayNextTo(m float64, settledToo bool, ok func(*item) bool) (mk, dk int) {
	for mk, x := range s.values {
		if x.q.Kind != quantity.Month || x.q.Value != m || s.settled[mk] && !settledToo {
			continue
		}
		if dk := s.valueNear(x, ok); dk >= 0 {
			return mk, dk
		}
	}
	return -1, -1
}

// holds reports whether an unsettled count of s has the value v.
func (s *side) holds(v float64) bool {
	for k, x := range s.values {
		if !s.settled[k] && x.q.Kind == quantity.Count && x.q.Value == v {
			return true
		}
	}
	return false
}

// writtenDates returns the dates of ds that no date written with a month
// name among other's values accounts for, settling the values of those
// that do.
func writtenDates(ds []*item, other *side) []*item {
	return keep(ds, func(x *item) bool {
		d, mk, dk := other.writtenFor(x, true)
		if dk >= 0 {
			other.settleWritten(mk, dk, d.y)
		}
		return dk < 0
	})
}

// writtenFor returns the date x reads as, and the indexes among the
// values of s of the same month named next to a day (the same day when
// sameDay is set), or -1 and -1.
func (s *side) writtenFor(x *item, sameDay bool) (d dmy, mk, dk int) {
	d, ok := readDate(x)
	if !ok {
		return d, -1, -1
	}
	mk, dk = s.written(d.m, func(day int) bool { return !sameDay || day == d.d })
	return d, mk, dk
}

// changedWrittenDay reports, for each source date of ss, a target day
// named next to the same month but different ("5. März" for
// "04.03."), and returns the source dates left.
func (c *comparer) changedWrittenDay(ss []*item, t *side) []*item {
	return keep(ss, func(x *item) bool {
		d, mk, dk := t.writtenFor(x, false)
		if dk < 0 {
			return true
		}
		day := t.values[dk]
		t.settleWritten(mk, dk, d.y)
		f := checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     day.span,
			Source:   c.evidence(x),
			Message:  fmt.Sprintf("changed date: target day %s of %s, source %s is %s", day.text, t.values[mk].text, x.text, d),
		}
		if c.tgtText[day.num.Start:day.num.End] == day.q.Text {
			fixed := strconv.Itoa(d.d)
			f.Fixes = []checks.Fix{{Message: "Use " + fixed, Edits: []checks.Edit{{Span: day.num, New: fixed}}}}
		}
		c.report(f)
		return false
	})
}

// changedNumericDay reports each target date of ts whose month the
// source names next to another day ("06.03.2024" for "5 March 2024"),
// and returns the target dates left.
func (c *comparer) changedNumericDay(ts []*item, s *side) []*item {
	return keep(ts, func(x *item) bool {
		d, mk, dk := s.writtenFor(x, false)
		if dk < 0 {
			return true
		}
		src := dmy{m: d.m, d: int(s.values[dk].q.Value)}
		if yk := s.settleWritten(mk, dk, d.y); yk >= 0 {
			src.y = int(s.values[yk].q.Value)
		}
		f := checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     x.span,
			Source:   c.evidence(s.values[dk]),
			Message:  fmt.Sprintf("changed date: target %s reads as %s in %s, source day %s of %s", x.text, d, c.tgtLang, s.values[dk].text, s.values[mk].text),
		}
		if fixed, ok := rewriteDate(x.text, x.q.DateOrder(x.lang), src); ok && fixed != x.text {
			f.Fixes = []checks.Fix{{Message: "Use " + fixed, Edits: []checks.Edit{{Span: x.span, New: fixed}}}}
		}
		c.report(f)
		return false
	})
}

// written returns the indexes of an unsettled month m among the values
// of s and of an unsettled day next to it that day accepts ("22. září",
// "September 22nd", "2月6日"), or -1 and -1.
func (s *side) written(m int, day func(int) bool) (mk, dk int) {
	return s.dayNextTo(float64(m), false, func(v *item) bool { return isDay(v) && day(int(v.q.Value)) })
}

// settleWritten settles the month mk and day dk of s, and a year written
// right after them that is y (any year when y is 0), whose index it
// returns, or -1.
func (s *side) settleWritten(mk, dk, y int) int {
	s.settled[mk], s.settled[dk] = true, true
	after := s.values[dk]
	if after.span.End < s.values[mk].span.End {
		after = s.values[mk]
	}
	yk := s.valueNear(after, func(x *item) bool {
		return x.q.Decimals == 0 && x.q.Value >= 1000 && x.q.Value < 2200 && sameYear(int(x.q.Value), y)
	})
	if yk >= 0 {
		s.settled[yk] = true
	}
	return yk
}

// monthBeside returns the month named right beside x when x is a day of
// the month ("6. März", "March 5"), or nil; items are the quantities of
// x's document in the order of its text (comparer.itemsOf), of which only
// those starting within monthReach bytes of x are looked at.
func monthBeside(x *item, items []*item) *item {
	if !isDay(x) {
		return nil
	}
	for _, m := range nearby(items, x.span, monthReach) {
		if m.q.Kind == quantity.Month && m.doc == x.doc && gap(m.span, x.span) <= 4 {
			return m
		}
	}
	return nil
}

// monthReach bounds how far before a day its month's name may start: the
// longest month names, with their case endings, and the four bytes
// between.
const monthReach = 64

// valueNear returns the index of an unsettled value of s, of the same
// document as x, that ok accepts and that is written right before or
// after x (at most four bytes between them), or -1.
func (s *side) valueNear(x *item, ok func(*item) bool) int {
	for k, v := range s.values {
		if s.settled[k] || v == x || v.doc != x.doc || !ok(v) {
			continue
		}
		if gap(v.span, x.span) <= 4 {
			return k
		}
	}
	return -1
}

// gap is the number of bytes between two spans that do not overlap.
func gap(a, b corpus.Span) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	if b.End <= a.Start {
		return a.Start - b.End
	}
	return 0
}

// changedDate reports the numeric date t, paired with the source's
// numeric date s, as swapped or changed.
func (c *comparer) changedDate(t, s *item) {
	dt, okT := readDate(t)
	ds, okS := readDate(s)
	if !okT || !okS || dt.same(ds) {
		return
	}
	f := c.mistranslated(t, s)
	if dt.m == ds.d && dt.d == ds.m && dt.m != dt.d && sameYear(dt.y, ds.y) {
		f.Message = fmt.Sprintf("day and month swapped: target %s reads as %s %d in %s, source %s is %s %d",
			t.text, quantity.MonthName(dt.m, language.English), dt.d, c.tgtLang, s.text, quantity.MonthName(ds.m, language.English), ds.d)
		if t.text == s.text && orderUnknown(s.lang) {
			// The target kept the date as the source wrote it, which is
			// right if the source writes the day first, as British
			// English does: a question, without a fix.
			f.Severity = checks.Minor
			f.Message += ", unless the source writes the day first"
			c.report(f)
			return
		}
		if fixed, ok := swapDayMonth(t.text); ok {
			f.Fixes = []checks.Fix{{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.span, New: fixed}}}}
		}
		c.report(f)
		return
	}
	f.Message = fmt.Sprintf("changed date: target %s reads as %s in %s, source %s is %s", t.text, dt, c.tgtLang, s.text, ds)
	if fixed, ok := rewriteDate(t.text, t.q.DateOrder(t.lang), ds); ok && fixed != t.text {
		f.Fixes = []checks.Fix{{Message: "Use " + fixed, Edits: []checks.Edit{{Span: t.span, New: fixed}}}}
	}
	c.report(f)
}

// rewriteDate writes date d into text, a numeric date whose runs of
// digits are in order ("dmy", "mdy", "ymd", "dm", "md"), keeping its
// separators and the width of each field: "03/06/2024" (mdy) with March
// 5 becomes "03/05/2024". A year d lacks stays as written; a two-digit
// year of d in a four-digit field takes the century written there.
func rewriteDate(text, order string, d dmy) (string, bool) {
	runs := quantity.DigitSpans(text)
	if order == "" || len(runs) != len(order) {
		return "", false
	}
	var b strings.Builder
	last := 0
	for k, f := range order {
		r := runs[k]
		old := text[r[0]:r[1]]
		v := 0
		switch f {
		case 'd':
			v = d.d
		case 'm':
			v = d.m
		case 'y':
			v = d.y
			if v == 0 {
				continue
			}
			if len(old) == 4 && v < 100 {
				century, _ := strconv.Atoi(old[:2])
				v += century * 100
			}
			if len(old) == 2 {
				v %= 100
			}
		}
		b.WriteString(text[last:r[0]])
		b.WriteString(fmt.Sprintf("%0*d", len(old), v))
		last = r[1]
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// orderUnknown reports whether the order of day and month in a numeric
// date of language tag is unknown: English without a region is written
// month first in the United States and day first in Britain, India and
// Australia.
func orderUnknown(tag language.Tag) bool {
	base, _ := tag.Base()
	_, conf := tag.Region()
	return base.String() == "en" && conf != language.Exact
}
