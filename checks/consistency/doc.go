// Package consistency defines the consistency check.
//
// consistency: one person or name written two ways in one article
//
// A reader takes two names for two people. The check flags an article
// that calls someone by a foreign-press nickname in some paragraphs and by
// the real name in others ("Xiao Zha" and "Zuckerberg"): the nickname
// rules of the rule packs (corpus/data/names.tsv) say who is who. The
// names check flags the nickname itself; this check flags the real-name
// occurrences when the nickname is the article's usual form, since the
// article then switches names on the reader. It also flags a name spelt
// with and without its diacritics in one article ("Stępiński" and
// "Stepinski"), at the less frequent spelling. Both are minor.
package consistency
