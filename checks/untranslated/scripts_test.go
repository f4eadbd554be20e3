package untranslated

import (
	"testing"
	"unicode"
)

func TestParseScripts(t *testing.T) {
	testCases := []struct {
		name, file string
		wantErr    bool
	}{
		{"writes with scripts", "writes\tJpan\tHan Hiragana Katakana\n", false},
		{"writes latin only", "# comment\nwrites\tLatn\n", false},
		{"wordletter", "wordletter\tHan Hangul\n", false},
		{"unknown script", "writes\tJpan\tKanji\n", true},
		{"unknown kind", "reads\tJpan\tHan\n", true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseScripts(tc.file)
			if (err != nil) != tc.wantErr {
				t.Errorf("got error %v; want error %v", err, tc.wantErr)
			}
		})
	}
}

func TestEmbeddedScripts(t *testing.T) {
	ws := systems()
	if got := ws.writes["Jpan"]; len(got) != 3 || got[1] != unicode.Hiragana {
		t.Errorf("Jpan writes %v; want Han, Hiragana, Katakana", got)
	}
	if _, ok := ws.writes["Latn"]; !ok {
		t.Error("Latn missing")
	}
}
