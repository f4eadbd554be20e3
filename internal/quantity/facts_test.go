package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

// TestClockForms reads clock times in the forms of several languages,
// each firing and quiet: hours and minutes with a spaced h, four digits
// before a time zone, hours and minutes joined by a dot where the
// decimal separator is a comma, and CJK hour counters.
func TestClockForms(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"fr", "Rendez-vous à 14 h 05 devant la gare.", []string{`time "14 h 05" 14`}},
		{"fr", "Il a marché 14 h sans pause.", []string{`count "14" 14`}},
		{"fr", "Il a marché 14 h 051 fois.", []string{`count "14" 14`, `identifier "051" 51`}},
		{"de", "Die Explosion war um 1405 GMT.", []string{`time "1405" 1405`}},
		{"en", "Markets closed at 0930 UTC.", []string{`identifier "0930" 930`}},
		{"en", "Markets closed at 1930 UTC.", []string{`time "1930" 1930`}},
		{"en", "It rose to 1975 GMT shares.", []string{`year "1975" 1975`}},
		{"en", "in 1975 prices fell.", []string{`year "1975" 1975`}},
		{"cs", "Otevřeno od 8.30 do 11.45 každý den.", []string{`time "8.30" 8.3 dec=2 foreign`, `time "11.45" 11.45 dec=2 foreign`}},
		{"cs", "Vlak jede v 17.00.", []string{`time "17.00" 17 dec=2 foreign`}},
		{"cs", "cena 8,30 eura.", []string{`money "8,30 eura" 8.3 dec=2 cur=EUR`}},
		{"cs", "hodnota 8.3 je cizí.", []string{`count "8.3" 8.3 dec=1 foreign`}},
		{"cs", "hodnota 31.75 je cizí.", []string{`count "31.75" 31.75 dec=2 foreign`}},
		{"ru", "Игра начнется в 22.00 по Москве.", []string{`time "22.00" 22 dec=2 foreign`}},
		{"ru", "Рост составил 3.45 млн рублей.", []string{`money "3.45 млн рублей" 3.45e+06 dec=2 cur=RUB foreign`}},
		{"en", "The rate was 3.45 today.", []string{`count "3.45" 3.45 dec=2`}},
		{"ja", "平日15時まで受付。", []string{`time "15時" 15`}},
		{"ja", "24時間営業です。", []string{`count "24" 24`}},
		{"zh", "早上6点多出门。", []string{`time "早上6点" 6`}},
		{"zh", "他提出了3点建议。", []string{`count "3" 3`}},
		{"zh", "晚上7点钟到。", []string{`time "晚上7点" 7`}},
	})
}

// TestTenths reads the CJK words for tenths (割 in Japanese, 成 in
// Chinese) as percentages with the precision of a tenth, and leaves 成
// alone where it opens another word.
func TestTenths(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "約9割の人が満足した。", []string{`percent "9割" 90`}},
		{"ja", "３割引きで販売。", []string{`percent "３割" 30`}},
		{"ja", "５割くらい残っている。", []string{`percent "５割" 50`}},
		{"ja", "12割という数字はない。", []string{`count "12" 12`}},
		{"zh", "恢复至三成至六成。", []string{`percent "三成" 30 spelled`, `percent "六成" 60 spelled`}},
		{"zh", "约3成以上的人同意。", []string{`percent "3成" 30`}},
		{"zh", "公司有3成员离职。", []string{`count "3" 3`}},
		{"zh-Hant", "支持者約有七成。", []string{`percent "七成" 70 spelled`}},
		{"zh-Hant", "七成員工", []string{`count "七" 7 spelled`}},
	})
}

// TestPaddedCJKDates: a leading zero before a CJK date counter pads a
// year, month or hour, and before a bracketed era year it pads a year a
// list abbreviates; elsewhere it marks a code.
func TestPaddedCJKDates(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "05年に発表した。", []string{`count "05" 5`}},
		{"ja", "０５（同３８）年に登った。", []string{`count "０５" 5`, `count "３８" 38`}},
		{"zh", "在05年成立。", []string{`count "05" 5`}},
		{"ja", "05月に開く。", []string{`month "05月" 5`}},
		{"ja", "コード05は無効。", []string{`identifier "05" 5`}},
		{"ja", "番号007（旧）を使う。", []string{`identifier "007" 7`}},
		{"ja", "05（第一版）の改訂。", []string{`identifier "05" 5`}},
	})
}

