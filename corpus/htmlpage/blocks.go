package htmlpage

import (
	"strings"
	"unicode/utf8"
)

// blockTags end the block before them and start one of their own.
var blockTags = set("p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
	"h6", "ul", "ol", "li", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "caption",
	"dl", "dt", "dd", "pre", "hr", "address", "details", "summary", "center")

// skipTags hold no article text.
var skipTags = set("img", "picture", "source", "input", "textarea", "math", "map", "area")

// blockMaker cuts the text under an article root into blocks.
type blockMaker struct {
	out   []Block
	cur   textBuilder
	kinds []Kind
	br    bool // the last thing seen was a br: a second one ends the block
}

// blocks returns the blocks of the kept text under r.
func blocks(r *node) []Block {
	m := &blockMaker{kinds: []Kind{Paragraph}}
	m.rec(r, false, false)
	m.flush()
	return m.out
}

func (m *blockMaker) rec(n *node, inLink, inTime bool) {
	switch {
	case n.drop || skipTags[n.tag]:
		return
	case n.tag == "":
		m.cur.addText(n.raw, n.start, inLink, inTime)
		m.br = m.br && strings.TrimSpace(n.raw) == ""
		return
	case n.tag == "br" && m.br:
		m.flush() // <br><br> separates paragraphs on many sites
		return
	case n.tag == "br":
		m.cur.addSpace(n.start, n.tagEnd-n.start, false)
		m.br = true
		return
	}
	m.br = false
	block := blockTags[n.tag] || leadClass().MatchString(n.attr("class"))
	if block {
		m.flush()
		m.kinds = append(m.kinds, m.kindOf(n))
	}
	for _, k := range n.kids {
		m.rec(k, inLink || n.tag == "a", inTime || n.tag == "time")
	}
	if block {
		m.flush()
		m.kinds = m.kinds[:len(m.kinds)-1]
	}
}

// kindOf returns the kind of the blocks that the block element n holds.
func (m *blockMaker) kindOf(n *node) Kind {
	outer := m.kinds[len(m.kinds)-1]
	switch {
	case n.tag == "h1":
		return Headline
	case len(n.tag) == 2 && n.tag[0] == 'h' && n.tag[1] >= '2' && n.tag[1] <= '6':
		return Subheading
	case leadClass().MatchString(n.attr("class")):
		return Standfirst
	case outer == Quote || outer == Caption || outer == Standfirst:
		return outer
	case n.tag == "blockquote":
		return Quote
	case n.tag == "li" || n.tag == "dt" || n.tag == "dd":
		return ListItem
	case n.tag == "figcaption" || n.tag == "caption":
		return Caption
	}
	return outer
}

// flush ends the current block, keeping it unless it is mostly links (a
// list of related articles, a "read more" line) or a short dateline, most
// of it a time element.
func (m *blockMaker) flush() {
	t := &m.cur
	n := utf8.RuneCountInString(t.b.String())
	kind := m.kinds[len(m.kinds)-1]
	dateline := t.timed > 0 && float64(t.timed) >= 0.4*float64(n) && n < 60
	keep := n > 0 && strings.TrimSpace(t.b.String()) != "" &&
		(kind == Headline || float64(t.linked) <= 0.5*float64(n)) && !dateline
	if keep {
		m.out = append(m.out, Block{Kind: kind, Text: t.b.String(), Pieces: t.pieces})
	}
	m.cur = textBuilder{}
}
