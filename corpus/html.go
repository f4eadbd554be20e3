package corpus

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/crossread/crossread/corpus/htmlpage"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// isHTML reports whether data starts, after white space and a byte-order
// mark, like an HTML page: with <!doctype html or <html.
func isHTML(data []byte) bool {
	s := bytes.TrimLeft(data, " \t\r\n\f\uFEFF")
	if len(s) > 16 {
		s = s[:16]
	}
	s = bytes.ToLower(s)
	return bytes.HasPrefix(s, []byte("<!doctype html")) || bytes.HasPrefix(s, []byte("<html"))
}

// loadHTML sets the text, offset map, title, date and declared language
// of d from the article of its page, and returns the paragraph spans in
// d.Text. The text holds the article's blocks, separated by blank lines;
// the map takes each byte of it back to the bytes of the page it came
// from, so findings point into the HTML.
func (d *Document) loadHTML() ([]Span, error) {
	page, err := htmlpage.Extract([]byte(d.Orig))
	var se *htmlpage.SyntaxError
	if errors.As(err, &se) {
		pos := d.Position(se.Offset)
		return nil, fmt.Errorf("%w: %s:%d:%d: %s", ErrInput, d.Path, pos.Line, pos.Column, se.Msg)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInput, d.Path, err)
	}
	d.Title, d.Published = page.Title, page.Published
	if tag, err := language.Parse(page.Lang); err == nil && page.Lang != "" {
		d.declared = tag
	}
	var m mapBuilder
	spans := make([]Span, 0, len(page.Blocks))
	for _, b := range page.Blocks {
		if len(m.b) > 0 {
			m.gap("\n\n", b.Start())
		}
		start := len(m.b)
		for _, p := range b.Pieces {
			m.piece(b.Text[p.T:p.T+p.TLen], p)
		}
		spans = append(spans, Span{start, len(m.b)})
	}
	m.end(len(d.Orig))
	d.Text, d.omap = string(m.b), m.m
	return spans, nil
}

// mapBuilder writes a text and its offset map piece by piece. Between
// changed stretches the map shifts offsets by a constant, so an exact
// piece needs an entry only where that shift changes: there a stretch of
// no text stands for the skipped bytes of the page.
type mapBuilder struct {
	b       []byte
	m       offsetMap
	origEnd int // offset in the page just past the last piece
}

// shift returns orig - text for offsets after the last stretch.
func (m *mapBuilder) shift() int {
	if len(m.m.segs) == 0 {
		return 0
	}
	s := m.m.segs[len(m.m.segs)-1]
	return s.oe - s.te
}

// skip makes the text offset now map to the page offset o.
func (m *mapBuilder) skip(o int) {
	t := len(m.b)
	if o-t == m.shift() {
		return
	}
	if k := len(m.m.segs) - 1; k >= 0 && m.m.segs[k].ts == t && m.m.segs[k].te == t {
		m.m.segs[k].oe = o
		return
	}
	m.m.segs = append(m.m.segs, changed{t, t, m.origEnd, o})
}

// piece writes s, the text of p, normalised to NFC.
func (m *mapBuilder) piece(s string, p htmlpage.Piece) {
	if p.O < m.origEnd {
		return // never happens: blocks come in page order
	}
	if f := norm.NFC.FirstBoundaryInString(s); f != 0 && s != "" && len(m.b) > 0 {
		m.compose(s, p)
		return
	}
	exact := p.Exact
	if !norm.NFC.IsNormalString(s) {
		s, exact = norm.NFC.String(s), false
	}
	if exact {
		m.skip(p.O)
	} else {
		t := len(m.b)
		m.m.segs = append(m.m.segs, changed{t, t + len(s), p.O, p.O + p.OLen})
	}
	m.b = append(m.b, s...)
	m.origEnd = p.O + p.OLen
}

// compose writes s, which starts with a combining mark, normalised to
// NFC together with the character before it: e<i>&#x301;</i> is é.
func (m *mapBuilder) compose(s string, p htmlpage.Piece) {
	lb := max(norm.NFC.LastBoundary(m.b), 0)
	o := m.m.orig(lb)
	for k := len(m.m.segs) - 1; k >= 0 && m.m.segs[k].te > lb; k-- {
		if c := m.m.segs[k]; c.ts < lb {
			lb, o = c.ts, c.os
		}
		m.m.segs = m.m.segs[:k]
	}
	joined := norm.NFC.String(string(m.b[lb:]) + s)
	m.b = append(m.b[:lb], joined...)
	m.m.segs = append(m.m.segs, changed{lb, len(m.b), o, p.O + p.OLen})
	m.origEnd = p.O + p.OLen
}

// gap writes sep, which stands for the page's bytes up to o.
func (m *mapBuilder) gap(sep string, o int) {
	t := len(m.b)
	m.m.segs = append(m.m.segs, changed{t, t + len(sep), m.origEnd, o})
	m.b = append(m.b, sep...)
	m.origEnd = o
}

// end maps the end of the text to the page's bytes from the last piece
// to the end, n.
func (m *mapBuilder) end(n int) {
	t := len(m.b)
	if m.origEnd < n {
		m.m.segs = append(m.m.segs, changed{t, t, m.origEnd, n})
	}
}
