package entities

import (
	"slices"
	"testing"

	"github.com/crossread/crossread/corpus"
)

// BenchmarkPlaceNames measures reading and indexing the place names of
// one language, which a run pays once for each language it reads.
func BenchmarkPlaceNames(b *testing.B) {
	list := places().list
	for _, lang := range []string{"de", "zh"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				(&placeIndex{list: list, langs: map[string]*langPlaces{}}).in(lang)
			}
		})
	}
}

func TestMaskedWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"внаслідок р*сійських обстрілів", []string{"р*сіиських"}}, // folded as names are: й is и
		{"рос*яни і р*с*я", []string{"рос*яни", "р*с*я"}},
		{"a * b, *bold*, 5*3, x**y***z", nil},
		{"", nil},
	} {
		if got := maskedWords(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("maskedWords(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := unmask("р*сійських", "російськ"); got != "російських" {
		t.Errorf("unmask: got %q", got)
	}
}

func TestNounCompound(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"WM-Punkte", true},
		{"Heim-WM", true},
		{"Frauen-EM", true},
		{"Wagenknecht-BSW", false}, // a name before the acronym
		{"CDU-CSU", false},
		{"Müller-Lüdenscheidt", false},
	} {
		w := word{text: tc.w}
		if got := nounCompound(w); got != tc.want {
			t.Errorf("nounCompound(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
}

func TestAcronymsAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"MHM", "HGM", true},
		{"EPP", "EVP", true},
		{"NATO", "OTAN", true},
		{"SPD", "CDU", false},
		{"EU", "UE", false}, // two letters: too few to tell
		{"EVP", "EVP", false},
		{"EPPS", "EVP", false},
	} {
		if got := acronymsAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("acronymsAlike(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestUndotted(t *testing.T) {
	for in, want := range map[string]string{"u.s.": "us", "u.s.a.": "usa", "st.": "st.", "e.g": "e.g", "washington": "washington"} {
		if got := undotted(in); got != want {
			t.Errorf("undotted(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestSplitDirectionsLongest checks that the longest point of the compass
// is cut off, whatever the order of the class's set: map order varies
// from run to run, and output must not.
func TestSplitDirectionsLongest(t *testing.T) {
	de := langBase("de")
	for range 20 {
		ws := []word{makeWord("Nordostdeutschland", corpus.Span{Start: 0, End: 19}, false)}
		splitDirections(ws, de)
		if len(ws[0].parts) != 2 || ws[0].parts[1] != "deutschland" {
			t.Fatalf("parts of Nordostdeutschland = %q; want [nordostdeutschland deutschland]", ws[0].parts)
		}
	}
}

// TestIsRoman reads Roman numerals, and the ordinals French, Spanish and
// Italian glue to them, as no names; a name of a numeral letter and
// another letter stays one.
func TestIsRoman(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"XXI", true}, {"IV", true}, {"XXIe", true}, {"Ier", true}, {"IIIème", true}, {"XXº", true}, {"XIIIe", true},
		{"Ma", false}, {"Mia", false}, {"Ivo", false}, {"Dan", false}, {"Ce", false}, {"Xe", false}, {"", false}, {"Ivan", false},
	} {
		if got := isRoman(tc.s); got != tc.want {
			t.Errorf("isRoman(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
