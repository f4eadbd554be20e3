package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

// TestExtractPerLanguage reads, in each language the checker supports,
// the things issue 4 lists: separators, scale words, percentages and
// percentage points, quarters, months, currencies and units. The data
// behind most of these comes from CLDR (cldr_tables.go).
func TestExtractPerLanguage(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "up 2 percentage points to 33%; Q2 revenue, the second quarter, the 2nd quarter, 95 °F, 500 miles, 3 kWh, 4 GB", []string{"percent \"2 percentage points\" 2 points", "percent \"33%\" 33", "quarter \"Q2\" 2", "quarter \"second quarter\" 2", "quarter \"2nd quarter\" 2", "count \"95 °F\" 95 unit=°F", "count \"500 miles\" 500 unit=mi", "count \"3 kWh\" 3 unit=kWh", "count \"4 GB\" 4 unit=GB"}},
		{"en", "3 times as many, three times more, at 3:50 p.m.", []string{"count \"3\" 3 times", "count \"three\" 3 spelled times-vague", "time \"3:50 p.m.\" 3"}},
		{"de", "dreimal mehr, viermal so viel, 5 Mal höher", []string{"count \"dreimal\" 3 spelled times-vague", "count \"viermal\" 4 spelled times", "count \"5\" 5 times-vague"}},
		{"fr", "3 fois plus, 3 fois", []string{"count \"3\" 3 times-vague", "count \"3\" 3 times"}},
		{"es", "3 veces más", []string{"count \"3\" 3 times-vague"}},
		{"it", "3 volte in più", []string{"count \"3\" 3 times-vague"}},
		{"pt", "3 vezes mais", []string{"count \"3\" 3 times-vague"}},
		{"ru", "в 3 раза больше, в 3 раза", []string{"count \"3\" 3 times-vague", "count \"3\" 3 times"}},
		{"pl", "3 razy więcej", []string{"count \"3\" 3 times-vague"}},
		{"cs", "3krát více", []string{"count \"3krát\" 3 times-vague"}},
		{"el", "3 φορές περισσότερα", []string{"count \"3\" 3 times-vague"}},
		{"fi", "3 kertaa enemmän", []string{"count \"3\" 3 times-vague"}},
		{"id", "3 kali lebih", []string{"count \"3\" 3 times-vague"}},
		{"zh", "增长了两倍", []string{"count \"两\" 2 spelled times-vague"}},
		{"ja", "2倍に増えた", []string{"count \"2\" 2 times-vague"}},
		{"ko", "3배 늘었다", []string{"count \"3\" 3 times-vague"}},
		{"zh-Hant", "營收為$50億、US$5", []string{"money \"$50億\" 5e+09 cur=TWD", "money \"US$5\" 5 cur=USD"}},
		{"en", "two hundred fifty people, nine hundred", []string{"count \"two hundred fifty\" 250 spelled", "count \"nine hundred\" 900 spelled"}},
		{"de", "zweihundertfünfzig Menschen, dreitausend", []string{"count \"zweihundertfünfzig\" 250 spelled", "count \"dreitausend\" 3000 spelled"}},
		{"fr", "trois cents personnes, deux mille", []string{"count \"trois cents\" 300 spelled", "count \"deux mille\" 2000 spelled"}},
		{"es", "doscientas personas, trescientos", []string{"count \"doscientas\" 200 spelled", "count \"trescientos\" 300 spelled"}},
		{"it", "duecento persone", []string{"count \"duecento\" 200 spelled"}},
		{"ru", "двести человек, около двухсот", []string{"count \"двести\" 200 spelled", "count \"двухсот\" 200 spelled"}},
		{"pl", "dwieście osób", []string{"count \"dwieście\" 200 spelled"}},
		{"fi", "kaksisataa ihmistä", []string{"count \"kaksisataa\" 200 spelled"}},
		{"el", "διακόσια άτομα", []string{"count \"διακόσια\" 200 spelled"}},
		{"en", "over 4 quarters, 5 M people, $5 B, March 5", []string{"count \"4\" 4", "count \"5\" 5", "money \"$5 B\" 5e+09 cur=USD", "month \"March\" 3", "count \"5\" 5"}},
		{"de", "um 2 Prozentpunkte auf 33 %, im zweiten Quartal, im 2. Quartal, Q2, am 5. März, 35 °C, 3 Mrd. Euro", []string{"percent \"2 Prozentpunkte\" 2 points", "percent \"33 %\" 33", "quarter \"zweiten Quartal\" 2", "quarter \"2. Quartal\" 2", "quarter \"Q2\" 2", "count \"5\" 5", "month \"März\" 3", "count \"35 °C\" 35 unit=°C", "money \"3 Mrd. Euro\" 3e+09 cur=EUR"}},
		{"fr", "2 points de pourcentage, 2e trimestre, T3, 1 500,5 km, 3 milliards", []string{"percent \"2 points de pourcentage\" 2 points", "quarter \"2e trimestre\" 2", "quarter \"T3\" 3", "count \"1 500,5 km\" 1500.5 dec=1 unit=km", "count \"3 milliards\" 3e+09"}},
		{"es", "2 puntos porcentuales, segundo trimestre, 2.º trimestre, 2400 personas, 5 mil millones", []string{"percent \"2 puntos porcentuales\" 2 points", "quarter \"segundo trimestre\" 2", "quarter \"2.º trimestre\" 2", "count \"2400\" 2400", "count \"5 mil millones\" 5e+09"}},
		{"it", "2 punti percentuali, secondo trimestre, 3 miliardi di euro, 2400", []string{"percent \"2 punti percentuali\" 2 points", "quarter \"secondo trimestre\" 2", "count \"3 miliardi\" 3e+09", "count \"2400\" 2400"}},
		{"pt", "2 pontos percentuais, 2º trimestre, 5 bilhões, 1 bilião", []string{"percent \"2 pontos percentuais\" 2 points", "quarter \"2º trimestre\" 2", "count \"5 bilhões\" 5e+09", "count \"1 bilião\" 1e+12"}},
		{"pt-PT", "2 mil milhões de euros, 2400 pessoas", []string{"money \"2 mil milhões de euros\" 2e+09 cur=EUR", "count \"2400\" 2400"}},
		{"ru", "на 2 п.п., во II квартале, 2-й квартал, 3 млрд рублей", []string{"percent \"2 п.п.\" 2 points", "quarter \"II квартале\" 2", "quarter \"2-й квартал\" 2", "money \"3 млрд рублей\" 3e+09 cur=RUB"}},
		{"el", "2 ποσοστιαίες μονάδες, Τ2, 3 δισ. ευρώ", []string{"percent \"2 ποσοστιαίες μονάδες\" 2 points", "quarter \"Τ2\" 2", "money \"3 δισ. ευρώ\" 3e+09 cur=EUR"}},
		{"fi", "2 prosenttiyksikköä, 2. neljännes, 3 miljardia euroa", []string{"percent \"2 prosenttiyksikköä\" 2 points", "quarter \"2. neljännes\" 2", "money \"3 miljardia euroa\" 3e+09 cur=EUR"}},
		{"id", "2 poin persentase, kuartal II, Kuartal ke-2, Rp 5 M, 3 miliar", []string{"percent \"2 poin persentase\" 2 points", "quarter \"kuartal II\" 2", "quarter \"Kuartal ke-2\" 2", "money \"Rp 5 M\" 5e+09 cur=IDR", "count \"3 miliar\" 3e+09"}},
		{"ja", "2%ポイント、第2四半期、2.4万人", []string{"percent \"2%ポイント\" 2 points", "quarter \"第2四半期\" 2", "count \"2.4万\" 24000 dec=1"}},
		{"ko", "2%p, 2분기, 1조 2천억 원", []string{"percent \"2%p\" 2 points", "quarter \"2분기\" 2", "money \"1조 2천억 원\" 1.2e+12 cur=KRW"}},
		{"zh", "2个百分点，第二季度，2季度，30亿美元", []string{"percent \"2个百分点\" 2 points", "quarter \"第二季度\" 2", "quarter \"2季度\" 2", "money \"30亿美元\" 3e+09 cur=USD"}},
		{"zh-Hant", "第2季，3兆元", []string{"quarter \"第2季\" 2", "money \"3兆元\" 3e+12 cur=TWD"}},
		{"pl", "2 punkty procentowe, II kwartał, 3 mld zł", []string{"percent \"2 punkty procentowe\" 2 points", "quarter \"II kwartał\" 2", "money \"3 mld zł\" 3e+09 cur=PLN"}},
		{"cs", "2 procentní body, 2. čtvrtletí, 3 mld. Kč", []string{"percent \"2 procentní body\" 2 points", "quarter \"2. čtvrtletí\" 2", "money \"3 mld. Kč\" 3e+09 cur=CZK"}},
		{"hi", "2 प्रतिशत अंक, दूसरी तिमाही, 3 अरब रुपये", []string{"percent \"2 प्रतिशत अंक\" 2 points", "quarter \"दूसरी तिमाही\" 2", "money \"3 अरब रुपये\" 3e+09 cur=INR"}},
		{"la", "3 milia passuum, MMXXV", []string{"count \"3 milia\" 3000", "year \"MMXXV\" 2025 spelled"}},
		{"sa", "३ लक्ष, ५ कोटि", []string{"count \"३ लक्ष\" 300000", "count \"५ कोटि\" 5e+07"}},
	})
}

