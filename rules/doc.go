// Package rules holds the rule packs the rule-driven checks read, as typed
// data: do-not-translate names and press nicknames (names.tsv), exonyms
// (exonyms.tsv), bilingual term rules — false friends, domain terms,
// calques — per language pair (terms/SRC-TGT.tsv), target-only calques
// per language (calques/LANG.tsv), and glossary terms from TBX or TSV.
//
// Default loads the packs embedded in crossread (corpus.DataFS) once; Load
// lays directories of the same shape over them, file by file, and names
// file:line in every error. Patterns match the tokens of a document
// (corpus.Token) with the inflectional endings of their language.
//
// A check gets the rules of its run from checks.Pass.Rules, never from a
// package variable, so that a user's --rules and --glossary reach it. A
// check with a rule schema of its own claims its files with
// checks.Check.RuleFiles ("idioms/*.tsv") and reads their lines, with
// file:line origins, from Rules.File: adding such a check touches its
// package, its data file and its registry line in checks/all, no more.
package rules