// TestClockBefore reads h.mm after a word that calls for a time ("o",
// "в") as a time of day, and as a day and month without one.
func TestClockBefore(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"pl", "Spotkanie zaczyna się o 14.05.", []string{`time "14.05" 14.05 dec=2 foreign`}},
		{"pl", "Spotkanie zaczyna się o godz. 9.30.", []string{`time "9.30" 9.3 dec=2 foreign`}},
		{"ru", "Встреча начнется в 14.05.", []string{`time "14.05" 14.05 dec=2 foreign`}},
		{"ru", "Встреча состоится 14.05.", []string{`date "14.05." 14`}},
		{"uk", "Зустріч почнеться о 14.05.", []string{`time "14.05" 14.05 dec=2 foreign`}},
		{"pl", "Spotkanie zaczyna się po 14.05.", []string{`date "14.05." 14`}},
	})
}

// TestEraInitials reads a Japanese era's initial before a year of it as
// the era ("H11年", Heisei 11: 1999), and leaves alone a letter glued to a
// name or one without 年.
func TestEraInitials(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "H11年に完成した。", []string{`year "H11" 1999`}},
		{"ja", "R5年度の予算。", []string{`year "R5" 2023`}},
		{"ja", "S30年に生まれた。", []string{`year "S30" 1955`}},
		{"ja", "H2ロケットを打ち上げた。", []string{`identifier "H2" 2`}},
		{"ja", "GH11年モデル。", []string{`identifier "GH11" 11`}},
		{"ja", "H11に設定する。", []string{`identifier "H11" 11`}},
	})
}

// TestEnclosedNumbers reads circled and bracketed numbers as counts
// written as symbols, which pair with a value but are never missed alone.
func TestEnclosedNumbers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "手順②を実行する。", []string{`count "②" 2 spelled`}},
		{"ja", "⑴準備、⑵実行", []string{`count "⑴" 1 spelled`, `count "⑵" 2 spelled`}},
		{"zh", "第㉑条", []string{`count "㉑" 21 spelled`}},
		{"en", "See ❸ below.", []string{`count "❸" 3 spelled`}},
		{"ja", "Ⓐを押す。", nil},
	})
}

// TestDateForms reads numeric dates: spaced Czech dates, padded dd.mm.
// and a four-digit-year date after a capitalised word.
func TestDateForms(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"cs", "Svátek 25. 2. a 1. 5. 1886 v Chicagu.", []string{`date "25. 2." 25`, `date "1. 5. 1886" 1`}},
		{"cs", "Bylo jich 25. 13. pokus.", []string{`count "25" 25`, `count "13" 13`}},
		{"en", "It was 25. 2. in total.", []string{`count "25" 25`, `count "2" 2`}},
		{"uk", "Свято 01.05. – неробочий день.", []string{`date "01.05." 1`}},
		{"uk", "Версія 1.5. вийшла.", []string{`identifier "1.5" 1.5 dec=1 label=Версія foreign`}},
		{"de", "Am 05.03.2024 kam er.", []string{`date "05.03.2024" 5`}},
	})
}

