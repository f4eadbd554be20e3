package gloss

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: the parser returns a lexicon or an error naming file:line,
// never panics; the words it finds lie inside the text, in order.
func FuzzParse(f *testing.F) {
	f.Add("经济\teconomy\n危机\tcrisis\n", "经济危机")
	f.Add("# c\n\n発見\tdiscovery\n", "新しい発見")
	f.Add("x\t\n", "")
	f.Fuzz(func(t *testing.T, data, text string) {
		l, err := Parse("f.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt:") {
				t.Errorf("error without its file and line: %v", err)
			}
			return
		}
		end := 0
		for _, w := range l.Words(text) {
			if w.Start < end || w.End <= w.Start || w.End > len(text) || !utf8.ValidString(text[w.Start:w.End]) && utf8.ValidString(text) {
				t.Fatalf("word %+v out of order or place in %q", w, text)
			}
			end = w.End
		}
	})
}

// FuzzParseForms: any data parses or fails with a file:line error, never
// a panic.
func FuzzParseForms(f *testing.F) {
	f.Add("# c\nwent\tgo\n")
	f.Add("went\n")
	f.Fuzz(func(t *testing.T, data string) {
		if _, err := parseForms("f.txt", data); err != nil && !strings.HasPrefix(err.Error(), "f.txt:") {
			t.Errorf("error %q without file:line", err)
		}
	})
}
