package htmlpage

import (
	"html"
	"strings"
)

// readMeta fills the language, title and publication date of p from the
// page head and the first time element.
func readMeta(root *node, p *Page) {
	var title, ogTitle, ogLocale, published, firstTime string
	walk(root, func(n *node) bool {
		switch n.tag {
		case "html":
			p.Lang = strings.TrimSpace(n.attr("lang"))
		case "title":
			if title == "" {
				title = collapse(rawText(n))
			}
		case "meta":
			prop := n.attr("property")
			if prop == "" {
				prop = n.attr("name")
			}
			switch strings.ToLower(prop) {
			case "og:locale":
				ogLocale = n.attr("content")
			case "og:title":
				ogTitle = n.attr("content")
			case "article:published_time", "datepublished", "pubdate", "date":
				published = n.attr("content")
			}
			if n.attr("itemprop") == "datePublished" && published == "" {
				published = n.attr("content")
			}
		case "time":
			if firstTime == "" {
				firstTime = n.attr("datetime")
				if firstTime == "" {
					firstTime = collapse(rawText(n))
				}
			}
		}
		return true
	})
	if p.Lang == "" {
		p.Lang = strings.ReplaceAll(strings.TrimSpace(ogLocale), "_", "-")
	}
	p.Title = strings.TrimSpace(first(ogTitle, title))
	p.Published = strings.TrimSpace(first(published, firstTime))
}

func first(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// rawText returns the decoded text under n, markup dropped.
func rawText(n *node) string {
	var b strings.Builder
	walk(n, func(k *node) bool {
		if k.tag == "" {
			b.WriteString(html.UnescapeString(k.raw))
		}
		return true
	})
	return b.String()
}

// collapse collapses runs of HTML white space (not U+3000 and the other
// spaces that are text) to one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
