package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrNotUTF8 marks input that is not UTF-8 and was not decoded from a
// named encoding; it comes wrapped together with ErrInput.
var ErrNotUTF8 = errors.New("not valid UTF-8")

// LookupEncoding returns the character encoding called name: a WHATWG
// label (latin1, windows-1252, shift_jis, utf-16le) or an IANA name
// (ISO-8859-15, IBM437). "utf-8" returns nil: no decoding is needed.
func LookupEncoding(name string) (encoding.Encoding, error) {
	name = strings.TrimSpace(name)
	e, err := htmlindex.Get(name)
	if err != nil {
		e, err = ianaindex.IANA.Encoding(name)
	}
	if err != nil || e == nil {
		return nil, fmt.Errorf("unknown character encoding %q (try utf-8, latin1, windows-1252, utf-16le, shift_jis, gbk)", name)
	}
	if e == unicode.UTF8 || e == encoding.Nop {
		return nil, nil
	}
	return e, nil
}

// Decode returns data, named path in messages, as UTF-8: decoded from enc
// when enc is not nil, else from UTF-16 when data starts with a UTF-16
// byte-order mark, else as given. Offsets into a decoded document are
// offsets into the UTF-8 text, not into the bytes of the file.
func Decode(path string, data []byte, enc encoding.Encoding) ([]byte, error) {
	out, _, err := DecodeAs(path, data, enc)
	return out, err
}

// DecodeAs is Decode that also returns the encoding the data was decoded
// from, nil for UTF-8; it encodes the text back into the file's bytes
// (a UTF-16 file keeps its byte order and byte-order mark).
func DecodeAs(path string, data []byte, enc encoding.Encoding) ([]byte, encoding.Encoding, error) {
	if enc == nil {
		switch {
		case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
			return nil, nil, fmt.Errorf("%w: %s: UTF-32 text; convert it to UTF-8", ErrInput, path)
		case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
			enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
		case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
			enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
		default:
			return data, nil, nil
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: cannot decode as %s: %v", ErrInput, path, enc, err)
	}
	return out, enc, nil
}

// magic lists file formats that are not text by the bytes they start with.
var magic = []struct{ prefix, name string }{
	{"%PDF-", "a PDF document"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"BZh", "bzip2-compressed data"},
	{"\xfd7zXZ\x00", "xz-compressed data"},
	{"\x28\xb5\x2f\xfd", "zstd-compressed data"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"PK\x03\x04", "a ZIP archive (or a .docx, .odt or .epub)"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc, .xls)"},
	{"\x7fELF", "an ELF executable"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
}

// Sniff names the format of data, such as "a PDF document", when its
// first bytes show a format that is not text, and returns "" otherwise.
func Sniff(data []byte) string {
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	return ""
}

// CheckText returns an input error when data, named path in messages, is
// not UTF-8 text: the error names the format when the first bytes show
// it (PDF, gzip, ZIP...), else the offset of the first bad byte or NUL.
func CheckText(path string, data []byte) error {
	if utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 {
		return nil
	}
	if kind := Sniff(data); kind != "" {
		return fmt.Errorf("%w: %s: %s, not text; extract its text first", ErrInput, path, kind)
	}
	if off := InvalidUTF8At(data); off >= 0 {
		return fmt.Errorf("%w: %s: %w (byte %d); convert it to UTF-8 or name its encoding", ErrInput, path, ErrNotUTF8, off)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: %s: binary data (NUL byte at %d), not text", ErrInput, path, i)
	}
	return nil
}

// InvalidUTF8At returns the offset of the first byte of data that is not
// valid UTF-8, or -1 when all of it is.
func InvalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return off
}
