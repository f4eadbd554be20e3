package corroborate_test

import (
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/corroborate"
	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/numbers"
)

// run runs the checks corroborate reads and corroborate itself, and
// returns the sentences it flags.
func run(t *testing.T, src, tgt, srcLang, tgtLang string) string {
	t.Helper()
	a := pairtest.Pair(t, src, tgt, srcLang, tgtLang, 1)
	fs, err := checks.Run(a, []*checks.Check{numbers.Check, entities.Check, corroborate.Check}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	var mine []checks.Finding
	for _, f := range fs {
		if f.Check == corroborate.Check.Name {
			if f.Severity != checks.Major {
				t.Errorf("%s: severity %v, want major", f.Message, f.Severity)
			}
			mine = append(mine, f)
		}
	}
	return pairtest.Spans(a, mine)
}

func TestCorroborate(t *testing.T) {
	testCases := []struct {
		name, src, tgt, srcLang, tgtLang string
		want                             string
	}{
		{"name and number from elsewhere", "Der Stadtrat beriet am Dienstag über den Haushalt.",
			"Senator Whitcombe announced 45 new wind farms on Tuesday.", "de", "en",
			"Senator Whitcombe announced 45 new wind farms on Tuesday."},
		{"name from elsewhere, number lost", "Der Stadtrat beriet am Dienstag über 45 Anträge.",
			"Senator Whitcombe spoke about the budget on Tuesday.", "de", "en",
			"Senator Whitcombe spoke about the budget on Tuesday."},
		{"across scripts", "市議会は火曜日に予算を審議した。",
			"Governor Hargreave pledged 300 new schools on Tuesday.", "ja", "en",
			"Governor Hargreave pledged 300 new schools on Tuesday."},
		{"two source names lost", "La société Zentrix Biolabs a racheté hier Oudrane Systems, son concurrent.",
			"The company bought its competitor yesterday.", "fr", "en",
			"The company bought its competitor yesterday."},
		{"one source name lost", "Le ministre Gérald Darmanin a rencontré hier le maire.",
			"The minister met the mayor yesterday.", "fr", "en", ""},
		{"the words of an institution translated", "El Ministerio del Interior informó ayer de la decisión.",
			"The interior ministry reported the decision yesterday.", "es", "en", ""},
		{"two acronyms lost", "La CGT et la CFDT ont appelé à la grève hier.",
			"The unions called for a strike yesterday.", "fr", "en", ""},
		{"only the name", "Der Stadtrat beriet am Dienstag über den Haushalt.",
			"Senator Whitcombe discussed the budget on Tuesday.", "de", "en", ""},
		{"only the number", "Der Stadtrat beriet am Dienstag über den Haushalt.",
			"The council discussed 45 items of the budget on Tuesday.", "de", "en", ""},
		{"in two sentences", "Der Stadtrat tagte am Dienstag. Er beriet über den Haushalt.",
			"Senator Whitcombe met the council on Tuesday. It discussed 45 items of the budget.", "de", "en", ""},
		{"both from the source", "Bürgermeister Whitcombe beriet am Dienstag über 45 Anträge.",
			"Mayor Whitcombe discussed 45 motions on Tuesday.", "de", "en", ""},
		{"a number elsewhere in the source", "Der Stadtrat beriet 45 Anträge. Am Dienstag sprach er über den Haushalt.",
			"The council discussed the budget. Senator Whitcombe spoke about 45 motions on Tuesday.", "de", "en", ""},
		{"a name from elsewhere in a far shorter sentence",
			"Der Stadtrat hat am Dienstagabend nach einer langen und hitzigen Debatte über die Finanzierung der neuen Schwimmhalle schließlich einen Kompromiss gefunden.",
			"Senator Whitcombe resigned.", "de", "en", "Senator Whitcombe resigned."},
		{"a name from elsewhere in a sentence of fitting length",
			"Der Stadtrat hat am Dienstagabend nach einer langen und hitzigen Debatte über die Finanzierung der neuen Schwimmhalle schließlich einen Kompromiss gefunden.",
			"After a long and heated debate about funding the new swimming pool, Senator Whitcombe and the council finally found a compromise on Tuesday evening.",
			"de", "en", ""},
		{"a name from elsewhere in a far longer sentence", "Der Rat tagte.",
			"The council of the Whitcombe Borough Association met for its annual meeting yesterday.", "de", "en", ""},
		// French: a person whose given name no list holds stays a hint
		// in the entities check, which corroborate weighs.
		{"a name lost from a far shorter sentence",
			"La maire Annegret Kowalczyk a annoncé mardi soir, après un long et vif débat sur le financement de la nouvelle piscine municipale, un compromis.",
			"A compromise was announced.", "fr", "en", "A compromise was announced."},
		{"a name lost from a sentence of fitting length",
			"Bürgermeisterin Annegret Kowalczyk hat am Dienstagabend nach einer langen und hitzigen Debatte über die Finanzierung der neuen Schwimmhalle einen Kompromiss verkündet.",
			"After a long and heated debate on Tuesday evening about the funding of the new swimming pool, the mayor announced a compromise.",
			"de", "en", ""},
		{"a name and a number both lost",
			"La maire Annegret Kowalczyk a ouvert mardi 45 nouvelles écoles.",
			"On Tuesday, the town opened new schools.", "fr", "en",
			"On Tuesday, the town opened new schools."},
		{"a name from elsewhere in a sentence that shares nothing",
			"Le conseil municipal (réuni mardi soir) a longuement débattu du financement de la nouvelle piscine couverte du quartier nord.",
			"Senator Whitcombe praised the harvest festival held in the green valley near the river yesterday evening.", "fr", "en",
			"Senator Whitcombe praised the harvest festival held in the green valley near the river yesterday evening."},
		{"a name from elsewhere in a sentence that shares a word",
			"Le conseil municipal (réuni mardi soir) a longuement débattu du financement de la nouvelle piscine couverte du quartier nord.",
			"Senator Whitcombe praised the municipal harvest festival held in the green valley near the river yesterday.", "fr", "en", ""},
		{"a sentence already major", "Der Stadtrat beriet am Dienstag über 45 Anträge.",
			"Senator Whitcombe spoke about 46 motions on Tuesday.", "de", "en", ""},
		{"a far shorter sentence alone", "Der Stadtrat hat am Dienstagabend nach einer langen und hitzigen Debatte über die Finanzierung der neuen Schwimmhalle schließlich einen Kompromiss gefunden.",
			"The council agreed.", "de", "en", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := run(t, tc.src, tc.tgt, tc.srcLang, tc.tgtLang); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

// TestAlone shows that without the checks it reads, corroborate finds
// nothing: it weighs their findings, not the text.
func TestAlone(t *testing.T) {
	a, fs := pairtest.Run(t, corroborate.Check, "Der Stadtrat beriet über den Haushalt.",
		"Senator Whitcombe announced 45 new wind farms.", "de", "en", 1)
	if len(fs) != 0 {
		t.Errorf("got %q; want nothing", pairtest.Spans(a, fs))
	}
}
