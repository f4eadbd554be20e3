package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"golang.org/x/text/language"
)

// TestOwnLanguagePairs checks translations written for this project in
// languages the evaluation data lacks: quiet when right, a major numbers
// finding when a number or its scale word is changed.
func TestOwnLanguagePairs(t *testing.T) {
	// A change each language's translation gets: a number and a scale word.
	testOwnPairs(t, "samsung", "numbers", true, map[string][2]string{
		"ko": {"2만 4천", "4만 2천"}, "ar": {"24 ألف", "42 ألف"}, "el": {"24.000", "42.000"},
		"hi": {"2 अरब", "2 करोड़"}, "pl": {"24 tys.", "42 tys."}, "tr": {"2 milyar", "2 milyon"},
		"nl": {"2 miljard", "2 miljoen"}, "vi": {"2 tỷ", "2 triệu"}, "ro": {"24.000", "42.000"},
		"sv": {"24 000", "42 000"}, "hu": {"24 ezer", "42 ezer"},
	})
	// The languages whose number tables came later, and the Arabic
	// decimal separator.
	testOwnPairs(t, "microsoft", "numbers", true, map[string][2]string{
		"fa": {"۳٫۲ میلیارد", "۲٫۳ میلیارد"}, "ur": {"3.2 ارب", "3.2 کروڑ"}, "th": {"3,200 ล้าน", "3,200 พัน"},
		"ca": {"3.200 milions", "3.200 milers"}, "lt": {"3,2 mlrd.", "3,2 mln."}, "lv": {"3,2 miljardus", "3,2 miljonus"},
		"et": {"3,2 miljardit", "2,3 miljardit"}, "ms": {"3.2 bilion", "3.2 juta"}, "ka": {"3,2 მილიარდ", "3,2 მილიონ"},
	})
	// The month of "in March", each language's way, changed to April.
	testOwnPairs(t, "microsoft", "numbers", false, map[string][2]string{
		"ru": {"в марте", "в апреле"}, "uk": {"в березні", "у квітні"}, "he": {"במרץ", "באפריל"},
		"ja": {"3月", "4月"}, "zh": {"3月", "4月"}, "de": {"im März", "im April"}, "fr": {"en mars", "en avril"},
		"es": {"en marzo", "en abril"}, "ko": {"3월", "4월"}, "ar": {"في مارس", "في أبريل"}, "hi": {"मार्च", "अप्रैल"},
		"el": {"τον Μάρτιο", "τον Απρίλιο"}, "pl": {"w marcu", "w kwietniu"}, "tr": {"mart ayında", "nisan ayında"},
		"vi": {"tháng Ba", "tháng Tư"}, "fa": {"ماه مارس", "ماه آوریل"}, "th": {"เดือนมีนาคม", "เดือนเมษายน"},
		"id": {"bulan Maret", "bulan April"}, "ca": {"al març", "a l'abril"}, "lt": {"kovo mėnesį", "balandžio mėnesį"},
		"lv": {"martā", "aprīlī"}, "et": {"märtsis", "aprillis"}, "ms": {"bulan Mac", "bulan April"},
		"ur": {"مارچ", "اپریل"}, "ka": {"მარტში", "აპრილში"},
	})
	// The weekday of "on Tuesday", each language's way, changed to
	// Wednesday.
	testOwnPairs(t, "microsoft", "numbers", false, map[string][2]string{
		"ru": {"во вторник", "в среду"}, "uk": {"у вівторок", "у середу"}, "he": {"ביום שלישי", "ביום רביעי"},
		"ja": {"火曜日", "水曜日"}, "zh": {"周二", "周三"}, "de": {"am Dienstag", "am Mittwoch"}, "fr": {"mardi", "mercredi"},
		"es": {"el martes", "el miércoles"}, "ko": {"화요일", "수요일"}, "ar": {"الثلاثاء", "الأربعاء"}, "hi": {"मंगलवार", "बुधवार"},
		"el": {"την Τρίτη", "την Τετάρτη"}, "pl": {"we wtorek", "w środę"}, "tr": {"salı günü", "çarşamba günü"},
		"vi": {"thứ Ba", "thứ Tư"}, "fa": {"سه‌شنبه", "چهارشنبه"}, "th": {"วันอังคาร", "วันพุธ"}, "id": {"hari Selasa", "hari Rabu"},
		"ca": {"dimarts", "dimecres"}, "lt": {"antradienį", "trečiadienį"}, "lv": {"otrdien", "trešdien"},
		"et": {"teisipäeval", "kolmapäeval"}, "ms": {"hari Selasa", "hari Rabu"}, "ur": {"منگل", "بدھ"}, "ka": {"სამშაბათს", "ოთხშაბათს"},
	})
	// The company's president replaced by another person, in the scripts
	// whose persons the entities check reads (not yet Hebrew, Arabic,
	// Persian, Urdu, Hindi, Korean, Thai, Georgian, or the Baltic forms
	// Tomas and Toms).
	testOwnPairs(t, "microsoft", "entities", false, map[string][2]string{
		"ru": {"Брэд Смит", "Том Джонс"}, "uk": {"Бред Сміт", "Том Джонс"}, "ja": {"ブラッド・スミス", "トム・ジョーンズ"},
		"zh": {"布拉德·史密斯", "汤姆·琼斯"}, "el": {"Μπραντ Σμιθ", "Τομ Τζόουνς"}, "de": {"Brad Smith", "Tom Jones"},
		"fr": {"Brad Smith", "Tom Jones"}, "es": {"Brad Smith", "Tom Jones"}, "pl": {"Brad Smith", "Tom Jones"},
		"tr": {"Brad Smith", "Tom Jones"}, "vi": {"Brad Smith", "Tom Jones"}, "id": {"Brad Smith", "Tom Jones"},
		"ca": {"Brad Smith", "Tom Jones"}, "et": {"Brad Smith", "Tom Jones"}, "ms": {"Brad Smith", "Tom Jones"},
	})
	// A rate cut (a quarter of a percentage point, directions of change,
	// a range, an index level) in 20 languages: the inflation figure
	// changed.
	ecb := map[string][2]string{}
	for _, l := range []string{"de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "el", "tr", "vi", "id"} {
		ecb[l] = [2]string{"1,7", "2,7"}
	}
	for _, l := range []string{"ja", "zh", "ko", "ar", "he", "hi"} {
		ecb[l] = [2]string{"1.7", "2.7"}
	}
	testOwnPairs(t, "ecb", "numbers", true, ecb)
	// An earthquake (a magnitude, a depth with its conversion in
	// brackets, a clock time with GMT, a toll, a quote, a king's regnal
	// number, a year) in 20 languages: the injured changed.
	quake := map[string][2]string{}
	for l, form := range map[string]string{"de": "2400", "fr": "2 400", "es": "2.400", "it": "2.400", "pt": "2.400", "nl": "2400",
		"pl": "2400", "cs": "2400", "ru": "2400", "uk": "2400", "ja": "2400", "zh": "2400", "ko": "2,400", "ar": "2400",
		"he": "2,400", "hi": "2,400", "el": "2.400", "tr": "2.400", "vi": "2.400", "id": "2.400"} {
		quake[l] = [2]string{form, strings.NewReplacer("2", "4", "4", "2").Replace(form)} // 2,400 made 4,200
	}
	testOwnPairs(t, "quake", "numbers", true, quake)
	// A phone's launch (a model name with a code, a price in euros, a
	// screen in inches, memory in GB and TB, "a third longer", "more
	// than half", a share price in won) in 11 languages: the units
	// shipped changed.
	testOwnPairs(t, "tech", "numbers", true, map[string][2]string{
		"de": {"225 Millionen", "252 Millionen"}, "fr": {"225 millions", "252 millions"}, "es": {"225 millones", "252 millones"},
		"it": {"225 milioni", "252 milioni"}, "ru": {"225 млн", "252 млн"}, "ja": {"2億2500万", "2億5200万"}, "zh": {"2.25亿", "2.52亿"},
		"ko": {"2억 2,500만", "2억 5,200만"}, "tr": {"225 milyon", "252 milyon"}, "pl": {"225 mln", "252 mln"}, "ar": {"225 مليون", "252 مليون"},
	})
	// A date with its weekday and a clock time, each language's way: the
	// day changed. One sentence is too little to tell Catalan from French
	// by function words: no detection.
	testOwnPairs(t, "summit", "numbers", false, map[string][2]string{
		"ko": {"4일", "5일"}, "ja": {"3月4日", "3月5日"}, "zh": {"3月4日", "3月5日"}, "ar": {"4 مارس", "5 مارس"},
		"he": {"4 במרץ", "5 במרץ"}, "hi": {"4 मार्च", "5 मार्च"}, "th": {"14.30 น.", "16.30 น."}, "fa": {"۴ مارس", "۵ مارس"},
		"el": {"4 Μαρτίου", "5 Μαρτίου"}, "tr": {"4 Mart", "5 Mart"}, "vi": {"14 giờ 30", "16 giờ 30"}, "pl": {"4 marca", "5 marca"},
		"ru": {"4 марта", "5 марта"}, "uk": {"4 березня", "5 березня"}, "id": {"4 Maret", "5 Maret"}, "ca": {"4 de març", "5 de març"},
	})
}