// TestDateOrder gives the order of the fields of numeric dates.
func TestDateOrder(t *testing.T) {
	for _, tc := range []struct {
		lang, text, want string
	}{
		{"en", "on 03/06/2024", "mdy"},
		{"de", "am 05.03.2024", "dmy"},
		{"cs", "od 25. 2.", "dm"},
		{"ja", "2024/3/6に", "ymd"},
		{"en", "version 4.4.2", ""},
	} {
		qs := Extract(tc.text, language.MustParse(tc.lang))
		got := ""
		if len(qs) > 0 {
			got = qs[0].DateOrder(language.MustParse(tc.lang))
		}
		if got != tc.want {
			t.Errorf("%s %q: got %q; want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestClockValues reads the clock of the new time forms.
func TestClockValues(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       int
	}{
		{"de", "um 1405 GMT", 14*3600 + 5*60},
		{"fr", "à 14 h 05", 14*3600 + 5*60},
		{"cs", "v 17.30", 17*3600 + 30*60},
		{"ja", "15時まで", 15 * 3600},
	} {
		qs := Extract(tc.text, language.MustParse(tc.lang))
		if len(qs) != 1 {
			t.Fatalf("%q: got %d quantities", tc.text, len(qs))
		}
		if got, ok := qs[0].Clock(); !ok || got != tc.want {
			t.Errorf("%q: got %d, %v; want %d", tc.text, got, ok, tc.want)
		}
	}
}

// TestDayPart finds each language's words for a part of the day beside
// a time, and says nothing for a language that lists none.
func TestDayPart(t *testing.T) {
	for _, tc := range []struct {
		lang, text    string
		clock24, mark bool
	}{
		{"de", "um 8 Uhr abends", true, true},
		{"de", "um 8 Uhr morgens", true, true},
		{"de", "um 8 Uhr früh", true, true},
		{"de", "um 2 Uhr nachmittags", true, true},
		{"de", "um 2 Uhr nachts", true, true},
		{"de", "um 8 Uhr beginnt es", true, false},
		{"fr", "à 8 h du matin", true, true},
		{"fr", "à 8 h du soir", true, true},
		{"fr", "à 3 h de l’après-midi", true, true},
		{"fr", "à 3 h de l'après-midi", true, true},
		{"fr", "à 3 h de la nuit", true, true},
		{"fr", "à 8 h précises", true, false},
		{"cs", "v 8 hodin ráno", true, true},
		{"cs", "v 10 dopoledne", true, true},
		{"cs", "ve 3 odpoledne", true, true},
		{"cs", "v 8 večer", true, true},
		{"cs", "ve 2 v noci", true, true},
		{"cs", "v 8 hodin", true, false},
		{"ru", "в 8 утра", true, true},
		{"ru", "в 2 часа дня", true, true},
		{"ru", "в 8 вечера", true, true},
		{"ru", "в 2 часа ночи", true, true},
		{"ru", "в 8 часов", true, false},
		{"uk", "о 8 ранку", true, true},
		{"uk", "о 2 дня", true, true},
		{"uk", "о 8 вечора", true, true},
		{"uk", "о 2 ночі", true, true},
		{"uk", "о 8 годині", true, false},
		{"en", "at 8 in the evening", false, false},
	} {
		qs := Extract(tc.text, language.MustParse(tc.lang))
		if len(qs) == 0 {
			t.Fatalf("%q: no quantity", tc.text)
		}
		c24, mark := DayPart(tc.text, qs[0].Span.Start, qs[0].Span.End, language.MustParse(tc.lang))
		if c24 != tc.clock24 || mark != tc.mark {
			t.Errorf("%s %q: got %v, %v; want %v, %v", tc.lang, tc.text, c24, mark, tc.clock24, tc.mark)
		}
	}
}

// TestCzechCompounds reads each Czech genitive of the lexicon alone and
// in an adjective with each compound stem, and leaves words that only
// contain a stem, or a number of a hundred and more, alone.
func TestCzechCompounds(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"cs", "před jedenácti dny", []string{`count "jedenácti" 11 spelled`}},
		{"cs", "dvanáctiletý chlapec", []string{`count "dvanáctiletý" 12 spelled`}},
		{"cs", "třináctiletá dívka", []string{`count "třináctiletá" 13 spelled`}},
		{"cs", "čtrnáctiletou dívku", []string{`count "čtrnáctiletou" 14 spelled`}},
		{"cs", "patnáctiměsíční pauza", []string{`count "patnáctiměsíční" 15 spelled`}},
		{"cs", "šestnáctihodinová směna", []string{`count "šestnáctihodinová" 16 spelled`}},
		{"cs", "sedmnáctidenní výprava", []string{`count "sedmnáctidenní" 17 spelled`}},
		{"cs", "osmnáctitýdenní kurz", []string{`count "osmnáctitýdenní" 18 spelled`}},
		{"cs", "devatenáctinásobný nárůst", []string{`count "devatenáctinásobný" 19 spelled`}},
		{"cs", "třicetiletá válka", []string{`count "třicetiletá" 30 spelled`}},
		{"cs", "před třiceti lety", []string{`count "třiceti" 30 spelled`}},
		{"cs", "čtyřicetiletý muž", []string{`count "čtyřicetiletý" 40 spelled`}},
		{"cs", "po čtyřiceti letech", []string{`count "čtyřiceti" 40 spelled`}},
		{"cs", "padesátiletá žena", []string{`count "padesátiletá" 50 spelled`}},
		{"cs", "šedesátiletý jubilant", []string{`count "šedesátiletý" 60 spelled`}},
		{"cs", "sedmdesátiletý muž", []string{`count "sedmdesátiletý" 70 spelled`}},
		{"cs", "osmdesátiletá babička", []string{`count "osmdesátiletá" 80 spelled`}},
		{"cs", "devadesátiletý děda", []string{`count "devadesátiletý" 90 spelled`}},
		{"cs", "Třiadvacetiletý hráč", []string{`count "Třiadvacetiletý" 23 spelled`}},
		{"cs", "osmatřicetiletá žena", []string{`count "osmatřicetiletá" 38 spelled`}},
		{"cs", "desetiměsíční kocour", []string{`count "desetiměsíční" 10 spelled`}},
		{"cs", "dvouhodinový let", []string{`count "dvouhodinový" 2 spelled`}},
		{"cs", "letadlo přistálo", nil},
		{"cs", "minulého století", nil},
		{"cs", "v dalším tisíciletí", nil},
		{"cs", "v tomto čtvrtletí", nil}, // a quarter of a year: not a quarter
		{"cs", "pětiletka skončila", []string{`count "pětiletka" 5 spelled`}},
		{"cs", "hodinová mzda", nil},
	})
}

