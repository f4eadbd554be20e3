package corpus

import (
	"bytes"
	"encoding/xml"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// OrigEdit maps an edit of Text, the span s it replaces and its new text,
// to the bytes of Orig it replaces and the bytes to write there. It is
// the one place where a fix leaves the text for the file: every report
// and `crossread fix` write what it returns.
//
// In a plain or Markdown article the new text goes in as it is. In a
// bilingual file, which is XML, it is escaped; and the edit is refused
// (ok false) where it would cross markup (an inline code, the tags
// between two units, a CDATA section) or write what XML
// cannot hold, so that a fix never yields a file that no longer parses.
func (d *Document) OrigEdit(s Span, new string) (o Span, write string, ok bool) {
	o = d.OrigSpan(s)
	if d.Format == FormatHTML {
		// A page's edit may not replace a tag or comment (entities and
		// line breaks in text may go); its new text is escaped. A quote
		// or backslash is refused: the text may be a JSON-LD string,
		// which escaping for HTML would not keep valid.
		if strings.Contains(d.Orig[o.Start:o.End], "<") || !xmlWritable(new) || strings.ContainsAny(new, "\"\\") {
			return o, "", false
		}
		return o, EscapeXML(new), true
	}
	if !d.Format.Bilingual() {
		return o, new, true
	}
	if !xmlCharData(d.Orig[o.Start:o.End], d.Text[s.Start:s.End]) || !xmlWritable(new) {
		return o, "", false
	}
	return o, EscapeXML(new), true
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// EscapeXML escapes text for XML character data. Quotes are left as they
// are: fixes only ever land in character data, never in an attribute.
func EscapeXML(text string) string { return xmlEscaper.Replace(text) }

// xmlCharData reports whether raw, bytes of an XML file, is character
// data alone (text and references, no tag, comment or CDATA section)
// that reads as text: only then can it be replaced without touching
// markup.
func xmlCharData(raw, text string) bool {
	if strings.ContainsRune(raw, '<') {
		return false
	}
	dec := xml.NewDecoder(strings.NewReader("<x>" + raw + "</x>"))
	var got bytes.Buffer
	for {
		t, err := dec.Token()
		if err != nil {
			break
		}
		if cd, isText := t.(xml.CharData); isText {
			got.Write(cd)
		}
	}
	return norm.NFC.String(got.String()) == text
}

// xmlWritable reports whether text may stand in an XML 1.0 file: no
// placeholder of an inline code (the code itself cannot be written back)
// and no character XML 1.0 forbids.
func xmlWritable(text string) bool {
	if !utf8.ValidString(text) {
		return false
	}
	for _, r := range text {
		switch {
		case r == Placeholder, r == utf8.RuneError:
			return false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r':
			return false
		case r == 0xFFFE || r == 0xFFFF:
			return false
		}
	}
	return true
}
