package quantity

import "testing"

// TestFractionWords reads a quarter and a half in words, as a value beside
// the digits of another language ("a quarter of a percentage point",
// 0.25 %), and leaves the fiscal quarter and the fourth alone.
func TestFractionWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "The bank cut its rate by a quarter of a percentage point.", []string{`count "by a quarter of" 0.25 spelled`}},
		{"en", "Three quarters of voters and a quarter of a million people.", []string{`count "Three quarters of" 0.75 spelled`, `count "a quarter of a million" 250000 spelled`}},
		{"en", "Profit rose in the third quarter.", []string{`quarter "third quarter" 3`}},
		{"de", "Die Bank senkte den Zins um einen Viertelprozentpunkt und um einen halben Prozentpunkt.", []string{`count "Viertelprozentpunkt" 0.25 spelled`, `percent "halben Prozentpunkt" 0.5 spelled points`}},
		{"fr", "La banque a abaissé son taux d'un quart de point.", []string{`count "quart" 0.25 spelled`}},
		{"pl", "Bank obniżył stopę o ćwierć punktu procentowego.", []string{`percent "ćwierć punktu procentowego" 0.25 spelled points`}},
		{"ru", "Банк снизил ставку на четверть процентного пункта.", []string{`percent "четверть процентного пункта" 0.25 spelled points`}},
		{"tr", "Banka faizi çeyrek puan indirdi.", []string{`count "çeyrek" 0.25 spelled`}},
		{"ar", "خفض البنك سعر الفائدة بمقدار ربع نقطة مئوية، لا أربع.", []string{`count "ربع" 0.25 spelled`, `count "أربع" 4 spelled`}},
		{"id", "Bank memangkas suku bunga sebesar seperempat poin persentase.", []string{`percent "seperempat poin persentase" 0.25 spelled points`}},
	})
}

// TestSpacedMyriadsAndZonedTimes: Korean spaces its myriads, grouping the
// part below one by thousands (1만 2,000: 12,000; 3억 5,000만 원); a
// Vietnamese hour and minutes with a time zone after them are a clock
// time without the word "at" before them, and a duration stays counts.
func TestSpacedMyriadsAndZonedTimes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ko", "최소 1만 2,000명과 3억 5,000만 원", []string{`count "1만 2,000" 12000`, `money "3억 5,000만 원" 3.5e+08 cur=KRW`}},
		{"ja", "1億2,650万ドルと1万 2000人", []string{`money "1億2,650万ドル" 1.265e+08 cur=USD`, `count "1万" 10000`, `year "2000" 2000`}},
		{"vi", "(22 giờ 11 phút GMT), trong 14 giờ 30 phút", []string{`time "22 giờ 11" 22`, `count "14" 14`, `count "30" 30`}},
	})
}

// TestSpanAdjectivesAndDayWords: an adjective of a number and a span
// (трехдневный, триденну, trzydniową, dreitägige: three-day) and Korean's
// own words for counts of days (사흘, three days) are numbers in words.
func TestSpanAdjectivesAndDayWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"ru", "объявил трехдневный траур", []string{`count "трехдневный" 3 spelled`}},
		{"uk", "оголосив триденну жалобу", []string{`count "триденну" 3 spelled`}},
		{"pl", "ogłosił trzydniową żałobę", []string{`count "trzydniową" 3 spelled`}},
		{"de", "ordnete eine dreitägige Staatstrauer an", []string{`count "dreitägige" 3 spelled`}},
		{"de", "Die Tagung war ganztägig.", nil},
		{"ko", "사흘간의 국가 애도 기간", []string{`count "사흘" 3 spelled`}},
	})
}

// TestThirdsAndHalves: a third and a half in words, with an exact value
// (1/3 in the lexicons), and Korean fractions written denominator first.
func TestThirdsAndHalves(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "Its battery lasts about a third longer.", []string{`count "a third longer" 0.3333333333333333 spelled`}},
		{"en", "He won a third term.", []string{`count "third" 3 spelled`}}, // an ordinal
		{"de", "ein Drittel länger und die Hälfte des Umsatzes", []string{`count "Drittel" 0.3333333333333333 spelled`, `count "Hälfte" 0.5 spelled`}},
		{"ko", "약 3분의 1 더 오래 간다. 10분의 회의", []string{`count "3분의 1" 0.3333333333333333 fraction`, `count "10" 10`}},
		{"he", "המכירות עלו בכשליש.", []string{`count "בכשליש" 0.3333333333333333 spelled`}},
		{"he", "רבע מהמצביעים", []string{`count "רבע" 0.25 spelled`}},
		{"he", "ביום שלישי ובשבוע הרביעי", nil}, // ordinals
	})
}
