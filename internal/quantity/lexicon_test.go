package quantity

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestLexiconFiles checks the hand-written lexicons: every CLDR locale has
// one, every line parses, and no entry is listed twice or repeats what
// CLDR already gives.
func TestLexiconFiles(t *testing.T) {
	for _, name := range cldrNames {
		c, _ := cldrFor(name)
		if _, ok := compiled(name); !ok { // builds, or panics on bad data
			t.Errorf("%s: no compiled tables", name)
		}
		lines, err := readLexicon(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		seen := map[string]int{}
		for _, l := range lines {
			key := l.field + "\t" + strings.Join(l.values, "\t")
			if first, dup := seen[key]; dup {
				t.Errorf("lexicon/%s.txt:%d: repeats line %d", name, l.line, first)
			}
			seen[key] = l.line
			if l.field == "scale" {
				for _, s := range append(append([]scaleWord{}, c.longScales...), c.shortScales...) {
					if s.text == l.values[0] {
						t.Errorf("lexicon/%s.txt:%d: scale %q is in CLDR already", name, l.line, s.text)
					}
				}
			}
		}
	}
	if _, err := readLexicon("common"); err != nil {
		t.Error(err)
	}
}

// TestHandLexicons reads the entries CLDR has nothing for: multipliers
// and fractions, percentage points, press abbreviations, and the Latin
// and Sanskrit scale words.
func TestHandLexicons(t *testing.T) {
	testCases := []struct {
		lang, text string
		want       string
	}{
		{"en", "a tenfold rise", "count \"tenfold\" 10 spelled"},
		{"en", "a dozen", "count \"dozen\" 12 spelled"},
		{"en", "half", "count \"half\" 0.5 spelled"},
		{"en", "twice", "count \"twice\" 2 spelled"},
		{"en", "a triple somersault", "count \"triple\" 3 spelled"},
		{"en", "tried thrice", "count \"thrice\" 3 spelled"},
		{"en", "a quadruple jump", "count \"quadruple\" 4 spelled"},
		{"en", "sales tripled", ""}, // a verb: the change, not the count
		{"en", "$5bn", "money \"$5bn\" 5e+09 cur=USD"},
		{"en", "up 2 pp", "percent \"2 pp\" 2 points"},
		{"de", "die zehnfache Leistung", "count \"zehnfache\" 10 spelled"},
		{"de", "3 Tsd. Menschen", "count \"3 Tsd.\" 3000"},
		{"de", "um 2 Prozentpunkte", "percent \"2 Prozentpunkte\" 2 points"},
		{"fr", "2 points de pourcentage", "percent \"2 points de pourcentage\" 2 points"},
		{"es", "2 puntos porcentuales", "percent \"2 puntos porcentuales\" 2 points"},
		{"ru", "2 процентных пункта", "percent \"2 процентных пункта\" 2 points"},
		{"ko", "2%포인트", "percent \"2%포인트\" 2 points"},
		{"zh", "2个百分点", "percent \"2个百分点\" 2 points"},
		{"la", "3 milia", "count \"3 milia\" 3000"},
		{"la", "2 milliardum", "count \"2 milliardum\" 2e+09"},
		{"sa", "३ लक्ष", "count \"३ लक्ष\" 300000"},
		{"sa", "२ अयुत", "count \"२ अयुत\" 20000"},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			var got []string
			for _, q := range Extract(tc.text, language.MustParse(tc.lang)) {
				got = append(got, describe(tc.text, q))
			}
			if tc.want == "" && len(got) == 0 {
				return
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

// TestCLDRData spot-checks the generated tables against CLDR 48 facts
// that the hand tables got wrong or did not have.
func TestCLDRData(t *testing.T) {
	testCases := []struct {
		lang     string
		v        float64
		decimals int
		want     string
	}{
		{"pt-PT", 2400, 0, "2400"},         // minimumGroupingDigits 2
		{"pt-PT", 24000, 0, "24\u00a0000"}, // grouped with U+00A0
		{"pl", 2400, 0, "2400"},
		{"it", 2400, 0, "2400"},
		{"sa", 1234567, 0, "१२,३४,५६७"}, // Devanagari digits, Indian grouping
		{"fr", 1234.5, 1, "1\u202f234,5"},
	}
	for _, tc := range testCases {
		if got := Format(tc.v, tc.decimals, language.MustParse(tc.lang)); got != tc.want {
			t.Errorf("Format(%g, %s): got %q; want %q", tc.v, tc.lang, got, tc.want)
		}
	}
	for _, tc := range []struct {
		n    int
		lang string
		want string
	}{{2, "de", "2. Quartal"}, {2, "en", "2nd quarter"}, {2, "fr", "2e trimestre"}, {3, "ja", "第3四半期"}} {
		if got := QuarterName(tc.n, language.MustParse(tc.lang)); got != tc.want {
			t.Errorf("QuarterName(%d, %s): got %q; want %q", tc.n, tc.lang, got, tc.want)
		}
	}
	for _, tc := range []struct{ lang, want string }{{"en", "mdy"}, {"de", "dmy"}, {"fr", "dmy"}, {"es", "dmy"}, {"ja", "ymd"}, {"zh", "ymd"}, {"ko", "ymd"}} {
		if got := localeFor(language.MustParse(tc.lang)).d.dateOrder; got != tc.want {
			t.Errorf("date order of %s: got %q; want %q", tc.lang, got, tc.want)
		}
	}
	for _, tc := range []struct {
		m             int
		written, lang string
		want          string
	}{
		{3, "мая", "ru", "марта"}, {3, "май", "ru", "март"}, {3, "мае", "ru", ""},
		{3, "Μαΐου", "el", "Μαρτίου"}, {3, "toukokuuta", "fi", "maaliskuuta"},
		{3, "Mai", "de", "März"}, {3, "May", "en", "March"},
	} {
		if got := MonthLike(tc.m, tc.written, language.MustParse(tc.lang)); got != tc.want {
			t.Errorf("MonthLike(%d, %q, %s): got %q; want %q", tc.m, tc.written, tc.lang, got, tc.want)
		}
	}
	for _, tc := range []struct {
		n             int
		written, lang string
		want          string
	}{
		{3, "II квартале", "ru", "III квартале"}, {3, "2-м квартале", "ru", "3-м квартале"},
		{3, "втором квартале", "ru", ""}, {3, "второй квартал", "ru", "3-й квартал"},
		{3, "Q2", "en", "Q3"}, {3, "second quarter", "en", "3rd quarter"},
		{3, "zweiten Quartal", "de", "3. Quartal"}, {3, "2ο τρίμηνο", "el", "3ο τρίμηνο"},
		{3, "toisella neljänneksellä", "fi", ""}, {3, "2. neljänneksellä", "fi", "3. neljänneksellä"},
	} {
		if got := QuarterLike(tc.n, tc.written, language.MustParse(tc.lang)); got != tc.want {
			t.Errorf("QuarterLike(%d, %q, %s): got %q; want %q", tc.n, tc.written, tc.lang, got, tc.want)
		}
	}
	for _, tc := range []struct{ code, written, lang, want string }{
		{"USD", "€", "de", "$"}, {"USD", "Euro", "de", "US-Dollar"}, {"USD", "$", "zh-Hant", "US$"},
		{"JPY", "¥", "zh", "JP¥"}, {"EUR", "USD", "en", "EUR"},
	} {
		if got := CurrencyLike(tc.code, tc.written, language.MustParse(tc.lang)); got != tc.want {
			t.Errorf("CurrencyLike(%s, %q, %s): got %q; want %q", tc.code, tc.written, tc.lang, got, tc.want)
		}
	}
	if got := MonthName(3, language.Russian); got != "марта" {
		t.Errorf("MonthName(3, ru): got %q; want %q", got, "марта")
	}
}
