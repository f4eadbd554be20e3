package corpus_test

import (
	"io/fs"
	"path"
	"strings"
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

func BenchmarkIsWord(b *testing.B) {
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

// TestLexiconFiles checks what the in-place search relies on: every
// lexicon (and LANG-extra.txt beside it) is sorted in byte order, one word
// a line, without duplicates, and each of its words is found.
func TestLexiconFiles(t *testing.T) {
	files, _ := fs.Glob(corpus.DataFS, "data/lexicon/*.txt")
	for _, f := range files {
		lang, err := language.ParseBase(strings.TrimSuffix(strings.TrimSuffix(path.Base(f), ".txt"), "-extra"))
		if err != nil {
			continue // a table, not a word list
		}
		raw, _ := fs.ReadFile(corpus.DataFS, f)
		words := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
		for i, w := range words {
			if w == "" || (i > 0 && words[i-1] >= w) {
				t.Fatalf("%s:%d: %q is empty or not after %q in byte order", f, i+1, w, words[max(i-1, 0)])
			}
			if !corpus.IsWord(w, lang) {
				t.Fatalf("%s:%d: IsWord(%q) = false", f, i+1, w)
			}
			if corpus.IsWord(w+"\x00", lang) || corpus.IsWord(w[:len(w)-1]+"~", lang) {
				t.Fatalf("%s:%d: a word not in the list is found next to %q", f, i+1, w)
			}
		}
	}
}

// TestIsNoun reads the German nouns' list: every case and number, and
// compounds by their last noun, but no name and no short end.
func TestIsNoun(t *testing.T) {
	de, _ := language.German.Base()
	en, _ := language.English.Base()
	testCases := []struct {
		w    string
		lang language.Base
		want bool
	}{
		{"regierung", de, true},
		{"münzen", de, true},
		{"netzstecker", de, true},
		{"justizbehörden", de, true},
		{"heim-wm", de, false},
		{"merkel", de, false},
		{"klose", de, false},
		{"angela", de, false},
		{"neuware", de, false}, // "neu" is too short a first part
		{"house", en, false},
		{"", de, false},
	}
	for _, tc := range testCases {
		if got := corpus.IsNoun(tc.w, tc.lang); got != tc.want {
			t.Errorf("IsNoun(%q, %s) = %v; want %v", tc.w, tc.lang, got, tc.want)
		}
	}
}

func TestIsListedNoun(t *testing.T) {
	de, _ := language.German.Base()
	en, _ := language.English.Base()
	for _, tc := range []struct {
		w    string
		lang language.Base
		want bool
	}{
		{"heim", de, true},
		{"regierung", de, true},
		{"netzstecker", de, false}, // a compound reading only
		{"wagenknecht", de, false},
		{"house", en, false},
		{"", de, false},
	} {
		if got := corpus.IsListedNoun(tc.w, tc.lang); got != tc.want {
			t.Errorf("IsListedNoun(%q, %s) = %v; want %v", tc.w, tc.lang, got, tc.want)
		}
	}
}

// TestIsCommonWord tells a small dictionary's words from rare words that
// names are spelt like.
func TestIsCommonWord(t *testing.T) {
	en, _ := language.English.Base()
	common := map[string]bool{
		"center": true, "orange": true, "reading": true, "phoenix": true,
		"boston": false, "berlin": false, "shanghai": false, "": false,
	}
	for w, want := range common {
		if got := corpus.IsCommonWord(w, en); got != want {
			t.Errorf("IsCommonWord(%q, en) = %v; want %v", w, got, want)
		}
	}
	// Without a list of frequent words, IsWord answers, and French has
	// no word list either.
	if fr, _ := language.French.Base(); corpus.IsCommonWord("centre", fr) {
		t.Error("IsCommonWord(centre, fr) = true; want IsWord's false")
	}
}
