package quantity

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func TestExtract(t *testing.T) {
	// Each want lists describe() of the quantities found, in order.
	runExtractCases(t, []extractCase{
		{"en", "Revenue grew 22 percent to $39.07 billion, and net income rose 73% to $13.47 billion.", []string{"percent \"22 percent\" 22", "money \"$39.07 billion\" 3.907e+10 dec=2 cur=USD", "percent \"73%\" 73", "money \"$13.47 billion\" 1.347e+10 dec=2 cur=USD"}},
		{"en", "Meta expects revenue between $38.5 billion and $41 billion.", []string{"money \"$38.5 billion\" 3.85e+10 dec=1 cur=USD range=1", "money \"$41 billion\" 4.1e+10 cur=USD range=2"}},
		{"en", "full-year capital expenditures of $37 billion to $40 billion", []string{"money \"$37 billion\" 3.7e+10 cur=USD range=1", "money \"$40 billion\" 4e+10 cur=USD range=2"}},
		{"en", "two GPU clusters with 24,000 GPUs each, 350,000 Nvidia H100 GPUs", []string{"count \"two\" 2 spelled", "count \"24,000\" 24000 alt=24", "count \"350,000\" 350000 alt=350", "identifier \"H100\" 100"}},
		{"en", "Llama 3.1, Android 14.2 and the iPhone 16 shipped; Quest 3 sales", []string{"count \"3.1\" 3.1 dec=1 label=Llama", "identifier \"14.2\" 14.2 dec=1 label=Android", "count \"16\" 16 label=iPhone", "count \"3\" 3 label=Quest"}},
		{"en", "At 9:30 a.m. on 2024-08-05, call +49 30 1234567 or see https://example.com/2024/7/31 and mail a@b2.de", []string{"time \"9:30 a.m.\" 9", "date \"2024-08-05\" 2024", "identifier \"+49 30 1234567\" 49"}},
		{"ru", "Факс: +7 (495) 229 62 01, тел. +7 - 495 - 2296200.", []string{"identifier \"+7 (495) 229 62 01\" 7", "identifier \"+7 - 495 - 2296200\" 7"}},
		{"ja", "183cm92kg、投手", []string{"count \"183cm\" 183 unit=cm", "count \"92kg\" 92 unit=kg"}},
		{"ja", "45kg156cmMサイズ", []string{"identifier \"45kg156cmM\" 45"}},
		{"en", "In 3.1 seconds, 5G, A320, COVID-19, 4K, 3D, mid-2020", []string{"count \"3.1\" 3.1 dec=1 label=In", "identifier \"5G\" 5", "identifier \"A320\" 320", "identifier \"COVID-19\" 19", "identifier \"4K\" 4", "identifier \"3D\" 3", "year \"2020\" 2020"}},
		{"en", "a 3.1 % rise, 1,5 million, 2.400 people, -5 degrees, 1990s, 3rd, 10km, 5bn, $5m, £44m", []string{"percent \"3.1 %\" 3.1 dec=1", "count \"1,5 million\" 1.5e+06 dec=1 foreign", "count \"2.400\" 2.4 dec=3 alt=2400", "count \"-5 degrees\" -5 unit=°", "year \"1990s\" 1990", "count \"3rd\" 3", "count \"10km\" 10 unit=km", "count \"5bn\" 5e+09", "money \"$5m\" 5e+06 cur=USD", "money \"£44m\" 4.4e+07 cur=GBP"}},
		{"en", "It rose from 5 to 10 percent in May 2024; in May we saw six of the twenty-five.", []string{"percent \"5\" 5 range=1", "percent \"10 percent\" 10 range=2", "month \"May\" 5", "year \"2024\" 2024", "count \"six\" 6 spelled", "count \"twenty-five\" 25 spelled"}},
		{"en", "That's about a 15-foot boat, 115 Fahrenheit, 1.2 lakh, 3 crore rupees", []string{"count \"15-foot\" 15 unit=ft", "count \"115 Fahrenheit\" 115 unit=°F", "count \"1.2 lakh\" 120000 dec=1", "money \"3 crore rupees\" 3e+07 cur=INR"}},
		{"de", "Xiao Zha gab bekannt, dass 240.000 GPUs verwendet wurden. Voraussichtliche Veröffentlichung im Jahr 2025", []string{"count \"240.000\" 240000 alt=240", "year \"2025\" 2025 label=Jahr"}},
		{"de", "Die Zahlen zeigen, dass der Umsatz um 22 % auf 39,1 Milliarden US-Dollar stieg.", []string{"percent \"22 %\" 22", "money \"39,1 Milliarden US-Dollar\" 3.91e+10 dec=1 cur=USD"}},
		{"de", "37 bis 40 Milliarden US-Dollar, eine frühere Schätzung lag bei 35 bis 40 Milliarden US-Dollar.", []string{"money \"37\" 3.7e+10 cur=USD range=1", "money \"40 Milliarden US-Dollar\" 4e+10 cur=USD range=2", "money \"35\" 3.5e+10 cur=USD range=1", "money \"40 Milliarden US-Dollar\" 4e+10 cur=USD range=2"}},
		{"de", "in der Größenordnung von 38,5 bis 41 Milliarden US-Dollar; 38,5–41 Mrd. Euro", []string{"money \"38,5\" 3.85e+10 dec=1 cur=USD range=1", "money \"41 Milliarden US-Dollar\" 4.1e+10 cur=USD range=2", "money \"38,5\" 3.85e+10 dec=1 cur=EUR range=1", "money \"41 Mrd. Euro\" 4.1e+10 cur=EUR range=2"}},
		{"de", "einen mit 22.000 H100-Blöcken und einen mit 24,000 Blöcken; Llama 3.1 und Llama 4-Training", []string{"count \"22.000\" 22000 alt=22", "identifier \"H100-Blöcken\" 100", "count \"24,000\" 24 dec=3 alt=24000", "identifier \"3.1\" 3.1 dec=1 label=Llama foreign", "count \"4\" 4 label=Llama"}},
		{"de", "am 12.07. um 14:30 Uhr, 24.07.2024, Kapitel 3, 3.5 Prozent, drei Wochen, die zehnfache Rechenleistung", []string{"date \"12.07.\" 12", "time \"14:30 Uhr\" 14", "date \"24.07.2024\" 24", "count \"3\" 3 label=Kapitel", "percent \"3.5 Prozent\" 3.5 dec=1 foreign", "count \"drei\" 3 spelled", "count \"zehnfache\" 10 spelled"}},
		{"de", "2 Billionen Euro, 5 Mio. Menschen, die 126,5-Millionen-Dollar-Hypothek, 24jährigen, 10 000 Besucher", []string{"money \"2 Billionen Euro\" 2e+12 cur=EUR", "count \"5 Mio.\" 5e+06", "money \"126,5-Millionen-Dollar\" 1.265e+08 dec=1 cur=USD", "count \"24jährigen\" 24", "count \"10 000\" 10000"}},
		{"fr", "24 000 personnes, 1 500,5 €, 3,5 milliards d’euros, le 2e tour à 14h30", []string{"count \"24 000\" 24000", "money \"1 500,5 €\" 1500.5 dec=1 cur=EUR", "money \"3,5 milliards d’euros\" 3.5e+09 dec=1 cur=EUR", "count \"2e\" 2", "time \"14h30\" 14"}},
		{"fr", "entre 5 et 10 %, dans les années 70, au XVe siècle, 2 billions de dollars, sept jours", []string{"percent \"5\" 5 range=1", "percent \"10 %\" 10 range=2", "count \"70\" 70", "count \"XVe\" 15 spelled century", "money \"2 billions de dollars\" 2e+12 cur=USD", "count \"sept\" 7 spelled"}},
		{"es", "2.400 personas, 35 millones de mexicanos, 46 centavos, 5 mil millones de dólares", []string{"count \"2.400\" 2400 alt=2.4", "count \"35 millones\" 3.5e+07", "money \"46 centavos\" 46 cur=USD", "money \"5 mil millones de dólares\" 5e+09 cur=USD"}},
		{"es", "en el siglo XV, entre 1965 y 1968, ganamos 4-0, dos semanas, 2,5 %", []string{"count \"XV\" 15 spelled century", "year \"1965\" 1965 range=1", "year \"1968\" 1968 range=2", "count \"4\" 4 range=1", "count \"0\" 0 range=2", "count \"dos\" 2 spelled", "percent \"2,5 %\" 2.5 dec=1"}},
		{"pt", "R$ 5 bilhões, 3,2 milhões de pessoas, 12,5%, 2 mil milhões de euros, 1 bilião", []string{"money \"R$ 5 bilhões\" 5e+09 cur=BRL", "count \"3,2 milhões\" 3.2e+06 dec=1", "percent \"12,5%\" 12.5 dec=1", "money \"2 mil milhões de euros\" 2e+09 cur=EUR", "count \"1 bilião\" 1e+12"}},
		{"pt", "em março de 2020, três anos, 10 a 15 por cento", []string{"month \"março\" 3", "year \"2020\" 2020", "count \"três\" 3 spelled", "percent \"10\" 10 range=1", "percent \"15 por cento\" 15 range=2"}},
		{"ru", "26 июля, 3,5 млн рублей, 10 000 человек, 5 %, 2 млрд долларов", []string{"count \"26\" 26", "month \"июля\" 7", "money \"3,5 млн рублей\" 3.5e+06 dec=1 cur=RUB", "count \"10 000\" 10000", "percent \"5 %\" 5", "money \"2 млрд долларов\" 2e+09 cur=USD"}},
		{"ru", "три года назад, в XX веке, от 5 до 10 тыс.", []string{"count \"три\" 3 spelled", "count \"XX\" 20 spelled century", "count \"5\" 5000 range=1", "count \"10 тыс.\" 10000 range=2"}},
		{"ja", "１～３回戦は３年主体, 令和2年, 1億2000万円, ５０代, ３か月, 午後3時, 2.4万人", []string{"count \"１\" 1 range=1", "count \"３\" 3 range=2", "count \"３\" 3", "year \"令和2\" 2020", "money \"1億2000万円\" 1.2e+08 cur=JPY", "count \"５０\" 50", "count \"３\" 3", "time \"午後3時\" 3", "count \"2.4万\" 24000 dec=1"}},
		{"ja", "感染者は417人、7月24日、３日間、十五人、30%", []string{"count \"417\" 417", "month \"7月\" 7", "count \"24\" 24", "count \"３\" 3", "count \"十五\" 15 spelled", "percent \"30%\" 30"}},
		{"zh", "美国报告的确诊总数已经达到417.6万例，至少14.6万人死亡。", []string{"count \"417.6万\" 4.176e+06 dec=1", "count \"14.6万\" 146000 dec=1"}},
		{"zh", "1000万千瓦, 30亿美元, 7月17日, 5个月, 15时50分, 2020年, 百分之20, 85%, 二十五, 一亿五千万, 三万亿", []string{"count \"1000万千瓦\" 1e+07 unit=kW", "money \"30亿美元\" 3e+09 cur=USD", "month \"7月\" 7", "count \"17\" 17", "count \"5\" 5", "time \"15时50分\" 15", "year \"2020\" 2020", "percent \"百分之20\" 20", "percent \"85%\" 85", "count \"二十五\" 25 spelled", "count \"一亿五千万\" 1.5e+08 spelled", "count \"三万亿\" 3e+12 spelled"}},
		{"ko", "1조 2천억 원, 3월, 3개월, 50%", []string{"money \"1조 2천억 원\" 1.2e+12 cur=KRW", "month \"3월\" 3", "count \"3\" 3", "percent \"50%\" 50"}},
		{"hi", "१२,३४,५६७ रुपये, 12 लाख, 5,000 चालक, 2.5 करोड़, तीन बार, 57 से 60", []string{"money \"१२,३४,५६७ रुपये\" 1.234567e+06 cur=INR", "count \"12 लाख\" 1.2e+06", "count \"5,000\" 5000 alt=5", "count \"2.5 करोड़\" 2.5e+07 dec=1", "count \"तीन\" 3 spelled", "count \"57\" 57 range=1", "count \"60\" 60 range=2"}},
		{"pl", "570 tys. zł, 32 myśliwce F-35, 18 proc., trzech marynarzy", []string{"money \"570 tys. zł\" 570000 cur=PLN", "count \"32\" 32", "identifier \"F-35\" 35", "percent \"18 proc.\" 18", "count \"trzech\" 3 spelled"}},
		{"cs", "3,5 milionu, v roce 2014, 20 %, čtyři měsíce", []string{"count \"3,5 milionu\" 3.5e+06 dec=1", "year \"2014\" 2014", "percent \"20 %\" 20", "count \"čtyři\" 4 spelled"}},
		{"it", "29 dollari, 4,3%, 85 000 dipendenti, 17 ottobre, due mesi", []string{"money \"29 dollari\" 29 cur=USD", "percent \"4,3%\" 4.3 dec=1", "count \"85 000\" 85000", "count \"17\" 17", "month \"ottobre\" 10", "count \"due\" 2 spelled"}},
		{"el", "3,5 εκατομμύρια ευρώ, 12,5%", []string{"money \"3,5 εκατομμύρια ευρώ\" 3.5e+06 dec=1 cur=EUR", "percent \"12,5%\" 12.5 dec=1"}},
		{"fi", "3,5 miljoonaa euroa, 12 prosenttia", []string{"money \"3,5 miljoonaa euroa\" 3.5e+06 dec=1 cur=EUR", "percent \"12 prosenttia\" 12"}},
		{"id", "Rp 5.000, 3,5 juta, 12 persen", []string{"money \"Rp 5.000\" 5000 cur=IDR alt=5", "count \"3,5 juta\" 3.5e+06 dec=1", "percent \"12 persen\" 12"}},
	})
}

