package corpus

import "embed"

// DataFS holds the data crossread embeds: lexicons under data/lexicon and
// the rule packs the rules package reads (names.tsv, exonyms.tsv,
// terms/, calques/). The case files beside the rule packs, which test
// every rule, stay out of the binary.
//
//go:embed data/*.tsv data/*.txt data/lexicon data/terms/*.tsv data/calques/*.tsv
var DataFS embed.FS
