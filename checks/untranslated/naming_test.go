package untranslated

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestNamingData checks that every line of data/naming.txt is a language
// and a phrase in lower case.
func TestNamingData(t *testing.T) {
	n := 0
	for line := range strings.Lines(namingFile) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, phrase, ok := strings.Cut(line, "\t")
		if _, err := language.ParseBase(lang); !ok || err != nil || phrase == "" || phrase != strings.ToLower(phrase) {
			t.Errorf("data/naming.txt:%d: want LANG<TAB>lower-case phrase, got %q", n, line)
		}
	}
}

func TestAfterNaming(t *testing.T) {
	en := language.MustParseBase("en")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"They call it samargon", true},
		{"The so-called samargon", true},
		{"The French call it  claquettes", true},
		{"They recall it samargon", false}, // "recall it" is no naming phrase
		{"They drink samargon", false},
		{"samargon", false},
	} {
		at := strings.LastIndexByte(tc.text, ' ') + 1
		if got := afterNaming(tc.text, at, en); got != tc.want {
			t.Errorf("afterNaming(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestLoanLettersData checks that every line of data/loanletters.txt is a
// language and lower-case letters.
func TestLoanLettersData(t *testing.T) {
	n := 0
	for line := range strings.Lines(loanLettersFile) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, ls, ok := strings.Cut(line, "\t")
		if _, err := language.ParseBase(lang); !ok || err != nil || ls == "" || ls != strings.ToLower(ls) || strings.ContainsAny(ls, " \t") {
			t.Errorf("data/loanletters.txt:%d: want LANG<TAB>lower-case letters, got %q", n, line)
		}
	}
}
