package vague

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/phrases"
	"golang.org/x/text/language"
)

func TestFind(t *testing.T) {
	testCases := []struct {
		lang, text, want string // want: the words found, joined by |
	}{
		{"en", "Prices rose for several decades.", "several"},
		{"en", "He spoke with a few analysts and a handful of traders.", "a few|a handful of"},
		{"en", "Prices rose for three decades.", ""},
		{"en", "The severity of it.", ""}, // whole words only
		{"de", "Die Preise stiegen über mehrere Jahrzehnte.", "mehrere"},
		{"de", "Die Preise stiegen über drei Jahrzehnte.", ""},
		{"fr", "Les prix ont augmenté pendant plusieurs décennies.", "plusieurs"},
		{"es", "Los precios subieron durante varias décadas.", "varias"},
		{"ru", "Цены росли несколько десятилетий.", "несколько"},
		{"ru", "Цены росли три десятилетия.", ""},
		{"uk", "Ціни зростали кілька десятиліть.", "кілька"},
		{"pl", "Ceny rosły przez kilka dekad.", "kilka"},
		{"zh", "价格上涨了几十年。", "几十"},
		{"zh", "价格上涨了三十年。", ""},
		{"ja", "価格は数十年にわたり上昇した。", "数十"},
		{"ko", "가격이 수십 년 동안 올랐다.", "수십"},
		{"he", "המחירים עלו במשך כמה עשורים.", "כמה"},
		{"fi", "Hinnat nousivat useita vuosikymmeniä.", ""}, // no list: nothing
	}
	for _, tc := range testCases {
		var got []string
		for _, s := range Find(tc.text, language.Make(tc.lang)) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Find(%q, %s) = %q; want %q", tc.text, tc.lang, g, tc.want)
		}
	}
}

func TestFindAny(t *testing.T) {
	text := "As unequal as some of the others, and several more."
	if got := len(FindAny(text, language.English)); got != 2 {
		t.Errorf("FindAny found %d; want 2 (some, several)", got)
	}
	if got := len(Find(text, language.English)); got != 1 {
		t.Errorf("Find found %d; want 1 (several)", got)
	}
}

func TestParse(t *testing.T) {
	if _, err := phrases.Parse("vague.txt", data, kinds, inside...); err != nil {
		t.Fatal(err)
	}
}
