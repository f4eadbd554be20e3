package htmlpage

import (
	"slices"
	"sort"
	"strings"

	"github.com/crossread/crossread/internal/lazyre"
)

// Kind is what a block of the article is.
type Kind int

// The kinds of block.
const (
	Paragraph  Kind = iota
	Headline        // the h1
	Standfirst      // the summary under the headline
	Subheading      // h2 to h6
	Quote           // a paragraph of a block quote
	ListItem
	Caption
)

var kindNames = [...]string{"paragraph", "headline", "standfirst", "subheading", "quote", "item", "caption"}

// String names k in lower case.
func (k Kind) String() string { return kindNames[k] }

// Block is one paragraph-like block of the article.
type Block struct {
	Kind   Kind
	Text   string  // decoded, white space collapsed, trimmed
	Pieces []Piece // where the bytes of Text come from, in order
}

// Start returns the offset in the file of the block's first byte.
func (b Block) Start() int { return b.Pieces[0].O }

// Page is what Extract finds in a page.
type Page struct {
	Lang      string // from <html lang>, else og:locale; may be ""
	Title     string // og:title, else <title>
	Published string // article:published_time, else the first <time>
	Blocks    []Block
}

// Extract parses the page data and returns its article. Its errors are
// *SyntaxError: no tag at all, an unclosed comment, or no article text.
func Extract(data []byte) (*Page, error) {
	root, err := parse(data)
	if err != nil {
		return nil, err
	}
	p := &Page{}
	readMeta(root, p)
	markFurniture(root)
	for _, r := range articleRoots(root) {
		p.Blocks = append(p.Blocks, blocks(r)...)
	}
	if ld := jsonLDBlocks(root); thinBody(p.Blocks, ld) {
		p.Blocks = ld
	}
	if len(p.Blocks) == 0 {
		return p, &SyntaxError{firstNonSpace(data), "no article text found in the page"}
	}
	p.Title = trimSiteName(p.Title, p.Blocks)
	if p.Published == "" {
		p.Published = jsonLDDate(root)
	}
	return p, nil
}

// trimSiteName returns the headline for a title that is the headline
// followed by the site's name ("Headline | Site"), else title.
func trimSiteName(title string, blocks []Block) string {
	for _, b := range blocks {
		if b.Kind == Headline && b.Text != title && strings.HasPrefix(title, b.Text) {
			return b.Text
		}
	}
	return title
}

var (
	// furnitureClass matches class and id names of page furniture.
	furnitureClass = lazyre.New(`(?i)(?:^|[\s_-])(?:(?:ad|ads|adslot|meta|tags|lang|print|nav|menu|skip|hidden|comments?)(?:$|[\s_-])|navbar|navigation|share|sharing|sharedaddy|social|sns|related|recommend|more-stories|read-more|read-also|cookie|consent|gdpr|banner|footer|byline|author|newsletter|signup|sign-up|promo|advert|anzeige|sponsor|breadcrumb|language|locale|sidebar|widget|subscribe|paywall|toolbar|masthead|credit|copyright|outbrain|taboola|visually-hidden|sr-only|screen-reader|ranking|gnav|kicker|badge|dateline|timestamp|(?:date|time)(?:$|[\s_-]))`)
	// leadClass matches the class names of a standfirst.
	leadClass = lazyre.New(`(?i)(?:^|[\s_-])(?:standfirst|lede|lead|intro|summary|dek|teaser-text|subtitle|subheadline|excerpt|kicker-text|chapo|chapeau|chapô|entradilla|occhiello)(?:$|[\s_-])`)
	// bodyClass and noBodyClass weigh candidates for the article body.
	bodyClass   = lazyre.New(`(?i)article|body|content|entry|main|story|text|post|liveblog|live`)
	noBodyClass = furnitureClass
)

// furnitureTags are dropped with everything under them.
var furnitureTags = set("script", "style", "noscript", "template", "nav", "footer", "aside", "form",
	"button", "select", "iframe", "svg", "object", "embed", "video", "audio", "canvas", "menu", "dialog", "head")

