package quantity

import "testing"

// TestLexiconBeyondSixteen reads the lexicon entries of the languages
// added after the first sixteen (uk, he, sk, sl, hr, sr, bg), each firing
// after a number and quiet without one, an ordinal's ending after a
// hyphen, the words left out of Hebrew's
// number words, the words for half, whole scale words glued to money, and
// the CJK scales a space may separate from the number; a lone 一 is not
// read, as "one" is not.
func TestLexiconBeyondSixteen(t *testing.T) {
	runExtractCases(t, []extractCase{
		// uk: CLDR forms and the lexicon's other cases.
		{"uk", "прийшло 17 тисяч людей", []string{`count "17 тисяч" 17000`}},
		// An ordinal's ending after a hyphen is no unit: на 4-м этаже is
		// the fourth floor, not 4 m.
		{"ru", "на 4-м этаже", []string{`count "4" 4`}},
		{"ru", "высотой 4 м", []string{`count "4 м" 4 unit=m`}},
		{"uk", "на 4-му поверсі", []string{`count "4" 4`}},
		{"bg", "на 4-ти етаж", []string{`count "4" 4`}},
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
		{"he", "החזרי מס של 3.6 מילארד שקלים", []string{`money "3.6 מילארד שקלים" 3.6e+09 dec=1 cur=ILS`}},
		{"he", "2 מליון איש", []string{`count "2 מליון" 2e+06`}},
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
		// A numeral of one character counts before a counter; before
		// another character it is part of a word.
		{"zh", "三个人", []string{`count "三" 3 spelled`}},
		{"zh", "五年前", []string{`count "五" 5 spelled`}},
		{"zh", "第三方", []string{`count "三" 3 spelled`}},
		{"zh", "十分钟", []string{`count "十" 10 spelled`}},
		{"zh", "二十大", []string{`count "二十" 20 spelled`}},
		{"zh", "四川省", nil},
		{"zh", "三星电子", nil},
		{"zh", "二进制位", nil},
		{"zh", "签署三边协议", nil},
		{"zh", "十分重要", nil},
		{"zh", "万一出事", nil},
		{"zh", "红十字会", nil},
		{"zh", "七上八下", nil},
		{"zh", "三。", []string{`count "三" 3 spelled`}},
		{"zh-Hant", "三個人", []string{`count "三" 3 spelled`}},
		{"zh-Hant", "二進制", nil},
		{"ja", "三人が", []string{`count "三" 3 spelled`}},
		{"ja", "二つの", []string{`count "二" 2 spelled`}},
		{"ja", "三キロ", []string{`count "三" 3 spelled`}},
		{"ja", "九州地方", nil},
		{"ja", "３個入り千円で販売", []string{`count "３" 3`, `count "千" 1000 spelled`}},
		{"ja", "千葉県の百合", nil},
		{"ja", "昨年9/22(水)にリリース", []string{`date "9/22" 9`}},
		{"ja", "784人（2/6現在）", []string{`count "784" 784`, `date "2/6" 2`}},
		{"ja", "確率は1/2です", []string{`count "1/2" 0.5 dec=1 fraction`}},
		{"zh", "千元一张", []string{`count "千" 1000 spelled`}},
		{"zh", "数千元", nil},
		// Hebrew: half before a currency, the article glued to a number.
		{"he", "הפחתה של חצי שקל", []string{`money "חצי שקל" 0.5 cur=ILS spelled`}},
		{"he", "חצי גמר", nil},
		{"he", "בשנה הרביעית ללימודי", []string{`count "הרביעית" 4 spelled`}},
		{"he", "המאה העשרים", []string{`count "העשרים" 20 spelled`}},
		{"he", "מחיר 10 ש\"ח", []string{`money "10 ש\"ח" 10 cur=ILS`}},
		// A range whose first bound shares the second's thousands.
		{"ru", "примерно 12-15 000 медведей", []string{`count "12" 12000 range=1`, `count "15 000" 15000 range=2`}},
		{"en", "between 12–15,000 bears", []string{`count "12" 12000 range=1`, `count "15,000" 15000 alt=15 range=2`}},
		{"ru", "от 5 до 10 000 рублей", []string{`money "5" 5 cur=RUB range=1`, `money "10 000 рублей" 10000 cur=RUB range=2`}},
		{"en", "from 20-15,000", []string{`count "20" 20 range=1`, `count "15,000" 15000 alt=15 range=2`}},
		// Text that spaces its digits from the characters after them.
		{"zh", "于 5 月被传讯", []string{`month "5 月" 5`}},
		{"zh", "中午 12 点 15 分", []string{`time "12 点 15 分" 12`}},
		{"zh", "8 点到达", []string{`count "8" 8`}},
		// Words that name an hour of the day.
		{"en", "between noon and midnight, not in the afternoon", []string{`time "noon" 12 spelled`, `time "midnight" 0 spelled`}},
		{"ru", "после полуночи", []string{`time "полуночи" 0 spelled`}},
		// After a word that is no numeral a lone 百 or 千 counts; before a
		// myriad it scales it.
		{"zh", "香港百人考察团", []string{`count "百" 100 spelled`}},
		{"zh", "上千人参加", []string{`count "千" 1000 spelled`}},
		{"zh", "股价蒸发千亿美元", []string{`count "千亿" 1e+11 spelled`}},
		{"ja", "千億円の投資", []string{`count "千億" 1e+11 spelled`}},
		{"zh", "老百姓和千万不要", nil},
		{"ja", "１度も貰ったことがない", []string{`count "１" 1`}},
		{"ja", "２度目の挑戦", []string{`count "２" 2`}},
		{"ja", "気温は30度まで上がった", []string{`count "30度" 30 unit=°`}},
		{"ja", "三菱商事", nil},
		{"ja", "十分な", nil},
		// Languages added with CLDR's tables and a lexicon of their own.
		{"ar", "نحو 24 ألف عامل", []string{`count "24 ألف" 24000`}},
		{"ar", "5.1 مليار دولار", []string{`money "5.1 مليار دولار" 5.1e+09 dec=1 cur=USD`}},
		{"ar", "ألف ليلة وليلة", []string{`count "ألف" 1000 spelled`}},
		{"ar", "في الألفية الجديدة", nil},
		{"tr", "24 bin işçi", []string{`count "24 bin" 24000`}},
		{"tr", "yüzde 12 düşüş", []string{`percent "yüzde 12" 12`}},
		{"tr", "2 milyar dolar", []string{`money "2 milyar dolar" 2e+09 cur=USD`}},
		{"tr", "bin kişi", []string{`count "bin" 1000 spelled`}},
		{"tr", "Binance borsası", nil},
		{"nl", "5,1 miljard dollar", []string{`money "5,1 miljard dollar" 5.1e+09 dec=1 cur=USD`}},
		{"nl", "12 procent minder", []string{`percent "12 procent" 12`}},
		{"sv", "5,1 miljarder dollar", []string{`money "5,1 miljarder dollar" 5.1e+09 dec=1 cur=USD`}},
		{"da", "2 milliarder kroner", []string{`money "2 milliarder kroner" 2e+09 cur=DKK`}},
		{"nb", "2 milliarder kroner", []string{`money "2 milliarder kroner" 2e+09 cur=NOK`}},
		{"ro", "24 de mii de muncitori", []string{`count "24 de mii" 24000`}},
		{"ro", "12 la sută", []string{`percent "12 la sută" 12`}},
		{"hu", "24 ezer dolgozó", []string{`count "24 ezer" 24000`}},
		{"vi", "5,1 tỷ USD", []string{`money "5,1 tỷ USD" 5.1e+09 dec=1 cur=USD`}},
		{"vi", "24 nghìn công nhân", []string{`count "24 nghìn" 24000`}},
		// A currency code glued to the amount; telephone numbers.
		{"en", "JPY1,089 with tax", []string{`money "JPY1,089" 1089 cur=JPY alt=1.089`}},
		{"en", "for USD5 only", []string{`money "USD5" 5 cur=USD`}},
		{"en", "the A320 and XUSD5", []string{`identifier "A320" 320`, `identifier "XUSD5" 5`}},
		{"en", "call 0198-62-1333.", []string{`identifier "0198-62-1333" 198`}},
		{"en", "on 2023-01-05.", []string{`date "2023-01-05" 2023`}},
		// A dash after the comma of prose is a sign: "，-1" folds to ",-1".
		{"zh", "文件，-1 库文件", []string{`count "-1" -1`}},
		{"en", "5,-7", []string{`count "5" 5`, `count "7" 7`}},
		// Half and one and a half, spelled.
		{"zh", "一半的人", []string{`count "一半" 0.5 spelled`}},
		{"zh", "半数以上", []string{`count "半数" 0.5 spelled`}},
		{"zh", "半岛", nil},
		{"zh", "比前一年增加近半", []string{`count "近半" 0.5 spelled`}},
		{"zh", "过半受访者", []string{`count "过半" 0.5 spelled`}},
		{"zh", "近半年来", nil}, // the half is the year's: 近半年, nearly half a year
		// Ukrainian adjectives of a number and a span, from the genitive.
		{"uk", "десятимісячне кошеня", []string{`count "десятимісячне" 10 spelled`}},
		{"uk", "п'ятирічний план", []string{`count "п'ятирічний" 5 spelled`}},
		{"uk", "дворічний план", []string{`count "дворічний" 2 spelled`}},
		{"uk", "двох років", []string{`count "двох" 2 spelled`}},
		{"uk", "п'ятниця", nil}, // an apostrophe inside a word that is no number's
		{"zh-Hant", "過半受訪者", []string{`count "過半" 0.5 spelled`}},
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
		{"de", "im 19. Jahrhundert", []string{`count "19" 19 century`}},
		{"en", "the 19th century, and 19 centuries", []string{`count "19th" 19 century`, `count "19" 19`}},
		{"es", "en el siglo 19", []string{`count "19" 19 century`}},
		{"uk", "у XIX столітті", []string{`count "XIX" 19 spelled century`}},
		{"uk", "XX сторіччя", []string{`count "XX" 20 spelled century`}},
		{"uk", "XIX", nil},
		{"sk", "v XIX. storočí", []string{`count "XIX" 19 spelled century`}},
		{"sl", "v XIX. stoletju", []string{`count "XIX" 19 spelled century`}},
		{"hr", "u XIX. stoljeću", []string{`count "XIX" 19 spelled century`}},
		{"sr", "u XIX veku", []string{`count "XIX" 19 spelled century`}},
		{"sr", "u XIX vijeku", []string{`count "XIX" 19 spelled century`}},
		{"sr", "у XIX веку", []string{`count "XIX" 19 spelled century`}},
		{"bg", "през XIX век", []string{`count "XIX" 19 spelled century`}},
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

// TestCompoundScalesAndHalves reads the scale words made of two (Hindi,
// Urdu and Indian English lakh crore and thousand crore) and one and a
// half in the forms Russian and Ukrainian write before a scale word
// (полутора миллионов, півтора мільйона); a lone lakh or crore keeps its
// own value.
func TestCompoundScalesAndHalves(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"hi", "सरकार 1.5 लाख करोड़ रुपये खर्च करेगी", []string{`money "1.5 लाख करोड़ रुपये" 1.5e+12 dec=1 cur=INR`}},
		{"hi", "50 हज़ार करोड़ का निवेश", []string{`count "50 हज़ार करोड़" 5e+11`}},
		{"hi", "50 हजार करोड का निवेश", []string{`count "50 हजार करोड" 5e+11`}},
		{"hi", "12 लाख लोग", []string{`count "12 लाख" 1.2e+06`}},
		{"hi", "2.5 करोड़ लोग", []string{`count "2.5 करोड़" 2.5e+07 dec=1`}},
		{"ur", "حکومت 2 لاکھ کروڑ روپے خرچ کرے گی", []string{`money "2 لاکھ کروڑ روپے" 2e+12 cur=INR`}},
		{"en", "a plan of Rs 2 lakh crore", []string{`money "Rs 2 lakh crore" 2e+12 cur=INR`}},
		{"en", "1.2 lakh people", []string{`count "1.2 lakh" 120000 dec=1`}},
		{"ru", "около полутора миллионов человек", []string{`count "полутора миллионов" 1.5e+06 spelled`}},
		{"uk", "близько півтора мільйона людей", []string{`count "півтора мільйона" 1.5e+06 spelled`}},
		{"uk", "за півтори години", []string{`count "півтори" 1.5 spelled`}},
	})
}

