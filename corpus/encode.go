package corpus

import (
	"fmt"

	"golang.org/x/text/encoding"
)

// Encode returns text, the document's original or a changed copy of it,
// in the file's own encoding: a file read from UTF-16 is written back as
// UTF-16, not as UTF-8 under its old declaration. In a bilingual file or
// a news page, XML and HTML, a character the encoding lacks becomes a
// character reference; elsewhere it is an error.
func (d *Document) Encode(text string) ([]byte, error) {
	if d.Encoding == nil {
		return []byte(text), nil
	}
	enc := d.Encoding.NewEncoder()
	if d.Format.Bilingual() || d.Format == FormatHTML {
		enc = encoding.HTMLEscapeUnsupported(enc)
	}
	out, err := enc.Bytes([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: cannot write back as %s: %v", ErrInput, d.Path, d.Encoding, err)
	}
	return out, nil
}
