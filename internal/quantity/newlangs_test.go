package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

// TestLexiconNewLocales reads the languages added with their CLDR tables
// (fa, ur, th, ca, lt, lv, et, ms, ka): scale words in CLDR's forms and
// the lexicon's other cases, firing after a number and quiet without one;
// the Arabic decimal and thousands separators in any language; and scale
// words glued to the next word in Thai, which writes no spaces.
func TestLexiconNewLocales(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"fa", "۳٫۲ میلیارد دلار", []string{`money "۳٫۲ میلیارد دلار" 3.2e+09 dec=1 cur=USD`}},
		{"fa", "۱٫۵ درصد", []string{`percent "۱٫۵ درصد" 1.5 dec=1`}},
		{"fa", "میلیاردها دلار", nil},
		{"ar", "٣٫٢ مليار دولار", []string{`money "٣٫٢ مليار دولار" 3.2e+09 dec=1 cur=USD`}},
		{"ar", "١٢٬٥٠٠ شخص", []string{`count "١٢٬٥٠٠" 12500`}},
		{"ur", "3.2 ارب ڈالر", []string{`money "3.2 ارب ڈالر" 3.2e+09 dec=1 cur=USD`}},
		{"ur", "2 لاکھ", []string{`count "2 لاکھ" 200000`}},
		{"th", "3,200 ล้านดอลลาร์", []string{`money "3,200 ล้านดอลลาร์" 3.2e+09 cur=USD alt=3.2e+06`}},
		{"th", "5 หมื่นคน", []string{`count "5 หมื่น" 50000`}},
		{"th", "1.5 เปอร์เซ็นต์", []string{`percent "1.5 เปอร์เซ็นต์" 1.5 dec=1`}},
		{"th", "ล้านคน", nil},
		{"th", "เวลา 14.30 น. ที่", []string{`time "14.30 น." 14.3 dec=2`}},
		{"vi", "lúc 14 giờ 30 tại", []string{`time "14 giờ 30" 14`}},
		{"vi", "trong 14 giờ 30 phút", []string{`count "14" 14`, `count "30" 30`}},
		{"vi", "trong hai năm tới", []string{`count "hai" 2 spelled`}},
		{"vi", "vào tháng Ba năm 2025", []string{`month "tháng Ba" 3`, `year "2025" 2025`}},
		{"vi", "lúc 14 giờ 75", []string{`count "14" 14`, `count "75" 75`}},
		{"fr", "à 14 h 05 hier", []string{`time "14 h 05" 14`}},
		{"ca", "3.200 milions de dòlars", []string{`money "3.200 milions de dòlars" 3.2e+09 cur=USD alt=3.2e+06`}},
		{"ca", "uns 1.200 llocs", []string{`count "1.200" 1200 alt=1.2`}},
		{"ca", "milions de persones", nil},
		{"lt", "3,2 mlrd. dolerių", []string{`money "3,2 mlrd. dolerių" 3.2e+09 dec=1 cur=USD`}},
		{"lt", "17 tūkst gyventojų", []string{`count "17 tūkst" 17000`}},
		{"lt", "pakilo 1,5 proc. iki 415 dolerių", []string{`percent "1,5 proc." 1.5 dec=1`, `money "415 dolerių" 415 cur=USD`}},
		{"lt", "nuo 5 iki 10 tūkst", []string{`count "5" 5000 range=1`, `count "10 tūkst" 10000 range=2`}},
		{"lv", "3,2 miljardus dolāru", []string{`money "3,2 miljardus dolāru" 3.2e+09 dec=1 cur=USD`}},
		{"lv", "5 miljonu", []string{`count "5 miljonu" 5e+06`}},
		{"lv", "miljardiem eiro", nil},
		{"et", "3,2 miljardit dollarit", []string{`money "3,2 miljardit dollarit" 3.2e+09 dec=1 cur=USD`}},
		{"ms", "AS$3.2 bilion", []string{`money "$3.2 bilion" 3.2e+09 dec=1 cur=USD`}},
		{"ms", "2 juta orang", []string{`count "2 juta" 2e+06`}},
		{"ka", "3,2 მილიარდ დოლარს", []string{`money "3,2 მილიარდ დოლარს" 3.2e+09 dec=1 cur=USD`}},
		{"ka", "მილიონობით ადამიანი", nil},
		// Months as "in March" says them, which CLDR lacks.
		{"uk", "у березні 2025 року", []string{`month "березні" 3`, `year "2025" 2025`}},
		{"el", "τον Μάρτιο του 2025", []string{`month "Μάρτιο" 3`, `year "2025" 2025`}},
		{"lv", "2025. gada martā", []string{`year "2025" 2025`, `month "martā" 3`}},
		{"fi", "maaliskuussa 2025", []string{`month "maaliskuussa" 3`, `year "2025" 2025`}},
		{"hu", "2025 márciusban", []string{`year "2025" 2025`, `month "márciusban" 3`}},
		{"sk", "v marci 2025", []string{`month "marci" 3`, `year "2025" 2025`}},
		{"hr", "u ožujku 2025.", []string{`month "ožujku" 3`, `year "2025" 2025`}},
		{"sl", "v marcu 2025", []string{`month "marcu" 3`, `year "2025" 2025`}},
		{"tr", "nisan ayında açılacak", []string{`month "nisan ayında" 4`}},
		{"tr", "aralık yok", nil}, // interval, no December
		{"he", "ייפתח באפריל", []string{`month "באפריל" 4`}},
		{"he", "הבמאי אמר", nil}, // the director, no May
		{"et", "avatakse aprillis", []string{`month "aprillis" 4`}},
		{"ka", "აპრილში გაიხსნება", []string{`month "აპრილში" 4`}},
		{"th", "ในเดือนเมษายน", []string{`month "เมษายน" 4`}},
		{"th", "สามารถทำได้", nil}, // สาม (three) opens สามารถ (can)
		{"th", "มี สาม คน", []string{`count "สาม" 3 spelled`}},
	})
}

