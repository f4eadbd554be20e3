package numbers

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

// TestFractionWordsPaired: a quarter or a half in words stands for the
// same value in digits on the other side ("a quarter of a percentage
// point", 0.25 %; "0.25 percentage points", "einen Viertelprozentpunkt"),
// in either direction; a changed value in digits is still flagged.
func TestFractionWordsPaired(t *testing.T) {
	for _, tc := range []struct {
		name, src, tgt, sl, tl, want string
	}{
		{"en-ja quarter", "The bank cut its rate by a quarter of a percentage point to 3.25%.", "同行は金利を0.25％引き下げ、3.25％とした。", "en", "ja", ""},
		{"en-zh quarter", "The bank cut its rate by a quarter of a percentage point to 3.25%.", "该行将利率下调0.25个百分点至3.25%。", "en", "zh", ""},
		{"en-ja changed", "The bank cut its rate by a quarter of a percentage point to 3.25%.", "同行は金利を0.5％引き下げ、3.25％とした。", "en", "ja", "0.5％"},
		{"en-de quarter", "The bank cut its rate by 0.25 percentage points to 3.25%.", "Die Bank senkte den Zins um einen Viertelprozentpunkt auf 3,25 %.", "en", "de", ""},
		{"en-de half", "The bank cut its rate by 0.5 percentage points to 3.25%.", "Die Bank senkte den Zins um einen halben Prozentpunkt auf 3,25 %.", "en", "de", ""},
		{"en-fr quarter", "The bank cut its rate by 0.25 percentage points to 3.25%.", "La banque a abaissé son taux d'un quart de point, à 3,25 %.", "en", "fr", ""},
		{"en-tr quarter", "The bank cut its rate by 0.25 percentage points to 3.25%.", "Banka faizi çeyrek puan indirerek yüzde 3,25'e çekti.", "en", "tr", ""},
		{"en-ar quarter and twenty", "The bank cut its rate by 0.25 percentage points in the 20 countries.", "خفض البنك سعر الفائدة بمقدار ربع نقطة مئوية في الدول العشرين.", "en", "ar", ""},
		// Japanese writes a cut of a quarter point "0.25％引き下げ": its
		// percent sign is no evidence against points; German's is.
		{"zh-ja points as percent", "该行将利率下调0.25个百分点至3.25%。", "同行は金利を0.25％引き下げ、3.25％とした。", "zh", "ja", ""},
		{"ja-ko percent as points", "同行は金利を0.25％引き下げ、3.25％とした。", "이 은행은 금리를 0.25%포인트 인하해 3.25%로 정했다.", "ja", "ko", ""},
		{"zh-de points as percent", "该行将利率下调0.25个百分点至3.25%。", "Die Bank senkte den Zins um 0,25 % auf 3,25 %.", "zh", "de", "0,25 %→0,25 Prozentpunkte"},
		// A third and a half in words against each other and against
		// digits: 3分の1, 三分之一, 3분의 1.
		{"en-de a third kept", "Its battery lasts about a third longer.", "Sein Akku hält etwa ein Drittel länger.", "en", "de", ""},
		{"en-de a third changed", "Its battery lasts about a third longer.", "Sein Akku hält etwa ein Viertel länger.", "en", "de", "Viertel"},
		{"en-de half changed", "The iPhone made up more than half of its revenue.", "Das iPhone machte mehr als ein Drittel des Umsatzes aus.", "en", "de", "Drittel"},
		{"en-ko a third kept", "Its battery lasts about a third longer.", "배터리는 약 3분의 1 더 오래 간다.", "en", "ko", ""},
		{"en-ja a third changed", "Its battery lasts about a third longer.", "バッテリーは約4分の1長持ちする。", "en", "ja", "4分の1"},
		{"zh-en a third kept", "约三分之一的人表示同意。", "About one third of people agreed.", "zh", "en", ""},
		{"en-de a quarter of a million", "There are a quarter of a million species.", "Es gibt eine viertel Million Arten.", "en", "de", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, fs := pairtest.Run(t, Check, tc.src, tc.tgt, tc.sl, tc.tl, 1)
			if got := pairtest.Summary(a, fs); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

// TestBracketedConversions: a conversion in brackets for one side's
// readers ("18.5 kilometres (11.5 miles)", "100 dólares (unos 92 euros)")
// may be left out or added; the measurement it converts is still
// compared.
func TestBracketedConversions(t *testing.T) {
	for _, tc := range []struct {
		name, src, tgt, sl, tl, want string
	}{
		{"dropped", "The quake hit at a depth of 18.5 kilometres (11.5 miles).", "Das Beben ereignete sich in einer Tiefe von 18,5 Kilometern.", "en", "de", ""},
		{"added", "Das Beben ereignete sich in einer Tiefe von 18,5 Kilometern.", "The quake hit at a depth of 18.5 kilometres (11.5 miles).", "de", "en", ""},
		{"the measurement changed", "The quake hit at a depth of 18.5 kilometres (11.5 miles).", "Das Beben ereignete sich in einer Tiefe von 28,5 Kilometern.", "en", "de", "28,5 Kilometern"},
		{"no conversion, a number missing", "The quake hit at a depth of 18.5 kilometres and 40 miles away.", "Das Beben ereignete sich in einer Tiefe von 18,5 Kilometern.", "en", "de", "omission"},
		// A sum converted into another currency, maybe after one word.
		{"a sum converted, added", "The ticket costs $100.", "La entrada cuesta 100 dólares (unos 92 euros).", "en", "es", ""},
		{"a sum converted, dropped", "The ticket costs 50 euros (about $54).", "Der Eintritt kostet 50 Euro.", "en", "de", ""},
		{"a sum converted without a word", "Der Eintritt kostet 50 Euro.", "Admission costs 50 euros ($54).", "de", "en", ""},
		{"a sum in the same currency", "The ticket costs $100.", "La entrada cuesta 100 dólares (120 dólares con impuestos).", "en", "es", "120 dólares"},
		{"a sum converted outside brackets", "The ticket costs $100.", "La entrada cuesta 100 dólares, unos 92 euros.", "en", "es", "92 euros"},
		{"a measurement converted after a word", "Der Sturm brachte Böen von 180 km/h.", "The storm brought gusts of 180 km/h (about 112 mph).", "de", "en", ""},
		// Japanese news dates the day a source names by its weekday.
		{"a day for a weekday", "The quake struck late on Friday, the ministry said on Saturday.", "地震は8日深夜に発生し、内務省が9日に発表した。", "en", "ja", ""},
		{"a day without a weekday", "The quake struck late at night, the ministry said.", "地震は8日深夜に発生した。", "en", "ja", "8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, fs := pairtest.Run(t, Check, tc.src, tc.tgt, tc.sl, tc.tl, 1)
			var got []string
			for _, f := range fs {
				switch {
				case f.Severity < checks.Minor:
				case f.Category == checks.Omission:
					got = append(got, "omission")
				default:
					got = append(got, a.Target.Slice(f.Span))
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}