// TestCenturyAbbreviations reads a Roman numeral before the Russian and
// Ukrainian abbreviations of the word for century, and not before the
// preposition.
func TestCenturyAbbreviations(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ru", "в начале XVII в. было так", []string{`count "XVII" 17 spelled century`}},
		{"ru", "он жил в XVII в Москве", nil},
		{"uk", "наприкінці XVII ст. було так", []string{`count "XVII" 17 spelled century`}},
		{"uk", "у XVII стрільці", nil},
	})
}

// TestCJKFractions reads fractions written denominator first, in digits
// and in characters, and leaves improper ones and minutes alone.
func TestCJKFractions(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "増加分の２分の１を給付", []string{`count "２分の１" 0.5 fraction`}},
		{"ja", "二分の一に減った", []string{`count "二分の一" 0.5 spelled fraction`}},
		{"ja", "10分の予定", []string{`count "10" 10`}},
		{"ja", "2分の3は無理", []string{`count "2" 2`, `count "3" 3`}},
		{"zh", "约三分之一的人", []string{`count "三分之一" 0.3333333333333333 spelled fraction`}},
		{"zh", "3分之1的人", []string{`count "3分之1" 0.3333333333333333 fraction`}},
		{"zh", "百分之三十的人", []string{`percent "三十" 30 spelled`}},
	})
}

// TestAndHalf reads "and a half" after a whole number in each language
// that lists it, and not after a decimal or without the number.
func TestAndHalf(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"he", "התאומות (16 וחצי)", []string{`count "16 וחצי" 16.5 dec=1`}},
		{"he", "חצי גמר", nil},
		{"ru", "через 2 с половиной года", []string{`count "2 с половиной" 2.5 dec=1`}},
		{"ru", "через 2,5 с половиной", []string{`count "2,5" 2.5 dec=1`}},
		{"uk", "за 2 з половиною роки", []string{`count "2 з половиною" 2.5 dec=1`}},
		{"uk", "з половиною", []string{`count "половиною" 0.5 spelled`}},
		{"cs", "po 2 a půl letech", []string{`count "2 a půl" 2.5 dec=1`}},
		{"cs", "po 2 a 3 letech", []string{`count "2" 2`, `count "3" 3`}},
	})
}