// TestDigitsLike: a fix's digits and separators as the target writes them.
func TestDigitsLike(t *testing.T) {
	for _, c := range []struct{ s, written, want string }{
		{"3.2", "۲٫۳", "۳٫۲"},
		{"1,200", "۲٬۳۰۰", "۱٬۲۰۰"},
		{"3.2", "۲.۳", "۳.۲"}, // Persian digits with a full stop: kept
		{"1.5", "१.६", "१.५"},
		{"3.2", "2.3", "3.2"},
		{"12", "１３", "１２"},
	} {
		if got := DigitsLike(c.s, c.written); got != c.want {
			t.Errorf("DigitsLike(%q, %q) = %q; want %q", c.s, c.written, got, c.want)
		}
	}
}

// TestScaleWordLike: the scale word a fix writes keeps the case ending and
// the abbreviation of the one it replaces, prefers CLDR's spelling to the
// lexicon's reading variants, and counts three letters of an alphabet, not
// of another script, as an abbreviation.
func TestScaleWordLike(t *testing.T) {
	for _, c := range []struct {
		lang, written string
		mult          float64
		want          string
	}{
		{"de", "Billionen", 1e9, "Milliarden"},
		{"de", "Mio.", 1e9, "Mrd."},
		{"lv", "miljonus", 1e9, "miljardus"},
		{"ka", "მილიონ", 1e9, "მილიარდ"},
		{"ar", "مليون", 1e9, "مليار"},
		{"hi", "करोड़", 1e9, "अरब"},
		{"pl", "mln", 1e9, "mld"},
		{"ru", "трлн", 1e9, "млрд"},
		{"uk", "трлн", 1e9, "млрд"},
		{"ru", "триллиона", 1e9, "миллиарда"},
		{"ja", "万", 1e8, "億"},
		// A form whose case or number no other word's form here keeps:
		// no word (a fix would break the grammar).
		{"az", "milyardı", 1e6, ""},  // the ending's vowel follows the stem's
		{"tr", "milyara", 1e6, ""},   // milyona is right, but harmony is not worked out
		{"tr", "milyonda", 1e9, ""},  // milyarda: the same
		{"kk", "миллионға", 1e9, ""}, // миллиардқа
		{"is", "milljónum", 1e9, "milljörðum"},
		{"is", "milljóna", 1e9, "milljarða"},
		{"sq", "milionë", 1e9, "miliardë"},
		{"be", "тысяч", 1e6, ""},
		{"ru", "тысячи", 1e6, ""}, // миллиона? the ending says nothing
		{"fil", "libong", 1e6, "milyong"},
	} {
		if got := ScaleWordLike(c.mult, c.written, language.MustParse(c.lang)); got != c.want {
			t.Errorf("ScaleWordLike(%g, %q, %s) = %q; want %q", c.mult, c.written, c.lang, got, c.want)
		}
	}
}

