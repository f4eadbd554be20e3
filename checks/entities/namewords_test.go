package entities

import (
	"strings"
	"testing"
)

// TestNameWordsData checks every line of data/namewords.tsv: each stem,
// folded as source words are, glosses its English words, which a target
// word renders, and no unrelated one. It catches a stem the folding or
// the four-letter rule makes unmatchable; the pipeline cases of
// entities_test.go show the glosses at work.
func TestNameWordsData(t *testing.T) {
	m, err := parseNameWords(nameWordsFile)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for lang, nws := range m {
		for _, nw := range nws {
			for _, s := range nw.stems {
				n++
				g := glosses(s, lang)
				if !renders(targetWords(nw.english[0]), g) {
					t.Errorf("%s %s: %q not rendered by %q", lang, s, g, nw.english[0])
				}
				if renders(targetWords("zebra"), g) {
					t.Errorf("%s %s: rendered by zebra", lang, s)
				}
			}
		}
	}
	if n < 200 {
		t.Errorf("%d stems read; the file has more", n)
	}
}

func TestParseNameWords(t *testing.T) {
	for _, bad := range []string{"ru\tвосток", "ru\t\teast", "\tвосток\teast", "ru\tвосток\teast\textra"} {
		_, err := parseNameWords("# comment\n" + bad + "\n")
		if err == nil || !strings.HasPrefix(err.Error(), "namewords.tsv:2: ") {
			t.Errorf("%q: got %v, want an error at line 2", bad, err)
		}
	}
}

// targetWords returns the words of an English text as the check reads
// them.
func targetWords(text string) []word {
	var out []word
	for _, f := range strings.Fields(text) {
		forms := formsOf(f)
		out = append(out, word{wordForms: &forms, text: f})
	}
	return out
}

func FuzzParseNameWords(f *testing.F) {
	f.Add(nameWordsFile)
	f.Add("ru\tвосток\teast\n# c\n\nuk\tа|б\tx|y")
	f.Fuzz(func(t *testing.T, file string) {
		m, err := parseNameWords(file)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "namewords.tsv:") {
				t.Errorf("error without its place: %v", err)
			}
			return
		}
		for _, nws := range m {
			for _, nw := range nws {
				if len(nw.stems) == 0 || len(nw.english) == 0 {
					t.Errorf("a line without stems or English words: %+v", nw)
				}
			}
		}
	})
}