// TestNakaguroDecimal reads the Japanese middle dot as a decimal point
// before a unit, a percent sign or a multiplier, and not in lists, dates
// or phone numbers.
func TestNakaguroDecimal(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ja", "半径約２・５キロの範囲", []string{`count "２・５" 2.5 dec=1`}},
		{"ja", "前年の１・５倍に増えた", []string{`count "１・５" 1.5 dec=1 times-vague`}},
		{"ja", "支持率は３２・５％だった", []string{`percent "３２・５％" 32.5 dec=1`}},
		{"ja", "３・４月に開催", []string{`count "３" 3`, `month "４月" 4`}},
		{"ja", "２・２６事件", []string{`count "２" 2`, `count "２６" 26`}},
		{"ja", "電話（０１９８・６２・１３３３）へ", []string{`identifier "０１９８・６２・１３３３" 198`}},
		{"zh", "２・５公里", []string{`count "２" 2`, `count "５公里" 5 unit=km`}},
	})
}

// TestArticleNumbers reads English fractions and round millions written
// with an article or "one", each firing, and an ordinal third quiet.
func TestArticleNumbers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "a third of voters", []string{`count "a third of" 0.3333333333333333 spelled`}},
		{"en", "one third of voters", []string{`count "one third of" 0.3333333333333333 spelled`}},
		{"en", "two thirds of voters", []string{`count "two thirds of" 0.6666666666666666 spelled`}},
		{"en", "she won a third term", []string{`count "third" 3 spelled`}},
		{"en", "a million people", []string{`count "a million" 1e+06 spelled`}},
		{"en", "one million people", []string{`count "one million" 1e+06 spelled`}},
		{"en", "half a million people", []string{`count "half a million" 500000 spelled`}},
		{"en", "a billion dollars", []string{`money "a billion dollars" 1e+09 cur=USD spelled`}},
		{"en", "one billion people", []string{`count "one billion" 1e+09 spelled`}},
		{"en", "half a billion people", []string{`count "half a billion" 5e+08 spelled`}},
		{"en", "a millionaire", nil},
	})
}

// TestFeetInches reads heights written with primes as inches, and leaves
// a quoted digit and twelve inches or more alone.
func TestFeetInches(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", `I'm 5'5" tall`, []string{`count "5'5\"" 65 unit=in`}},
		{"en", "He is 5′ 11″ tall", []string{`count "5′ 11″" 71 unit=in`}},
		{"en", "He said '5' then", []string{`count "5" 5`}},
		{"en", `It is 5'13" long`, []string{`count "5" 5`, `count "13" 13`}},
		{"en", "He is 5 feet 11 inches tall", []string{`count "5 feet 11 inches" 71 unit=in`}},
		{"ru", "рост 5 футов 5 дюймов", []string{`count "5 футов 5 дюймов" 65 unit=in`}},
		{"en", "5 feet and 11 inches", []string{`count "5 feet and 11 inches" 71 unit=in`}},
		{"en", "5 feet or 11 inches", []string{`count "5 feet" 5 unit=ft`, `count "11 inches" 11 unit=in`}},
		{"he", "הגובה שלי 5 רגל ו-6 אינץ'", []string{`count "5 רגל ו-6 אינץ'" 66 unit=in`}},
		{"he", "6 אינץ'", []string{`count "6 אינץ'" 6 unit=in`}},
		{"he", "5 רגל", []string{`count "5 רגל" 5 unit=ft`}},
		{"he", "על רגל אחת", nil},
		{"en", "5 feet 14 inches", []string{`count "5 feet" 5 unit=ft`, `count "14 inches" 14 unit=in`}},
	})
}
