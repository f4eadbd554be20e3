package htmlpage

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
)

// A page's JSON-LD (schema.org NewsArticle) may carry the whole article
// as articleBody while the HTML body shows only a teaser: paywalled and
// script-rendered pages. Extract reads it only then, when its text is
// more than twice as long as the body the HTML shows: elsewhere the
// visible text is what readers read (articleBody is often stale, cut
// short or stripped of subheadings and quotes). Its offsets point into
// the JSON string in the script element, escapes included, so findings
// point at the words in the file like any other.

// jsonLDKinds are the JSON-LD properties read, and the kind of their blocks.
var jsonLDKinds = map[string]Kind{"headline": Headline, "description": Standfirst, "articleBody": Paragraph}

// thinBody reports whether the JSON-LD blocks ld hold the article that
// the blocks of the HTML body do not: more than twice their text.
func thinBody(html, ld []Block) bool {
	return bodyLen(ld) > 2*bodyLen(html)
}

// bodyLen is the length of the text of the body blocks (not headline,
// standfirst or captions) in bs.
func bodyLen(bs []Block) int {
	n := 0
	for _, b := range bs {
		if b.Kind != Headline && b.Kind != Standfirst && b.Kind != Caption {
			n += len(b.Text)
		}
	}
	return n
}

// jsonLDBlocks returns the blocks of the headline, description and
// articleBody of the JSON-LD script with the longest articleBody.
func jsonLDBlocks(root *node) []Block {
	var best []Block
	walk(root, func(n *node) bool {
		if n.tag != "script" || !strings.EqualFold(strings.TrimSpace(n.attr("type")), "application/ld+json") {
			return true
		}
		for _, k := range n.kids {
			if k.tag == "" {
				if bs := scriptBlocks(k.raw, k.start); bodyLen(bs) > bodyLen(best) {
					best = bs
				}
			}
		}
		return false
	})
	return best
}

// scriptBlocks reads the JSON at raw, which sits at offset o of the page,
// and returns the blocks of the properties in jsonLDKinds of the first
// object that has an articleBody, in the order of the file.
func scriptBlocks(raw string, o int) []Block {
	props := stringProps(raw)
	obj := -1
	for _, p := range props {
		if p.key == "articleBody" {
			obj = p.obj
			break
		}
	}
	var out []Block
	for _, p := range props {
		if p.obj == obj {
			out = append(out, shift(p.blocks, o)...)
		}
	}
	return out
}

// shift moves the pieces of bs by o bytes in the file.
func shift(bs []Block, o int) []Block {
	for _, b := range bs {
		for i := range b.Pieces {
			b.Pieces[i].O += o
		}
	}
	return bs
}

// prop is a string property of a JSON object that jsonLDKinds names.
type prop struct {
	key    string
	obj    int // the object's number, in the order they open
	blocks []Block
}

// stringProps returns the string properties in jsonLDKinds of the JSON
// in raw, with offsets into raw. Malformed JSON ends the list.
func stringProps(raw string) []prop {
	dec := json.NewDecoder(strings.NewReader(raw))
	var (
		out   []prop
		stack []int // the number of each open object, -1 for an array
		objs  int
		key   string
		isKey = func() bool { return len(stack) > 0 && stack[len(stack)-1] >= 0 && key == "" }
	)
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) || err != nil {
			return out
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{':
				stack = append(stack, objs)
				objs++
			case '[':
				stack = append(stack, -1)
			default:
				stack = stack[:len(stack)-1]
			}
			key = ""
			continue
		case string:
			if isKey() {
				key = v
				continue
			}
			if kind, ok := jsonLDKinds[key]; ok {
				q := before + strings.IndexByte(raw[before:], '"')
				end := int(dec.InputOffset())
				out = append(out, prop{key, stack[len(stack)-1], stringBlocks(raw[q+1:end-1], q+1, kind)})
			}
		}
		key = ""
	}
}

// stringBlocks cuts the body of a JSON string literal, found at offset o,
// into blocks at its line breaks, decoding escapes and HTML entities and
// collapsing white space.
func stringBlocks(lit string, o int, kind Kind) []Block {
	var (
		out []Block
		t   textBuilder
	)
	flush := func() {
		if strings.TrimSpace(t.b.String()) != "" {
			out = append(out, Block{Kind: kind, Text: t.b.String(), Pieces: t.pieces})
		}
		t = textBuilder{}
	}
	for i := 0; i < len(lit); {
		if lit[i] != '\\' {
			j := i + strings.IndexByte(lit[i:], '\\')
			if j < i {
				j = len(lit)
			}
			t.addText(lit[i:j], o+i, false, false)
			i = j
			continue
		}
		s, n := unescape(lit[i:])
		switch {
		case s == "\n" || s == "\u2029":
			flush()
		case s == "" || strings.TrimSpace(s) == "":
			t.addSpace(o+i, n, false)
		default:
			t.word(s, o+i, n, false)
		}
		i += n
	}
	flush()
	return out
}

// unescape decodes the JSON escape at the start of s and returns it and
// its length; \u escapes of a surrogate pair are decoded together.
func unescape(s string) (string, int) {
	if len(s) < 2 {
		return "", len(s)
	}
	switch s[1] {
	case 'n':
		return "\n", 2
	case 'r', 't', 'b', 'f':
		return " ", 2
	case 'u':
		r, n := hexRune(s)
		if utf16.IsSurrogate(r) {
			if r2, n2 := hexRune(s[n:]); n2 > 0 {
				return string(utf16.DecodeRune(r, r2)), n + n2
			}
		}
		if n == 0 {
			return "", 2
		}
		return string(r), n
	}
	return s[1:2], 2 // \" \\ \/
}

// hexRune decodes \uXXXX at the start of s, returning its length, or 0.
func hexRune(s string) (rune, int) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, 0
	}
	v, err := strconv.ParseUint(s[2:6], 16, 32)
	if err != nil {
		return 0, 0
	}
	return rune(v), 6
}

// jsonLDDate returns the first datePublished in the page's JSON-LD, or "":
// pages that give the date nowhere else give it there.
func jsonLDDate(root *node) string {
	date := ""
	walk(root, func(n *node) bool {
		if date != "" || n.tag != "script" || !strings.EqualFold(strings.TrimSpace(n.attr("type")), "application/ld+json") {
			return date == ""
		}
		for _, k := range n.kids {
			var v any
			if k.tag == "" && json.Unmarshal([]byte(k.raw), &v) == nil && date == "" {
				date = findString(v, "datePublished")
			}
		}
		return false
	})
	return date
}

// findString returns the first string value of key in v, depth first.
func findString(v any, key string) string {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok {
			return s
		}
		for _, x := range v {
			if s := findString(x, key); s != "" {
				return s
			}
		}
	case []any:
		for _, x := range v {
			if s := findString(x, key); s != "" {
				return s
			}
		}
	}
	return ""
}
