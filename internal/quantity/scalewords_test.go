package quantity

import "testing"

// TestLexiconBeyondSixteen reads the lexicon entries of the languages
// added after the first sixteen (uk, he, sk, sl, hr, sr, bg), each firing
// after a number and quiet without one, the words left out of Hebrew's
// number words, the words for half, whole scale words glued to money, and
// the CJK scales a space may separate from the number; a lone 一 is not
// read, as "one" is not.
func TestLexiconBeyondSixteen(t *testing.T) {
	runExtractCases(t, []extractCase{
		// uk: CLDR forms and the lexicon's other cases.
		{"uk", "прийшло 17 тисяч людей", []string{`count "17 тисяч" 17000`}},
		{"uk", "17 тис. гривень", []string{`money "17 тис. гривень" 17000 cur=UAH`}},
		{"uk", "17 тис людей", []string{`count "17 тис" 17000`}},
		{"uk", "понад 21 тисячу осіб", []string{`count "21 тисячу" 21000`}},
		{"uk", "з 5 тисячею", []string{`count "5 тисячею" 5000`}},
		{"uk", "по 3 тисячам", []string{`count "3 тисячам" 3000`}},
		{"uk", "з 12 тисячами", []string{`count "12 тисячами" 12000`}},
		{"uk", "у 40 тисячах", []string{`count "40 тисячах" 40000`}},
		{"uk", "тисячі людей прийшли", nil},
		{"uk", "2,5 млн. осіб", []string{`count "2,5 млн." 2.5e+06 dec=1`}},
		{"uk", "близько 3 мільйону", []string{`count "3 мільйону" 3e+06`}},
		{"uk", "у 2 мільйоні", []string{`count "2 мільйоні" 2e+06`}},
		{"uk", "з 4 мільйоном", []string{`count "4 мільйоном" 4e+06`}},
		{"uk", "по 6 мільйонам", []string{`count "6 мільйонам" 6e+06`}},
		{"uk", "з 7 мільйонами", []string{`count "7 мільйонами" 7e+06`}},
		{"uk", "у 8 мільйонах", []string{`count "8 мільйонах" 8e+06`}},
		{"uk", "мільйони людей", nil},
		{"uk", "1,2 млрд. гривень", []string{`money "1,2 млрд. гривень" 1.2e+09 dec=1 cur=UAH`}},
		{"uk", "до 3 мільярду", []string{`count "3 мільярду" 3e+09`}},
		{"uk", "у 2 мільярді", []string{`count "2 мільярді" 2e+09`}},
		{"uk", "з 4 мільярдом", []string{`count "4 мільярдом" 4e+09`}},
		{"uk", "по 6 мільярдам", []string{`count "6 мільярдам" 6e+09`}},
		{"uk", "з 7 мільярдами", []string{`count "7 мільярдами" 7e+09`}},
		{"uk", "у 8 мільярдах", []string{`count "8 мільярдах" 8e+09`}},
		{"uk", "мільярди доларів", nil},
		{"uk", "1 трлн. кубометрів", []string{`count "1 трлн." 1e+12`}},
		// uk currencies, and spelled numbers with any apostrophe.
		{"uk", "5 доларів", []string{`money "5 доларів" 5 cur=USD`}},
		{"uk", "долари і центи", nil},
		{"uk", "300 гривень", []string{`money "300 гривень" 300 cur=UAH`}},
		{"uk", "17 тис. грн", []string{`money "17 тис. грн" 17000 cur=UAH`}},
		{"uk", "5 фунтів стерлінгів", []string{`money "5 фунтів" 5 cur=GBP unit=lb`}},
		{"uk", "2 гривні", []string{`money "2 гривні" 2 cur=UAH`}},
		{"uk", "гривня впала", nil},
		{"uk", "сто п'ятдесят", []string{`count "сто п'ятдесят" 150 spelled`}},
		{"uk", "сто п’ятдесят", []string{`count "сто п’ятдесят" 150 spelled`}},
		{"uk", "сто пʼятдесят", []string{`count "сто пʼятдесят" 150 spelled`}},
		// he
		{"he", "ביום שישי", nil},
		{"he", "ביום שני", nil},
		{"he", "ביום שלישי", nil},
		{"he", "ביום רביעי", nil},
		{"he", "ביום חמישי", nil},
		{"he", "חיכו שניה", nil},
		{"he", "שלושה אנשים", []string{`count "שלושה" 3 spelled`}},
		{"he", "הגיעו 44 אלף איש", []string{`count "44 אלף" 44000`}},
		{"he", "כ-3 אלפים", []string{`count "3 אלפים" 3000`}},
		{"he", "אלפים הגיעו", nil},
		{"he", "5 מיליונים", []string{`count "5 מיליונים" 5e+06`}},
		{"he", "מיליונים צפו", nil},
		{"he", "2 מיליארדים", []string{`count "2 מיליארדים" 2e+09`}},
		{"he", "מיליארדים הושקעו", nil},
		// sk, sl, hr, sr, bg
		{"sk", "s 5 tisícami", []string{`count "5 tisícami" 5000`}},
		{"sk", "s 2 miliónmi", []string{`count "2 miliónmi" 2e+06`}},
		{"sk", "s 3 miliardami", []string{`count "3 miliardami" 3e+09`}},
		{"sk", "tisícami ľudí", nil},
		{"sk", "1.500 ľudí", []string{`count "1.500" 1500 alt=1.5`}},
		{"sl", "v 2 milijonih", []string{`count "2 milijonih" 2e+06`}},
		{"sl", "v 3 milijardah", []string{`count "3 milijardah" 3e+09`}},
		{"sl", "v milijonih", nil},
		{"hr", "oko 5 tisuću", []string{`count "5 tisuću" 5000`}},
		{"hr", "oko 2 milijardu", []string{`count "2 milijardu" 2e+09`}},
		{"hr", "1,5 mlrd. kuna", []string{`count "1,5 mlrd." 1.5e+09 dec=1`}},
		{"hr", "milijarde ljudi", nil},
		{"sr", "око 1 хиљаду", []string{`count "1 хиљаду" 1000`}},
		{"sr", "oko 17 hiljada ljudi", []string{`count "17 hiljada" 17000`}},
		{"sr", "oko 3 hiljade", []string{`count "3 hiljade" 3000`}},
		{"sr", "oko 1 hiljadu", []string{`count "1 hiljadu" 1000`}},
		{"sr", "17 hilj. dinara", []string{`count "17 hilj." 17000`}},
		{"sr", "hiljade ljudi", nil},
		{"sr", "1 milion", []string{`count "1 milion" 1e+06`}},
		{"sr", "3 miliona", []string{`count "3 miliona" 3e+06`}},
		{"sr", "1 milijarda", []string{`count "1 milijarda" 1e+09`}},
		{"sr", "3 milijarde", []string{`count "3 milijarde" 3e+09`}},
		{"sr", "5 milijardi", []string{`count "5 milijardi" 5e+09`}},
		{"sr", "2,5 mlrd. dinara", []string{`count "2,5 mlrd." 2.5e+09 dec=1`}},
		{"sr", "milioni ljudi", nil},
		{"bg", "1 хиляда души", []string{`count "1 хиляда" 1000`}},
		{"bg", "5 млн души", []string{`count "5 млн" 5e+06`}},
		{"bg", "2 млрд лева", []string{`count "2 млрд" 2e+09`}},
		{"bg", "хиляди души", nil},
		// Half and one and a half, spelled.
		{"zh", "一半的人", []string{`count "一半" 0.5 spelled`}},
		{"zh", "半数以上", []string{`count "半数" 0.5 spelled`}},
		{"zh", "半岛", nil},
		{"zh-Hant", "一半的人", []string{`count "一半" 0.5 spelled`}},
		{"zh-Hant", "半數以上", []string{`count "半數" 0.5 spelled`}},
		{"ja", "半分の人", []string{`count "半分" 0.5 spelled`}},
		{"ja", "半数以上", []string{`count "半数" 0.5 spelled`}},
		{"ja", "半島", nil},
		{"ko", "절반이 넘는", []string{`count "절반" 0.5 spelled`}},
		{"ko", "반대", nil},
		{"uk", "половина людей", []string{`count "половина" 0.5 spelled`}},
		{"uk", "половину часу", []string{`count "половину" 0.5 spelled`}},
		{"uk", "половини року", []string{`count "половини" 0.5 spelled`}},
		{"uk", "половиною голосів", []string{`count "половиною" 0.5 spelled`}},
		{"uk", "у половині", []string{`count "половині" 0.5 spelled`}},
		{"uk", "половинчастий", nil},
		{"he", "מחצית הקולות", []string{`count "מחצית" 0.5 spelled`}},
		{"he", "חצי גמר", nil},
		{"sk", "polovica ľudí", []string{`count "polovica" 0.5 spelled`}},
		{"sk", "polovicu času", []string{`count "polovicu" 0.5 spelled`}},
		{"sk", "polovice roka", []string{`count "polovice" 0.5 spelled`}},
		{"sl", "polovica ljudi", []string{`count "polovica" 0.5 spelled`}},
		{"sl", "polovico časa", []string{`count "polovico" 0.5 spelled`}},
		{"sl", "polovice leta", []string{`count "polovice" 0.5 spelled`}},
		{"hr", "polovina ljudi", []string{`count "polovina" 0.5 spelled`}},
		{"hr", "polovinu vremena", []string{`count "polovinu" 0.5 spelled`}},
		{"hr", "polovine godine", []string{`count "polovine" 0.5 spelled`}},
		{"sr", "polovina ljudi", []string{`count "polovina" 0.5 spelled`}},
		{"sr", "polovinu vremena", []string{`count "polovinu" 0.5 spelled`}},
		{"sr", "polovine godine", []string{`count "polovine" 0.5 spelled`}},
		{"bg", "половина от хората", []string{`count "половина" 0.5 spelled`}},
		{"bg", "половината време", []string{`count "половината" 0.5 spelled`}},
		{"en", "one and a half years", []string{`count "one and a half" 1.5 spelled`}},
		{"en", "one and all", nil},
		// A lone 一 is "a", as "one" is; in longer numbers and months it counts.
		{"zh", "我们一起去", nil},
		{"zh", "一个人", nil},
		{"zh", "十一个人", []string{`count "十一" 11 spelled`}},
		{"zh", "一百人", []string{`count "一百" 100 spelled`}},
		{"zh", "一月", []string{`month "一月" 1 spelled`}},
		{"ja", "一緒に", nil},
		// Whole scale words glued after a currency amount.
		{"en", "for £5million", []string{`money "£5million" 5e+06 cur=GBP`}},
		{"en", "for $2billion", []string{`money "$2billion" 2e+09 cur=USD`}},
		{"en", "version 5million", []string{`count "5million" 5`}},
		// A space between the number and a myriad scale.
		{"zh", "1.92 亿元", []string{`money "1.92 亿元" 1.92e+08 dec=2 cur=CNY`}},
		{"zh", "3 万人", []string{`count "3 万" 30000`}},
		{"zh", "3 萬人", []string{`count "3 萬" 30000`}},
		{"zh", "2 億人", []string{`count "2 億" 2e+08`}},
		{"zh", "3 千人", []string{`count "3" 3`}},
		{"zh-Hant", "1.5 億元", []string{`money "1.5 億元" 1.5e+08 dec=1 cur=TWD`}},
		{"zh-Hant", "3 萬人", []string{`count "3 萬" 30000`}},
		{"ja", "2 万人", []string{`count "2 万" 20000`}},
		{"ja", "3 億円", []string{`money "3 億円" 3e+08 cur=JPY`}},
		{"ko", "3 만 명", []string{`count "3 만" 30000`}},
		{"ko", "5 억 원", []string{`money "5 억 원" 5e+08 cur=KRW`}},
		{"ko", "3 명", []string{`count "3" 3`}},
	})
}

