// Package pipeline runs crossread's four stages on an article pair: the
// documents are loaded (package corpus), aligned (package align), checked
// (package checks, with the rule packs of package rules) and handed back
// as a Result that package report prints.
//
// It is the library behind the crossread command: any Go program can check
// a translation with Run, and every choice the command line offers — the
// checks, their severities, the rule packs, the dictionaries, the aligner —
// is a field of Config.
package pipeline