// TestLexiconTwentyFirstSessionLocales reads the languages added with
// their CLDR tables after the first forty-five (mr ne kk az uz mk sq is
// fil hy be mn km am): scale words in CLDR's forms and in the cases and
// spellings the lexicons add, percent and currency words, firing after a
// number and quiet without one; and a scale word of one letter and a dot
// ("м.", a thousand in Kazakh) read only beside money, as it is a metre
// too.
func TestLexiconTwentyFirstSessionLocales(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"kk", "20 миллионға жуық", []string{`count "20 миллионға" 2e+07`}},
		{"kk", "8,5 пайызға", []string{`percent "8,5 пайызға" 8.5 dec=1`}},
		{"kk", "миллиондаған адам", nil},
		{"kk", "биіктігі 100 м.", []string{`count "100 м" 100 unit=m`}},
		{"az", "10 milyonu keçib", []string{`count "10 milyonu" 1e+07`}},
		{"az", "1,1 faiz", []string{`percent "1,1 faiz" 1.1 dec=1`}},
		{"uz", "24 milliard dollarga", []string{`money "24 milliard dollarga" 2.4e+10 cur=USD`}},
		{"mk", "5 милиони евра", []string{`money "5 милиони евра" 5e+06 cur=EUR`}},
		{"sq", "2,8 milionë njerëz", []string{`count "2,8 milionë" 2.8e+06 dec=1`}},
		{"sq", "5 për qind", []string{`percent "5 për qind" 5`}},
		{"is", "5 milljörðum króna", []string{`money "5 milljörðum króna" 5e+09 cur=ISK`}},
		{"is", "380 þúsund manns", []string{`count "380 þúsund" 380000`}},
		{"fil", "115 milyong tao", []string{`count "115 milyong" 1.15e+08`}},
		{"fil", "3.9 porsiyento", []string{`percent "3.9 porsiyento" 3.9 dec=1`}},
		{"hy", "400 միլիարդ դրամի", []string{`money "400 միլիարդ դրամի" 4e+11 cur=AMD`}},
		{"be", "2 мільёнаў чалавек", []string{`count "2 мільёнаў" 2e+06`}},
		{"mn", "3 тэрбум долларын", []string{`money "3 тэрбум долларын" 3e+09 cur=USD`}},
		{"km", "200 លានដុល្លារ", []string{`money "200 លានដុល្លារ" 2e+08 cur=USD`}},
		{"am", "30 በመቶ", []string{`percent "30 በመቶ" 30`}},
		{"mr", "१,५०० कोटी रुपये", []string{`money "१,५०० कोटी रुपये" 1.5e+10 cur=INR alt=1.5e+07`}},
		{"ne", "३० लाख मानिस", []string{`count "३० लाख" 3e+06`}},
		{"ne", "१ अर्ब ७६ करोड", []string{`count "१ अर्ब ७६ करोड" 1.76e+09`}},
		{"ne", "करोडौं रुपैयाँ", nil},
	})
}

// TestLevantineMonths reads the months as Syria, Lebanon, Jordan, Iraq
// and Palestine name them beside CLDR's, and "الثاني" of كانون الثاني as
// no number; نيسان (also Nissan) and آب (also a father) only beside a
// number.
func TestLevantineMonths(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ar", "في حزيران 2025", []string{`month "حزيران" 6`, `year "2025" 2025`}},
		{"ar", "15 كانون الثاني/يناير 2025", []string{`count "15" 15`, `month "كانون الثاني" 1`, `month "يناير" 1`, `year "2025" 2025`}},
		{"ar", "في تشرين الأول", []string{`month "تشرين الأول" 10`}},
		{"ar", "في 15 نيسان", []string{`count "15" 15`, `month "نيسان" 4`}},
		{"ar", "سيارة نيسان الجديدة", nil},
		{"ar", "قال آب", nil},
	})
}

// TestHourParts reads a time of day said as a part of an hour beside it
// (lexicon hour-part): toward the next hour in German, Czech, Polish and
// Hungarian (halb neun is 8:30), past or before it in English; "halb"
// without an hour is a half still.
func TestHourParts(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"de", "um halb neun", []string{`time "halb neun" 8.5 spelled`}},
		{"de", "um halb 9", []string{`time "halb 9" 8.5 spelled`}},
		{"de", "um Viertel vor neun", []string{`time "Viertel vor neun" 8.75 spelled`}},
		{"cs", "ve čtvrt na devět", []string{`time "čtvrt na devět" 8.25 spelled`}},
		{"pl", "o wpół do ósmej", []string{`time "wpół do ósmej" 7.5 spelled`}},
		{"hu", "fél nyolc", []string{`time "fél nyolc" 7.5 spelled`}},
		{"en", "at half past eight", []string{`time "half past eight" 8.5 spelled`}},
		{"en", "at a quarter to nine", []string{`time "a quarter to nine" 8.75 spelled`}},
		{"de", "halb so viel", []string{`count "halb" 0.5 spelled`}},
		{"de", "halb 2000", []string{`count "halb" 0.5 spelled`, `year "2000" 2000`}},
		// A share and an amount, no time.
		{"en", "fell by a quarter to 12 million", []string{`count "by a quarter" 0.25 spelled`, `count "12 million" 1.2e+07`}},
		{"en", "cut by a quarter to 9 percent", []string{`count "by a quarter" 0.25 spelled`, `percent "9 percent" 9`}},
		{"en", "fell by a third to 12 million", []string{`count "by a third" 0.3333333333333333 spelled`, `count "12 million" 1.2e+07`}},
	})
}