// testOwnPairs checks the translations of article name in testdata/langs
// (name.en and name.LANG): each quiet, and given a major finding of check
// once changes[LANG][0] is replaced by changes[LANG][1]. With detect, the
// language of each is also detected right.
func testOwnPairs(t *testing.T, name, check string, detect bool, changes map[string][2]string) {
	srcText, err := os.ReadFile(filepath.Join("testdata", "langs", name+".en"))
	if err != nil {
		t.Fatal(err)
	}
	for lang, change := range changes {
		t.Run(name+"."+lang, func(t *testing.T) {
			tgtText, err := os.ReadFile(filepath.Join("testdata", "langs", name+"."+lang))
			if err != nil {
				t.Fatal(err)
			}
			if got := corpus.Detect(string(tgtText)).String(); detect && got != lang {
				t.Errorf("detected as %s", got)
			}
			if got := run(t, srcText, tgtText, "en", lang); len(got) != 0 {
				t.Errorf("a correct translation got %d findings: %v", len(got), got)
			}
			if !strings.Contains(string(tgtText), change[0]) {
				t.Fatalf("no %q in %s.%s", change[0], name, lang)
			}
			changed := strings.Replace(string(tgtText), change[0], change[1], 1)
			found := false
			for _, f := range run(t, srcText, []byte(changed), "en", lang) {
				found = found || f.Check == check && f.Severity >= checks.Major
			}
			if !found {
				t.Errorf("%q for %q: no major %s finding", change[1], change[0], check)
			}
		})
	}
}

