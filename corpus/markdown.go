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
	b := &mdBlocks{s: s, cur: -1}
	for i := skipFrontMatter(s, lines); i < len(lines); i++ {
		ls, le := lines[i][0], lines[i][1]
		for le > ls && s[le-1] == '\r' {
			le--
		}
		b.line(ls, le)
	}
	b.flush(len(s))
	return b.out
}

// skipFrontMatter blanks a YAML or TOML front matter opening s and
// returns the index of the first of lines after it.
func skipFrontMatter(s []byte, lines [][2]int) int {
	if len(lines) == 0 {
		return 0
	}
	first := string(bytes.TrimRight(s[lines[0][0]:lines[0][1]], " \t\r"))
	if first != "---" && first != "+++" {
		return 0
	}
	for j := 1; j < len(lines); j++ {
		l := string(bytes.TrimRight(s[lines[j][0]:lines[j][1]], " \t\r"))
		if l == first || (first == "---" && l == "...") {
			blank(s, lines[0][0], lines[j][1])
			return j + 1
		}
	}
	return 0
}

// mdBlocks reads the lines of a Markdown text s into blocks, blanking
// their markup.
type mdBlocks struct {
	s     []byte
	out   []Span
	cur   int // where the open block starts; -1 when none is open
	kind  blockKind
	fence []byte // the fence of the open code block, nil outside one
}

// flush closes the open block at end.
func (b *mdBlocks) flush(end int) {
	if b.cur >= 0 {
		b.out = append(b.out, Span{b.cur, end})
	}
	b.cur, b.kind = -1, kindNone
}

// start opens a block of kind k at at.
func (b *mdBlocks) start(at int, k blockKind) {
	b.flush(at)
	b.cur, b.kind = at, k
}

// line reads the line s[ls:le].
func (b *mdBlocks) line(ls, le int) {
	s := b.s
	line := s[ls:le]
	if b.fence != nil {
		if t := bytes.TrimLeft(line, " "); bytes.HasPrefix(t, b.fence) && len(bytes.Trim(t, string(b.fence[:1])+" \t")) == 0 {
			b.fence = nil
		}
		blank(s, ls, le)
		return
	}
	if isBlank(line) {
		b.flush(ls)
		return
	}
	if leadingSpaces(line) >= 4 && b.cur < 0 {
		blank(s, ls, le) // indented code block
		return
	}
	// The indentation is counted in columns (a tab to the next
	// multiple of 4) but skipped in bytes.
	cs := ls + len(line) - len(bytes.TrimLeft(line, " \t"))
	content := s[cs:le]
	switch {
	case mdFence().Match(content):
		b.flush(ls)
		b.fence = append([]byte(nil), mdFence().Find(content)...)
		blank(s, ls, le)
	case b.cur >= 0 && b.kind == kindPara && mdSetext().Match(content):
		blank(s, ls, le) // the lines above are a heading
		b.flush(ls)
	case mdBreak().Match(content):
		b.flush(ls)
		blank(s, ls, le)
	case mdLinkDef().Match(content) && b.cur < 0:
		blank(s, ls, le)
	default:
		b.block(ls, cs, le)
	}
}

// block reads a line of content that opens at cs: a heading, a quote, a
// list item or a paragraph's line.
func (b *mdBlocks) block(ls, cs, le int) {
	s := b.s
	content := s[cs:le]
	if m := mdHeading().FindIndex(content); m != nil {
		b.flush(ls)
		blank(s, ls, cs+m[1])
		if c := mdClosing().FindIndex(s[cs+m[1] : le]); c != nil {
			blank(s, cs+m[1]+c[0], le)
		}
		b.out = append(b.out, Span{ls, le})
		return
	}
	if content[0] == '>' {
		n := 0
		for n < len(content) && (content[n] == '>' || content[n] == ' ' || content[n] == '\t') {
			n++
		}
		blank(s, ls, cs+n)
		if isBlank(s[cs+n : le]) {
			b.flush(ls)
			return
		}
		if b.kind != kindQuote {
			b.start(ls, kindQuote)
		}
		maskInline(s[cs+n : le])
		return
	}
	if m := mdListItem().FindIndex(content); m != nil {
		blank(s, ls, cs+m[1])
		b.start(ls, kindList)
		maskInline(s[cs+m[1] : le])
		return
	}
	if b.cur < 0 {
		b.start(ls, kindPara)
	}
	maskInline(s[ls:le])
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
