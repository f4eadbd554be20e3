package corpus

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Format names an input format.
type Format int

// The input formats crossread reads.
const (
	FormatAuto     Format = iota // choose by file name (.md is Markdown, .html HTML) or by content
	FormatText                   // plain text: paragraphs are separated by blank lines
	FormatMarkdown               // CommonMark-style Markdown
	FormatXLIFF                  // XLIFF 1.2 or 2.x: a bilingual file, read by package bilingual
	FormatTMX                    // TMX 1.4: a bilingual file, read by package bilingual
	FormatHTML                   // a news page: its article is extracted
)

// String returns the flag spelling of f.
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatMarkdown:
		return "markdown"
	case FormatXLIFF:
		return "xliff"
	case FormatTMX:
		return "tmx"
	case FormatHTML:
		return "html"
	}
	return "auto"
}

// Bilingual reports whether f holds source and target together.
func (f Format) Bilingual() bool { return f == FormatXLIFF || f == FormatTMX }

// ParseFormat parses a --input-format value.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return FormatAuto, nil
	case "text", "txt", "plain":
		return FormatText, nil
	case "markdown", "md":
		return FormatMarkdown, nil
	case "xliff", "xlf":
		return FormatXLIFF, nil
	case "tmx":
		return FormatTMX, nil
	case "html", "htm":
		return FormatHTML, nil
	}
	return FormatAuto, fmt.Errorf("unknown input format %q (want auto, text, markdown, html, xliff or tmx)", s)
}

// Options say how to load a document. The zero value detects the language
// and picks the format from the file name.
type Options struct {
	Lang   language.Tag // language.Und: the page's (HTML), else Fallback, else detected
	Format Format
	// Fallback is the language to use when neither Lang nor the page gives
	// one, such as the one a file name carries (story.de.txt).
	Fallback language.Tag
	// Decoded, from DecodeInput, says how data was decoded to UTF-8, so
	// that the Document can map offsets back to the file's bytes.
	Decoded *Decoded
	// Like is a document that data is an edit of, loaded with the same
	// options: a paragraph at the same position with the same text takes
	// its words and sentences from it rather than segmenting again, which
	// makes checking a fix on a long article cheap.
	Like *Document
}

// ErrInput marks errors caused by the input rather than by crossread.
var ErrInput = errors.New("bad input")

// LoadFile reads and loads the file at path, decoding it from UTF-16 when
// it starts with a UTF-16 byte-order mark, and an HTML page from the
// encoding it declares.
func LoadFile(path string, opt Options) (*Document, error) {
	data, err := ReadFile(path)
	if err == nil {
		data, opt.Decoded, err = DecodeInput(path, data, nil, opt.Format)
	}
	if err != nil {
		return nil, err
	}
	return Load(path, data, opt)
}

// Load builds a Document from data, named path in messages.
func Load(path string, data []byte, opt Options) (*Document, error) {
	if err := CheckText(path, data); err != nil {
		return nil, err
	}
	format := opt.Format
	if format == FormatAuto {
		format = formatFor(path, data)
	}
	if format.Bilingual() {
		return nil, fmt.Errorf("%w: %s: %s is a bilingual format; load it with package bilingual", ErrInput, path, format)
	}
	orig := string(data)
	d := &Document{
		Path:       path,
		Format:     format,
		Orig:       orig,
		lineStarts: lineStarts(orig),
		facts:      &facts{},
	}
	if opt.Decoded != nil {
		d.EncodingName, d.Encoding, d.fmap = opt.Decoded.Name, opt.Decoded.enc, opt.Decoded.m
	}
	var blocks []Span
	if format == FormatHTML {
		var err error
		if blocks, err = d.loadHTML(); err != nil {
			return nil, err
		}
	} else {
		blocks = d.loadText()
	}
	for _, b := range blocks {
		s := trimSpan(d.Text, b)
		if s.Len() == 0 {
			continue
		}
		p := Paragraph{Index: len(d.Paragraphs), Span: s}
		if lp, ok := sameParagraph(opt.Like, d, p); ok {
			p.Words = shifted(lp.Words, s.Start-lp.Span.Start)
		} else {
			p.Words = words(d.Text, s)
		}
		d.Paragraphs = append(d.Paragraphs, p)
	}
	d.Lang = opt.Lang
	if d.Lang == language.Und {
		d.Lang = d.declared
	}
	if d.Lang == language.Und {
		d.Lang = opt.Fallback
	}
	if d.Lang == language.Und {
		d.Lang = Detect(d.Text)
		d.LangDetected = true
	}
	base, _ := d.Lang.Base()
	for i, p := range d.Paragraphs {
		if lp, ok := sameParagraph(opt.Like, d, p); ok && opt.Like.Lang == d.Lang {
			d.Paragraphs[i].Sentences = shifted(lp.Sentences, p.Span.Start-lp.Span.Start)
		} else {
			d.Paragraphs[i].Sentences = sentences(d.Text, p.Span, base)
		}
	}
	return d, nil
}