// TestCenturiesAndApproximations reads the century words of the languages
// added after the first sixteen next to Roman numerals, CJK approximate
// numbers (两三, 八九十) as ranges, and CJK decades of a century as years.
func TestCenturiesAndApproximations(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"uk", "у XIX столітті", []string{`count "XIX" 19 spelled`}},
		{"uk", "XX сторіччя", []string{`count "XX" 20 spelled`}},
		{"uk", "XIX", nil},
		{"sk", "v XIX. storočí", []string{`count "XIX" 19 spelled`}},
		{"sl", "v XIX. stoletju", []string{`count "XIX" 19 spelled`}},
		{"hr", "u XIX. stoljeću", []string{`count "XIX" 19 spelled`}},
		{"sr", "u XIX veku", []string{`count "XIX" 19 spelled`}},
		{"sr", "u XIX vijeku", []string{`count "XIX" 19 spelled`}},
		{"sr", "у XIX веку", []string{`count "XIX" 19 spelled`}},
		{"bg", "през XIX век", []string{`count "XIX" 19 spelled`}},
		// Approximate numbers: two neighbouring digits.
		{"zh", "等了两三天", []string{`count "两三" 2 range=1 spelled`, `count "两三" 3 range=2 spelled`}},
		{"zh", "一两年", []string{`count "一两" 1 range=1 spelled`, `count "一两" 2 range=2 spelled`}},
		{"zh", "三四百人", []string{`count "三四百" 300 range=1 spelled`, `count "三四百" 400 range=2 spelled`}},
		{"zh", "一万六七千元", []string{`count "一万六七千" 16000 range=1 spelled`, `count "一万六七千" 17000 range=2 spelled`}},
		{"zh", "百分之三四十", []string{`percent "三四十" 30 range=1 spelled`, `percent "三四十" 40 range=2 spelled`}},
		{"zh", "一九八九", []string{`count "一九八九" 1989 spelled`}},
		{"zh", "二〇二三", []string{`count "二〇二三" 2023 spelled`}},
		{"zh", "三五天", []string{`count "三五" 35 spelled`}},
		{"ja", "二三日", []string{`count "二三" 2 range=1 spelled`, `count "二三" 3 range=2 spelled`}},
		// Decades of a century.
		{"zh", "19世纪八九十年代", []string{`year "19世纪八九十年代" 1880 range=1 spelled`, `year "19世纪八九十年代" 1890 range=2 spelled`}},
		{"zh", "19世纪80年代", []string{`year "19世纪80年代" 1880 spelled`}},
		{"zh", "二十世纪九十年代", []string{`year "二十世纪九十年代" 1990 spelled`}},
		{"zh", "八十年代", []string{`count "八十" 80 spelled`}},
		{"zh", "19世纪的八十年代", []string{`count "19" 19`, `count "八十" 80 spelled`}},
		{"zh-Hant", "19世紀八十年代", []string{`year "19世紀八十年代" 1880 spelled`}},
		{"ja", "19世紀80年代", []string{`year "19世紀80年代" 1880 spelled`}},
	})
}

