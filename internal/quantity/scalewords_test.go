package quantity

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestLexiconBeyondSixteen reads the lexicon entries of the languages
// added after the first sixteen (uk, he, sk, sl, hr, sr, bg), each firing
// after a number and quiet without one, the words left out of Hebrew's
// number words, the words for half, whole scale words glued to money, and
// the CJK scales a space may separate from the number; a lone 一 is not
// read, as "one" is not.
func TestLexiconBeyondSixteen(t *testing.T) {
	testCases := []struct {
		lang, text string
		want       string // describe of each quantity, joined by " | "
	}{
		// uk: CLDR forms and the lexicon's other cases.
		{"uk", "прийшло 17 тисяч людей", `count "17 тисяч" 17000`},
		{"uk", "17 тис. гривень", `money "17 тис. гривень" 17000 cur=UAH`},
		{"uk", "17 тис людей", `count "17 тис" 17000`},
		{"uk", "понад 21 тисячу осіб", `count "21 тисячу" 21000`},
		{"uk", "з 5 тисячею", `count "5 тисячею" 5000`},
		{"uk", "по 3 тисячам", `count "3 тисячам" 3000`},
		{"uk", "з 12 тисячами", `count "12 тисячами" 12000`},
		{"uk", "у 40 тисячах", `count "40 тисячах" 40000`},
		{"uk", "тисячі людей прийшли", ""},
		{"uk", "2,5 млн. осіб", `count "2,5 млн." 2.5e+06 dec=1`},
		{"uk", "близько 3 мільйону", `count "3 мільйону" 3e+06`},
		{"uk", "у 2 мільйоні", `count "2 мільйоні" 2e+06`},
		{"uk", "з 4 мільйоном", `count "4 мільйоном" 4e+06`},
		{"uk", "по 6 мільйонам", `count "6 мільйонам" 6e+06`},
		{"uk", "з 7 мільйонами", `count "7 мільйонами" 7e+06`},
		{"uk", "у 8 мільйонах", `count "8 мільйонах" 8e+06`},
		{"uk", "мільйони людей", ""},
		{"uk", "1,2 млрд. гривень", `money "1,2 млрд. гривень" 1.2e+09 dec=1 cur=UAH`},
		{"uk", "до 3 мільярду", `count "3 мільярду" 3e+09`},
		{"uk", "у 2 мільярді", `count "2 мільярді" 2e+09`},
		{"uk", "з 4 мільярдом", `count "4 мільярдом" 4e+09`},
		{"uk", "по 6 мільярдам", `count "6 мільярдам" 6e+09`},
		{"uk", "з 7 мільярдами", `count "7 мільярдами" 7e+09`},
		{"uk", "у 8 мільярдах", `count "8 мільярдах" 8e+09`},
		{"uk", "мільярди доларів", ""},
		{"uk", "1 трлн. кубометрів", `count "1 трлн." 1e+12`},
		// uk currencies, and spelled numbers with any apostrophe.
		{"uk", "5 доларів", `money "5 доларів" 5 cur=USD`},
		{"uk", "долари і центи", ""},
		{"uk", "300 гривень", `money "300 гривень" 300 cur=UAH`},
		{"uk", "17 тис. грн", `money "17 тис. грн" 17000 cur=UAH`},
		{"uk", "5 фунтів стерлінгів", `money "5 фунтів" 5 cur=GBP`},
		{"uk", "2 гривні", `money "2 гривні" 2 cur=UAH`},
		{"uk", "гривня впала", ""},
		{"uk", "сто п'ятдесят", `count "сто п'ятдесят" 150 spelled`},
		{"uk", "сто п’ятдесят", `count "сто п’ятдесят" 150 spelled`},
		{"uk", "сто пʼятдесят", `count "сто пʼятдесят" 150 spelled`},
		// he
		{"he", "ביום שישי", ""},
		{"he", "ביום שני", ""},
		{"he", "ביום שלישי", ""},
		{"he", "ביום רביעי", ""},
		{"he", "ביום חמישי", ""},
		{"he", "חיכו שניה", ""},
		{"he", "שלושה אנשים", `count "שלושה" 3 spelled`},
		{"he", "הגיעו 44 אלף איש", `count "44 אלף" 44000`},
		{"he", "כ-3 אלפים", `count "3 אלפים" 3000`},
		{"he", "אלפים הגיעו", ""},
		{"he", "5 מיליונים", `count "5 מיליונים" 5e+06`},
		{"he", "מיליונים צפו", ""},
		{"he", "2 מיליארדים", `count "2 מיליארדים" 2e+09`},
		{"he", "מיליארדים הושקעו", ""},
		// sk, sl, hr, sr, bg
		{"sk", "s 5 tisícami", `count "5 tisícami" 5000`},
		{"sk", "s 2 miliónmi", `count "2 miliónmi" 2e+06`},
		{"sk", "s 3 miliardami", `count "3 miliardami" 3e+09`},
		{"sk", "tisícami ľudí", ""},
		{"sk", "1.500 ľudí", `count "1.500" 1500 alt=1.5`},
		{"sl", "v 2 milijonih", `count "2 milijonih" 2e+06`},
		{"sl", "v 3 milijardah", `count "3 milijardah" 3e+09`},
		{"sl", "v milijonih", ""},
		{"hr", "oko 5 tisuću", `count "5 tisuću" 5000`},
		{"hr", "oko 2 milijardu", `count "2 milijardu" 2e+09`},
		{"hr", "1,5 mlrd. kuna", `count "1,5 mlrd." 1.5e+09 dec=1`},
		{"hr", "milijarde ljudi", ""},
		{"sr", "око 1 хиљаду", `count "1 хиљаду" 1000`},
		{"sr", "oko 17 hiljada ljudi", `count "17 hiljada" 17000`},
		{"sr", "oko 3 hiljade", `count "3 hiljade" 3000`},
		{"sr", "oko 1 hiljadu", `count "1 hiljadu" 1000`},
		{"sr", "17 hilj. dinara", `count "17 hilj." 17000`},
		{"sr", "hiljade ljudi", ""},
		{"sr", "1 milion", `count "1 milion" 1e+06`},
		{"sr", "3 miliona", `count "3 miliona" 3e+06`},
		{"sr", "1 milijarda", `count "1 milijarda" 1e+09`},
		{"sr", "3 milijarde", `count "3 milijarde" 3e+09`},
		{"sr", "5 milijardi", `count "5 milijardi" 5e+09`},
		{"sr", "2,5 mlrd. dinara", `count "2,5 mlrd." 2.5e+09 dec=1`},
		{"sr", "milioni ljudi", ""},
		{"bg", "1 хиляда души", `count "1 хиляда" 1000`},
		{"bg", "5 млн души", `count "5 млн" 5e+06`},
		{"bg", "2 млрд лева", `count "2 млрд" 2e+09`},
		{"bg", "хиляди души", ""},
		// Half and one and a half, spelled.
		{"zh", "一半的人", `count "一半" 0.5 spelled`},
		{"zh", "半数以上", `count "半数" 0.5 spelled`},
		{"zh", "半岛", ""},
		{"zh-Hant", "一半的人", `count "一半" 0.5 spelled`},
		{"zh-Hant", "半數以上", `count "半數" 0.5 spelled`},
		{"ja", "半分の人", `count "半分" 0.5 spelled`},
		{"ja", "半数以上", `count "半数" 0.5 spelled`},
		{"ja", "半島", ""},
		{"ko", "절반이 넘는", `count "절반" 0.5 spelled`},
		{"ko", "반대", ""},
		{"uk", "половина людей", `count "половина" 0.5 spelled`},
		{"uk", "половину часу", `count "половину" 0.5 spelled`},
		{"uk", "половини року", `count "половини" 0.5 spelled`},
		{"uk", "половиною голосів", `count "половиною" 0.5 spelled`},
		{"uk", "у половині", `count "половині" 0.5 spelled`},
		{"uk", "половинчастий", ""},
		{"he", "מחצית הקולות", `count "מחצית" 0.5 spelled`},
		{"he", "חצי גמר", ""},
		{"sk", "polovica ľudí", `count "polovica" 0.5 spelled`},
		{"sk", "polovicu času", `count "polovicu" 0.5 spelled`},
		{"sk", "polovice roka", `count "polovice" 0.5 spelled`},
		{"sl", "polovica ljudi", `count "polovica" 0.5 spelled`},
		{"sl", "polovico časa", `count "polovico" 0.5 spelled`},
		{"sl", "polovice leta", `count "polovice" 0.5 spelled`},
		{"hr", "polovina ljudi", `count "polovina" 0.5 spelled`},
		{"hr", "polovinu vremena", `count "polovinu" 0.5 spelled`},
		{"hr", "polovine godine", `count "polovine" 0.5 spelled`},
		{"sr", "polovina ljudi", `count "polovina" 0.5 spelled`},
		{"sr", "polovinu vremena", `count "polovinu" 0.5 spelled`},
		{"sr", "polovine godine", `count "polovine" 0.5 spelled`},
		{"bg", "половина от хората", `count "половина" 0.5 spelled`},
		{"bg", "половината време", `count "половината" 0.5 spelled`},
		{"en", "one and a half years", `count "one and a half" 1.5 spelled`},
		{"en", "one and all", ""},
		// A lone 一 is "a", as "one" is; in longer numbers and months it counts.
		{"zh", "我们一起去", ""},
		{"zh", "一个人", ""},
		{"zh", "十一个人", `count "十一" 11 spelled`},
		{"zh", "一百人", `count "一百" 100 spelled`},
		{"zh", "一月", `month "一月" 1 spelled`},
		{"ja", "一緒に", ""},
		// Whole scale words glued after a currency amount.
		{"en", "for £5million", `money "£5million" 5e+06 cur=GBP`},
		{"en", "for $2billion", `money "$2billion" 2e+09 cur=USD`},
		{"en", "version 5million", `count "5million" 5`},
		// A space between the number and a myriad scale.
		{"zh", "1.92 亿元", `money "1.92 亿元" 1.92e+08 dec=2 cur=CNY`},
		{"zh", "3 万人", `count "3 万" 30000`},
		{"zh", "3 萬人", `count "3 萬" 30000`},
		{"zh", "2 億人", `count "2 億" 2e+08`},
		{"zh", "3 千人", `count "3" 3`},
		{"zh-Hant", "1.5 億元", `money "1.5 億元" 1.5e+08 dec=1 cur=TWD`},
		{"zh-Hant", "3 萬人", `count "3 萬" 30000`},
		{"ja", "2 万人", `count "2 万" 20000`},
		{"ja", "3 億円", `money "3 億円" 3e+08 cur=JPY`},
		{"ko", "3 만 명", `count "3 만" 30000`},
		{"ko", "5 억 원", `money "5 억 원" 5e+08 cur=KRW`},
		{"ko", "3 명", `count "3" 3`},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			var got []string
			for _, q := range Extract(tc.text, language.MustParse(tc.lang)) {
				got = append(got, describe(tc.text, q))
			}
			if g := strings.Join(got, " | "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}

// TestCenturiesAndApproximations reads the century words of the languages
// added after the first sixteen next to Roman numerals, CJK approximate
// numbers (两三, 八九十) as ranges, and CJK decades of a century as years.
func TestCenturiesAndApproximations(t *testing.T) {
	testCases := []struct {
		lang, text string
		want       string
	}{
		{"uk", "у XIX столітті", `count "XIX" 19 spelled`},
		{"uk", "XX сторіччя", `count "XX" 20 spelled`},
		{"uk", "XIX", ""},
		{"sk", "v XIX. storočí", `count "XIX" 19 spelled`},
		{"sl", "v XIX. stoletju", `count "XIX" 19 spelled`},
		{"hr", "u XIX. stoljeću", `count "XIX" 19 spelled`},
		{"sr", "u XIX veku", `count "XIX" 19 spelled`},
		{"sr", "u XIX vijeku", `count "XIX" 19 spelled`},
		{"sr", "у XIX веку", `count "XIX" 19 spelled`},
		{"bg", "през XIX век", `count "XIX" 19 spelled`},
		// Approximate numbers: two neighbouring digits.
		{"zh", "等了两三天", `count "两三" 2 range=1 spelled | count "两三" 3 range=2 spelled`},
		{"zh", "一两年", `count "一两" 1 range=1 spelled | count "一两" 2 range=2 spelled`},
		{"zh", "三四百人", `count "三四百" 300 range=1 spelled | count "三四百" 400 range=2 spelled`},
		{"zh", "一万六七千元", `count "一万六七千" 16000 range=1 spelled | count "一万六七千" 17000 range=2 spelled`},
		{"zh", "百分之三四十", `percent "三四十" 30 range=1 spelled | percent "三四十" 40 range=2 spelled`},
		{"zh", "一九八九", `count "一九八九" 1989 spelled`},
		{"zh", "二〇二三", `count "二〇二三" 2023 spelled`},
		{"zh", "三五天", `count "三五" 35 spelled`},
		{"ja", "二三日", `count "二三" 2 range=1 spelled | count "二三" 3 range=2 spelled`},
		// Decades of a century.
		{"zh", "19世纪八九十年代", `year "19世纪八九十年代" 1880 range=1 spelled | year "19世纪八九十年代" 1890 range=2 spelled`},
		{"zh", "19世纪80年代", `year "19世纪80年代" 1880 spelled`},
		{"zh", "二十世纪九十年代", `year "二十世纪九十年代" 1990 spelled`},
		{"zh", "八十年代", `count "八十" 80 spelled`},
		{"zh", "19世纪的八十年代", `count "19" 19 | count "八十" 80 spelled`},
		{"zh-Hant", "19世紀八十年代", `year "19世紀八十年代" 1880 spelled`},
		{"ja", "19世紀80年代", `year "19世紀80年代" 1880 spelled`},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			var got []string
			for _, q := range Extract(tc.text, language.MustParse(tc.lang)) {
				got = append(got, describe(tc.text, q))
			}
			if g := strings.Join(got, " | "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
