package corpus

import (
	"bytes"

	"github.com/crossread/crossread/internal/lazyre"
)

// Markdown support is line-based and covers what articles use: ATX and
// Setext headings, list items, block quotes, fenced and indented code,
// thematic breaks, front matter, HTML comments and the common inline
// markers. Markup is blanked with spaces rather than removed, so that byte
// offsets into the masked text are byte offsets into the file.

var (
	mdHeading  = lazyre.New(`^(#{1,6})(?:[ \t]+|$)`)
	mdClosing  = lazyre.New(`[ \t]+#+[ \t]*$`)
	mdListItem = lazyre.New(`^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)`)
	mdBreak    = lazyre.New(`^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdSetext   = lazyre.New(`^(?:=+|-+)[ \t]*$`)
	mdFence    = lazyre.New("^(```+|~~~+)")
	mdImage    = lazyre.New(`!\[[^\]\n]*\]\([^)\n]*\)`)
	mdLink     = lazyre.New(`\[([^\]\n]*)\]\(([^)\n]*)\)`)
	mdRefLink  = lazyre.New(`\[([^\]\n]+)\]\[[^\]\n]*\]`)
	mdLinkDef  = lazyre.New(`^\[[^\]\n]+\]:[ \t]*\S`)
	mdAutolink = lazyre.New(`<((?:https?|mailto|ftp):[^>\s]*)>`)
	mdTag      = lazyre.New(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdComment  = lazyre.New(`(?s)<!--.*?-->`)
)

type blockKind int

const (
	kindNone blockKind = iota
	kindPara
	kindList
	kindQuote
)

// markdownBlocks blanks the markup in s (in place) and returns the spans of
// its paragraphs.
func markdownBlocks(s []byte) []Span {
	for _, m := range mdComment().FindAllIndex(s, -1) {
		blankKeepNewlines(s, m[0], m[1])
	}
	var lines [][2]int
	forLines(s, func(a, b int) { lines = append(lines, [2]int{a, b}) })

	i := 0
	if len(lines) > 0 {
		first := string(bytes.TrimRight(s[lines[0][0]:lines[0][1]], " \t\r"))
		if first == "---" || first == "+++" {
			for j := 1; j < len(lines); j++ {
				l := string(bytes.TrimRight(s[lines[j][0]:lines[j][1]], " \t\r"))
				if l == first || (first == "---" && l == "...") {
					blank(s, lines[0][0], lines[j][1])
					i = j + 1
					break
				}
			}
		}
	}

	var (
		out   []Span
		cur   = -1
		kind  = kindNone
		fence []byte
	)
	flush := func(end int) {
		if cur >= 0 {
			out = append(out, Span{cur, end})
		}
		cur, kind = -1, kindNone
	}
	start := func(at int, k blockKind) {
		flush(at)
		cur, kind = at, k
	}
	for ; i < len(lines); i++ {
		ls, le := lines[i][0], lines[i][1]
		for le > ls && s[le-1] == '\r' {
			le--
		}
		line := s[ls:le]
		if fence != nil {
			if t := bytes.TrimLeft(line, " "); bytes.HasPrefix(t, fence) && len(bytes.Trim(t, string(fence[:1])+" \t")) == 0 {
				fence = nil
			}
			blank(s, ls, le)
			continue
		}
		if isBlank(line) {
			flush(ls)
			continue
		}
		indent := leadingSpaces(line)
		if indent >= 4 && cur < 0 {
			blank(s, ls, le) // indented code block
			continue
		}
		// The indentation is counted in columns (a tab to the next
		// multiple of 4) but skipped in bytes.
		cs := ls + len(line) - len(bytes.TrimLeft(line, " \t"))
		content := s[cs:le]
		switch {
		case mdFence().Match(content):
			flush(ls)
			fence = append([]byte(nil), mdFence().Find(content)...)
			blank(s, ls, le)
			continue
		case cur >= 0 && kind == kindPara && mdSetext().Match(content):
			blank(s, ls, le) // the lines above are a heading
			flush(ls)
			continue
		case mdBreak().Match(content):
			flush(ls)
			blank(s, ls, le)
			continue
		case mdLinkDef().Match(content) && cur < 0:
			blank(s, ls, le)
			continue
		}
		if m := mdHeading().FindIndex(content); m != nil {
			flush(ls)
			blank(s, ls, cs+m[1])
			if c := mdClosing().FindIndex(s[cs+m[1] : le]); c != nil {
				blank(s, cs+m[1]+c[0], le)
			}
			out = append(out, Span{ls, le})
			continue
		}
		if content[0] == '>' {
			n := 0
			for n < len(content) && (content[n] == '>' || content[n] == ' ' || content[n] == '\t') {
				n++
			}
			blank(s, ls, cs+n)
			if isBlank(s[cs+n : le]) {
				flush(ls)
				continue
			}
			if kind != kindQuote {
				start(ls, kindQuote)
			}
			maskInline(s[cs+n : le])
			continue
		}
		if m := mdListItem().FindIndex(content); m != nil {
			blank(s, ls, cs+m[1])
			start(ls, kindList)
			maskInline(s[cs+m[1] : le])
			continue
		}
		if cur < 0 {
			start(ls, kindPara)
		}
		maskInline(s[ls:le])
	}
	flush(len(s))
	return out
}

// maskInline blanks inline markup in one line of prose.
func maskInline(b []byte) {
	for _, m := range mdImage().FindAllIndex(b, -1) {
		blank(b, m[0], m[1])
	}
	for _, m := range mdLink().FindAllSubmatchIndex(b, -1) {
		blank(b, m[0], m[2]) // [
		blank(b, m[3], m[1]) // ](url)
	}
	for _, m := range mdRefLink().FindAllSubmatchIndex(b, -1) {
		blank(b, m[0], m[2])
		blank(b, m[3], m[1])
	}
	for _, m := range mdAutolink().FindAllSubmatchIndex(b, -1) {
		blank(b, m[0], m[2])
		blank(b, m[3], m[1])
	}
	for _, m := range mdTag().FindAllIndex(b, -1) {
		blank(b, m[0], m[1])
	}
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '`':
			b[i] = ' '
		case '*', '_':
			// Emphasis markers touch a word on one side only; a lone
			// asterisk between spaces or an underscore inside a word is text.
			j := i
			for j < len(b) && b[j] == b[i] {
				j++
			}
			prevWord := i > 0 && isWordByte(b[i-1])
			nextWord := j < len(b) && isWordByte(b[j])
			if prevWord != nextWord {
				blank(b, i, j)
			}
			i = j - 1
		case '\\':
			if i+1 < len(b) && bytes.IndexByte([]byte("\\`*_{}[]()#+-.!"), b[i+1]) >= 0 {
				b[i] = ' '
				i++
			}
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 0x80 ||
		('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') ||
		c == '.' || c == ',' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\'' || c == ')' || c == '('
}

func leadingSpaces(line []byte) int {
	n := 0
	for _, c := range line {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// blank replaces s[a:b] with spaces.
func blank(s []byte, a, b int) {
	for i := a; i < b; i++ {
		if s[i] != '\n' && s[i] != '\r' {
			s[i] = ' '
		}
	}
}

func blankKeepNewlines(s []byte, a, b int) { blank(s, a, b) }
