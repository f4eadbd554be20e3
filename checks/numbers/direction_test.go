package numbers

import (
	"testing"
)

// TestDirection: a matched percentage or amount whose target clause goes
// the other way is a major finding; agreeing, mixed or silent clauses and
// bare numbers are not.
func TestDirection(t *testing.T) {
	testCases := []struct {
		name, src, tgt, sl, tl string
		want                   string // pairtest.Summary of the major findings
	}{
		{"en-de reversed", "Sales fell 17 % in May.", "Der Umsatz stieg im Mai um 17 %.", "en", "de", "17 %"},
		{"en-de agreed", "Sales fell 17 % in May.", "Der Umsatz sank im Mai um 17 %.", "en", "de", ""},
		{"en-fr money", "Profit dropped by $5 million.", "Le bénéfice a augmenté de 5 millions de dollars.", "en", "fr", "5 millions de dollars"},
		{"en-ru", "Prices rose 3 %.", "Цены упали на 3 %.", "en", "ru", "3 %"},
		{"zh-en", "销售额下跌了17%。", "Sales increased by 17%.", "zh", "en", "17%"},
		{"en-tr reversed", "Sales fell 17 % in May.", "Satışlar mayısta yüzde 17 arttı.", "en", "tr", "yüzde 17"},
		{"en-tr agreed", "Sales fell 17 % in May.", "Satışlar mayısta yüzde 17 düştü.", "en", "tr", ""},
		{"en-vi reversed", "Sales fell 17 % in May.", "Doanh số tăng 17% trong tháng Năm.", "en", "vi", "17%"},
		{"en-sv reversed", "Profit rose 17 % in May.", "Vinsten sjönk med 17 procent i maj.", "en", "sv", "17 procent"},
		{"en-ar agreed", "Sales fell 17 % in May.", "وانخفضت المبيعات بنسبة 17% في مايو.", "en", "ar", ""},
		// Each word of change moves the number nearest to it: here both
		// are reversed, and the clause is reported once.
		{"each its own word", "Sales rose 5 % after falling 3 %.", "Der Umsatz sank um 5 % und stieg um 3 %.", "en", "de", "5 %"},
		{"each its own word, kept", "Sales rose 5 % after falling 3 %.", "Der Umsatz stieg um 5 %, nachdem er um 3 % gesunken war.", "en", "de", ""},
		// A value beside one that moves may itself stand still.
		{"a level beside a change", "Prices rose 1.7 % and stayed below the target of 2 %.",
			"Ceny wzrosły o 1,7%, po raz pierwszy spadając poniżej celu wynoszącego 2%.", "en", "pl", ""},
		{"silent target", "Sales fell 17 %.", "Der Umsatz lag bei 17 %.", "en", "de", ""},
		// Each number in its clause: the euro fell, the DAX rose.
		{"two clauses, pl", "The euro fell 0.4% to $1.083, and the DAX closed 0.6% higher.",
			"Euro potaniało o 0,4%, do 1,083 dolara, a indeks DAX zamknął się wzrostem o 0,6%.", "en", "pl", ""},
		{"two clauses, uk", "The euro fell 0.4% to $1.083, and the DAX closed 0.6% higher.",
			"Євро подешевшав на 0,4%, до 1,083 долара, а індекс DAX закрився зростанням на 0,6%.", "en", "uk", ""},
		{"two clauses, one reversed", "The euro fell 0.4%, and the DAX rose 0.6%.",
			"Der Euro stieg um 0,4 %, und der DAX stieg um 0,6 %.", "en", "de", "0,4 %"},
		{"the sentence's word, one number", "Sales rose in May, by 17 %.", "Der Umsatz sank im Mai, und zwar um 17 %.", "en", "de", "17 %"},
		{"bare number", "The tower at 40 Wall Street fell in value.", "Der Turm in der Wall Street 40 stieg im Wert.", "en", "de", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) { wantMajor(t, tc.src, tc.tgt, tc.sl, tc.tl, tc.want) })
	}
}