// sameParagraph returns the paragraph of like at p's position when it has
// p's text.
func sameParagraph(like, d *Document, p Paragraph) (Paragraph, bool) {
	if like == nil || p.Index >= len(like.Paragraphs) {
		return Paragraph{}, false
	}
	lp := like.Paragraphs[p.Index]
	return lp, like.Text[lp.Span.Start:lp.Span.End] == d.Text[p.Span.Start:p.Span.End]
}

// shifted returns spans moved by delta bytes: the same slice when delta
// is 0 (the paragraphs before an edit), which neither document changes.
func shifted(spans []Span, delta int) []Span {
	if delta == 0 {
		return spans
	}
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{s.Start + delta, s.End + delta}
	}
	return out
}

// loadText sets the text and offset map of a text or Markdown document
// and returns its paragraph spans in d.Text.
func (d *Document) loadText() []Span {
	masked := []byte(d.Orig)
	if strings.HasPrefix(d.Orig, "\uFEFF") {
		copy(masked, "   ")
	}
	var blocks []Span
	switch d.Format {
	case FormatMarkdown:
		blocks = markdownBlocks(masked)
	default:
		blocks = textBlocks(masked)
	}
	d.Text, d.omap = normalizeNFC(string(masked))
	for i, b := range blocks {
		blocks[i] = Span{d.omap.text(b.Start), d.omap.text(b.End)}
	}
	return blocks
}

// formatFor picks the format of data by the extension of path, else by
// how data starts.
func formatFor(path string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	if isHTML(data) {
		return FormatHTML
	}
	return FormatText
}

// textBlocks splits s into maximal runs of non-blank lines.
func textBlocks(s []byte) []Span {
	var out []Span
	start := -1
	forLines(s, func(ls, le int) {
		if isBlank(s[ls:le]) {
			if start >= 0 {
				out = append(out, Span{start, ls})
				start = -1
			}
			return
		}
		if start < 0 {
			start = ls
		}
	})
	if start >= 0 {
		out = append(out, Span{start, len(s)})
	}
	return out
}

// forLines calls f with the start and end (before the newline) of each line.
// A line ends at LF (a CR before it stays in the line) or at a CR alone,
// the line end of old Mac files.
func forLines(s []byte, f func(start, end int)) {
	start := 0
	for i := 0; i < len(s); i++ {
		if isLineEnd(s, i) {
			f(start, i)
			start = i + 1
		}
	}
	if start < len(s) {
		f(start, len(s))
	}
}

// isLineEnd reports whether s[i] ends a line: an LF, or a CR not
// followed by an LF.
func isLineEnd[T ~string | ~[]byte](s T, i int) bool {
	return s[i] == '\n' || s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n')
}

func isBlank(line []byte) bool {
	for _, r := range string(line) {
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			return false
		}
	}
	return true
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' }

// trimSpan shrinks s to exclude white space at either end.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isSpaceRune(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !isSpaceRune(r) {
			break
		}
		s.End -= n
	}
	return s
}
