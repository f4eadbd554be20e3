package corpus

import (
	"math/rand/v2"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestOneSentence: where oneSentence takes a paragraph for one sentence,
// uniseg cuts it the same, on random text of letters, spaces, marks that
// end sentences and brackets, in several scripts.
func TestOneSentence(t *testing.T) {
	alphabet := []string{"a", "B", "7", " ", " ", ".", "!", "?", ",", ";", ":", "\"", "'", "(", ")", "«", "»", "“", "”", "「", "」",
		"\t", "\n", "\r", "\u2028", "\u0085", "。", "！", "？", "、", "中", "ア", "я", "Я", "ש", "।", "؟", "۔", "…", "\u2024", "．", "\u00a0", "\u3000", "\u0301", "-", "–", "1", "e"}
	rng := rand.New(rand.NewPCG(31, 2))
	for range 30000 {
		checkSentences(t, randomText(rng, alphabet, 16))
	}
	for _, s := range []string{"Hello world.", "Hi?!", "He said “no.” ", "中国经济增长。", "Wait…", "x (y)."} {
		if !oneSentence(s) {
			t.Errorf("oneSentence(%q) = false", s)
		}
		checkSentences(t, s)
	}
}

// FuzzSentences: the shortcut agrees with uniseg on any text.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Hello world.", "He said “no.” She left.", "中国经济增长。日本"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSentences(t, s) })
}

func checkSentences(t *testing.T, s string) {
	t.Helper()
	sp := Span{0, len(s)}
	for _, lang := range []language.Base{language.MustParseBase("en"), language.MustParseBase("de")} {
		if got, want := sentences(s, sp, lang), sentencesUAX(s, sp, lang); !slices.Equal(got, want) {
			t.Fatalf("sentences(%q) = %v, uniseg %v", s, got, want)
		}
	}
}

// TestOneSentenceEveryRune: no rune that uniseg ends a sentence at passes
// for a letter with oneSentence, whatever Unicode version each follows.
func TestOneSentenceEveryRune(t *testing.T) {
	for r := rune(0); r <= 0x3FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r >= 0x30000 && r < 0x3FFFF && r%16 != 0 {
			continue
		}
		s := "a" + string(r) + " b"
		if oneSentence(s) {
			checkSentences(t, s)
		}
	}
}