// TestTraps lists things that only look like numbers, per language: none
// of them may come out as a value to compare.
func TestTraps(t *testing.T) {
	testCases := []struct {
		lang, text string
	}{
		{"en", "the new Llama 3.1 model"}, // at a sentence start "Llama 3.1" could be "In 3.1"
		{"en", "the Android 14.2 update"},
		{"en", "Nvidia H100"},
		{"en", "A320neo"},
		{"en", "5G networks"},
		{"en", "COVID-19"},
		{"en", "at 14:30"},
		{"en", "on 2024-08-05"},
		{"en", "version 1.2.3"},
		{"en", "see https://www.theverge.com/2024/7/31/24210786/meta-earnings-q2-2024"},
		{"en", "write to press2024@example.com"},
		{"en", "call +1 555 123 4567"},
		{"en", "code 007"},
		{"de", "im Modell Llama 3.1"},
		{"de", "am 24.07.2024"},
		{"de", "am 12.07. abends"},
		{"de", "um 9.30 Uhr"},
		{"de", "H100-Blöcken"},
		{"fr", "à 14h30"},
		{"es", "a las 20:30"},
		{"pt", "às 9:30"},
		{"ru", "в 12:25"},
		{"ja", "午後3時"},
		{"ja", "１５時５０分"},
		{"zh", "15时50分"},
		{"zh", "下午3点"},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			for _, q := range Extract(tc.text, language.MustParse(tc.lang)) {
				if q.Kind.Compared() {
					t.Errorf("got %s; want no value to compare", describe(tc.text, q))
				}
			}
		})
	}
}