// TestTurkishThousandsDeclined reads bin (thousand) with a case ending
// as a scale word, and leaves bina (building) alone.
func TestTurkishThousandsDeclined(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"tr", "depremde 50 binden fazla kişi öldü", []string{`count "50 binden" 50000`}},
		{"tr", "20 bini aşkın asker", []string{`count "20 bini" 20000`}},
		{"tr", "5 binlik kalabalık", []string{`count "5 binlik" 5000`}},
		{"tr", "3 bina yıkıldı", []string{`count "3" 3`}},
		{"tr", "12 milyondan fazla", []string{`count "12 milyondan" 1.2e+07`}},
	})
}

// TestTenthsBeforeNouns reads 成 and 割 as tenths before a noun they do
// not open (三成受访者, 30 % of those asked), and leaves the words they
// open alone (成本, 成员, 成立).
func TestTenthsBeforeNouns(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"zh", "近三成受访者表示", []string{`percent "三成" 30 spelled`}},
		{"zh", "七成企业盈利", []string{`percent "七成" 70 spelled`}},
		{"zh", "三成左右", []string{`percent "三成" 30 spelled`}},
		{"zh", "欧盟27成员国", []string{`count "27" 27`}},
		{"zh", "降低3成本", []string{`count "3" 3`}},
		{"ja", "5割の企業", []string{`percent "5割" 50`}},
	})
}

