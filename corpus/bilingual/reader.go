package bilingual

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/rivo/uniseg"
)

// SyntaxError is a file that is not well-formed or not of its format.
type SyntaxError struct {
	Path         string
	Line, Column int // 1-based; the column counts grapheme clusters, as reports do
	Msg          string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
}

// Unwrap makes a SyntaxError an input error.
func (e *SyntaxError) Unwrap() error { return corpus.ErrInput }

// reader walks the tokens of a file and knows where each lies.
type reader struct {
	path       string
	data       []byte
	dec        *xml.Decoder
	start, end int // bytes of the last token
	base       int // bytes before the decoder's input: a byte-order mark
}

func newReader(path string, data []byte) *reader {
	base := 0
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		base = 3
	}
	d := xml.NewDecoder(bytes.NewReader(data[base:]))
	d.Strict = true
	// Declared encodings other than UTF-8 were decoded before; read on.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return &reader{path: path, data: data, dec: d, base: base}
}

// next returns the next token; at the end of the file it returns nil.
func (r *reader) next() (xml.Token, error) {
	r.start = r.base + int(r.dec.InputOffset())
	t, err := r.dec.Token()
	r.end = r.base + int(r.dec.InputOffset())
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		var se *xml.SyntaxError
		msg := err.Error()
		if errors.As(err, &se) {
			msg = se.Msg
		}
		return nil, r.errorAt(r.end, "%s", msg)
	}
	return t, nil
}

// inside returns the next token of an element not yet ended: the end of
// the file is an error.
func (r *reader) inside() (xml.Token, error) {
	t, err := r.next()
	if t == nil && err == nil {
		err = r.errorAt(len(r.data), "unexpected end of file")
	}
	return t, err
}

// children calls visit with the start tag of each child of the element
// last started, up to its end tag, and goes on into the children named
// in enter, whose children it visits too. visit reads the whole of each
// element it gets, but for those it enters.
func (r *reader) children(enter map[string]bool, visit func(xml.StartElement) error) error {
	for depth := 0; ; {
		t, err := r.inside()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		case xml.StartElement:
			if err := visit(t); err != nil {
				return err
			}
			if enter[t.Name.Local] {
				depth++
			}
		}
	}
}

// errorAt returns a SyntaxError at byte off of the file.
func (r *reader) errorAt(off int, format string, args ...any) error {
	off = min(max(off, 0), len(r.data))
	line := bytes.Count(r.data[:off], []byte("\n")) + 1
	prefix := r.data[bytes.LastIndexByte(r.data[:off], '\n')+1 : off]
	col := len(prefix) + 1
	if utf8.Valid(prefix) {
		col = uniseg.GraphemeClusterCount(string(prefix)) + 1
	}
	return &SyntaxError{Path: r.path, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

// skip skips the rest of the element whose start tag was read last and
// returns the end of its end tag.
func (r *reader) skip() (int, error) {
	for depth := 1; depth > 0; {
		t, err := r.inside()
		if err != nil {
			return 0, err
		}
		switch t.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return r.end, nil
}

// attr returns the value of the attribute called local, in any namespace.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// chars splits the raw character data at data[start:end] into pieces:
// text copied as is, each entity or character reference decoded, the
// inside of a CDATA section copied.
func chars(data []byte, start, end int) []corpus.Piece {
	var out []corpus.Piece
	run := start
	flush := func(i int) {
		if i > run {
			out = append(out, corpus.Piece{Text: string(data[run:i]), Orig: corpus.Span{Start: run, End: i}})
		}
	}
	for i := start; i < end; {
		switch {
		case bytes.HasPrefix(data[i:end], []byte("<![CDATA[")):
			flush(i)
			j := bytes.Index(data[i:end], []byte("]]>"))
			if j < 0 {
				j = end - i
			}
			in := corpus.Span{Start: i + 9, End: i + j}
			out = append(out, corpus.Piece{Text: string(data[in.Start:in.End]), Orig: corpus.Span{Start: i, End: min(i+j+3, end)}})
			i = min(i+j+3, end)
			run = i
		case data[i] == '&':
			flush(i)
			j := bytes.IndexByte(data[i:end], ';')
			if j < 0 {
				j = end - i - 1
			}
			out = append(out, corpus.Piece{Text: entity(string(data[i+1 : i+j])), Orig: corpus.Span{Start: i, End: i + j + 1}})
			i += j + 1
			run = i
		default:
			i++
		}
	}
	flush(end)
	return out
}

// entity decodes the reference &name; of XML.
func entity(name string) string {
	switch name {
	case "amp":
		return "&"
	case "lt":
		return "<"
	case "gt":
		return ">"
	case "quot":
		return `"`
	case "apos":
		return "'"
	}
	if n, ok := strings.CutPrefix(name, "#"); ok {
		base := 10
		if h, ok := strings.CutPrefix(n, "x"); ok {
			n, base = h, 16
		}
		if v, err := strconv.ParseUint(n, base, 32); err == nil && utf8.ValidRune(rune(v)) {
			return visible(rune(v))
		}
	}
	return "\uFFFD"
}

// visible returns r, or a space for a control character other than a
// line break or tab, which no check can read.
func visible(r rune) string {
	if r < 0x20 && r != '\n' && r != '\t' && r != '\r' {
		return " "
	}
	return string(r)
}
