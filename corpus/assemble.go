package corpus

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Placeholder stands in a Document's Text for an inline code of a
// bilingual file (a tag, a variable): an object replacement character,
// which no check takes for a word, a number or a name.
const Placeholder = '\uFFFC'

// A Piece is a stretch of text and the bytes of the original file it
// stands for: character data copied as it is, an entity decoded, or an
// inline code (Code set) that becomes one Placeholder.
type Piece struct {
	Text string
	Orig Span  // in the original file
	Code *Code // non-nil for an inline code; its Span is filled in
}

// CodeKind says whether an inline code opens, closes or stands alone.
type CodeKind int

// The kinds of inline code.
const (
	Standalone CodeKind = iota
	Open
	Close
)

// Code is an inline code of a bilingual file.
type Code struct {
	ID   string // the same in source and target: "g:1", "ph:2"
	Kind CodeKind
	Span Span // of its Placeholder in Document.Text
}

// Unit describes the unit of a bilingual file a paragraph comes from.
type Unit struct {
	ID             string // the unit's id, or its ordinal when it has none
	Ordinal        int    // 1-based position among the file's units
	State          string // the translation state, "" when none is given
	StateQualifier string
	Locked         bool   // translate="no": the target must equal the source
	Codes          []Code // in text order
}

// A Block is the text of one paragraph, in pieces, and its unit.
type Block struct {
	Pieces []Piece
	Unit   Unit
}

// Assemble builds a Document from blocks of text taken out of orig, a
// file whose markup is not prose line by line (XLIFF, TMX). Each non-empty
// block becomes one paragraph; the paragraphs are joined by blank lines in
// Text, and offsets map back into orig piece by piece. Pieces must come in
// the order of their bytes in orig. The language is detected when lang is
// undetermined.
func Assemble(path, orig string, lang language.Tag, format Format, blocks []Block) *Document {
	b := assembler{orig: orig}
	d := &Document{Path: path, Format: format, Orig: orig, lineStarts: lineStarts(orig), facts: &facts{}}
	type placed struct {
		span Span
		unit Unit
	}
	var paras []placed
	for _, bl := range blocks {
		if len(paras) > 0 {
			b.add("\n\n", Span{b.lastOrig, b.lastOrig})
		}
		start := b.text.Len()
		u := bl.Unit
		u.Codes = nil
		for _, p := range bl.Pieces {
			if p.Code != nil {
				c := *p.Code
				c.Span = Span{b.text.Len(), b.text.Len() + len(string(Placeholder))}
				u.Codes = append(u.Codes, c)
				b.add(string(Placeholder), p.Orig)
				continue
			}
			b.add(p.Text, p.Orig)
		}
		paras = append(paras, placed{Span{start, b.text.Len()}, u})
	}
	d.Text, d.omap = b.text.String(), offsetMap{b.segs}
	for _, p := range paras {
		s := trimSpan(d.Text, p.span)
		if s.Len() == 0 {
			d.EmptyUnits = append(d.EmptyUnits, EmptyUnit{Unit: p.unit, At: p.span.Start})
			continue
		}
		d.Paragraphs = append(d.Paragraphs, Paragraph{Index: len(d.Paragraphs), Span: s, Words: words(d.Text, s)})
		d.Units = append(d.Units, p.unit)
	}
	d.Lang = lang
	if d.Lang == language.Und {
		d.Lang, d.LangDetected = Detect(d.Text), true
	}
	base, _ := d.Lang.Base()
	for i := range d.Paragraphs {
		d.Paragraphs[i].Sentences = sentences(d.Text, d.Paragraphs[i].Span, base)
	}
	return d
}

// assembler builds a text and its offset map from pieces of an original.
type assembler struct {
	text     strings.Builder
	segs     []changed
	orig     string
	lastOrig int // the end in the original of the last piece
	delta    int // original offset less text offset after the last piece
}

// add appends text, NFC-normalised, which stands for orig[o.Start:o.End].
// Text copied unchanged maps byte for byte, as far as NFC leaves it;
// anything else maps as a whole.
func (b *assembler) add(text string, o Span) {
	ts := b.text.Len()
	if o.Len() == len(text) && !b.changed(text, o) {
		if o.Start-ts != b.delta {
			// An empty stretch of text moves the mapping over the
			// bytes between the last piece and this one.
			b.segs = append(b.segs, changed{ts, ts, b.lastOrig, o.Start})
		}
		nfc, m := normalizeNFC(text)
		for _, c := range m.segs {
			b.segs = append(b.segs, changed{ts + c.ts, ts + c.te, o.Start + c.os, o.Start + c.oe})
		}
		b.text.WriteString(nfc)
	} else {
		nfc := norm.NFC.String(text)
		b.segs = append(b.segs, changed{ts, ts + len(nfc), o.Start, o.End})
		b.text.WriteString(nfc)
	}
	b.lastOrig = o.End
	b.delta = o.End - b.text.Len()
}

// changed reports whether text differs from the bytes it stands for.
func (b *assembler) changed(text string, o Span) bool {
	return b.orig[o.Start:o.End] != text
}