// TestBuddhistEraYears reads a Thai year of the Buddhist Era as the
// western year, and leaves a grouped number a count.
func TestBuddhistEraYears(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"th", "ในวันที่ 1 มกราคม 2568", []string{`count "1" 1`, `month "มกราคม" 1`, `year "2568" 2025`}},
		{"th", "พนักงาน 2,568 คน", []string{`count "2,568" 2568 alt=2.568`}},
		{"th", "ในปี 2025", []string{`year "2025" 2025`}},
	})
}

// TestFractionsWithNumerator reads two thirds and three quarters in
// Russian and Ukrainian as their value, not as the fraction word alone.
func TestFractionsWithNumerator(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ru", "две трети избирателей", []string{`count "две трети" 0.6666666666666666 spelled`}},
		{"ru", "более двух третей избирателей", []string{`count "двух третей" 0.6666666666666666 spelled`}},
		{"ru", "три четверти избирателей", []string{`count "три четверти" 0.75 spelled`}},
		{"ru", "треть избирателей", []string{`count "треть" 0.3333333333333333 spelled`}},
		{"uk", "три чверті виборців", []string{`count "три чверті" 0.75 spelled`}},
	})
}

// TestLexiconCaseForms reads scale words in the case forms CLDR lacks:
// Estonian endings on every scale word, the Arabic accusative with its
// alif, each quiet without a number before it.
func TestLexiconCaseForms(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"et", "langes 1,37 miljonini", []string{`count "1,37 miljonini" 1.37e+06 dec=2`}},
		{"et", "üle 20 tuhande euro", []string{`money "20 tuhande euro" 20000 cur=EUR`}},
		{"et", "5 miljardi võrra", []string{`count "5 miljardi" 5e+09`}},
		{"et", "tuhandeid inimesi tuli", nil},
		{"ar", "أكثر من 60 ألفاً", []string{`count "60 ألفاً" 60000`}},
		{"ar", "أكثر من 60 ألفًا", []string{`count "60 ألفًا" 60000`}},
		{"ar", "نحو 3 ملياراً", []string{`count "3 ملياراً" 3e+09`}},
		{"ar", "ألفاً من الناس", nil},
		{"el", "βοήθεια 50,9 δισεκατομμυρίων ρεάλ", []string{`count "50,9 δισεκατομμυρίων" 5.09e+10 dec=1`}},
		{"el", "πάνω από 20 χιλιάδων ανθρώπων", []string{`count "20 χιλιάδων" 20000`}},
		{"el", "δεκάδες εκατομμυρίων ανθρώπων", nil},
	})
}

