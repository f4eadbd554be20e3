package align_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// nameConflictDoc writes ten news paragraphs, each naming a person, in
// English and in Czech; sixth, when set, replaces the sixth Czech one.
func nameConflictDoc(sixth string) (en, cs string) {
	people := []struct{ en, cs string }{
		{"Mayor Anna Keller said the plan would be presented next month.", "Starostka Anna Kellerová uvedla, že plán bude představen příští měsíc."},
		{"Finance chief Thomas Brandt warned that the deficit could grow.", "Ředitel financí Thomas Brandt varoval, že schodek může růst."},
		{"Police chief Peter Novak reported fewer burglaries in the old town.", "Policejní ředitel Peter Novak ohlásil méně vloupání ve starém městě."},
		{"School director Laura Stein asked for more teachers.", "Ředitelka školy Laura Steinová požádala o více učitelů."},
		{"Engineer Martin Weber said the bridge repairs would take two years.", "Inženýr Martin Weber řekl, že oprava mostu potrvá dva roky."},
		{"Doctor Eva Horak said the hospital needed new beds.", "Lékařka Eva Horáková řekla, že nemocnice potřebuje nová lůžka."},
		{"Architect Jan Fischer presented a design for the new library.", "Architekt Jan Fischer představil návrh nové knihovny."},
		{"Lawyer Sofia Lang said the contracts were signed in March.", "Právnička Sofia Langová uvedla, že smlouvy byly podepsány v březnu."},
		{"Farmer David Roth complained about the price of fuel.", "Zemědělec David Roth si stěžoval na cenu paliva."},
		{"Nurse Clara Vogel said the clinic would open on Sundays.", "Zdravotní sestra Clara Vogelová řekla, že ordinace bude otevřena v neděli."},
	}
	var e, c []string
	for k, p := range people {
		e, c = append(e, p.en), append(c, p.cs)
		if k == 5 && sixth != "" {
			c[k] = sixth
		}
	}
	return strings.Join(e, "\n\n"), strings.Join(c, "\n\n")
}

// TestNameConflictWeakensALink: a target paragraph that names someone
// the source paragraph in its place does not (an addition next to an
// omission) is linked less surely than the translation naming the same
// person. The evidence is calibrated on the document's own links, so in
// ten paragraphs it lowers the link's score without undoing it.
func TestNameConflictWeakensALink(t *testing.T) {
	score := func(sixth string) float64 {
		en, cs := nameConflictDoc(sixth)
		a, err := align.New(align.Options{}).Align(loadText(t, cs, "cs"), []*corpus.Document{loadText(t, en, "en")})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range a.Links {
			if fmt.Sprint(l.Target) == "[5]" {
				return l.Score
			}
		}
		return 0
	}
	same := score("")
	other := score("Předsedkyně opozice Maria Lindqvistová kritizovala harmonogram jako uspěchaný.")
	if same < 0.95 || other > 0.9 {
		t.Errorf("sixth paragraph's link: %.2f naming the same person, %.2f naming another; want at least 0.95 and at most 0.9", same, other)
	}
}
