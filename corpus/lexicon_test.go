package corpus_test

import (
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func TestIsWord(t *testing.T) {
	en, _ := language.English.Base()
	de, _ := language.German.Base()
	testCases := []struct {
		w    string
		lang language.Base
		want bool
	}{
		{"carriage", en, true},
		{"learned", en, true}, // inflected forms are listed
		{"prisonniers", en, false},
		{"interpretato", en, false},
		{"haus", de, false}, // no German list: nothing is a word
	}
	for _, tc := range testCases {
		if got := corpus.IsWord(tc.w, tc.lang); got != tc.want {
			t.Errorf("IsWord(%q, %s) = %v; want %v", tc.w, tc.lang, got, tc.want)
		}
	}
	if !corpus.HasLexicon(en) || corpus.HasLexicon(de) {
		t.Errorf("HasLexicon: got en %v, de %v; want true, false", corpus.HasLexicon(en), corpus.HasLexicon(de))
	}
}

func BenchmarkLexiconLoad(b *testing.B) {
	en, _ := language.English.Base()
	for b.Loop() {
		corpus.IsWord("carriage", en)
	}
}

func TestDangling(t *testing.T) {
	en, _ := language.English.Base()
	testCases := []struct {
		w    string
		mark rune
		want bool
	}{
		{"of", ',', true},
		{"the", '.', true},
		{"in", ',', true},
		{"in", '.', false}, // "came in."
		{"said", ',', false},
	}
	for _, tc := range testCases {
		if got := corpus.Dangling(tc.w, tc.mark, en); got != tc.want {
			t.Errorf("Dangling(%q, %q) = %v; want %v", tc.w, tc.mark, got, tc.want)
		}
	}
}
