package corpus

import "embed"

// DataFS holds the data crossread embeds: lexicons under data/lexicon and
// the rule packs the rules package reads (names.tsv, exonyms.tsv,
// terms/, calques/).
//
//go:embed data
var DataFS embed.FS
