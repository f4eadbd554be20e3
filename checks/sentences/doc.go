// Package sentences defines the sentences check.
//
// sentences: sentences left out or added inside aligned paragraphs, unrelated translations
//
// Inside each aligned paragraph link the sentences are aligned (Gale and
// Church's programme with the aligner's lexical evidence, align.Sentences).
// A source sentence no target sentence translates is an omission (major
// from five words), reported on the target sentence after which it
// belongs; a target sentence no source sentence accounts for is an
// addition, major when it carries a number, a name or a quotation, else
// minor. The aligner mostly merges such a sentence into its neighbour's
// bead instead: in a bead of one sentence against several, the one
// sentence without which the length fits the language pair's ratio, and
// whose numbers and names the other side lacks, is a major omission or
// addition; a source sentence of five words or more without them, the
// only one without which the length fits, is a minor possible omission
// (across scripts and without a dictionary, the length is all there is).
// A source sentence is also left out, and a target sentence
// added, at a smaller length departure, when its words, worth 2 nats or
// more by wordshare.tsv, find no cognate, same word or rendered gloss
// anywhere on the other side of the paragraph link (not only in its
// bead: a sentence the aligner misplaced shares words elsewhere): into
// English from the languages of wordshare.tsv, and out of English into
// Chinese and Japanese through their glosses. A 1:1 pair of sentences whose length lies beyond four
// standard deviations of the pair's ratio (lengths.tsv: characters per
// English character and the spread of the log ratio, per language), by
// thirty English characters or more, and whose longer side has a number
// the other lacks, is a minor possible omission or addition: translators
// condense, and the length alone says little.
//
// A target paragraph without a word for a source paragraph with words is
// critical (an empty target as a whole is the coverage check's). In a
// segment pair (one target and one source linked as a whole, as in a
// batch record or an XLIFF unit), a target that shares no token at all
// with a source holding several numbers, names or kept marks of
// punctuation, weighed in nats by how surely a translation keeps each,
// with the length's departure from the pair's ratio added, is a major
// unrelated translation. Into English, a source in a language of
// wordshare.tsv (languages whose translations into English nearly always
// keep a cognate, the same word or, for Chinese and Japanese, a word
// their English glosses name) has its words counted too, each worth the
// measured share, up to the measured worth of sharing nothing. In an article the aligner leaves such a
// paragraph unaligned, and the coverage check reports it.
package sentences