// run checks target tgt in language lang against source src in srcLang.
func run(t *testing.T, src, tgt []byte, srcLang, lang string) []checks.Finding {
	t.Helper()
	s, err := corpus.Load("s."+srcLang, src, corpus.Options{Lang: language.MustParse(srcLang)})
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Load("t."+lang, tgt, corpus.Options{Lang: language.MustParse(lang)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), d, []*corpus.Document{s}, pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Findings
}

// TestECBPlantedErrors plants one error at a time in the translations of
// ecb.en (a name misspelt or replaced, a city replaced, a date, weekday,
// rate, ordinal or direction changed, a sentence dropped) and of tech.en
// (a model's code changed or its name translated, a price, size, unit,
// fraction or half changed) and wants each caught at minor or above. Not caught yet, and so not listed: a name
// misspelt in Cyrillic, Japanese, Chinese and Arabic letters (Лагарт,
// ラガール, 拉加多) or by two letters in a short Latin one (Lagart), a
// bank's name translated (Deutsche Notenbank, Banco Alemán), and a city
// replaced in Arabic, for which the place data has no names; in tech.en,
// a person whose name opens with an acronym (TM Roh), a company of an
// English word (Apple) and a city the data lacks (San Jose) replaced.
func TestECBPlantedErrors(t *testing.T) {
	docs := map[string]map[string][]byte{"ecb": translations(t, "ecb"), "tech": translations(t, "tech"), "flood": translations(t, "flood"), "earnings": translations(t, "earnings"), "nato": translations(t, "nato")}
	for _, tc := range []struct{ article, lang, what, old, new string }{
		{"ecb", "de", "person misspelt", "Christine Lagarde", "Christine Lagard"},
		{"ecb", "de", "person replaced", "Christine Lagarde", "Isabel Schnabel"},
		{"ecb", "de", "place replaced", "in Frankfurt", "in Paris"},
		{"ecb", "de", "day changed", "dem 17. Oktober", "dem 18. Oktober"},
		{"ecb", "de", "weekday changed", "Donnerstag", "Freitag"},
		{"ecb", "de", "direction reversed", "Der Euro fiel", "Der Euro stieg"},
		{"ecb", "de", "rate changed", "auf 3,25 %", "auf 3,5 %"},
		{"ecb", "de", "range bound changed", "2,75 %", "3,75 %"},
		{"ecb", "de", "ordinal changed", "die dritte Senkung", "die zweite Senkung"},
		{"ecb", "de", "year changed", "Juni 2021", "Juni 2022"},
		{"ecb", "de", "sentence dropped", "Die Inflation geht schneller zurück, als wir erwartet hatten“, sagte", "“, sagte"},
		{"ecb", "fr", "person misspelt", "Christine Lagarde", "Christine Lagard"},
		{"ecb", "fr", "place replaced", "à Francfort", "à Paris"},
		{"ecb", "fr", "day changed", "jeudi 17 octobre", "jeudi 18 octobre"},
		{"ecb", "fr", "weekday changed", "jeudi", "vendredi"},
		{"ecb", "fr", "direction reversed", "L'euro a reculé", "L'euro a progressé"},
		{"ecb", "fr", "rate changed", "à 3,25 %", "à 3,5 %"},
		{"ecb", "fr", "ordinal changed", "sa troisième baisse", "sa deuxième baisse"},
		{"ecb", "fr", "month changed", "juin 2021", "juillet 2021"},
		{"ecb", "ru", "person replaced", "Кристин Лагард", "Изабель Шнабель"},
		{"ecb", "ru", "place replaced", "во Франкфурте", "в Париже"},
		{"ecb", "ru", "weekday changed", "в четверг", "в пятницу"},
		{"ecb", "ru", "direction reversed", "евро подешевел", "евро подорожал"},
		{"ecb", "ru", "rate changed", "до 3,25%", "до 3,5%"},
		{"ecb", "ru", "ordinal changed", "третье снижение", "второе снижение"},
		{"ecb", "ja", "place replaced", "フランクフルト", "パリ"},
		{"ecb", "ja", "weekday changed", "（木）", "（金）"},
		{"ecb", "ja", "direction reversed", "ユーロは0.4％下落", "ユーロは0.4％上昇"},
		{"ecb", "ja", "rate changed", "3.25％とした", "3.5％とした"},
		{"ecb", "ja", "ordinal changed", "今年3回目", "今年2回目"},
		{"ecb", "zh", "place replaced", "法兰克福", "巴黎"},
		{"ecb", "zh", "weekday changed", "星期四", "星期五"},
		{"ecb", "zh", "direction reversed", "欧元下跌0.4%", "欧元上涨0.4%"},
		{"ecb", "zh", "rate changed", "至3.25%", "至3.5%"},
		{"ecb", "zh", "ordinal changed", "第三次降息", "第二次降息"},
		{"ecb", "es", "place replaced", "en Fráncfort", "en París"},
		{"ecb", "es", "weekday changed", "el jueves", "el viernes"},
		{"ecb", "es", "direction reversed", "El euro cayó", "El euro subió"},
		{"ecb", "es", "ordinal changed", "su tercera rebaja", "su segunda rebaja"},
		{"ecb", "tr", "person misspelt", "Christine Lagarde", "Christine Lagard"},
		{"ecb", "tr", "place replaced", "Frankfurt'ta", "Paris'te"},
		{"ecb", "tr", "weekday changed", "Perşembe", "Cuma"},
		{"ecb", "tr", "direction reversed", "yüzde 0,4 düşüşle", "yüzde 0,4 yükselişle"},
		{"ecb", "tr", "ordinal changed", "üçüncü indirimi", "ikinci indirimi"},
		{"ecb", "ar", "weekday changed", "الخميس", "الجمعة"},
		{"ecb", "ar", "direction reversed", "وتراجع اليورو", "وارتفع اليورو"},
		{"ecb", "ar", "rate changed", "إلى 3.25%", "إلى 3.5%"},

		{"tech", "de", "model changed", "Galaxy S25 Ultra", "Galaxy S24 Ultra"},
		{"tech", "de", "model translated", "das Galaxy S25 Ultra", "die Galaxie S25 Ultra"},
		{"tech", "de", "price changed", "1449 Euro", "1499 Euro"},
		{"tech", "de", "unit changed", "1 TB", "1 GB"},
		{"tech", "de", "size changed", "6,9 Zoll", "6,7 Zoll"},
		{"tech", "de", "fraction changed", "ein Drittel", "ein Viertel"},
		{"tech", "de", "half changed", "die Hälfte", "ein Drittel"},
		{"tech", "de", "direction reversed", "fiel", "stieg"},
		{"tech", "de", "count changed", "225 Millionen", "252 Millionen"},
		{"tech", "fr", "model changed", "Galaxy S25 Ultra", "Galaxy S24 Ultra"},
		{"tech", "fr", "model translated", "le Galaxy S25 Ultra", "la Galaxie S25 Ultra"},
		{"tech", "fr", "price changed", "1 449 euros", "1 499 euros"},
		{"tech", "fr", "unit changed", "1 To", "1 Go"},
		{"tech", "fr", "fraction changed", "un tiers", "un quart"},
		{"tech", "fr", "half changed", "la moitié", "un tiers"},
		{"tech", "es", "model translated", "el Galaxy S25 Ultra", "la Galaxia S25 Ultra"},
		{"tech", "es", "price changed", "1.449 euros", "1.499 euros"},
		{"tech", "es", "fraction changed", "un tercio", "un cuarto"},
		{"tech", "es", "half changed", "la mitad", "un tercio"},
		{"tech", "ru", "model changed", "Galaxy S25 Ultra", "Galaxy S24 Ultra"},
		{"tech", "ru", "price changed", "1449 евро", "1499 евро"},
		{"tech", "ru", "unit changed", "1 ТБ", "1 ГБ"},
		{"tech", "ru", "fraction changed", "на треть", "на четверть"},
		{"tech", "ru", "half changed", "более половины", "более трети"},
		{"tech", "ja", "model changed", "Galaxy S25 Ultra", "Galaxy S24 Ultra"},
		{"tech", "ja", "price changed", "1449ユーロ", "1499ユーロ"},
		{"tech", "ja", "unit changed", "1TB", "1GB"},
		{"tech", "ja", "fraction changed", "3分の1", "4分の1"},
		{"tech", "zh", "model changed", "Galaxy S25 Ultra", "Galaxy S24 Ultra"},
		{"tech", "zh", "price changed", "1449欧元", "1499欧元"},
		{"tech", "zh", "unit changed", "1TB", "1GB"},
		{"tech", "zh", "fraction changed", "三分之一", "四分之一"},
		{"tech", "zh", "half changed", "一半以上", "三分之一以上"},
		{"tech", "ko", "price changed", "1,449유로", "1,499유로"},
		{"tech", "ko", "unit changed", "1TB", "1GB"},
		{"tech", "ko", "fraction changed", "3분의 1", "4분의 1"},
		{"tech", "pl", "city replaced", "San Jose", "Denver"},
		{"tech", "it", "city replaced", "San Jose", "Denver"},
		{"tech", "ko", "count changed", "2억 2,500만", "2억 5,200만"},
		{"tech", "ar", "price changed", "1449 يورو", "1499 يورو"},
		{"tech", "ar", "fraction changed", "بنحو الثلث", "بنحو الربع"},

		{"flood", "ko", "scale changed", "190억 헤알", "190만 헤알"},
		{"flood", "ko", "day changed", "5월 5일", "5월 15일"},
		{"flood", "ko", "decimal changed", "5.35미터", "3.55미터"},
		{"flood", "tr", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "tr", "month changed", "30 Mayıs", "30 Haziran"},
		{"flood", "vi", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "vi", "day changed", "ngày 5 tháng 5", "ngày 15 tháng 5"},
		{"flood", "id", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "id", "scale changed", "19 miliar real", "19 juta real"},
		{"flood", "pl", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "pl", "month changed", "30 maja", "30 czerwca"},
		{"flood", "el", "surname replaced", "Εδουάρδο Λέιτε", "Εδουάρδο Πάες"},
		{"flood", "el", "scale changed", "19 δισεκατομμύρια", "19 εκατομμύρια"},
		{"flood", "ar", "year changed", "عام 1941", "عام 1914"},
		{"flood", "ar", "scale changed", "19 مليار ريال", "19 مليون ريال"},
		{"flood", "hi", "scale changed", "19 अरब रियाल", "19 लाख रियाल"},
		{"flood", "hi", "day changed", "5 मई", "15 मई"},

		{"earnings", "ja", "direction reversed", "2.6％増", "2.6％減"},
		{"earnings", "ja", "fraction changed", "約3分の1", "約4分の1"},
		{"earnings", "ja", "quarter changed", "4～6月期の営業利益", "7～9月期の営業利益"},
		{"earnings", "zh", "fraction changed", "约三分之一", "约四分之一"},
		{"earnings", "he", "direction reversed", "ההכנסות עלו", "ההכנסות ירדו"},
		{"earnings", "he", "fraction changed", "בכשליש", "ברבע"},
		{"earnings", "uk", "direction reversed", "Виручка зросла", "Виручка скоротилася"},
		{"earnings", "uk", "surname replaced", "Йоіті Міядзакі", "Йоіті Танака"},
		{"earnings", "cs", "fraction changed", "o třetinu", "o čtvrtinu"},
		{"earnings", "cs", "surname replaced", "Jóiči Mijazaki", "Jóiči Tanaka"},
		{"earnings", "pt", "fraction changed", "um terço", "um quarto"},
		{"earnings", "pt", "surname replaced", "Yoichi Miyazaki", "Yoichi Tanaka"},
		{"earnings", "nl", "surname replaced", "Yoichi Miyazaki", "Yoichi Tanaka"},
		{"earnings", "nl", "scale changed", "1,16 biljoen", "1,16 miljard"},
		{"earnings", "th", "direction reversed", "รายได้เพิ่มขึ้น", "รายได้ลดลง"},
		{"earnings", "th", "fraction changed", "หนึ่งในสาม", "หนึ่งในสี่"},

		{"nato", "fr", "time changed", "10 h 30", "11 h 30"},
		{"nato", "fr", "surname replaced", "Boris Pistorius", "Boris Johnson"},
		{"nato", "fr", "city replaced", "La Haye", "Genève"},
		{"nato", "de", "surname replaced", "Boris Pistorius", "Boris Zimmermann"},
		{"nato", "de", "range changed", "den 24. und 25. Juni", "den 25. und 26. Juni"},
		{"nato", "it", "surname replaced", "Boris Pistorius", "Boris Johnson"},
		{"nato", "es", "age changed", "64 años", "46 años"},
		{"nato", "ru", "weekday changed", "в четверг", "в пятницу"},
		{"nato", "ko", "time changed", "오전 10시 30분", "오전 11시 30분"},
		{"nato", "fa", "count changed", "۲۳ عضو", "۲۲ عضو"},
		{"nato", "ja", "range changed", "6月24～25日", "6月25～26日"},
		{"nato", "fr", "organisation replaced", "l'OTAN se", "l'UE se"},
		{"nato", "de", "organisation replaced", "der NATO", "der EU"},
		{"nato", "ru", "organisation replaced", "стран НАТО", "стран ЕС"},
		{"nato", "fa", "organisation replaced", "دفاع ناتو", "دفاع اتحادیه اروپا"},
	} {
		t.Run(tc.article+" "+tc.lang+" "+tc.what, func(t *testing.T) {
			plantCaught(t, docs[tc.article], "en", tc.lang, tc.old, tc.new)
		})
	}
}

// TestIntoEnglishPlantedErrors plants one error at a time in flood.en
// and earnings.en and checks each against a translation as its source, as
// if the English were the translation: a fraction, a surname, a city
// changed must be caught at minor or above whatever the source's script.
// Not caught yet, and so not listed: a surname of two consonants (Leite)
// replaced from Korean, Arabic and Hindi sources, "Yoichi Tanaka" for
// Miyazaki from sources that write the name in Hebrew, Thai or Cyrillic
// letters, and a city replaced from Korean, Arabic, Ukrainian and Thai.
// From kanji the characters' readings tell the surname, and a city gone
// from them is another city though Hepburn's letters could read any.
func TestIntoEnglishPlantedErrors(t *testing.T) {
	docs := map[string]map[string][]byte{"flood": translations(t, "flood"), "earnings": translations(t, "earnings")}
	for _, tc := range []struct{ article, srcLang, what, old, new string }{
		{"flood", "tr", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "pl", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "el", "surname replaced", "Eduardo Leite", "Eduardo Zimmermann"},
		{"flood", "hi", "city replaced", "in Porto Alegre", "in Sao Paulo"},
		{"flood", "ko", "scale changed", "19 billion reais", "19 million reais"},
		{"flood", "ar", "day changed", "May 5", "May 15"},
		{"earnings", "ja", "fraction changed", "about a third", "about a quarter"},
		{"earnings", "zh", "fraction changed", "about a third", "about a quarter"},
		{"earnings", "uk", "fraction changed", "about a third", "about a quarter"},
		{"earnings", "cs", "fraction changed", "about a third", "about a quarter"},
		{"earnings", "th", "fraction changed", "about a third", "about a quarter"},
		{"earnings", "pt", "surname replaced", "Yoichi Miyazaki", "Yoichi Tanaka"},
		{"earnings", "ja", "surname replaced", "Yoichi Miyazaki", "Yoichi Tanaka"},
		{"earnings", "zh", "surname replaced", "Yoichi Miyazaki", "Yoichi Tanaka"},
		{"earnings", "ja", "city replaced", "in Tokyo", "in Osaka"},
		{"earnings", "he", "direction reversed", "Revenue rose", "Revenue fell"},
		{"earnings", "th", "direction reversed", "Revenue rose", "Revenue fell"},
	} {
		t.Run(tc.article+" "+tc.srcLang+" "+tc.what, func(t *testing.T) {
			plantCaught(t, docs[tc.article], tc.srcLang, "en", tc.old, tc.new)
		})
	}
}

// plantCaught replaces old by new in the translation into tl of an
// article (docs, by language) and wants the pair checked against the one
// in sl to have a finding at minor or above.
func plantCaught(t *testing.T, docs map[string][]byte, sl, tl, old, new string) {
	t.Helper()
	tgt := string(docs[tl])
	if !strings.Contains(tgt, old) {
		t.Fatalf("no %q in the %s text", old, tl)
	}
	changed := strings.Replace(tgt, old, new, 1)
	if !slices.ContainsFunc(run(t, docs[sl], []byte(changed), sl, tl), func(f checks.Finding) bool { return f.Severity >= checks.Minor }) {
		t.Errorf("%q for %q: no finding at minor or above", new, old)
	}
}

// translations reads testdata/langs/name.LANG, by language.
func translations(t *testing.T, name string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "langs", name+".*"))
	if err != nil || len(paths) < 2 {
		t.Fatalf("%d translations: %v", len(paths), err)
	}
	docs := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[strings.TrimPrefix(filepath.Ext(p), ".")] = data
	}
	return docs
}

