package align

import (
	"slices"
	"testing"
)

func TestInflectionStems(t *testing.T) {
	for _, c := range []struct {
		lang, a, b string
		same       bool
	}{
		{"ukr", "язниця", "язниці", true},
		{"ukr", "квиток", "квитки", true},
		{"rus", "отец", "отца", true},
		{"rus", "новый", "новых", true},
		{"ukr", "державній", "державний", true},
		{"rus", "платить", "платили", true},
		{"rus", "тюрьма", "тюрьмы", true},
		{"rus", "дом", "дома", true},
		{"rus", "тюрьма", "торговля", false},
		{"pol", "płacic", "płacił", true},
		{"pol", "szkoła", "szkoły", true},
		{"ces", "platit", "platil", true},
		{"ces", "skola", "mesto", false},
		{"tur", "butce", "butceyi", true},
		{"tur", "okul", "okullar", true},
		{"tur", "okul", "karar", false},
		{"ind", "membayar", "pembayaran", true},
		{"ind", "dibayar", "bayar", true},
		{"ind", "sekolah", "bayar", false},
		{"fas", "مدرسه", "مدرسه", true},
		{"fas", "كتاب", "کتاب", true},
		{"ell", "συμβουλιο", "συμβουλιου", true},
		{"ell", "πληρωνω", "πληρωσε", true},
		{"ell", "σχολεια", "συμβουλιο", false},
		{"hin", "कीमत", "कीमतो", true},
		{"hin", "चुकाना", "चुकाया", true},
		{"hin", "कीमत", "किताब", false},
		{"ara", "المدرسة", "مدرسة", true},
		{"ara", "وبالمدرسة", "مدرسه", true},
		{"ara", "مستشفى", "مستشفي", true},
		{"ara", "مدرسة", "درس", false},
		{"kor", "예산을", "예산", true},
		{"kor", "논의하기", "논의하다", true},
		{"kor", "예술", "예산", false},
		{"heb", "ובבית", "בית", true},
		{"heb", "שלום", "שלומ", true},
		{"heb", "המדינה", "מדינה", true},
		{"heb", "בית", "ית", false},
	} {
		as, bs := inflectionStems(c.lang, c.a), inflectionStems(c.lang, c.b)
		meet := slices.ContainsFunc(as, func(s string) bool { return slices.Contains(bs, s) })
		if meet != c.same {
			t.Errorf("%s %s %s: stems %q and %q meet = %v, want %v", c.lang, c.a, c.b, as, bs, meet, c.same)
		}
	}
	for _, w := range []string{"", "ab", "д"} {
		if got := inflectionStems("rus", w); len(got) != 0 {
			t.Errorf("inflectionStems(rus, %q) = %q, want none: too short to tell", w, got)
		}
	}
	for _, lang := range []string{"deu", "jpn", "eng"} {
		if got := inflectionStems(lang, "houses"); got != nil {
			t.Errorf("inflectionStems(%s) = %q, want none", lang, got)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"# c\nprison\n", "x.tsv:2: want an English word, a tab and its translations"},
		{"prison\t \n", "x.tsv:1: want an English word, a tab and its translations"},
		{"in prison\tтюрьма\n", "x.tsv:1: want an English word, a tab and its translations"},
		{"prison\tтюрьма\nprison\tтюрьма\n", "x.tsv:2: prison listed twice"},
	} {
		if _, err := parseLexicon("x.tsv", c.data); err == nil || err.Error() != c.want {
			t.Errorf("parseLexicon(%q) = %v, want %q", c.data, err, c.want)
		}
	}
}

// TestCoreLexicons parses every embedded word list and checks that each
// pairs words a translation of its language shows.
func TestCoreLexicons(t *testing.T) {
	for lang, load := range coreLexicons {
		d := load()
		if n := d.Len(); n < 1000 {
			t.Errorf("%s: %d word pairs, want a core vocabulary", lang, n)
		}
	}
}
