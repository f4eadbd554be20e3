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
		{"ja", "売上高は17%減少した。", Down},
		{"zh", "销售额上涨了17%。", Up},
		{"zh", "销售额下跌了17%。", Down},
		{"ko", "매출이 17% 감소했다.", Down},
		{"fi", "Myynti laski 17 prosenttia.", None}, // no list
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
