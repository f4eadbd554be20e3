package quantity

import "testing"

// TestFractionWords reads a quarter and a half in words, as a value beside
// the digits of another language ("a quarter of a percentage point",
// 0.25 %), and leaves the fiscal quarter and the fourth alone.
func TestFractionWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "The bank cut its rate by a quarter of a percentage point.", []string{`count "a quarter of" 0.25 spelled`}},
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
