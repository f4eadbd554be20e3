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
	if n := len(HebrewSpellings("בבבבבבבבבב")); n > 16 {
		t.Errorf("%d spellings; want at most 16", n)
	}
}
