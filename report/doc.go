// Package report renders the result of checking translated articles —
// their alignment with the sources and the findings of the checks — for
// people (the text format), for programs (the JSON format) and for editors
// (the HTML format: one offline page with the article side by side, the
// findings in place and the fixes to accept or reject). It is the
// last of crossread's four stages: load (corpus), align (align), check
// (checks, run by pipeline), report. Each format lives in a file of its own.
//
// A Reporter is chosen by name with New, given the checks that ran, fed one
// article at a time and closed at the end:
//
//	r, err := report.New("json", os.Stdout, report.Options{Checks: res.Checks})
//	...
//	err = r.Report(res.Alignment, res.Findings)
//	...
//	err = r.Close()
//
// Inside crossread, positions are byte offsets into a Document's normalised
// Text. Reports speak about the file as given instead: byte offsets into the
// original file, a 1-based line and a 1-based column counted in grapheme
// clusters. Build does that translation once, so every format agrees.
//
// The xliff format is for a checked XLIFF file: it writes the file back
// with each finding as an ITS 2.0 Localization Quality Issue annotation,
// every other byte as it was, and StripXLIFF removes them. In the reports
// of a bilingual file, findings name their unit.
//
// SelectFixes and ApplyFixes choose and apply fixes as crossread fix and
// the editor view do; WordDiff and UnifiedDiff show what they change.
//
// Reporters hold their writer and options only; a Reporter must not be used
// by several goroutines at once, but Build is safe for concurrent use.
package report