// TestECBAcrossPairs checks every translation of ecb.en, quake.en and
// tech.en against every other as its source (21 languages, 420 pairs,
// for the first two; 12 and 132 for the third): no finding at major or
// above whatever the pair. A quarter point in words and in digits, a
// weekday's name that holds a numeral (星期四, quinta-feira) and two
// numbers moved two ways in one sentence are where pairs without English
// went wrong.
func TestECBAcrossPairs(t *testing.T) {
	for _, article := range []string{"ecb", "quake", "tech", "flood", "earnings", "nato"} {
		t.Run(article, func(t *testing.T) { testAcrossPairs(t, article) })
	}
}

// testAcrossPairs checks every translation of article against every
// other as its source: nothing at major or above.
func testAcrossPairs(t *testing.T, article string) {
	docs := translations(t, article)
	if testing.Short() {
		short := map[string][]byte{}
		for _, l := range []string{"en", "ja", "zh", "pt", "pl", "de", "ko", "he"} {
			if d, ok := docs[l]; ok {
				short[l] = d
			}
		}
		docs = short
	}
	minor := 0
	for sl, src := range docs {
		for tl, tgt := range docs {
			if tl == sl {
				continue
			}
			for _, f := range run(t, src, tgt, sl, tl) {
				switch {
				case f.Severity >= checks.Major:
					t.Errorf("%s→%s: %s %s: %s", sl, tl, f.Severity, f.Check, f.Message)
				case f.Severity == checks.Minor:
					minor++
				}
			}
		}
	}
	t.Logf("%d pairs, %d minor findings", len(docs)*(len(docs)-1), minor)
}

