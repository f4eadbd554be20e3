package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Decoded says how a file was decoded to UTF-8 and maps offsets in the
// UTF-8 text back to the bytes of the file. Give it to Load in Options so
// that the Document can report offsets into the file as given.
type Decoded struct {
	Name string // the encoding's name, such as "shift_jis"
	Raw  []byte // the file's bytes as read
	// Declared is set when the encoding is the one a page declares, so
	// that an edited page is written back in it (Encode).
	Declared bool
	enc      encoding.Encoding
	m        offsetMap // UTF-8 text to file bytes
}

// Encoding returns the encoding the file was decoded from, nil for UTF-8
// (and for a nil d).
func (d *Decoded) Encoding() encoding.Encoding {
	if d == nil {
		return nil
	}
	return d.enc
}

// Encode returns s, the decoded text after edits, in the file's encoding.
// Characters the encoding lacks become HTML character references
// (&#8364;), which is right for the pages that Encode is meant for.
func (d *Decoded) Encode(s string) ([]byte, error) {
	return encoding.HTMLEscapeUnsupported(d.enc.NewEncoder()).Bytes([]byte(s))
}

// DecodeInput returns data, named path in messages, as UTF-8, and how it
// was decoded (nil when it was UTF-8 already). It decodes from enc when
// enc is not nil; else from UTF-16 by a byte-order mark; else, for an
// HTML page (format, or the file name and content when format is
// FormatAuto), from the encoding the page declares in a meta element.
// An enc of encoding.Nop says the file is UTF-8, whatever it declares.
func DecodeInput(path string, data []byte, enc encoding.Encoding, format Format) ([]byte, *Decoded, error) {
	if enc == encoding.Nop {
		return data, nil, nil
	}
	declared := false
	if enc == nil {
		if format == FormatAuto {
			format = formatFor(path, data)
		}
		var err error
		if enc, err = sniffEncoding(path, data, format == FormatHTML); err != nil || enc == nil {
			return data, nil, err
		}
		declared = !hasUTF16BOM(data) // a page's meta element named it
	}
	out, m, err := decodeMapped(enc, data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: cannot decode as %s: %v", ErrInput, path, enc, err)
	}
	return out, &Decoded{Name: encodingName(enc), Raw: data, Declared: declared, enc: enc, m: m}, nil
}

// sniffEncoding returns the encoding of data that its byte-order mark or,
// for a page, its meta element names; nil for UTF-8.
func sniffEncoding(path string, data []byte, page bool) (encoding.Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return nil, fmt.Errorf("%w: %s: UTF-32 text; convert it to UTF-8", ErrInput, path)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), nil // written back in the same byte order
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), nil
	case !page, bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return nil, nil
	}
	// A page that is valid UTF-8 with non-ASCII bytes in it is UTF-8
	// whatever it declares: text in a legacy encoding is almost never
	// valid UTF-8, while pages saved by a browser are re-encoded to
	// UTF-8 and may keep the old declaration. An ASCII-only page is
	// decoded by its declaration, which matters for ISO-2022-JP only.
	if utf8.Valid(data) && !IsASCII(string(data)) {
		return nil, nil
	}
	return declaredEncoding(data), nil
}

func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
}

// declaredEncoding returns the encoding named by the first meta element
// in the first 1024 bytes of a page that has <meta charset=X> or
// <meta http-equiv="Content-Type" content="...; charset=X">, or nil. As
// in browsers, a page cannot declare UTF-16 in ASCII: that means UTF-8.
func declaredEncoding(data []byte) encoding.Encoding {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 1024)]))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return nil
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		if label := metaCharset(z.Token()); label != "" {
			e, err := htmlindex.Get(label)
			if err != nil {
				continue
			}
			if name, _ := htmlindex.Name(e); name == "utf-8" || strings.HasPrefix(name, "utf-16") {
				return nil
			}
			return e
		}
	}
}

// metaCharset returns the charset label a meta tag declares, or "".
func metaCharset(t html.Token) string {
	if t.Data != "meta" {
		return ""
	}
	var cs, content string
	pragma := false
	for _, a := range t.Attr {
		switch strings.ToLower(a.Key) {
		case "charset":
			cs = a.Val
		case "http-equiv":
			pragma = strings.EqualFold(strings.TrimSpace(a.Val), "content-type")
		case "content":
			content = a.Val
		}
	}
	if cs != "" {
		return strings.TrimSpace(cs)
	}
	if !pragma {
		return ""
	}
	_, after, ok := strings.Cut(strings.ToLower(content), "charset=")
	if !ok {
		return ""
	}
	label, _, _ := strings.Cut(strings.Trim(after, ` "'`), ";")
	return strings.Trim(label, ` "'`)
}

// encodingName returns the WHATWG name of e, else its IANA name.
func encodingName(e encoding.Encoding) string {
	if name, err := htmlindex.Name(e); err == nil {
		return name
	}
	if name, err := ianaindex.IANA.Name(e); err == nil {
		return strings.ToLower(name)
	}
	if name := fmt.Sprint(e); !strings.HasPrefix(name, "UTF-16") {
		return name
	}
	return "utf-16" // by its byte-order mark
}

// decodeMapped decodes data with e and maps each character of the output
// back to the bytes it came from. The decoder is run with an output
// buffer just large enough for the next character (growing from one
// byte to four), so every call writes one character, or a run of bytes
// that stand for themselves, and the map gets a stretch wherever input
// and output lengths differ: a stretch per non-ASCII character, and an
// empty one for bytes that write nothing (a byte-order mark, the escape
// sequences of ISO-2022-JP). Runs of ASCII cost nothing.
func decodeMapped(e encoding.Encoding, data []byte) ([]byte, offsetMap, error) {
	t := e.NewDecoder()
	out := make([]byte, 0, len(data)+len(data)/2)
	var (
		m   offsetMap
		buf [utf8.UTFMax]byte
	)
	for src, size := 0, 1; src < len(data); {
		nDst, nSrc, err := t.Transform(buf[:size], data[src:], true)
		if nDst == 0 && nSrc == 0 {
			if errors.Is(err, transform.ErrShortDst) && size < len(buf) {
				size++
				continue
			}
			return nil, m, fmt.Errorf("byte %d: %v", src, err)
		}
		if nDst != nSrc {
			m.segs = append(m.segs, changed{len(out), len(out) + nDst, src, src + nSrc})
		}
		out = append(out, buf[:nDst]...)
		src += nSrc
		size = 1
	}
	return out, m, nil
}
