package sentences

import (
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/quantity"
)

// convertsQuantity reports whether a measurement of spans ts of t is one
// of spans ss of s converted to another unit (quantity.Converted: "130
// pounds" and "59 kg", 5'5" and "165 cm"): the aligner matches numbers
// as written, and a translation that converts them shares no number with
// its source but renders it. Read only for a pair about to be called
// unrelated, as the quantities cost more than the tokens.
func convertsQuantity(t *corpus.Document, ts []corpus.Span, s *corpus.Document, ss []corpus.Span) bool {
	tq, sq := measures(t, ts), measures(s, ss)
	for _, a := range tq {
		for _, b := range sq {
			if a.Unit != b.Unit && quantity.Converted(a, b) {
				return true
			}
		}
	}
	return false
}

// measures returns the quantities with a unit in spans of d.
func measures(d *corpus.Document, spans []corpus.Span) []quantity.Quantity {
	var out []quantity.Quantity
	for _, sp := range spans {
		for _, q := range quantity.Extract(d.Slice(sp), d.Lang) {
			if q.Unit != "" {
				out = append(out, q)
			}
		}
	}
	return out
}
