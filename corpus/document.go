package corpus

import (
	"sort"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/encoding"
	"golang.org/x/text/language"
)

// Span is a half-open byte range [Start, End) into a Document's Text, or,
// where a comment says so, into the original file.
type Span struct{ Start, End int }

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Paragraph is one paragraph of a Document.
type Paragraph struct {
	Index     int    // 0-based position in Document.Paragraphs
	Span      Span   // in Document.Text, trimmed of surrounding white space
	Sentences []Span // in Document.Text, trimmed
	Words     []Span // word tokens (runs with a letter or digit) in Document.Text
}

// Document is one loaded article.
type Document struct {
	Path         string       // the name the document was loaded under
	Lang         language.Tag // its language
	LangDetected bool         // Lang was detected, not given
	Format       Format       // the loader that read it
	Orig         string       // the file's bytes as given, decoded to UTF-8 (see Encoding)
	Text         string       // NFC-normalised text with non-prose markup blanked; an HTML page's article text
	Paragraphs   []Paragraph
	Title        string // an HTML page's title, else ""
	Published    string // an HTML page's publication date as the page gives it, else ""
	// Encoding is the file's character encoding when it is not UTF-8, nil
	// for UTF-8: Encode writes text back in it. EncodingName names it
	// ("shift_jis"). Offsets into Orig are offsets into the UTF-8 text;
	// FileOffset maps them to the file's bytes.
	Encoding     encoding.Encoding
	EncodingName string

	// declared is the language an HTML page declares, used when none is
	// given.
	declared language.Tag
	// Units holds, for a bilingual file (XLIFF, TMX), the unit each
	// paragraph comes from, one per paragraph; nil for an article.
	Units []Unit
	// EmptyUnits holds the units of a bilingual file whose text on this
	// side is empty or missing: no paragraph stands for them.
	EmptyUnits []EmptyUnit

	omap offsetMap
	// fmap maps offsets in Orig to the bytes of the file when the file
	// was decoded (Encoding is not "").
	fmap offsetMap
	// lineStarts holds the byte offset in Orig of the start of each line.
	lineStarts []int
	facts      *facts
}

// ParaText returns the text of paragraph i.
func (d *Document) ParaText(i int) string {
	p := d.Paragraphs[i].Span
	return d.Text[p.Start:p.End]
}

// Slice returns the text under s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Words returns the number of word tokens in the document.
func (d *Document) Words() int {
	n := 0
	for _, p := range d.Paragraphs {
		n += len(p.Words)
	}
	return n
}

// OrigOffset maps a byte offset into Text to the byte offset into Orig that
// corresponds to it. Offsets inside a sequence that NFC changed map to the
// start of that sequence.
func (d *Document) OrigOffset(off int) int { return d.omap.orig(off) }

// OrigSpan maps a span of Text to the span of Orig that produced it.
func (d *Document) OrigSpan(s Span) Span {
	start := d.omap.orig(s.Start)
	if s.Len() <= 0 {
		return Span{start, start} // a place, not text: no end to look back from
	}
	return Span{start, max(start, d.omap.origEnd(s.End))}
}

// TextOffset maps a byte offset into Orig to the byte offset into Text.
func (d *Document) TextOffset(orig int) int { return d.omap.text(orig) }

// DeclaredLang returns the language an HTML page declares (<html lang>,
// og:locale), or language.Und; Lang may differ when one was given.
func (d *Document) DeclaredLang() language.Tag { return d.declared }

// FileOffset maps a byte offset into Orig to the byte offset into the file
// as given: the same offset unless the file was decoded from another
// encoding than UTF-8 (Encoding), when it goes through the map the
// decoder made, character by character.
func (d *Document) FileOffset(orig int) int { return d.fmap.orig(orig) }

// FileSpan maps a span of Orig to the span of the file's bytes it was
// decoded from.
func (d *Document) FileSpan(s Span) Span {
	return Span{d.fmap.orig(s.Start), d.fmap.origEnd(s.End)}
}

// SentenceAround returns the sentence that holds s, or, when s runs over
// several, the sentences it touches; its paragraph when it touches none;
// s itself when it is in no paragraph.
func (d *Document) SentenceAround(s Span) Span {
	i := d.ParagraphAt(s.Start)
	if i < 0 {
		return s
	}
	p := d.Paragraphs[i]
	// Sentences follow the text: the first that ends past s.Start (or
	// at it, for an empty s at a sentence's end).
	k := sort.Search(len(p.Sentences), func(k int) bool {
		return p.Sentences[k].End > s.Start || s.Len() == 0 && p.Sentences[k].End == s.Start
	})
	if k == len(p.Sentences) || p.Sentences[k].Start > s.Start && (s.Len() == 0 || p.Sentences[k].Start >= s.End) {
		return p.Span
	}
	out := p.Sentences[k]
	for j := k + 1; j < len(p.Sentences) && p.Sentences[j].Start < s.End; j++ {
		out.End = p.Sentences[j].End
	}
	return out
}

// ParagraphAt returns the index of the paragraph whose span holds the Text
// offset off, or -1.
func (d *Document) ParagraphAt(off int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Span.End > off })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Span.Start <= off {
		return i
	}
	return -1
}

// Position is a place in the original file for people to read.
type Position struct {
	Line   int // 1-based
	Column int // 1-based, counted in grapheme clusters
}

// Position returns the line and grapheme column of the byte offset orig
// into Orig.
func (d *Document) Position(orig int) Position {
	if orig < 0 {
		orig = 0
	}
	if orig > len(d.Orig) {
		orig = len(d.Orig)
	}
	line := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > orig }) - 1
	if line < 0 {
		line = 0
	}
	start := d.lineStarts[line]
	prefix := d.Orig[start:orig]
	col := 1
	if utf8.ValidString(prefix) {
		col += uniseg.GraphemeClusterCount(prefix)
	} else {
		col += len(prefix)
	}
	return Position{Line: line + 1, Column: col}
}

// LineStarts returns the byte offsets in Orig at which lines start: 0,
// and each offset after an LF or a CR not followed by an LF. The slice is
// the document's own; do not modify it.
func (d *Document) LineStarts() []int { return d.lineStarts }

func lineStarts(s string) []int {
	starts := []int{0}
	for i := 0; i < len(s); i++ {
		if isLineEnd(s, i) {
			starts = append(starts, i+1)
		}
	}
	return starts
}
