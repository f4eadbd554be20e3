// Package sentences defines the sentences check.
//
// sentences: sentences left out or added inside aligned paragraphs, unrelated translations
//
// Inside each aligned paragraph link the sentences are aligned (Gale and
// Church's programme with the aligner's lexical evidence, align.Sentences).
// A source sentence no target sentence translates is a major omission,
// reported on the target sentence after which it belongs; a target
// sentence no source sentence accounts for is an addition, major when it
// carries a number, a name or a quotation, else minor. Within a linked
// pair of sentences, a length far outside what the language pair gives
// (a table of characters per English character and of the spread of the
// log length ratio, per language, in lengths.tsv) is a minor possible
// omission or addition: only a deficit or excess beyond four standard
// deviations and of a sentence's worth of characters, since translators
// do condense.
//
// A target paragraph that has no word for a source that has words is
// critical. A linked target that shares no evidence at all with its
// source — no number, name, cognate or kept mark of punctuation on either
// side matches — where the two sides hold enough of it, and whose length
// is off for the pair, is a major unrelated translation: the evidence a
// translation keeps is counted in nats, each kind by how surely a
// translation keeps it, and every match counts against. The aligner
// links a paragraph that has no partner only when nothing else is left,
// so this is also what a segment pair whose target renders another text
// gets.
package sentences
