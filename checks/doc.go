// Package checks defines what a check is and runs checks over an aligned
// article pair.
//
// A Check is a value with a Name, a Doc and a Run function. Run reads the
// alignment through a Pass and reports Findings with Pass.Report; it never
// prints. A Finding carries its target span as byte offsets into the target
// Document's Text, an MQM category, a severity, a message naming both sides
// and, optionally, Fixes: data, not code, each a verb-phrase message and
// non-overlapping edits.
//
// A check may weigh what others found: it names them in Requires, runs
// after them, and reads their findings with Pass.Earlier, where a Tag says
// which piece of evidence a finding is (a name or a number from elsewhere).
//
// Checks must be safe to run concurrently on different passes: they keep no
// mutable state outside the Pass. The concrete checks live in sub-packages;
// checks/all lists them.
package checks
