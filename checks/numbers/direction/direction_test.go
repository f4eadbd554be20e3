package direction

import (
	"testing"

	"github.com/crossread/crossread/internal/phrases"
	"golang.org/x/text/language"
)

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       Direction
	}{
		{"en", "Sales fell 17 % in May.", Down},
		{"en", "Sales increased by 17 % in May.", Up},
		{"en", "Sales rose 5 % after falling 3 % in April.", None}, // both
		{"en", "Amid plummeting income and increasing costs, 40 %.", None},
		{"en", "Costs are increasing by 40 %.", Up},
		{"en", "The company sold 17 % more.", None},
		{"en", "Inflation slowed to 2.5 % in June.", Down},
		{"en", "Inflation accelerated to 4 % in June.", Up},
		{"en", "Growth slowed to 2 %.", None}, // growth, and it slowed
		{"de", "Die Inflation verlangsamte sich im Juni auf 2,5 %.", Down},
		{"de", "Die Inflation hat sich auf 4 % beschleunigt.", Up},
		{"fr", "L'inflation a ralenti à 2,5 % en juin.", Down},
		{"es", "La inflación se desaceleró hasta el 2,5 %.", Down},
		{"es", "La inflación se aceleró hasta el 4 %.", Up},
		{"de", "Der Umsatz sank um 17 %.", Down},
		{"de", "Der Umsatz ist um 17 % gestiegen.", Up},
		{"fr", "Les ventes ont baissé de 17 %.", Down},
		{"fr", "Les ventes ont augmenté de 17 %.", Up},
		{"es", "Las ventas cayeron un 17 %.", Down},
		{"es", "Las ventas aumentaron un 17 %.", Up},
		{"it", "Le vendite sono calate del 17 %.", Down},
		{"pt", "As vendas subiram 17 %.", Up},
		{"nl", "De verkoop daalde met 17 procent.", Down},
		{"pl", "Sprzedaż wzrosła o 17 proc.", Up},
		{"cs", "Prodej klesl o 17 procent.", Down},
		{"ru", "Продажи упали на 17 %.", Down},
		{"ru", "Продажи выросли на 17 %.", Up},
		{"uk", "Продажі зросли на 17 %.", Up},
		{"uk", "Євро подешевшав на 0,4 %.", Down},
		{"uk", "Бензин подорожчав на 3 %.", Up},
		{"pl", "Euro potaniało o 0,4 proc.", Down},
		{"pl", "Benzyna podrożała o 3 proc.", Up},
		{"cs", "Benzín zlevnil o 3 procenta.", Down},
		{"cs", "Benzín zdražil o 3 procenta.", Up},
		{"ja", "売上高は17%減少した。", Down},
		{"ja", "売上高は2.6％増の11兆円だった。", Up},
		{"ja", "営業利益は前年同期比20％減だった。", Down},
		{"ja", "販売台数は235万台だった。", None},
		{"uk", "Виручка скоротилася на 2,6 %.", Down},
		{"he", "ההכנסות עלו ב-2.6%.", Up},
		{"he", "ההכנסות ירדו ב-2.6%.", Down},
		{"he", "החברה מכרה 2.35 מיליון כלי רכב.", None},
		{"th", "รายได้เพิ่มขึ้น 2.6%", Up},
		{"th", "หุ้นปิดลดลง 1.5%", Down},
		{"th", "ขายรถยนต์ได้ 2.35 ล้านคัน", None},
		{"zh", "销售额上涨了17%。", Up},
		{"zh", "销售额下跌了17%。", Down},
		{"ko", "매출이 17% 감소했다.", Down},
		{"sw", "Mauzo yalishuka kwa asilimia 17.", None}, // no list
		{"fi", "Myynti laski 17 prosenttia.", Down},
		{"fi", "Myynti kasvoi 17 prosenttia.", Up},
		{"tr", "Satışlar yüzde 17 düştü.", Down},
		{"tr", "Endeks yüzde 0,6 yükselişle kapandı.", Up},
		{"tr", "Satışlar yüzde 17 artarak rekor kırdı.", Up},
		{"tr", "Artık satışlar 17 milyon.", None}, // artık (no longer) is no rise
		{"ar", "وانخفضت المبيعات بنسبة 17%.", Down},
		{"ar", "ارتفعت المبيعات بنسبة 17%.", Up},
		{"el", "Οι πωλήσεις μειώθηκαν κατά 17%.", Down},
		{"sv", "Försäljningen ökade med 17 procent.", Up},
		{"da", "Salget faldt 17 procent.", Down},
		{"nb", "Salget økte med 17 prosent.", Up},
		{"ro", "Vânzările au scăzut cu 17%.", Down},
		{"hu", "Az eladások 17 százalékkal csökkentek.", None}, // an ending the list lacks
		{"hu", "Az eladás 17 százalékkal csökkent.", Down},
		{"id", "Penjualan turun 17 persen.", Down},
		{"ms", "Jualan meningkat 17 peratus.", Up},
		{"vi", "Doanh số giảm 17%.", Down},
		{"ca", "Les vendes van augmentar un 17 %.", Up},
		{"sk", "Predaj klesol o 17 percent.", Down},
		{"hr", "Prodaja je pala za 17 posto.", Down},
		{"bg", "Продажбите спаднаха със 17%.", Down},
		{"fa", "فروش ۱۷ درصد کاهش یافت.", Down},
		{"hi", "बिक्री 17% घटकर रह गई।", Down},
		// Passing a mark, or staying under it.
		{"en", "The river reached 5.2 metres, surpassing the 1998 record.", Up},
		{"en", "Exports exceeded 40 billion dollars.", Up},
		{"en", "Inflation stayed below 2 % in May.", Down},
		{"en", "The table below lists 12 cities.", Down}, // a sense the list accepts: it needs a reversed source too
		{"en", "Over 40 people attended.", None},
		{"de", "Die Exporte übertrafen 40 Milliarden Dollar.", Up},
		{"de", "Die Daten wurden an 40 Server übertragen.", None}, // übertragen is no passing
		{"fr", "Les exportations ont dépassé 40 milliards.", Up},
		{"fr", "L'inflation est restée en dessous de 2 %.", Down},
		{"es", "Las exportaciones superaron los 40 mil millones.", Up},
		{"es", "La superficie es de 40 hectáreas.", None},
		{"es", "La inflación se mantuvo por debajo del 2 %.", Down},
		{"it", "Le esportazioni hanno superato i 40 miliardi.", Up},
		{"pl", "Rzeka przekroczyła poziom 5 metrów.", Up},
		{"pl", "Inflacja pozostała poniżej 2 proc.", Down},
		{"ru", "Экспорт превысил 40 млрд долларов.", Up},
		{"ru", "Инфляция осталась ниже 2 %.", Down},
		{"uk", "Експорт перевищив 40 млрд доларів.", Up},
		{"ko", "수출이 400억 달러를 넘어섰다.", Up},
		{"ko", "수출이 400억 달러를 밑돌았다.", Down},
		{"tr", "İhracat 40 milyar doları aştı.", Up},
		{"tr", "Toplantı sakin geçti, 30 kişi katıldı.", None}, // geçti is passing time too
		{"ar", "تجاوزت الصادرات 40 مليار دولار.", Up},
		{"el", "Οι εξαγωγές ξεπέρασαν τα 40 δισ. ευρώ.", Up},
		{"id", "Ekspor melampaui 40 miliar dolar.", Up},
		{"id", "Inflasi tetap di bawah 2 persen.", Down},
		{"vi", "Xuất khẩu vượt 40 tỷ USD.", Up},
		{"hi", "नदी ने 1941 का रिकॉर्ड पार कर लिया।", Up},
	} {
		if got := Of(tc.text, language.Make(tc.lang)); got != tc.want {
			t.Errorf("Of(%q, %s) = %v; want %v", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	if _, err := phrases.Parse("direction.txt", data, kinds, inside...); err != nil {
		t.Fatal(err)
	}
}
