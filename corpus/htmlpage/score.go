package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The article body is found as readability-style extractors find it: each
// paragraph scores by its length and punctuation, less the share of it that
// is link text, and hands its score up to its ancestors (in full to its
// parent, halved to its grandparent, less further up). The element with
// the best score, weighed by its class names and its own link density, is
// the body.

// scored are the elements whose text is scored as a paragraph.
var scored = set("p", "pre", "td", "blockquote", "dd")

// bestBody scores the kept elements under root and returns the best. A
// paragraph counts from 25 characters, or from one on a page that has no
// longer one.
func bestBody(root *node) *node {
	if b := scoreFrom(root, 25); b != nil {
		return b
	}
	return scoreFrom(root, 1)
}

func scoreFrom(root *node, minLen int) *node {
	var cands []*node
	walk(root, func(n *node) bool {
		if n.drop || n.tag == "" {
			return false
		}
		var total string
		var linked int
		switch {
		case scored[n.tag]:
			total, linked = textStats(n)
		case hasOwnText(n):
			total = ownText(n)
		default:
			return true
		}
		w := weightedLen(total)
		if w < minLen {
			return true
		}
		s := (1 + float64(punct(total)) + min(float64(w)/100, 3)) * (1 - linkShare(total, linked))
		level := 0
		for a := n.parent; a != nil && level < 5; a, level = a.parent, level+1 {
			if a.score == 0 {
				a.score = initialScore(a)
				cands = append(cands, a)
			}
			switch level {
			case 0:
				a.score += s
			case 1:
				a.score += s / 2
			default:
				a.score += s / float64(3*level)
			}
		}
		return !scored[n.tag]
	})
	var best *node
	bestScore := 0.0
	countText(root, false)
	for _, c := range cands {
		if c.chars > 0 {
			c.score *= 1 - float64(c.linked)/float64(c.chars)
		}
		if best == nil || c.score > bestScore {
			best, bestScore = c, c.score
		}
	}
	sumParas(root)
	return climb(best)
}

// climb moves from the best element up to the ancestor that holds the
// whole article: a parent whose paragraphs are the same (a wrapper) or
// far more (the list of a live blog, the siblings of an inline ad) is
// taken; one that adds only a little (a sidebar) is not.
func climb(n *node) *node {
	if n == nil {
		return nil
	}
	for p := n.parent; p != nil && p.tag != "#root" && p.tag != "body" && p.tag != "html"; p = n.parent {
		if n.paras < p.paras && float64(n.paras) >= 0.7*float64(p.paras) {
			break
		}
		n = p
	}
	return n
}

// sumParas sets the paras of n and everything under it: the weighted
// length of the kept paragraphs that are not mostly links.
func sumParas(n *node) int {
	n.paras = 0
	if n.drop || n.tag == "" {
		return 0
	}
	if scored[n.tag] {
		t, linked := textStats(n)
		if linkShare(t, linked) <= 0.5 {
			n.paras = weightedLen(t)
		}
		return n.paras
	}
	for _, k := range n.kids {
		n.paras += sumParas(k)
	}
	return n.paras
}

// initialScore weighs an element by its tag and class names before its
// paragraphs are counted.
func initialScore(n *node) float64 {
	s := 0.0
	switch n.tag {
	case "div", "article", "main", "section":
		s = 5
	case "pre", "td", "blockquote":
		s = 3
	case "ol", "ul", "dl", "li":
		s = -3
	case "#root", "html", "body":
		s = -5
	}
	names := n.attr("class") + " " + n.attr("id")
	if bodyClass().MatchString(names) {
		s += 25
	}
	if noBodyClass().MatchString(names) {
		s -= 25
	}
	if n.tag == "article" || n.attr("itemprop") == "articleBody" {
		s += 10
	}
	return s
}

// hasOwnText reports whether n holds text directly, as a div that holds
// its paragraphs as text separated by br does.
func hasOwnText(n *node) bool {
	for _, k := range n.kids {
		if k.tag == "" && strings.TrimSpace(k.raw) != "" {
			return true
		}
	}
	return false
}

// ownText returns the text directly under n, not inside its children.
func ownText(n *node) string {
	var b strings.Builder
	for _, k := range n.kids {
		if k.tag == "" {
			b.WriteString(k.raw)
		}
	}
	return b.String()
}

// countText sets chars and linked of n and everything under it.
func countText(n *node, inLink bool) {
	n.chars, n.linked = 0, 0
	if n.drop {
		return
	}
	if n.tag == "" {
		n.chars = nonSpace(n.raw)
		if inLink {
			n.linked = n.chars
		}
		return
	}
	for _, k := range n.kids {
		countText(k, inLink || n.tag == "a")
		n.chars += k.chars
		n.linked += k.linked
	}
}

// nonSpace counts the characters of s that are not white space.
func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// textStats returns the kept text under n and how much of it is link text.
func textStats(n *node) (text string, linked int) {
	var b strings.Builder
	var rec func(*node, bool)
	rec = func(n *node, inLink bool) {
		if n.drop {
			return
		}
		if n.tag == "" {
			b.WriteString(n.raw)
			if inLink {
				linked += nonSpace(n.raw)
			}
			return
		}
		for _, k := range n.kids {
			rec(k, inLink || n.tag == "a")
		}
	}
	rec(n, false)
	return b.String(), linked
}

// textLen is the number of non-space characters of kept text under n.
func textLen(n *node) int {
	t, _ := textStats(n)
	return nonSpace(t)
}

func linkShare(text string, linked int) float64 {
	n := nonSpace(text)
	if n == 0 {
		return 0
	}
	return min(float64(linked)/float64(n), 1)
}

// weightedLen counts the characters of s, three for each Han, kana or
// Hangul character, which carry about as much as a short word does.
func weightedLen(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			n += 3
		default:
			n++
		}
	}
	return n
}

// punct counts the commas and full stops of s, Western and CJK.
func punct(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', '，', '、', '。', '.':
			n++
		}
		i += size
	}
	return n
}
