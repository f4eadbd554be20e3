// Package terms defines the terms check.
//
// terms: false friends, domain terms, calques and glossary terms
//
// The check applies the bilingual term rules of the rule packs
// (corpus/data/terms/SRC-TGT.tsv): when the source paragraph aligned with
// a target paragraph says "become", the German target must not say
// "bekommen"; when it speaks of training a model, not "Schulung"; a VR
// headset is no "Kopfhörer", an earnings call no "Finanzbericht", a
// podcast no "Blog". Matching is case-folded, knows the inflectional
// endings of the language and the heads of compounds ("H100-Blöcken",
// "Mitarbeiterschulung"), and never looks inside URLs. A rule may ask for
// context anywhere in the sources (a headset is a VR headset when the
// article speaks of VR) and names source words that make the rendering
// right after all (an employee training is a Schulung). Both the source
// word and the one that excuses are looked for in the source sentences
// aligned with the sentence of the rendering, not anywhere in the
// paragraph; only where the sentence aligner found no partner for that
// sentence does the paragraph stand in.
//
// Target-only calques (corpus/data/calques/LANG.tsv) need no source: an
// idiom carried over word for word ("auf Wolke neun", "people mountain
// people sea").
// A user glossary (--glossary, TSV or TBX) adds required terms: when the
// source has the term, the target paragraph must have one of its
// translations and none of its forbidden ones.
package terms