// TestOwnTranslationsAcrossPairs checks every translation of microsoft.en
// against every other as its source, 26 languages, no English in 625 of
// the 650 pairs: correct translations of one text get no finding at
// minor or above whatever the pair, and the target with its share price
// changed (451 for 415, in the target's digits) a major numbers finding.
func TestOwnTranslationsAcrossPairs(t *testing.T) {
	docs := translations(t, "microsoft")
	if testing.Short() {
		docs = map[string][]byte{"en": docs["en"], "ja": docs["ja"], "ru": docs["ru"], "ar": docs["ar"]}
	}
	for sl, src := range docs {
		s, err := corpus.Load("s."+sl, src, corpus.Options{Lang: language.MustParse(sl)})
		if err != nil {
			t.Fatal(err)
		}
		for tl, tgt := range docs {
			if tl == sl {
				continue
			}
			d, err := corpus.Load("t."+tl, tgt, corpus.Options{Lang: language.MustParse(tl)})
			if err != nil {
				t.Fatal(err)
			}
			res, err := pipeline.Run(context.Background(), d, []*corpus.Document{s}, pipeline.Config{})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range res.Findings {
				if f.Severity >= checks.Minor {
					t.Errorf("%s→%s: %s %s: %s", sl, tl, f.Severity, f.Check, f.Message)
				}
			}
			changed := strings.Replace(strings.Replace(string(tgt), "415", "451", 1), "۴۱۵", "۴۵۱", 1)
			if !slices.ContainsFunc(run(t, src, []byte(changed), sl, tl), func(f checks.Finding) bool {
				return f.Check == "numbers" && f.Severity >= checks.Major
			}) {
				t.Errorf("%s→%s: the price changed, no major numbers finding", sl, tl)
			}
		}
	}
}

