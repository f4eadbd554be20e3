package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestCoreLexiconMatches pairs the words of sentences written for the
// test through the core word lists: inflected forms on both sides match,
// and sentences that say something else match nothing.
func TestCoreLexiconMatches(t *testing.T) {
	for _, c := range []struct {
		name, tl, target, source string
		want                     []string // target=source word pairs, all present
	}{
		{"uk", "uk", "Він заплатив за квитки, поки сидів у в’язниці.", "He paid for the tickets while he was in prison.",
			[]string{"заплатив=paid", "квитки=tickets", "язниці=prison"}},
		{"uk quiet", "uk", "Погода сьогодні чудова.", "He paid for the tickets while he was in prison.", nil},
		{"ru", "ru", "Правительство объявило о новых налогах для компаний.", "The government announced new taxes on companies.",
			[]string{"правительство=government", "объявило=announced", "новых=new", "налогах=taxes", "компании=companies"}},
		{"ru quiet", "ru", "Дети играли в саду весь вечер.", "The government announced new taxes on companies.", nil},
		{"he", "he", "הממשלה הודיעה על מסים חדשים לחברות.", "The government announced new taxes on companies.",
			[]string{"הממשלה=government", "חדשים=new"}},
		{"he quiet", "he", "הילדים שיחקו בגן כל הערב.", "The government announced new taxes on companies.", nil},
		{"ar", "ar", "أعلنت الحكومة عن ضرائب جديدة على الشركات.", "The government announced new taxes on companies.", []string{"=government"}},
		{"ar quiet", "ar", "لعب الأطفال في الحديقة طوال المساء.", "The government announced new taxes on companies.", nil},
		{"hi", "hi", "सरकार ने कंपनियों पर नए करों की घोषणा की।", "The government announced new taxes on companies.", []string{"=government"}},
		{"hi quiet", "hi", "बच्चे पूरी शाम बगीचे में खेलते रहे।", "The government announced new taxes on companies.", nil},
		{"ko", "ko", "정부는 기업에 대한 새로운 세금을 발표했다.", "The government announced new taxes on companies.", []string{"=government"}},
		{"ko quiet", "ko", "아이들은 저녁 내내 정원에서 놀았다.", "The government announced new taxes on companies.", nil},
		{"el", "el", "Η κυβέρνηση ανακοίνωσε νέους φόρους για τις εταιρείες.", "The government announced new taxes on companies.", []string{"=government"}},
		{"el quiet", "el", "Τα παιδιά έπαιζαν στον κήπο όλο το βράδυ.", "The government announced new taxes on companies.", nil},
		{"pl", "pl", "Rząd ogłosił nowe podatki dla firm.", "The government announced new taxes on companies.", []string{"=government"}},
		{"pl quiet", "pl", "Dzieci bawiły się w ogrodzie przez cały wieczór.", "The government announced new taxes on companies.", nil},
		{"cs", "cs", "Vláda oznámila nové daně pro firmy.", "The government announced new taxes on companies.", []string{"=government"}},
		{"cs quiet", "cs", "Děti si celý večer hrály na zahradě.", "The government announced new taxes on companies.", nil},
		{"tr", "tr", "Hükümet şirketler için yeni vergileri açıkladı.", "The government announced new taxes on companies.", []string{"=government"}},
		{"tr quiet", "tr", "Çocuklar bütün akşam bahçede oynadı.", "The government announced new taxes on companies.", nil},
		{"fa", "fa", "دولت مالیات‌های جدیدی برای شرکت‌ها اعلام کرد.", "The government announced new taxes on companies.", []string{"=government"}},
		{"fa quiet", "fa", "بچه‌ها تمام عصر در باغ بازی کردند.", "The government announced new taxes on companies.", nil},
		{"id", "id", "Pemerintah mengumumkan pajak baru untuk perusahaan.", "The government announced new taxes on companies.", []string{"=government"}},
		{"id quiet", "id", "Anak-anak bermain di kebun sepanjang malam.", "The government announced new taxes on companies.", nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkListMatches(t, c.tl, c.target, "en", c.source, c.want) })
	}
}

