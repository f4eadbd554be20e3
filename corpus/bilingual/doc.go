// Package bilingual reads the files translators exchange, which hold
// source and target together: XLIFF 1.2 (<trans-unit>), XLIFF 2.0 and 2.1
// (<unit><segment>) and TMX 1.4 (<tu><tuv>).
//
// Load turns such a file into two corpus Documents, target and source,
// whose Orig is the file itself and whose paragraphs are the units' target
// and source texts, in file order; Document.Units names the unit of each
// paragraph. Offsets map into the file, so findings point at the bytes of
// the unit they are about. Aligner links each target paragraph to the
// source paragraph of its unit: the file's own alignment, not a guess.
//
// Inline codes (<g>, <x/>, <ph>, <pc>, <sc>/<ec>, <bpt>/<ept>, <it>, …)
// become corpus.Placeholder in the text and are listed, with ids that
// match between the two sides, in Unit.Codes. Notes, alternative
// translations and other metadata are not text.
//
// The parser is encoding/xml's: a file that is not well-formed fails with
// a *SyntaxError that gives the line and column of the problem.
package bilingual
