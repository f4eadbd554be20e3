package htmlpage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// node is an element or a text node of the light tree.
type node struct {
	tag    string // lower case; "" for a text node
	attrs  map[string]string
	kids   []*node
	parent *node
	start  int    // offset in the file of the start tag or text
	tagEnd int    // offset just past the start tag
	raw    string // a text node's bytes as in the file, entities undecoded
	drop   bool   // furniture: skipped with everything under it
	depth  int    // 0 for the root
	score  float64
	paras  int // weighted length of the kept paragraphs under n; see sumParas
	chars  int // non-space characters of kept text under n; see countText
	linked int // those of them inside links
}

// maxDepth bounds the nesting of the tree: deeper elements are kept as
// leaves' siblings, so that a page of a million nested divs neither
// exhausts the stack nor takes quadratic time.
const maxDepth = 256

// kept names the attributes extraction reads; the rest are not stored.
var kept = map[string]bool{"class": true, "id": true, "role": true, "lang": true, "property": true,
	"name": true, "content": true, "datetime": true, "hidden": true, "aria-hidden": true, "itemprop": true, "type": true}

var void = set("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
	"param", "source", "track", "wbr")

// closesP are the start tags that end an open p, as in HTML parsing.
var closesP = set("address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p",
	"pre", "section", "table", "ul", "li", "figcaption")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// SyntaxError is a page that cannot be read as HTML; Offset is the byte
// offset in the file of the problem.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("byte %d: %s", e.Offset, e.Msg) }

// parse builds the light tree of data. The tree follows the tags as
// written, with the implied ends of p, li and table cells that news pages
// rely on; it does not re-parent misnested content the way a browser does,
// so document order is kept and offsets only grow.
func parse(data []byte) (*node, error) {
	root := &node{tag: "#root"}
	cur := root
	z := html.NewTokenizer(bytes.NewReader(data))
	off, tags := 0, 0
	for {
		tt := z.Next()
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				if tags == 0 {
					return nil, &SyntaxError{firstNonSpace(data), "not HTML: no tag found"}
				}
				return root, nil
			}
			return nil, &SyntaxError{start, z.Err().Error()}
		case html.TextToken:
			if strings.ContainsRune(string(raw), 0) {
				return nil, &SyntaxError{start + bytes.IndexByte(raw, 0), "NUL byte in text"}
			}
			cur.kids = append(cur.kids, &node{parent: cur, depth: cur.depth + 1, start: start, raw: string(raw)})
		case html.CommentToken:
			if !bytes.HasSuffix(raw, []byte("-->")) && !bytes.HasSuffix(raw, []byte("--!>")) {
				return nil, &SyntaxError{start, "comment not closed (no -->)"}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tags++
			n := element(z, start)
			cur = open(cur, n)
			if tt == html.SelfClosingTagToken || void[n.tag] || n.depth >= maxDepth {
				cur = n.parent
			}
		case html.EndTagToken:
			tags++
			name, _ := z.TagName()
			cur = closeTag(cur, string(name))
		case html.DoctypeToken:
			tags++
		}
	}
}

// element reads the current start tag.
func element(z *html.Tokenizer, start int) *node {
	n := &node{start: start, tagEnd: start + len(z.Raw())}
	name, more := z.TagName()
	n.tag = string(name)
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if kept[string(k)] {
			if n.attrs == nil {
				n.attrs = map[string]string{}
			}
			n.attrs[string(k)] = string(v)
		}
	}
	return n
}

// open adds n under cur, closing first what its start tag implies.
func open(cur, n *node) *node {
	switch {
	case closesP[n.tag] && cur.tag == "p":
		cur = cur.parent
	case n.tag == "li":
		cur = implicitClose(cur, "li", "ul", "ol")
	case n.tag == "td" || n.tag == "th":
		cur = implicitClose(cur, "td", "tr", "table")
		cur = implicitClose(cur, "th", "tr", "table")
	case n.tag == "tr":
		cur = implicitClose(cur, "tr", "table", "tbody")
	}
	n.parent, n.depth = cur, cur.depth+1
	cur.kids = append(cur.kids, n)
	return n
}

// implicitClose closes an open tag element unless one of the stop
// elements is nearer.
func implicitClose(cur *node, tag string, stop ...string) *node {
	for n := cur; n != nil && n.tag != "#root"; n = n.parent {
		if n.tag == tag {
			return n.parent
		}
		for _, s := range stop {
			if n.tag == s {
				return cur
			}
		}
	}
	return cur
}

// closeTag closes the nearest open element named name; an end tag with
// nothing open to close is ignored, as browsers do.
func closeTag(cur *node, name string) *node {
	for n := cur; n != nil && n.tag != "#root"; n = n.parent {
		if n.tag == name {
			return n.parent
		}
	}
	return cur
}

func firstNonSpace(data []byte) int {
	return len(data) - len(bytes.TrimLeft(data, " \t\r\n\f\uFEFF"))
}

// walk calls f on n and everything under it in document order, skipping
// the children of nodes for which f returns false.
func walk(n *node, f func(*node) bool) {
	if !f(n) {
		return
	}
	for _, k := range n.kids {
		walk(k, f)
	}
}

// attr returns n's attribute k, "" if it has none.
func (n *node) attr(k string) string { return n.attrs[k] }
