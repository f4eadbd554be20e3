package untranslated

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestNamingData checks that every line of data/naming.txt is a language
// and a phrase in lower case.
func TestNamingData(t *testing.T) {
	checkDataLines(t, "naming.txt", namingFile, func(v string) bool { return v != "" && v == strings.ToLower(v) })
}

// TestLoanLettersData checks that every line of data/loanletters.txt is a
// language and lower-case letters.
func TestLoanLettersData(t *testing.T) {
	checkDataLines(t, "loanletters.txt", loanLettersFile, func(v string) bool {
		return v != "" && v == strings.ToLower(v) && !strings.ContainsAny(v, " \t")
	})
}

// checkDataLines checks that each line of a data file that is no comment
// is LANG<TAB>value, value as valid wants, and names the failing line.
func checkDataLines(t *testing.T, name, file string, valid func(string) bool) {
	t.Helper()
	n := 0
	for line := range strings.Lines(file) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, v, ok := strings.Cut(line, "\t")
		if _, err := language.ParseBase(lang); !ok || err != nil || !valid(v) {
			t.Errorf("data/%s:%d: want LANG<TAB>value, got %q", name, n, line)
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
