// Package lcs measures the longest common subsequence of two words, the
// similarity that cognates and misspelt names share: a bit-parallel count
// for words of up to 64 runes (Hyyrö 2004), the table beyond.
//
// The aligner calls Length with scratch space of its own for each pass
// over a document's words; the entities check calls Of.
package lcs