// TestPivotMatches pairs the words of sentences in two languages with
// core lists through their English words.
func TestPivotMatches(t *testing.T) {
	for _, c := range []struct {
		name, tl, target, sl, source string
		want                         []string
	}{
		{"uk-cs", "uk", "Уряд оголосив нові податки для компаній.", "cs", "Vláda oznámila nové daně pro firmy.",
			[]string{"уряд=vlada", "оголосив=oznamila", "податки=dane", "компаніи=firmy"}},
		{"uk-cs quiet", "uk", "Діти грали в саду весь вечір.", "cs", "Vláda oznámila nové daně pro firmy.", nil},
		{"pl-ru", "pl", "Rząd ogłosił nowe podatki dla firm.", "ru", "Правительство объявило о новых налогах для компаний.",
			[]string{"rzad=правительство", "nowe=новых", "podatki=налогах"}},
		{"pl-ru quiet", "pl", "Dzieci bawiły się w ogrodzie przez cały wieczór.", "ru", "Правительство объявило о новых налогах для компаний.", nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkListMatches(t, c.tl, c.target, c.sl, c.source, c.want) })
	}
}

// checkListMatches matches a target and a source sentence through the
// core lists of their languages: want lists target=source pairs that
// must be among the matches ("=government": the word matched, whatever
// its rendering); a nil want, that nothing matches.
func checkListMatches(t *testing.T, tl, target, sl, source string, want []string) {
	t.Helper()
	load := func(text, lang string) *corpus.Document {
		d, err := corpus.Load("t.txt", []byte(text), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	td, sd := load(target, tl), load(source, sl)
	tf, sf := extract(td), extract(sd)
	var got []string
	dictMatches(tf, sf, coreDicts(td, sd), func(ti, si int32, _ float32) {
		got = append(got, tf.types[ti].key+"="+sf.types[si].key)
	})
	if want == nil && len(got) > 0 {
		t.Errorf("matched %q; want nothing", got)
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return g == w || w[0] == '=' && strings.HasSuffix(g, w) }) {
			t.Errorf("no %s among %q", w, got)
		}
	}
}

// TestCoreDicts gives the word lists to English paired with their
// language, and joins two lists through English for two languages that
// have one.
func TestCoreDicts(t *testing.T) {
	doc := func(lang string) *corpus.Document { return &corpus.Document{Lang: language.Make(lang)} }
	for _, c := range []struct {
		a, b string
		n    int
	}{{"uk", "en", 1}, {"en", "he", 1}, {"ru", "en", 1}, {"de", "en", 0}, {"ru", "uk", 1}, {"de", "uk", 0}, {"uk", "uk", 0}, {"en", "en", 0}} {
		ds := coreDicts(doc(c.a), doc(c.b))
		if got := len(ds); got != c.n {
			t.Errorf("coreDicts(%s, %s): %d lists, want %d", c.a, c.b, got, c.n)
		}
		if pivoted := c.n == 1 && ds[0].pivot != nil; pivoted != (c.a != "en" && c.b != "en" && c.n == 1) {
			t.Errorf("coreDicts(%s, %s): joined through English %v", c.a, c.b, pivoted)
		}
	}
}

func BenchmarkParseCoreLexicon(b *testing.B) {
	data, err := lexiconFS.ReadFile("data/lexicon/en-uk.tsv")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := parseLexicon("en-uk.tsv", string(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParseLexicon: any data parses or fails with a file:line error,
// never a panic.
func FuzzParseLexicon(f *testing.F) {
	f.Add("# c\nprison\tтюрьма в’язниця\n")
	f.Add("prison\n")
	f.Add("a\tb\na\tc\n")
	f.Fuzz(func(t *testing.T, data string) {
		if _, err := parseLexicon("f.tsv", data); err != nil && !strings.HasPrefix(err.Error(), "f.tsv:") {
			t.Errorf("error %q without file:line", err)
		}
	})
}
