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
	} {
		if got := ScaleWordLike(c.mult, c.written, language.MustParse(c.lang)); got != c.want {
			t.Errorf("ScaleWordLike(%g, %q, %s) = %q; want %q", c.mult, c.written, c.lang, got, c.want)
		}
	}
}