// TestRangesAndCompounds reads Hebrew range words, CJK compounds closed by
// plain units, CJK approximations written with a comma, a range after a
// percent sign, and the entries added to en (bln) and uk (grouping dot).
func TestRangesAndCompounds(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"he", "בין 50 ל־150 אלף", []string{`count "50" 50000 range=1`, `count "150 אלף" 150000 range=2`}},
		{"he", "בין 5 ל-7 מיליון", []string{`count "5" 5e+06 range=1`, `count "7 מיליון" 7e+06 range=2`}},
		{"he", "20 עד 30 אלף", []string{`count "20" 20000 range=1`, `count "30 אלף" 30000 range=2`}},
		{"he", "עד היום, בין השאר", nil},
		{"ja", "６万２千９８５人", []string{`count "６万２千９８５" 62985`}},
		{"ja", "1万2000人", []string{`count "1万2000" 12000`}},
		{"zh", "1万 2000人", []string{`count "1万" 10000`, `year "2000" 2000`}},
		{"ja", "１，２秒", []string{`count "１，２" 1 range=1`, `count "１，２" 2 range=2`}},
		{"ja", "１，０００人", []string{`count "１，０００" 1000 alt=1`}},
		{"ja", "３，５", []string{`count "３，５" 3.5 dec=1 foreign`}},
		{"en", "rates of 5%-7%", []string{`percent "5%" 5 range=1`, `percent "7%" 7 range=2`}},
		{"en", "a change of -7%", []string{`percent "-7%" -7`}},
		{"en", "228 bln rubles", []string{`money "228 bln rubles" 2.28e+11 cur=RUB`}},
		{"uk", "понад 20.000 абонентів", []string{`count "20.000" 20000 alt=20`}},
		{"uk", "3.5 км", []string{`count "3.5 км" 3.5 dec=1 unit=km foreign`}},
	})
}

// TestScaleInfix reads "more than" between a number and a myriad scale.
func TestScaleInfix(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"zh", "尚有500余万的缺口", []string{`count "500余万" 5e+06`}},
		{"zh", "20多万人", []string{`count "20多万" 200000`}},
		{"zh", "20多年来", []string{`count "20" 20`}},
		{"zh-Hant", "500餘萬人", []string{`count "500餘萬" 5e+06`}},
		{"zh-Hant", "20多萬人", []string{`count "20多萬" 200000`}},
		{"ja", "500余万人", []string{`count "500余万" 5e+06`}},
		{"ja", "20余年", []string{`count "20" 20`}},
	})
}
