package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// cluster is one grapheme cluster of an excerpted string and how it is shown.
type cluster struct {
	start, end int    // byte offsets into the excerpted string
	disp       string // what is printed for it
	width      int    // terminal columns of disp
}

// clusters splits s into grapheme clusters. Line breaks, tabs and other
// control characters are shown as one space, so that an excerpt stays on one
// line and the carets under it line up; invisible format characters (a byte
// order mark, a zero-width space) are not shown.
func clusters(s string) []cluster {
	out := make([]cluster, 0, len(s))
	state := -1
	off := 0
	for len(s) > 0 {
		c, rest, st := nextCluster(s, state)
		state = st
		disp, width := display(c)
		out = append(out, cluster{start: off, end: off + len(c), disp: disp, width: width})
		off += len(c)
		s = rest
	}
	return out
}

// excerptLine is a one-line window on a paragraph with a span marked.
type excerptLine struct {
	pre, mid, post string // shown before, on and after the span
	pad            int    // columns before the span
	marks          int    // carets under the span, at least 1
}

const ellipsis = "…"

// excerpt returns a window of text no wider than width columns (when it can
// be) around the bytes [s, e), cut on grapheme cluster boundaries. A cluster
// that overlaps the span belongs to it, so a span never splits a character
// from its combining marks.
func excerpt(text string, s, e, width int) excerptLine {
	s = clamp(s, 0, len(text))
	e = clamp(e, s, len(text))
	return excerptClusters(clusters(text), s, e, width)
}

// excerptClusters is excerpt on a text already split into clusters, so that
// many findings in one long paragraph do not each cost its length.
func excerptClusters(cl []cluster, s, e, width int) excerptLine {
	// Only clusters within width of the span can be shown; every cluster
	// but a zero-width one takes a column.
	i0 := sort.Search(len(cl), func(i int) bool { return cl[i].end > s })
	i1 := sort.Search(len(cl), func(i int) bool { return cl[i].start >= e })
	lo := max(0, i0-width-1)
	hi := min(len(cl), min(max(i1, i0), i0+width+1)+width+1)
	x := window(cl[lo:hi], s, e, width)
	if lo > 0 && !strings.HasPrefix(x.pre, ellipsis) {
		x.pre = ellipsis + x.pre
		x.pad = uniseg.StringWidth(x.pre)
	}
	if hi < len(cl) && !strings.HasSuffix(x.post, ellipsis) {
		x.post += ellipsis
	}
	return x
}

// window is excerpt on the clusters cl, which hold the span.
func window(cl []cluster, s, e, width int) excerptLine {
	// i0, i1: the clusters under the span.
	i0 := len(cl)
	for i, c := range cl {
		if (e > s && c.end > s) || (e == s && c.start >= s) {
			i0 = i
			break
		}
	}
	i1 := i0
	for i1 < len(cl) && cl[i1].start < e {
		i1++
	}
	total := 0
	for _, c := range cl {
		total += c.width
	}
	lo, hi := 0, len(cl)
	if total > width {
		// Two columns stay free for the ellipses at either end.
		budget := width - 2
		lo, hi = i0, i0
		used := 0
		for hi < i1 && (used+cl[hi].width <= budget || hi == lo) {
			used += cl[hi].width
			hi++
		}
		for grew := true; grew; {
			grew = false
			if lo > 0 && used+cl[lo-1].width <= budget {
				lo--
				used += cl[lo].width
				grew = true
			}
			if hi < len(cl) && hi >= i1 && used+cl[hi].width <= budget {
				used += cl[hi].width
				hi++
				grew = true
			}
		}
	}
	join := func(from, to int) string {
		var b strings.Builder
		for _, c := range cl[from:to] {
			b.WriteString(c.disp)
		}
		return b.String()
	}
	midEnd := min(i1, hi)
	x := excerptLine{pre: join(lo, i0), mid: join(i0, midEnd), post: join(midEnd, hi)}
	if lo > 0 {
		x.pre = ellipsis + x.pre
	}
	if hi < len(cl) {
		x.post += ellipsis
	}
	x.pad = uniseg.StringWidth(x.pre)
	x.marks = max(uniseg.StringWidth(x.mid), 1)
	return x
}

// truncate shortens s to at most width columns, on a cluster boundary, and
// shows it on one line. It reads s only as far as it shows: a finding's
// text may be a whole paragraph.
func truncate(s string, width int) string {
	var b strings.Builder
	used := 0
	fit := -1 // the bytes of b that fit beside an ellipsis
	for state := -1; len(s) > 0; {
		var c string
		c, s, state = nextCluster(s, state)
		disp, w := display(c)
		if fit < 0 && used+w > width-1 {
			fit = b.Len()
		}
		if used += w; used > width {
			return b.String()[:fit] + ellipsis
		}
		b.WriteString(disp)
	}
	return b.String()
}

// nextCluster splits the first grapheme cluster off s, as
// uniseg.FirstGraphemeClusterInString does with state. An ASCII character
// that an ASCII character follows is a cluster of its own (but for CR
// LF), and the split after it needs no state: most text is ASCII, and
// the full rules cost a tenth of a long article's check.
func nextCluster(s string, state int) (c, rest string, newState int) {
	if len(s) == 1 && s[0] < utf8.RuneSelf || len(s) > 1 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf && (s[0] != '\r' || s[1] != '\n') {
		return s[:1], s[1:], -1
	}
	c, rest, _, newState = uniseg.FirstGraphemeClusterInString(s, state)
	return c, rest, newState
}

// display returns how the grapheme cluster c is shown and its width in
// columns: a control character as one space, invisible format characters
// not at all.
func display(c string) (string, int) {
	if len(c) == 1 && c[0] < utf8.RuneSelf {
		if c[0] < ' ' || c[0] == 0x7f {
			return " ", 1
		}
		return c, 1
	}
	switch {
	case strings.IndexFunc(c, unicode.IsControl) >= 0:
		return " ", 1
	case strings.IndexFunc(c, func(r rune) bool { return !unicode.Is(unicode.Cf, r) }) < 0:
		return "", 0
	}
	return c, uniseg.StringWidth(c)
}

func clamp(x, lo, hi int) int { return max(lo, min(x, hi)) }
