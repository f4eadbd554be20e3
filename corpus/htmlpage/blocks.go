package htmlpage

import "strings"

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
		return
	case n.tag == "br":
		m.cur.addSpace(n.start, n.tagEnd-n.start, false)
		return
	}
	block := blockTags[n.tag] || leadClass.MatchString(n.attr("class"))
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
	case leadClass.MatchString(n.attr("class")):
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
// list of related articles, a "read more" line) or only a time stamp.
func (m *blockMaker) flush() {
	t := &m.cur
	n := t.b.Len()
	kind := m.kinds[len(m.kinds)-1]
	keep := n > 0 && strings.TrimSpace(t.b.String()) != "" &&
		(kind == Headline || float64(t.linked) <= 0.5*float64(n)) && t.timed < n
	if keep {
		m.out = append(m.out, Block{Kind: kind, Text: t.b.String(), Pieces: t.pieces})
	}
	m.cur = textBuilder{}
}
