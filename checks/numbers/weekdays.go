package numbers

import (
	"fmt"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/quantity"
)

// dayAt is a day of the week named in a document.
type dayAt struct {
	day  int
	span corpus.Span
	doc  int // the source document, or -1 in the target
}

// compareWeekdays reports a day of the week the target names where its
// aligned source passage names other days and not this one ("Thursday"
// for "Dienstag"): a date moved. A passage that names no day on either
// side, or the same days, says nothing.
func compareWeekdays(a *align.Alignment, link align.Link, ts, ss []*item, report func(checks.Finding)) {
	td := daysIn(a.Target, link.Target, -1)
	if len(td) == 0 {
		return
	}
	var sd []dayAt
	var sdated []datedDay
	for _, sp := range link.Sources {
		if sp.Doc >= 0 && sp.Doc < len(a.Sources) {
			days := daysIn(a.Sources[sp.Doc], sp.Paras, sp.Doc)
			sd = append(sd, days...)
			sdated = append(sdated, datedDays(a.Sources[sp.Doc], days, ofDoc(ss, sp.Doc))...)
		}
	}
	lost, changed := without(sd, td), without(td, sd)
	if len(lost) == 0 {
		changed = nil
	}
	// A day reported changed needs no second finding for its date.
	weekdayDates(a.Target, datedDays(a.Target, without(td, changed), ts), sdated, report)
	for _, t := range changed {
		s := lost[0]
		src := a.Sources[s.doc]
		f := checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     t.span,
			Source:   &checks.Evidence{Doc: s.doc, Span: s.span},
			Message:  fmt.Sprintf("changed weekday: target %q, source %q", a.Target.Slice(t.span), src.Slice(s.span)),
		}
		// The target's own name of the source's day, where the target
		// wrote the day's name as it stands and its language gives the
		// days no case endings: "в четверг" is no place for "среда".
		name := quantity.WeekdayName(s.day, a.Target.Lang)
		if name != "" && !quantity.WeekdaysInflect(a.Target.Lang) && a.Target.Slice(t.span) == quantity.WeekdayName(t.day, a.Target.Lang) {
			f.Fixes = []checks.Fix{{Message: "Use " + name, Edits: []checks.Edit{{Span: t.span, New: name}}}}
		}
		report(f)
	}
}

// ofDoc returns the items of source document doc.
func ofDoc(items []*item, doc int) []*item {
	var out []*item
	for _, x := range items {
		if x.doc == doc {
			out = append(out, x)
		}
	}
	return out
}

// daysIn returns the days of the week that paragraphs paras of d name.
func daysIn(d *corpus.Document, paras []int, doc int) []dayAt {
	var out []dayAt
	for _, p := range paras {
		if p < 0 || p >= len(d.Paragraphs) {
			continue
		}
		ps := d.Paragraphs[p].Span
		for _, w := range quantity.Weekdays(d.Text[ps.Start:ps.End], d.Lang) {
			out = append(out, dayAt{day: w.Day, span: corpus.Span{Start: ps.Start + w.Span.Start, End: ps.Start + w.Span.End}, doc: doc})
		}
	}
	return out
}

// without returns the days of xs that ys does not name.
func without(xs, ys []dayAt) []dayAt {
	var named [8]bool
	for _, y := range ys {
		named[y.day] = true
	}
	var out []dayAt
	for _, x := range xs {
		if !named[x.day] {
			out = append(out, x)
		}
	}
	return out
}