// TestGrouping checks group-size validation: a separator that cannot group
// (wrong group size) is read as the decimal point, or not at all.
func TestGrouping(t *testing.T) {
	testCases := []struct {
		lang, text string
		value      float64
		decimals   int
		foreign    bool
	}{
		{"en", "3.1", 3.1, 1, false},
		{"de", "3.1", 3.1, 1, true},
		{"de", "3,1", 3.1, 1, false},
		{"de", "1.234.567", 1234567, 0, false},
		{"de", "1.234.567,89", 1234567.89, 2, false},
		{"en", "1,234,567.89", 1234567.89, 2, false},
		{"en", "1.234.567", 1234567, 0, true},
		{"fr", "1\u202f234,5", 1234.5, 1, false},
		{"fr", "1\u00a0234", 1234, 0, false},
		{"de", "1'234", 1234, 0, false},
		{"hi", "12,34,567", 1234567, 0, false},
		{"en", "12,34,567", 0, 0, false}, // not a number in English
		{"ja", "２４，０００", 24000, 0, false},
		{"hi", "२४,०००", 24000, 0, false},
		{"en", "0.5", 0.5, 1, false},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			qs := Extract(tc.text, language.MustParse(tc.lang))
			if tc.value == 0 {
				for _, q := range qs {
					if q.Kind.Compared() {
						t.Errorf("got %s; want no value", describe(tc.text, q))
					}
				}
				return
			}
			if len(qs) != 1 {
				t.Fatalf("got %d quantities; want 1", len(qs))
			}
			q := qs[0]
			if q.Value != tc.value || q.Decimals != tc.decimals || q.Foreign != tc.foreign {
				t.Errorf("got %g (%d decimals, foreign %v); want %g (%d decimals, foreign %v)",
					q.Value, q.Decimals, q.Foreign, tc.value, tc.decimals, tc.foreign)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	testCases := []struct {
		lang     string
		v        float64
		decimals int
		want     string
	}{
		{"de", 24000, 0, "24.000"},
		{"en", 24000, 0, "24,000"},
		{"de", 39.07, 2, "39,07"},
		{"de", 2400, 0, "2.400"},
		{"es", 2400, 0, "2400"},
		{"es", 24000, 0, "24.000"},
		{"fr", 24000, 0, "24\u202f000"},
		{"hi", 1234567, 0, "12,34,567"},
		{"en", -1500.5, 1, "-1,500.5"},
		{"ja", 1234567.891, 3, "1,234,567.891"},
	}
	for _, tc := range testCases {
		if got := Format(tc.v, tc.decimals, language.MustParse(tc.lang)); got != tc.want {
			t.Errorf("Format(%g, %d, %s): got %q; want %q", tc.v, tc.decimals, tc.lang, got, tc.want)
		}
	}
}

func TestConvert(t *testing.T) {
	testCases := []struct {
		v        float64
		from, to string
		want     float64
		ok       bool
	}{
		{15, "ft", "m", 4.572, true},
		{212, "°F", "°C", 100, true},
		{100, "°C", "°F", 212, true},
		{50, "km", "mi", 31.0686, true},
		{1, "kg", "km", 0, false},
		{1, "GB", "MB", 1000, true},
		{1, "GB", "km", 0, false},
	}
	for _, tc := range testCases {
		got, ok := Convert(tc.v, tc.from, tc.to)
		if ok != tc.ok || ok && (got-tc.want > 1e-3 || tc.want-got > 1e-3) {
			t.Errorf("Convert(%g, %s, %s): got %g, %v; want %g, %v", tc.v, tc.from, tc.to, got, ok, tc.want, tc.ok)
		}
	}
}

func TestClock(t *testing.T) {
	testCases := []struct {
		lang, text string
		want       int // seconds after midnight; -1: no clock
	}{
		{"zh", "7月24日15时50分", 15*3600 + 50*60},
		{"zh", "下午3点半", 15*3600 + 30*60},
		{"ja", "午前3時5分", 3*3600 + 5*60},
		{"ja", "午後3時5分", 15*3600 + 5*60},
		{"en", "at 3:50 p.m.", 15*3600 + 50*60},
		{"en", "at 12:10 a.m.", 10 * 60},
		{"en", "at 3pm", 15 * 3600},
		{"de", "gegen 3.40 Uhr", 3*3600 + 40*60},
		{"de", "um 9 Uhr", 9 * 3600},
		{"fr", "à 14h30", 14*3600 + 30*60},
		{"it", "in 2:03:59", 2*3600 + 3*60 + 59},
		{"ja", "１２：００頃", 12 * 3600},
		{"en", "24,000 GPUs", -1},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			got := -1
			for _, q := range Extract(tc.text, language.Make(tc.lang)) {
				if c, ok := q.Clock(); ok {
					got = c
				}
			}
			if got != tc.want {
				t.Errorf("got %d; want %d", got, tc.want)
			}
		})
	}
}

