package numbers_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/numbers"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCases are one source and one translation per line of the table,
// per target language; the golden file holds every message and fix the
// check writes for them, so that a change of wording or of a fix's format
// shows in review.
var goldenCases = []struct {
	name, tgtLang, tgt, srcLang, src string
}{
	{"de/scale-false-friend", "de", "Der Umsatz lag bei 75 Billionen US-Dollar.", "en", "Revenue was $75 billion."},
	{"de/foreign-format", "de", "Cluster mit 24,000 GPUs.", "en", "Clusters with 24,000 GPUs."},
	{"de/changed", "de", "Cluster mit 22.000 GPUs.", "en", "Clusters with 24,000 GPUs."},
	{"en/changed-in-words", "en", "For two years the city grew.", "it", "Per due decenni la città è cresciuta."},
	{"de/rounding-ok", "de", "Der Umsatz stieg auf 8,5 Milliarden US-Dollar.", "en", "Revenue rose to $8.47 billion."},
	{"de/points-for-percent", "de", "Der Anteil stieg um 2 %.", "en", "The share rose by 2 percentage points."},
	{"de/percent-for-points", "de", "Der Anteil stieg um 2 Prozentpunkte.", "en", "The share rose by 2%."},
	{"de/quarter-ok", "de", "Im zweiten Quartal und im 3. Quartal.", "en", "In Q2 and in the third quarter."},
	{"de/quarter-changed", "de", "Im dritten Quartal wuchs der Umsatz.", "en", "In Q2 revenue grew."},
	{"de/date-ok", "de", "Am 5. März begann es.", "en", "It started on March 5."},
	{"de/date-changed", "de", "Am 5. Mai begann es.", "en", "It started on March 5."},
	{"de/conversion-ok", "de", "Es war 35 °C heiß, die Strecke war 50 km lang.", "en", "It was 95 °F, the route was 31 miles long."},
	{"de/not-converted", "de", "Die Strecke war 500 km lang.", "en", "The route was 500 miles long."},
	{"de/unit-swapped", "de", "Die Strecke war 100 Meilen lang.", "en", "The route was 100 km long."},
	{"de/conversion-off", "de", "Die Strecke war 70 Meilen lang.", "en", "The route was 100 km long."},
	{"de/range-bound-dropped", "de", "Die Ausgaben liegen bei 40 Milliarden US-Dollar.", "en", "Spending will be $37 billion to $40 billion."},
	{"fr/foreign-format", "fr", "Il y avait 24,000 visiteurs.", "en", "There were 24,000 visitors."},
	{"fr/points", "fr", "La part a augmenté de 2 %.", "en", "The share rose 2 percentage points."},
	{"fr/quarter", "fr", "Au 3e trimestre.", "en", "In Q2."},
	{"es/changed", "es", "Había 2500 personas.", "en", "There were 2,400 people."},
	{"it/scale", "it", "Un fatturato di 3 milioni di euro.", "en", "Revenue of 3 billion euros."},
	{"pt/scale", "pt", "Receita de 5 trilhões de reais.", "en", "Revenue of 5 billion reais."},
	{"pt-PT/scale-ok", "pt-PT", "Receita de 5 mil milhões de euros.", "en", "Revenue of 5 billion euros."},
	{"ru/changed", "ru", "Около 3,5 млн человек.", "en", "About 4.5 million people."},
	{"ru/quarter", "ru", "Во II квартале выручка выросла.", "en", "In the third quarter revenue grew."},
	{"el/scale", "el", "Έσοδα 3 εκατ. ευρώ.", "en", "Revenue of 3 billion euros."},
	{"fi/changed", "fi", "Noin 12 prosenttia.", "en", "About 13 percent."},
	{"id/changed", "id", "Sekitar 3,5 juta orang.", "en", "About 4.5 million people."},
	{"ja/myriad", "ja", "売上高は10億ドルだった。", "en", "Revenue was $10 billion."},
	{"ko/points", "ko", "점유율이 2% 올랐다.", "en", "The share rose 2 percentage points."},
	{"zh/myriad", "zh", "收入为10亿美元。", "en", "Revenue was $10 billion."},
	{"zh-Hant/quarter", "zh-Hant", "第3季營收成長。", "en", "Revenue grew in Q2."},
	{"en/from-de", "en", "Revenue was 39.1 billion dollars.", "de", "Der Umsatz lag bei 39,1 Billionen US-Dollar."},
	{"en/from-pl", "en", "He has a flat worth PLN 570 thousand.", "pl", "Posiada mieszkanie o wartości 750 tys. zł."},
	{"en/from-cs", "en", "In the third quarter.", "cs", "Ve 2. čtvrtletí."},
	{"en/from-hi", "en", "Revenue of 12 lakh rupees.", "hi", "१२ करोड़ रुपये की आय।"},
	{"de/currency-swapped", "de", "Der Umsatz lag bei 5 Milliarden €.", "en", "Revenue was $5 billion."},
	{"zh-Hant/us-dollar-as-twd", "zh-Hant", "營收為$50億。", "en", "Revenue was $5 billion."},
	{"zh/yen-as-yuan", "zh", "售价为¥5000。", "ja", "価格は5000円。"},
	{"en/times-vague", "en", "Sales were three times as high.", "zh", "销量增长了两倍。"},
	{"de/time-changed", "de", "Um 14:50 Uhr ging der Notruf ein.", "en", "The call came in at 3:50 p.m."},
	{"en/time-changed-12h", "en", "Noises at around 2:40 a.m.", "de", "Geräusche gegen 3.40 Uhr."},
	{"en/name-changed", "en", "The F-43 fighter.", "pl", "Myśliwiec F-35."},
	{"ru/quarter-numeral", "ru", "В 3-м квартале выручка выросла.", "en", "In Q2 revenue grew."},
	{"ru/quarter-inflected-no-fix", "ru", "В третьем квартале выручка выросла.", "en", "In Q2 revenue grew."},
	{"ru/month-genitive", "ru", "Это случилось 5 мая.", "en", "It happened on March 5."},
	{"ru/month-inflected-no-fix", "ru", "Это случилось в мае.", "en", "It happened in March."},
	{"el/quarter", "el", "Στο 3ο τρίμηνο.", "en", "In Q2."},
	{"el/month-genitive", "el", "Στις 5 Μαΐου.", "en", "On March 5."},
	{"fi/quarter-inflected", "fi", "Kolmannella neljänneksellä.", "en", "In Q2."},
	{"fi/quarter-numeral", "fi", "3. neljänneksellä.", "en", "In Q2."},
	{"fi/month", "fi", "5. toukokuuta.", "en", "On March 5."},
	{"de/date-source-order", "de", "Am 03/04/2025 begann es.", "en", "It started on 03/04/2025."},
	{"de/date-source-order-us", "de", "Am 03/04/2025 begann es.", "en-US", "It started on 03/04/2025."},
	{"en/date-swapped", "en", "On 4/3/2025 it started.", "es", "El 4/3/2025 empezó."},
	{"la/changed", "la", "Erant 3 milia militum.", "en", "There were 4,000 soldiers."},
	{"sa/crore-ok", "sa", "५ कोटि जनाः।", "en", "50 million people."},
	{"sa/changed", "sa", "६ कोटि जनाः।", "en", "50 million people."},
	{"fr/fraction-changed", "fr", "Les 2/3 des sondés.", "en", "3/4 of respondents."},
	{"de/fraction-percent-ok", "de", "¾ der Befragten.", "en", "75% of respondents."},
	{"de/roman-name-changed", "de", "Der Super Bowl LVII.", "en", "Super Bowl LVIII."},
	{"la/roman-year-changed", "la", "Anno MMXXIV.", "en", "In 2025."},
}

func TestGoldenMessages(t *testing.T) {
	var b strings.Builder
	for _, tc := range goldenCases {
		a := pair(t, tc.tgtLang, tc.tgt, tc.srcLang, tc.src)
		fs, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		fmt.Fprintf(&b, "== %s\nsource: %s\ntarget: %s\n", tc.name, tc.src, tc.tgt)
		if len(fs) == 0 {
			b.WriteString("  (no finding)\n")
		}
		for _, f := range fs {
			fmt.Fprintf(&b, "  %s %s %q: %s\n", f.Severity, f.Category, a.Target.Slice(f.Span), f.Message)
			for _, fix := range f.Fixes {
				fixed := checks.ApplyFix(a.Target.Text, fix)
				fmt.Fprintf(&b, "    fix %q -> %s\n", fix.Message, fixed)
			}
		}
	}
	path := filepath.Join("testdata", "messages.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("messages differ from %s (run with -update and review the diff):\n%s", path, got)
	}
}
