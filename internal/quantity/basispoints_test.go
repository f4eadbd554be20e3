package quantity

import "testing"

// TestBasisPoints reads basis points as hundredths of a percentage
// point, spaced or glued, in the languages whose lexicon has them, and
// leaves alone a word that only looks like one.
func TestBasisPoints(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "cut by 25 basis points, then 50bp, then 12 bps", []string{
			"percent \"25 basis points\" 0.25 dec=2 points", "percent \"50bp\" 0.5 dec=2 points", "percent \"12 bps\" 0.12 dec=2 points"}},
		{"de", "um 75 Basispunkte gesenkt", []string{"percent \"75 Basispunkte\" 0.75 dec=2 points"}},
		{"fr", "relevé de 50 points de base", []string{"percent \"50 points de base\" 0.5 dec=2 points"}},
		{"it", "alzato di 25 punti base", []string{"percent \"25 punti base\" 0.25 dec=2 points"}},
		{"ru", "на 50 базисных пунктов", []string{"percent \"50 базисных пунктов\" 0.5 dec=2 points"}},
		{"zh", "下调25个基点", []string{"percent \"25个基点\" 0.25 dec=2 points"}},
		{"ja", "25ベーシスポイント引き上げ", []string{"percent \"25ベーシスポイント\" 0.25 dec=2 points"}},
		{"pl", "o 50 punktów bazowych", []string{"percent \"50 punktów bazowych\" 0.5 dec=2 points"}},
		// Quiet: a company's name, a plain count; petabytes in capitals.
		{"en", "BP sold 25 stations", []string{"count \"25\" 25"}},
		{"es", "almacena 10 PB de datos", []string{"count \"10 PB\" 10 unit=PB"}},
		{"en", "stores 10 PB of data", []string{"count \"10 PB\" 10 unit=PB"}},
	})
}