// TestOneOfAScale reads "one" before a scale word as a number in the
// languages whose word for it is also an article, quiet where the
// article stands alone.
func TestOneOfAScale(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"fa", "دلار به یک میلیون ریال رسید", []string{`count "یک میلیون" 1e+06 spelled`}},
		{"de", "eine Million Menschen", []string{`count "eine Million" 1e+06 spelled`}},
		{"de", "mit einer Milliarde Euro", []string{`money "einer Milliarde Euro" 1e+09 cur=EUR spelled`}},
		{"de", "eine Stadt", nil},
		{"fr", "un million de personnes", []string{`count "un million" 1e+06 spelled`}},
		{"es", "un millón de personas", []string{`count "un millón" 1e+06 spelled`}},
		{"it", "un miliardo di euro", []string{`count "un miliardo" 1e+09 spelled`}},
		{"tr", "bir milyon kişi", []string{`count "bir milyon" 1e+06 spelled`}},
		{"tr", "bir kişi", nil},
	})
}

// TestHourAlone reads an hour without minutes as a time of day after a
// clock-before word (French à), its hour word glued or spaced; a
// duration stays a count.
func TestHourAlone(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"fr", "ont fermé à 20 h, heure locale", []string{`time "20 h" 20`}},
		{"fr", "ont fermé à 8h.", []string{`time "8h" 8`}},
		{"fr", "à 20 heures", []string{`time "20 heures" 20`}},
		{"fr", "pendant 24 h", []string{`count "24" 24`}},
		{"fr", "à 48 h du scrutin", []string{`count "48" 48`}},
		{"vi", "lúc 14 giờ", []string{`time "14 giờ" 14`}},
	})
}
