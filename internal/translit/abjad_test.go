package translit

import (
	"slices"
	"testing"
)

// TestAbjads spells Hebrew and Arabic names in Latin consonants, with
// the skeleton of their English spellings.
func TestAbjads(t *testing.T) {
	for _, tc := range []struct {
		got, latin string
	}{
		{Skeleton(Hebrew("מקרון")), Skeleton("macron")},
		{Skeleton(Hebrew("ג'ונסון")), Skeleton("johnson")},
		{Skeleton(Arabic("ماكرون")), Skeleton("macron")},
		{Skeleton(Arabic("ترامب")), Skeleton("trump")},
		{Skeleton(Arabic("پوتین")), Skeleton("putin")},
	} {
		if tc.got != tc.latin {
			t.Errorf("skeleton %q; want %q", tc.got, tc.latin)
		}
	}
	// ב, פ and כ stand for two sounds each: Reeves and Belknap are read.
	for word, latin := range map[string]string{"ריבס": "reeves", "בלקנאף": "belknap", "דאפי": "duffy"} {
		var sks []string
		for _, sp := range HebrewSpellings(word) {
			sks = append(sks, Skeleton(sp))
		}
		if !slices.Contains(sks, Skeleton(latin)) {
			t.Errorf("HebrewSpellings(%s) skeletons %q; want %q among them", word, sks, Skeleton(latin))
		}
	}
	// Hangul: vowels as a, ㅍ as p or f, a final ㅇ as n (마크롱, Macron).
	for word, latin := range map[string]string{"마크롱": "macron", "트럼프": "trump", "젤렌스키": "zelensky", "스타머": "stame"} {
		var sks []string
		for _, sp := range HangulSpellings(word) {
			sks = append(sks, Skeleton(sp))
		}
		if !slices.Contains(sks, Skeleton(latin)) {
			t.Errorf("HangulSpellings(%s) skeletons %q; want %q among them", word, sks, Skeleton(latin))
		}
	}
	if got := UnsaidR("starmer"); got != "stame" {
		t.Errorf("UnsaidR(starmer) = %q; want stame", got)
	}
	if n := len(HebrewSpellings("בבבבבבבבבב")); n > 16 {
		t.Errorf("%d spellings; want at most 16", n)
	}
}