// ampFurniture are the AMP components that hold no article text: ads
// (whose fallback says "Advertisement"), menus, share buttons, consent
// notices and trackers.
var ampFurniture = set("amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-sidebar",
	"amp-social-share", "amp-analytics", "amp-pixel", "amp-consent", "amp-user-notification",
	"amp-iframe", "amp-video", "amp-youtube", "amp-lightbox", "amp-geo", "amp-list")

// furnitureRoles are ARIA roles of furniture.
var furnitureRoles = set("navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search")

// markFurniture sets drop on the furniture of the page. The html, body,
// main and article elements are never dropped by class: a class like
// "has-sidebar" on them says nothing about their text.
func markFurniture(root *node) {
	walk(root, func(n *node) bool {
		if n.tag == "" {
			return false
		}
		n.drop = isFurniture(n)
		return !n.drop
	})
}

func isFurniture(n *node) bool {
	switch {
	case furnitureTags[n.tag], ampFurniture[n.tag], furnitureRoles[n.attr("role")]:
		return true
	case isSignUpBox(n):
		return true
	case n.attrs["hidden"] != "" || n.attr("aria-hidden") == "true":
		return true
	case n.tag == "header":
		return !has(n, func(k *node) bool { return k.tag == "h1" })
	case n.tag == "html", n.tag == "body", n.tag == "main", n.tag == "article", n.tag == "#root":
		return false
	case n.tag == "h1" || n.tag == "p" && leadClass().MatchString(n.attr("class")):
		return false
	}
	return furnitureClass().MatchString(n.attr("class") + " " + n.attr("id"))
}

// isSignUpBox reports whether n is a box with a form and little text, such
// as a newsletter sign-up in the middle of the body, whatever its class
// names: its heading and pitch would otherwise pass for article text.
func isSignUpBox(n *node) bool {
	if n.tag != "div" && n.tag != "section" && n.tag != "aside" {
		return false
	}
	return has(n, func(k *node) bool { return k.tag == "form" || k.tag == "input" }) && textLen(n) < 400
}

// has reports whether anything kept under n satisfies f.
func has(n *node, f func(*node) bool) bool {
	found := false
	walk(n, func(k *node) bool {
		if found || (k != n && k.drop) {
			return false
		}
		found = f(k)
		return !found
	})
	return found
}

// articleRoots returns the elements whose blocks make the article, in
// document order: the body that scores best, and the headline, standfirst and captions outside it,
// looked for in the smallest element that holds both the body and the
// headline, so that a sidebar's captions stay out.
func articleRoots(root *node) []*node {
	body := bestBody(root)
	if body == nil {
		return nil
	}
	roots := []*node{body}
	scope := body
	if !has(body, isTag("h1")) {
		if h1 := headline(root); h1 != nil {
			roots = append(roots, h1)
			scope = commonAncestor(body, h1)
		}
	}
	walk(scope, func(n *node) bool {
		if n.drop || n.tag == "" || slices.Contains(roots, n) {
			return false
		}
		if n.tag == "figcaption" || leadClass().MatchString(n.attr("class")) && textLen(n) > 0 {
			roots = append(roots, n)
			return false
		}
		return true
	})
	sort.Slice(roots, func(i, j int) bool { return roots[i].start < roots[j].start })
	// An ancestor sorts before what it holds: drop what is held (an h1
	// left open around the whole article holds the body).
	out := roots[:1]
	for _, r := range roots[1:] {
		if !within(r, out[len(out)-1]) {
			out = append(out, r)
		}
	}
	return out
}

func isTag(tag string) func(*node) bool { return func(n *node) bool { return n.tag == tag } }

// headline returns the kept h1 with the longest text: a logo in an h1 is
// shorter than the headline.
func headline(root *node) *node {
	var h1 *node
	walk(root, func(n *node) bool {
		if n.drop {
			return false
		}
		if n.tag == "h1" && (h1 == nil || textLen(n) > textLen(h1)) {
			h1 = n
		}
		return n.tag != "h1"
	})
	return h1
}

func commonAncestor(a, b *node) *node {
	for a.depth > b.depth {
		a = a.parent
	}
	for b.depth > a.depth {
		b = b.parent
	}
	for a != b {
		a, b = a.parent, b.parent
	}
	return a
}

func within(n, anc *node) bool {
	for p := n.parent; p != nil && p.depth >= anc.depth; p = p.parent {
		if p == anc {
			return true
		}
	}
	return false
}
