// Package coverage defines the coverage check.
//
// coverage: source paragraphs left out, target paragraphs nothing checked, copies
//
// What crossread could not check, it says. A source paragraph that no
// target paragraph translates is an omission, reported on the target
// paragraph after which it belongs, with the whole source paragraph as
// evidence (minor when it is a short line such as a byline or a credit).
// A target paragraph that no source paragraph covers was checked against
// nothing: each is an info finding, and when more than a share of the
// target (a third by default) is unaligned, a major finding says that the
// article as a whole could not be checked, so that a CI gate does not
// pass it. A target that is a copy of a source is critical: nothing was
// translated. So is an empty target (no paragraph, only white space): each
// source is reported omitted as a whole. Paragraphs too long to align
// sentence by sentence in one table (hundreds of sentences a side, a
// text without paragraph breaks) are aligned in chunks, a cheaper
// alignment: an info finding says so, as what a sentence moved far from
// its place lost or gained is read less surely there.
//
// In an XLIFF or TMX file a unit with an empty or missing target is
// mostly not translated yet: such units are no omission but one info
// finding for the file, with their count. A unit whose state says it is
// translated (translated, reviewed, final, signed-off, needs-review-…)
// and whose target is empty is critical.
package coverage
