// Package gold scores crossread against gold articles: a translation, its
// sources and annotations in the format of the seed's
// llama4.expected.json — for each target paragraph the source paragraphs
// it may align to, the findings a checker must or should report, and the
// traps ("clean" spans) it must not touch. crossread eval and the seed
// tests use it.
package gold
