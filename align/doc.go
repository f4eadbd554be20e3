// Package align links the paragraphs of a translated article to the
// paragraphs of one or more source articles.
//
// Sources may cover only part of the target, in another order, and a target
// paragraph may merge or split source paragraphs. Paragraphs without a good
// partner stay unaligned: they are first-class output (additions in the
// target, omissions from a source).
//
// Aligners are stateless values and safe for concurrent use.
package align
