// Crossread checks a translated news article against the articles it was
// translated from: it aligns the translation with its sources paragraph by
// paragraph, runs the checks (numbers, names, terms...) and reports what it
// finds, for people or, as JSON, for programs and CI.
//
// Usage:
//
//	crossread check -s source.en.txt [-s more.en.txt] target.de.txt
//	crossread check --format json -o report.json -s source.en.txt target.de.txt
//	crossread check job.xlf                     # XLIFF or TMX: no -s, the file holds both
//	crossread check --format xliff -o checked.xlf job.xlf
//	crossread demo
//	crossread batch --workers 4 records.jsonl > results.jsonl
//	crossread version
//
// Exit status: 0 when no finding reaches --fail-on (default major), 1 when
// one does, 2 for a usage error or unreadable input, 3 for an internal
// failure, 130 for a batch stopped by SIGINT or SIGTERM.
package main