// TestVagueNumerals: 几 and 数 make a Chinese or Japanese numeral vague, so
// no value is read; the same numeral alone is.
func TestVagueNumerals(t *testing.T) {
	for _, tc := range []struct {
		text string
		lang language.Tag
		want int // quantities read
	}{
		{"该公司关闭了几十家商店。", language.Chinese, 0},
		{"数百人参加了会议。", language.Chinese, 0},
		{"十几个国家", language.Chinese, 0},
		{"该公司关闭了四十家商店。", language.Chinese, 1},
		{"価格は数十年にわたり上昇した。", language.Japanese, 0},
		{"価格は三十年にわたり上昇した。", language.Japanese, 1},
	} {
		if got := len(Extract(tc.text, tc.lang)); got != tc.want {
			t.Errorf("Extract(%q) read %d quantities; want %d", tc.text, got, tc.want)
		}
	}
}

// TestIsMonthName: CLDR's wide month names in every form, whatever the
// case; no abbreviation, no other word.
func TestIsMonthName(t *testing.T) {
	testCases := []struct {
		word, lang string
		want       bool
	}{
		{"Февраля", "ru", true},
		{"февраль", "ru", true},
		{"März", "de", true},
		{"lutego", "pl", true},
		{"Mars", "fr", true},
		{"Märzen", "de", false},
		{"Москва", "ru", false},
		{"February", "ru", false},
		{"Feb", "en", false},
		{"February", "en", true},
	}
	for _, tc := range testCases {
		if got := IsMonthName(tc.word, language.Make(tc.lang)); got != tc.want {
			t.Errorf("IsMonthName(%q, %s) = %v; want %v", tc.word, tc.lang, got, tc.want)
		}
	}
}
