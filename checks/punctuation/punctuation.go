package punctuation

import (
	_ "embed"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/corpus"
)

//go:embed doc.go
var docFile string

// Check is the punctuation check.
var Check = &checks.Check{Name: "punctuation", Severity: checks.Minor, Fixes: true, Doc: checkdoc.Extract(docFile), Run: run}

func run(p *checks.Pass) error {
	tgt := p.Target()
	if !spaced(tgt) {
		return nil
	}
	addrs := tgt.Addresses()
	for i, c := range []byte(tgt.Text) {
		if (c == '!' || c == '?') && gluedAt(tgt.Text, i) && !within(addrs, i) {
			p.Report(checks.Finding{
				Severity: checks.Minor,
				Category: checks.Punctuation,
				Span:     corpus.Span{Start: i, End: i + 1},
				Message:  "no space after the " + markName(c) + ": two sentences run together",
				Fixes: []checks.Fix{{Message: "Add a space", Edits: []checks.Edit{
					{Span: corpus.Span{Start: i + 1, End: i + 1}, New: " "}}}},
			})
		}
	}
	return nil
}

// gluedAt reports whether the mark at byte i of text stands between a
// word of two letters or more all in lower case and a capitalised word. A
// capitalised word before it is a name more likely ("Yahoo!Answers").
func gluedAt(text string, i int) bool {
	a1, m := utf8.DecodeRuneInString(text[i+1:])
	a2, _ := utf8.DecodeRuneInString(text[i+1+m:])
	if !unicode.IsUpper(a1) || !unicode.IsLower(a2) {
		return false
	}
	letters := 0
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		letters++
		j -= n
	}
	return letters >= 2
}

// spaced reports whether d's language separates its words with spaces.
func spaced(d *corpus.Document) bool {
	s, _ := d.Lang.Script()
	switch s.String() {
	case "Hans", "Hant", "Jpan", "Thai", "Laoo", "Khmr", "Mymr":
		return false
	}
	return true
}

// within reports whether byte i lies in one of spans.
func within(spans []corpus.Span, i int) bool {
	for _, s := range spans {
		if s.Start <= i && i < s.End {
			return true
		}
	}
	return false
}

func markName(c byte) string {
	if c == '!' {
		return "exclamation mark"
	}
	return "question mark"
}
