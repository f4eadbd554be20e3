// Package corroborate defines the corroborate check.
//
// corroborate: a sentence with a name and a number from elsewhere, two names lost, far too short for its names, or sharing nothing but a name from elsewhere
//
// One weak sign says little: a name no source explains may be a
// transliteration crossread does not know, a number the source lacks may
// be written out there or added for the reader. Two of different kinds on
// one target sentence, a name from elsewhere and a number the aligned
// source passage lacks (or a source number the target lost), are seldom
// both innocent: such a sentence mostly translates another text, or
// replaced what it should say. So is a sentence far shorter than its
// source (by the sentences check's length model) that holds a name from
// elsewhere, or lost a name of its source: the first translates another
// text, the second left part of its source out. So is a sentence that
// lost two names of its source or more, acronyms apart (which are often
// spelt out or dropped). So is a sentence that shares no number, name,
// word or mark with its source (by the sentences check's measure of it,
// sentences.SharesNothing) and holds a name from elsewhere or lost one:
// each is evidence of another text, and together they reach what the
// sentences check asks of an unrelated target. A far longer sentence is
// no such sign, as translations spell out the acronyms of their source.
// The check reads the findings of the entities and numbers checks, which
// run before it, and reports the sentence once, as major. It offers no
// fix: what the sentence should say is the source's.
package corroborate
