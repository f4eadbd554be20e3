package align

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
)

// punctClass maps a mark of punctuation to the class translations keep:
// a question stays a question, a parenthesis a parenthesis, a quotation a
// quotation, whatever the language's quotation marks, a note a note
// (Japanese marks one with ※ where English has an asterisk). Full stops and
// commas are too common, and too freely moved, to say anything; a dash
// counts only between spaces (see dashBetweenSpaces).
func punctClass(r rune) string {
	switch r {
	case '?', '¿', '？':
		return "?"
	case '!', '¡', '！':
		return "!"
	case ':', '：':
		return ":"
	case ';', '；':
		return ";"
	case '(', ')', '[', ']', '（', '）':
		return "("
	case '"', '«', '»', '„', '“', '”', '‹', '›', '「', '」', '『', '』':
		return "\""
	case '…':
		return "…"
	case '*', '＊', '※':
		return "*"
	}
	return ""
}

// addPunct adds the classes of punctuation of each paragraph of d to its
// features as tokens of their own. Sentences are short and share few
// words across languages, but a question, a colon or a parenthesis mostly
// survives translation; weighed by their document frequency like words,
// rare marks count and common ones next to nothing.
func addPunct(f *docFeat, d *corpus.Document) {
	for pi, p := range d.Paragraphs {
		text := d.Slice(p.Span)
		var keys []string
		for _, r := range text {
			if k := punctClass(r); k != "" && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		if strings.Contains(text, "...") && !slices.Contains(keys, "…") {
			keys = append(keys, "…")
		}
		if dashBetweenSpaces(text) {
			keys = append(keys, "–")
		}
		for _, k := range keys {
			id, ok := f.lookup(kPunct, k)
			if !ok {
				id = int32(len(f.types))
				f.types = append(f.types, tokType{key: k, kind: kPunct, r: []rune(k)})
				f.byKind[kPunct][k] = id
			}
			f.types[id].df++
			f.paras[pi].types = append(f.paras[pi].types, id)
		}
		sortInt32(f.paras[pi].types)
	}
}

// dashBetweenSpaces reports whether text holds a dash that stands alone,
// setting off a clause, rather than joining the parts of a word or a
// range (Himalaya-Berge, 1881-1902).
func dashBetweenSpaces(text string) bool {
	for i, r := range text {
		if r != '-' && r != '–' && r != '—' {
			continue
		}
		before := i == 0 || text[i-1] == ' '
		after := i+utf8.RuneLen(r) >= len(text) || text[i+utf8.RuneLen(r)] == ' '
		if before && after {
			return true
		}
	}
	return false
}
