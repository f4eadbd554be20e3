package align

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/transform"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/lcs"
)

func TestScanNumerals(t *testing.T) {
	testCases := []struct {
		text string
		lang language.Tag
		want string // canonical values, space-separated; "!" marks a non-number
	}{
		{"24.000 GPUs", language.German, "24000"},
		{"24,000 GPUs", language.English, "24000"},
		{"39,1 Milliarden", language.German, "39.1"},
		{"$39.1 billion", language.English, "39.1"},
		{"1.234.567,89 €", language.German, "1234567.89"},
		{"1,234,567.89", language.English, "1234567.89"},
		{"1 234 567,5", language.French, "1234567.5"},
		{"1\u202F234", language.French, "1234"},
		{"1’234.5", language.MustParse("de-CH"), "1234.5"},
		{"24,000 personas", language.MustParse("es-MX"), "24000"},
		{"39,1 milliarder", language.MustParse("no"), "39.1"},
		{"1 234,5 kronor", language.Swedish, "1234.5"},
		{"Llama 3.1 kommt", language.German, "3.1"},
		{"Version 1.2.3", language.English, "!1.2.3"},
		{"２４，０００台", language.Japanese, "24000"},
		{"٣٩", language.Arabic, "39"},
		{"im Jahr 2024 100 Leute", language.German, "2024 100"},
		{"Lama 1: 2048 GPUs", language.German, "1 2048"},
		{"H100 und 4o und 3D", language.German, ""},
		{"the 80s and the 21st century, 10km", language.English, "80 21 10"},
		{"естетику 80х", language.Ukrainian, "80"},
		{"die 1990er, 5G und 3d", language.German, "1990"},
		{"2023年に31%増", language.Japanese, "2023 31"},
		{"340万人", language.Japanese, "3.4"},
		{"1億2,650万ドル", language.Japanese, "126.5"},
		{"12万台と5億円", language.Japanese, "120000 500"},
		{"3,560万人", language.Chinese, "35.6"},
		{"2.1亿人", language.Chinese, "210"},
		{"1,900萬人", language.MustParse("zh-Hant"), "19"},
		{"3천만 원", language.Korean, "30"},
		{"340万", language.English, "340"},
		{"１万７６７４人、約２万２千人", language.Japanese, "17674 22000"},
		{"5億4千万と1999年に1万", language.Japanese, "540 1999 10000"},
		{"5千瓦", language.Chinese, "5"},
		{"2024-08-05", language.German, "2024 8 5"},
		{"am 05.08.", language.German, "5 8"},
		{"1234.567 m", language.German, "1234.567"},
	}
	for _, tc := range testCases {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, n := range scanNumerals(tc.text, tc.lang) {
				s := n.num.canon
				if !n.ok {
					s = "!" + s
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}

func TestAmbiguousNumerals(t *testing.T) {
	testCases := []struct {
		text      string
		lang      language.Tag
		canon     string
		alt       string
		wantLocal bool
	}{
		// In German "24.000" is 24000, but text that ignores its locale
		// may mean 24; the other reading is kept as alt.
		{"24.000", language.German, "24000", "24.000", true},
		{"24,000", language.German, "24.000", "24000", true},
		{"24,000", language.English, "24000", "24.000", true},
		{"39,1", language.German, "39.1", "", true},
	}
	for _, tc := range testCases {
		t.Run(tc.text+"/"+tc.lang.String(), func(t *testing.T) {
			ns := scanNumerals(tc.text, tc.lang)
			if len(ns) != 1 {
				t.Fatalf("got %d numerals; want 1", len(ns))
			}
			if ns[0].num.canon != tc.canon || ns[0].num.alt != tc.alt {
				t.Errorf("got %q (alt %q); want %q (alt %q)", ns[0].num.canon, ns[0].num.alt, tc.canon, tc.alt)
			}
		})
	}
}

func TestRoundsTo(t *testing.T) {
	num := func(s string) number {
		_, f, _ := strings.Cut(s, ".")
		return number{canon: s, frac: len(f)}
	}
	testCases := []struct {
		fine, coarse string
		want         bool
	}{
		{"39.07", "39.1", true},
		{"6.35", "6.4", true},
		{"8.47", "8.5", true},
		{"13.47", "13.5", true},
		{"13.44", "13.5", false},
		{"9.96", "10.0", true},
		{"2.4", "2", false}, // rounding to an integer is too common by chance
		{"39.1", "39.1", false},
		{"39.1", "39.07", false},
	}
	for _, tc := range testCases {
		t.Run(tc.fine+"→"+tc.coarse, func(t *testing.T) {
			if got := roundsTo(num(tc.fine), num(tc.coarse)); got != tc.want {
				t.Errorf("got %v; want %v", got, tc.want)
			}
		})
	}
}

func TestDigitValue(t *testing.T) {
	testCases := []struct {
		r    rune
		want int
	}{
		{'7', 7}, {'７', 7}, {'٣', 3}, {'३', 3}, {'๙', 9}, {'a', -1}, {'Ⅻ', -1},
	}
	for _, tc := range testCases {
		if got := digitValue(tc.r); got != tc.want {
			t.Errorf("digitValue(%q): got %d; want %d", tc.r, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	testCases := []struct{ in, want string }{
		{"Straße", "strasse"},
		{"Ganymède", "ganymede"},
		{"ÜBER", "uber"},
		{"ＧＰＵ", "gpu"},
		{"ハイブリッド", "ハイブリッド"}, // kana marks are part of the letter
		{"Ｈ１００", "h100"},
	}
	for _, tc := range testCases {
		if got := foldString(tc.in); got != tc.want {
			t.Errorf("fold(%q): got %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestCognate(t *testing.T) {
	testCases := []struct {
		a, b string
		want bool
	}{
		{"infrastruktur", "infrastructure", true},
		{"technologie", "technology", true},
		{"konferenz", "conference", true},
		{"modell", "model", true},
		{"agenten", "agents", true},
		{"investitionsausgaben", "investors", false},
		{"meta", "metaverse", false},
		{"haus", "house", false}, // too short without a shared prefix
		{"kunden", "customers", false},
	}
	var scratch []int
	for _, tc := range testCases {
		t.Run(tc.a+"~"+tc.b, func(t *testing.T) {
			_, got := cognate([]rune(tc.a), []rune(tc.b), &scratch)
			if got != tc.want {
				t.Errorf("got %v (LCSR %.2f); want %v", got, lcsRatio(tc.a, tc.b), tc.want)
			}
		})
	}
}

func TestMainPart(t *testing.T) {
	testCases := []struct{ in, want string }{
		{"Meta's", "Meta"},
		{"l'intelligence", "intelligence"},
		{"dell’anno", "anno"},
		{"Toolformer", "Toolformer"},
	}
	for _, tc := range testCases {
		if got := mainPart(tc.in); got != tc.want {
			t.Errorf("mainPart(%q): got %q; want %q", tc.in, got, tc.want)
		}
	}
}

func load(t *testing.T, text string, lang language.Tag) *corpus.Document {
	t.Helper()
	d, err := corpus.Load("test.txt", []byte(text), corpus.Options{Lang: lang, Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// typesOf lists the features of paragraph p as kind:key, names marked *.
func typesOf(f *docFeat, p int) string {
	var out []string
	for _, id := range f.paras[p].types {
		tt := f.types[id]
		s := fmt.Sprintf("%d:%s", tt.kind, tt.key)
		if tt.name {
			s += "*"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestNames(t *testing.T) {
	testCases := []struct {
		text string
		lang language.Tag
		name string // a token that must be a name
		not  string // a token that must not be
	}{
		// English: capitals mid-sentence mark names, sentence starts do not.
		{"Investors like it. The company said Toolformer works.", language.English, "toolformer", "investors"},
		// German capitalises nouns: a capital says nothing.
		{"Die Investoren sagten, Toolformer sei gut.", language.German, "", "investoren"},
		// Identifiers are names everywhere.
		{"Die Investoren kauften H100 und GPUs von OpenAI.", language.German, "h100", "investoren"},
		// Latin words in caseless text are names.
		{"トヨタはToyotaと書く。", language.Japanese, "toyota", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.text, func(t *testing.T) {
			f := extract(load(t, tc.text, tc.lang))
			isName := map[string]bool{}
			for _, tt := range f.types {
				isName[tt.key] = tt.name
			}
			if tc.name != "" && !isName[tc.name] {
				t.Errorf("%q is not a name in %s", tc.name, typesOf(f, 0))
			}
			if tc.not != "" && isName[tc.not] {
				t.Errorf("%q is a name in %s", tc.not, typesOf(f, 0))
			}
		})
	}
}

func TestURLParagraphs(t *testing.T) {
	target := load(t, "Meta will 2024 die Zahl 31 nennen und 24210786 GPUs kaufen.\n\n"+
		"https://www.theverge.com/2024/7/31/24210786/meta-earnings\n\n"+
		"Die Studie ist unter https://example.org/report abrufbar und nennt 40 Prozent.", language.German)
	source := load(t, "In 2024 Meta will buy 24,210,786 GPUs, it said on July 31.\n\n"+
		"Source: theverge.com/2024/7/31/24210786/meta-earnings/", language.English)
	tf, sf := extract(target), extract(source)
	tf.weigh()
	sf.weigh()
	sc := newScorer(tf, sf)
	if !tf.paras[1].urlOnly || tf.paras[0].urlOnly || tf.paras[2].urlOnly {
		t.Errorf("urlOnly: got %v %v %v; want false true false", tf.paras[0].urlOnly, tf.paras[1].urlOnly, tf.paras[2].urlOnly)
	}
	testCases := []struct {
		t, s int
		want string // "zero" or "positive"
	}{
		{1, 0, "zero"},     // the URL's numbers do not match prose
		{1, 1, "positive"}, // the same URL does
		{0, 0, "positive"}, // prose matches prose
		{0, 1, "zero"},     // prose does not match a URL paragraph
	}
	for _, tc := range testCases {
		got := sc.sim(tc.t, tc.t, tc.s, tc.s)
		if (got > 0) != (tc.want == "positive") {
			t.Errorf("sim(t%d, s%d) = %.3f; want %s", tc.t, tc.s, got, tc.want)
		}
	}
}

func TestNullModel(t *testing.T) {
	var sample []float64
	for i := range 1000 {
		// An exponential tail with scale 0.05 above zero, half the pairs at zero.
		if i%2 == 0 {
			sample = append(sample, 0)
			continue
		}
		u := (float64(i) + 0.5) / 1000
		sample = append(sample, -0.05*math.Log(u))
	}
	nm := newNullModel(sample)
	prev := 0.0
	for _, x := range []float64{0, 0.01, 0.05, 0.1, 0.2, 0.4, 0.8} {
		s := nm.surprise(x)
		if s < prev {
			t.Errorf("surprise(%v) = %v falls below surprise at a lower similarity (%v)", x, s, prev)
		}
		prev = s
	}
	// Far in the tail the surprise keeps growing with the fitted scale.
	if s := nm.surprise(0.8); s < 10 {
		t.Errorf("surprise(0.8) = %.2f; want at least 10", s)
	}
}

func TestFitLength(t *testing.T) {
	random := []float64{-1, -0.5, 0, 0.5, 1, -0.2, 0.3}
	testCases := []struct {
		name   string
		ratios []float64
		wantMu float64
	}{
		// Without confident pairs, the random pairs' mean ratio.
		{"prior", nil, 0.014},
		// Many confident pairs: their median, with three pseudo-pairs at
		// the random pairs' mean (see robustCentre).
		{"data", []float64{0.2, 0.21, 0.19, 0.2, 0.22, 0.18, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2}, 0.2},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			lm := fitLength(tc.ratios, random)
			if math.Abs(lm.mu-tc.wantMu) > 0.01 {
				t.Errorf("mu: got %.3f; want %.3f", lm.mu, tc.wantMu)
			}
			if lm.sigma < lenMinSigma || lm.sigma0 < lm.sigma {
				t.Errorf("sigma %.3f sigma0 %.3f: want sigma ≥ %.2f and sigma0 ≥ sigma", lm.sigma, lm.sigma0, lenMinSigma)
			}
			if lm.llr(100, 100) <= lm.llr(100, 400) {
				t.Errorf("llr: equal lengths %.2f not above 1:4 %.2f", lm.llr(100, 100), lm.llr(100, 400))
			}
		})
	}
}

func TestChain(t *testing.T) {
	// Beads on a crossing pattern: the chain keeps the heavier in-order set.
	beads := []bead{
		{t0: 0, t1: 0, s0: 0, s1: 0, ev: 5},
		{t0: 1, t1: 1, s0: 2, s1: 2, ev: 5},
		{t0: 2, t1: 2, s0: 1, s1: 1, ev: 3}, // crosses the one before
		{t0: 3, t1: 4, s0: 3, s1: 3, ev: 6}, // a 2:1 merge
		{t0: 4, t1: 4, s0: 4, s1: 4, ev: 4}, // overlaps the merge
		{t0: 5, t1: 5, s0: 5, s1: 5, ev: 1}, // under the threshold
	}
	got := chain(beads, 6, 2)
	var s []string
	for _, b := range got {
		s = append(s, fmt.Sprintf("%d-%d:%d-%d", b.t0, b.t1, b.s0, b.s1))
	}
	want := "0-0:0-0 1-1:2-2 3-4:3-3"
	if g := strings.Join(s, " "); g != want {
		t.Errorf("got %q; want %q", g, want)
	}
}

func foldString(s string) string { return newFolder().fold(s) }

// lcsRatio is the LCS length over the longer word's length.
func lcsRatio(a, b string) float64 {
	var s []int
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	return float64(lcs.Length(ra, rb, &s)) / float64(max(len(ra), len(rb)))
}

// TestFoldLatin checks that folding Latin words rune by rune gives what the
// full folding chain gives, for every rune it handles and its neighbours.
func TestFoldLatin(t *testing.T) {
	chain := foldChain()
	var words []string
	for r := rune(0x80); r < latinFoldEnd; r++ {
		for _, ctx := range []string{"%c", "a%c", "%cb", "I%cS", "%c\u00df", "%c\u00e4"} {
			words = append(words, fmt.Sprintf(ctx, r))
		}
	}
	words = append(words, "Stra\u00dfe", "M\u00dcLLER", "\u00c5ngstr\u00f6m", "Erl\u00f6s")
	for _, w := range words {
		want, _, err := transform.String(chain, w)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := foldLatin(w)
		if !ok || got != want {
			t.Errorf("foldLatin(%q): got %q, %v; want %q", w, got, ok, want)
		}
	}
}