// TestTargetApartFromSource: a target whose language was detected as its
// source's, but which is in good part Thai (an English paragraph left in
// it), is checked as Thai, so that the English paragraph is reported as
// left untranslated instead of nothing being checked.
func TestTargetApartFromSource(t *testing.T) {
	src := "Apple unveiled the iPhone 16 Pro with a new A18 chip on Monday.\n\nThe company said the device would go on sale in the US on September 20 for $999.\n"
	tgt := "Apple เปิดตัว iPhone 16 Pro พร้อมชิป A18 ใหม่เมื่อวันจันทร์ และบริษัทระบุว่าจะวางจำหน่ายในเร็วๆ นี้\n\nThe company said the device would go on sale in the US on September 20 for $999.\n"
	s, err := corpus.Load("s.en", []byte(src), corpus.Options{Lang: language.English})
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Load("t.txt", []byte(tgt), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !d.LangDetected || d.Lang != language.English {
		t.Fatalf("the mixed target reads as %s (detected %v); the test wants English, its source's language", d.Lang, d.LangDetected)
	}
	res, err := pipeline.Run(context.Background(), d, []*corpus.Document{s}, pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Alignment.Target.Lang.String(); got != "th" {
		t.Errorf("checked as %s; want th", got)
	}
	if !slices.ContainsFunc(res.Findings, func(f checks.Finding) bool { return f.Check == "untranslated" && f.Severity >= checks.Major }) {
		t.Errorf("no major untranslated finding: %v", res.Findings)
	}
	if d.Lang != language.English {
		t.Errorf("the loaded target changed: %s", d.Lang)
	}
}

// writtenPair is a line of testdata/written: a segment pair and, for the
// errors, the check and the least severity that must report it.
type writtenPair struct {
	ID, Source, Target, Want string
	SourceLang               string `json:"source_lang"`
	TargetLang               string `json:"target_lang"`
}

func readWritten(t *testing.T, name string) []writtenPair {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "written", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []writtenPair
	for line := range strings.Lines(string(data)) {
		var p writtenPair
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, p)
	}
	return out
}

// TestWrittenSentencePairs checks the sentence pairs written for this
// project (testdata/written/README.md): a correct translation gets no
// finding at minor or above, and one with an error gets a finding of the
// check and severity it names.
func TestWrittenSentencePairs(t *testing.T) {
	for _, p := range readWritten(t, "clean.jsonl") {
		for _, f := range run(t, []byte(p.Source), []byte(p.Target), p.SourceLang, p.TargetLang) {
			if f.Severity >= checks.Minor {
				t.Errorf("%s: %s %s: %s", p.ID, f.Severity, f.Check, f.Message)
			}
		}
	}
	for _, p := range readWritten(t, "errors.jsonl") {
		check, sev, _ := strings.Cut(p.Want, " ")
		fs := run(t, []byte(p.Source), []byte(p.Target), p.SourceLang, p.TargetLang)
		if !slices.ContainsFunc(fs, func(f checks.Finding) bool { return f.Check == check && f.Severity.String() == sev }) {
			var got []string
			for _, f := range fs {
				got = append(got, f.Severity.String()+" "+f.Check)
			}
			t.Errorf("%s: want %s; got %q", p.ID, p.Want, got)
		}
	}
}