// TestDayMonth reads numeric dates by each language's CLDR short date
// order.
func TestDayMonth(t *testing.T) {
	testCases := []struct {
		lang, text string
		want       string // "y-m-d", or "" for no date
	}{
		{"en", "on 03/04/2025", "2025-3-4"},
		{"de", "am 03.04.2025", "2025-4-3"},
		{"de", "am 3.4.", "0-4-3"},
		{"fr", "le 03/04/2025", "2025-4-3"},
		{"es", "el 3/4/25", "25-4-3"},
		{"ru", "03.04.2025", "2025-4-3"},
		{"fi", "3.4.2025", "2025-4-3"},
		{"ja", "2025/4/3", "2025-4-3"},
		{"zh", "2025/4/3", "2025-4-3"},
		{"en", "2025-04-03", "2025-4-3"},
		{"en", "12.05.2024", ""}, // English text, European dots: either reading
		{"de", "Android 4.4.2", ""},
		{"en", "3/4 of them", ""}, // a fraction as much as a date
	}
	for _, tc := range testCases {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			got := ""
			for _, q := range Extract(tc.text, language.Make(tc.lang)) {
				if y, m, d, ok := q.DayMonth(language.Make(tc.lang)); ok {
					got = fmt.Sprintf("%d-%d-%d", y, m, d)
				}
			}
			if got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

func TestDigitVal(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want int
	}{{'7', 7}, {'７', 7}, {'७', 7}, {'٧', 7}, {'߇', 7}, {'𝟕', 7}, {'a', -1}, {'七', -1}} {
		if got := digitVal(tc.r); got != tc.want {
			t.Errorf("digitVal(%q): got %d; want %d", tc.r, got, tc.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Er gab 39,1 Milliarden US-Dollar aus, 24.000 GPUs",
		"$37 billion to $40 billion; 1.2.3; 14:30; 2024-08-05",
		"1億2000万円、１～３回戦、令和2年、十五人",
		"१२,३४,५६७ रुपये, https://x.y/1/2, a@b1.de, +49 30 1234567",
		"siglo XV, 15-foot, 126,5-Millionen-Dollar, 1조 2천억 원",
		"ÿ1þ2,3", "-", "1", "1,", ".5", "百分之", "1-2-3-4", "9/11/2001",
		"04.03.2025, 3:50 p.m., 2:03:59, F-35, 3 times more, 增长了两倍, dreimal mehr, zweihundertfünfzig",
		"3/4 der Befragten, 1 1/2, 2½, 1⁄2, ¾ ½, 24/7, 3/4/2025, 1/2.5, 10:1/2, ½3",
		"anno MMXXV, Benedikt XVI., Super Bowl LVIII, I CD MIX, A.D. MCMXC, XV. Jahrhundert, XVe siècle",
	} {
		f.Add(s, "de")
		f.Add(s, "zh")
		f.Add(s, "en")
	}
	// The calendars and scale words read for one language only.
	f.Add("از ۱۲ دی ۱۴۰۳ تا دی ۱۴۰۴، سال ۱۴۰۳، مهر ۳", "fa")
	f.Add("1 มกราคม 2568, 2,568 คน, ในปี 2025", "th")
	f.Add("50 binden fazla, 20 bini, 3 bina", "tr")
	f.Add("近三成受访者，27成员国，1.5 लाख करोड़", "zh")
	f.Add("1.5 लाख करोड़ रुपये, 50 हज़ार करोड़", "hi")
	f.Add("২ কোটি ২০ লাখ, ৭ লাখ ৯৭ হাজার কোটি টাকা, দেড় কোটি", "bn")
	f.Add("2 млрд 300 млн, 2 млн 3000 млн, Rp1,5 triliun, RM2", "ru")
	f.Add("72 லட்சம், 1,000 கோடி ரூபாய்", "ta")
	f.Add("20 миллионға, 100 м., 5 milljörðum króna, 115 milyong", "kk")
	f.Add("१ अर्ब ७६ करोड, ३० लाख", "ne")
	f.Add("um halb neun, halb 9, Viertel vor neun, halb 2000", "de")
	f.Add("на 4-м этаже, 4 м, -й", "ru")
	f.Fuzz(func(t *testing.T, text, lang string) {
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.English
		}
		starts := map[int]bool{len(text): true}
		for i := range text {
			starts[i] = true
		}
		last := -1
		for _, q := range Extract(text, tag) {
			for _, sp := range []Span{q.Span, q.Num} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("span %v out of range (%d bytes)", sp, len(text))
				}
				if !starts[sp.Start] || !starts[sp.End] {
					t.Fatalf("span %v not on rune boundaries of %q", sp, text)
				}
			}
			if !q.Span.contains(q.Num) {
				t.Fatalf("number %v outside expression %v", q.Num, q.Span)
			}
			if q.Span.Start < last {
				t.Fatalf("quantities out of order at %v", q.Span)
			}
			last = q.Span.Start
			if q.Kind.Compared() && !utf8.ValidString(q.Text) {
				t.Fatalf("invalid text %q", q.Text)
			}
		}
	})
}

func (s Span) contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

func BenchmarkExtractArticle(b *testing.B) {
	paragraphs := []string{
		"Die Zahlen für das zweite Quartal zeigen, dass der Umsatz um 22 % auf 39,1 Milliarden US-Dollar und der Gewinn um 73 % auf 13,5 Milliarden US-Dollar stiegen.",
		"Wissen Sie, Llama 3 wird auf zwei GPU-Clustern mit 24.000 GPUs trainiert. Für das Llama 4-Training sind 240.000 GPUs erforderlich.",
		"Die jährlichen Ausgaben werden nun voraussichtlich 37 bis 40 Milliarden US-Dollar betragen, am 24.07.2024 um 14:30 Uhr.",
		"Einem Bericht zufolge gab OpenAI 3 Milliarden US-Dollar für das Training und weitere 4 Mrd. € für Server aus (https://example.com/2024/7/31).",
		"Meta wird intern zwei Cluster aufbauen, einen mit 22.000 H100-Blöcken und einen mit 24.000 Blöcken, für 5,5 Mio. Nutzer in 12 Ländern.",
	}
	var sb strings.Builder
	for sb.Len() < 200_000 {
		for _, p := range paragraphs {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text, language.German)
	}
}
