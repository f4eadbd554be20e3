package terms_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/terms"
	"github.com/crossread/crossread/internal/seedcase"
	"github.com/crossread/crossread/rules"
)

func TestTerms(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt string
		aligned                          int
		want                             string
	}{
		{"become as bekommen", "en", "de",
			"The city will become a hub for start-ups.",
			"Die Stadt wird einen Knotenpunkt für Start-ups bekommen.", 1, "bekommen→werden"},
		{"become inflected", "en", "de",
			"She became the first woman to lead the party.",
			"Sie bekam die erste Frau, die die Partei führt.", 1, "bekam"},
		{"become rendered right", "en", "de",
			"She became the first woman to lead the party.",
			"Sie wurde die erste Frau an der Spitze der Partei.", 1, ""},
		{"get in the source licenses bekommen", "en", "de",
			"Players who become members get a discount.",
			"Spieler, die Mitglied werden, bekommen einen Rabatt.", 1, ""},
		{"gift as Gift", "en", "de",
			"The book was a gift from her father.",
			"Das Buch war ein Gift von ihrem Vater.", 1, "Gift"},
		{"poison is Gift", "en", "de",
			"The poison was a gift to no one.",
			"Das Gift war für niemanden ein Geschenk.", 1, ""},
		{"a name the source writes too", "en", "de",
			"Donations under Gift Aid rose.",
			"Spenden über Gift Aid stiegen.", 1, ""},
		{"a neighbour's source covers an unaligned paragraph", "en", "de",
			"The lab trains models on GPUs.",
			"Das Labor trainiert Modelle.\n\nDie Schulung der Modelle dauert.", 1, "Schulung"},
		{"unaligned paragraph is not judged", "en", "de",
			"The book was a gift.",
			"Kommentar.\n\nGift ist gefährlich.", 0, ""},
		{"model training as Schulung", "en", "de",
			"The lab spends billions on training models.",
			"Das Labor gibt Milliarden für die Schulung von Modellen aus.", 1, "Schulung"},
		{"compound and plural", "en", "de",
			"The ratio of inference compute to training compute is high.",
			"Das Verhältnis von Inferenz zu Modellschulungen ist hoch.", 1, "Modellschulungen"},
		{"employee training is a Schulung", "en", "de",
			"The company offers AI training for employees.",
			"Das Unternehmen bietet KI-Schulungen für Mitarbeiter an.", 1, ""},
		{"training without model context", "en", "de",
			"The firm expanded its training programme.",
			"Die Firma baute ihr Schulungsprogramm aus.", 1, ""},
		{"VR headset as Kopfhörer", "en", "de",
			"Sales of its VR headset rose.\n\nThe company will present a cheaper headset.",
			"Die Verkäufe stiegen.\n\nDas Unternehmen stellt günstigere Kopfhörer vor.", 2, "Kopfhörer"}, // "günstigere Headset": no fix
		{"VR headset as Kopfhörer in a compound after an article", "en", "de",
			"The VR headset costs 300 dollars.",
			"Die VR-Kopfhörer kosten 300 Dollar.", 1, "Kopfhörer"}, // "Die VR-Headset": no fix
		{"VR headset as Kopfhörer in a compound after a verb", "en", "de",
			"Meta sells VR headsets.",
			"Meta verkauft VR-Kopfhörer.", 1, "Kopfhörer→Headsets"},
		{"headphones are Kopfhörer", "en", "de",
			"Its VR headset ships with headphones.",
			"Sein VR-Headset wird mit Kopfhörern geliefert.", 1, ""},
		{"GPU blocks after a hyphen", "en", "de",
			"Each cluster has 24,000 H100 GPUs.",
			"Jeder Cluster hat 24.000 H100-Blöcke.", 1, "Blöcke→GPUs"},
		{"podcast as blog", "en", "de",
			"He said so in a podcast interview.",
			"Er sagte das in einem Blog-Interview.", 1, "Blog"},
		{"earnings call as Finanzbericht", "en", "de",
			"On the earnings call, the CEO said demand was strong.",
			"Im Finanzbericht sagte der Chef, die Nachfrage sei stark.", 1, "Finanzbericht"},
		{"not inside a URL", "en", "de",
			"He gave a podcast interview.",
			"Quelle: https://example.com/blog/interview", 1, ""},
		{"french library", "en", "fr",
			"The library opens at nine.",
			"La librairie ouvre à neuf heures.", 1, "librairie"},
		{"french bookshop is right", "en", "fr",
			"The bookshop next to the library opens at nine.",
			"La librairie à côté de la bibliothèque ouvre à neuf heures.", 1, ""},
		{"french deception", "en", "fr",
			"The deception was uncovered.",
			"La déception a été découverte.", 1, "déception"},
		{"spanish embarrassed", "en", "es",
			"The minister was embarrassed by the leak.",
			"El ministro estaba embarazado por la filtración.", 1, "embarazado→avergonzado"},
		{"spanish pregnant", "en", "es",
			"She was pregnant and not embarrassed about it.",
			"Estaba embarazada y no se avergonzaba.", 1, ""},
		{"italian library inflected", "en", "it",
			"Two libraries closed.",
			"Due librerie hanno chiuso.", 1, "librerie→biblioteche"},
		{"portuguese pretend", "en", "pt",
			"He pretended to be asleep.",
			"Ele pretendeu estar dormindo.", 1, "pretendeu"},
		{"chinese measure word", "zh", "en",
			"Meta有两个集群，每个有2.4万块H100 GPU。",
			"Meta has two clusters with 24,000 blocks of H100 GPUs each.", 1, "blocks→GPUs"},
		{"german calque without source", "en", "de",
			"Comment.",
			"Kommentar.\n\nNach dem Sieg: auf Wolke neun.", 0, "auf Wolke neun→auf Wolke sieben"},
		{"german calque with words after it", "en", "de",
			"Comment.",
			"Kommentar.\n\nSie war auf Wolke neun und feierte bis zum Morgen.", 0, "auf Wolke neun"}, // words follow: no fix
		{"a chinese rhetorical question taken literally", "zh", "de",
			"十倍算力是什么概念？",
			"Was ist das Konzept von zehnfacher Rechenleistung?", 1, "Was ist das Konzept"},
		{"the same into english", "zh", "en",
			"十倍算力是什么概念？",
			"What is the concept of ten times the compute?", 1, "What is the concept"},
		{"the same into french", "zh", "fr",
			"十倍算力是什么概念？",
			"Quel est le concept de dix fois plus de calcul ?", 1, "Quel est le concept"},
		{"a question about a term's concept is one", "zh", "de",
			"这个术语是什么概念？",
			"Welches Konzept meint dieser Begriff?", 1, ""},
		// "Herz der Maschine" (机器之心, Jiqizhixin) is ordinary German
		// too, so it is no rule.
		{"a heart in prose is no outlet", "en", "de",
			"The engine is the heart of the machine.",
			"Der Motor ist das Herz der Maschine.", 1, ""},
		// The rule is judged in the aligned sentence, not the paragraph.
		{"poison in another sentence excuses nothing", "en", "de",
			"The book was a gift from her father. The poison was found later.",
			"Das Buch war ein Gift von ihrem Vater. Das Gift wurde später gefunden.", 1, "Gift"},
		{"poison in the same sentence excuses it", "en", "de",
			"The vial held poison. The book was a gift, and the gift was poison.",
			"Die Phiole enthielt Gift. Das Buch war ein Geschenk, und das Geschenk war Gift.", 1, ""},
		{"the source word in another sentence calls for nothing", "en", "fr",
			"The library opens at nine. The shop next door sells maps.",
			"La bibliothèque ouvre à neuf heures. La librairie voisine vend des cartes.", 1, ""},
		{"rules of another pair are ignored", "en", "nl",
			"The book was a gift.",
			"Het boek was een Gift.", 1, ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pairtest.Check(t, terms.Check, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, tc.aligned); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

func TestGlossary(t *testing.T) {
	tsv := "# house terms\nen\tde\nearnings call\tTelefonkonferenz|Analystenkonferenz|!Finanzbericht\tour style\n"
	rs, err := rules.LoadGlossary("g.tsv", []byte(tsv))
	if err != nil {
		t.Fatal(err)
	}
	tbx := `<?xml version="1.0"?>
<tbx type="TBX-Basic" xml:lang="en"><text><body>
<conceptEntry id="c1">
 <langSec xml:lang="en"><termSec><term>headset</term></termSec></langSec>
 <langSec xml:lang="de"><termSec><term>Headset</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
  <termSec><term>Kopfhörer</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>`
	more, err := rules.LoadGlossary("g.tbx", []byte(tbx))
	if err != nil {
		t.Fatal(err)
	}
	glossary := &rules.Rules{Terms: append(rs, more...)}
	testCases := []struct{ name, src, tgt, want string }{
		{"required term present", "On the earnings call, she spoke.", "In der Telefonkonferenz sprach sie.", ""},
		{"forbidden term", "On the earnings call, she spoke.", "Im Finanzbericht sprach sie.",
			"Im Finanzbericht sprach sie.; Finanzbericht"},
		{"required term missing", "On the earnings call, she spoke.", "Sie sprach.", "Sie sprach."},
		{"tbx deprecated term", "A new headset.", "Ein neuer Kopfhörer.", "Ein neuer Kopfhörer.; Kopfhörer"}, // "neuer Headset": no fix
		{"tbx deprecated term, no adjective", "A new headset.", "Neu: Kopfhörer.", "Neu: Kopfhörer.; Kopfhörer→Headset"},
		{"tbx preferred term", "A new headset.", "Ein neues Headset.", ""},
		{"no source term", "She spoke.", "Im Finanzbericht sprach sie.", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a := pairtest.Pair(t, tc.src, tc.tgt, "en", "de", 1)
			fs, err := checks.Run(a, []*checks.Check{terms.Check}, checks.Env{Rules: glossary})
			if err != nil {
				t.Fatal(err)
			}
			if got := pairtest.Summary(a, fs); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

func TestGlossaryErrors(t *testing.T) {
	testCases := []struct{ name, data, want string }{
		{"g.tsv", "earnings call\tTelefonkonferenz\n", "g.tsv:1: the first line names the languages"},
		{"g.tsv", "en\tde\nearnings call\n", "g.tsv:2: want 2 to 3"},
		{"g.tsv", "en\tde\nC++\tC++\n", "g.tsv:2: source: bad word"},
		{"g.tbx", "<tbx><text><body><termEntry>\n<langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet>\n</body></tbx>", "g.tbx:3:"},
	}
	for _, tc := range testCases {
		_, err := rules.LoadGlossary(tc.name, []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v; want error containing %q", tc.data, err, tc.want)
		}
	}
}

func TestRuleErrors(t *testing.T) {
	testCases := []struct{ path, data, want string }{
		{"terms/en-de.tsv", "false-friend\tgift\n", "terms/en-de.tsv:1: want 4 to 7"},
		{"terms/en-de.tsv", "# c\nfalse-friends\tgift\tGift\tGeschenk\n", "terms/en-de.tsv:2: unknown kind"},
		{"terms/en-de.tsv", "term\tgift\tGift\tGifte\n", "terms/en-de.tsv:1: the right form"},
		{"terms/english-de.tsv", "term\tgift\tGift\tGeschenk\n", "terms/english-de.tsv: name a term file"},
		{"calques/de.tsv", "Was ist || das\tWas\n", "calques/de.tsv:1: empty alternative"},
		{"other.tsv", "x\n", "other.tsv:1: unknown rule file"},
	}
	for _, tc := range testCases {
		r, err := rules.Load(rules.Layer{FS: fstest.MapFS{tc.path: {Data: []byte(tc.data)}}, Label: "dir"})
		if err == nil {
			err = checks.Unclaimed(r, []*checks.Check{terms.Check})
		}
		if err == nil || !strings.Contains(err.Error(), "dir/"+tc.want) {
			t.Errorf("%s %q: got %v; want error containing %q", tc.path, tc.data, err, "dir/"+tc.want)
		}
	}
}

// TestOverlay: a rules directory adds a false friend with one data line,
// and a file with an embedded path replaces the embedded one.
func TestOverlay(t *testing.T) {
	dir := fstest.MapFS{
		"terms/en-nl.tsv": {Data: []byte("false-friend\tgift\tGift\tcadeau\n")},
		"terms/en-de.tsv": {Data: []byte("false-friend\tbecome\tbekommen\twerden\n")},
	}
	rs, err := rules.Load(rules.Embedded(), rules.Layer{FS: dir, Label: "mine"})
	if err != nil {
		t.Fatal(err)
	}
	// "mijn", not an article the replacement must agree with (afterFunctionWord).
	a := pairtest.Pair(t, "Thanks for my gift.", "Bedankt voor mijn gift.", "en", "nl", 1)
	fs, err := checks.Run(a, []*checks.Check{terms.Check}, checks.Env{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := pairtest.Summary(a, fs), "gift→cadeau"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
	if fs[0].Message == "" || !strings.Contains(strings.Join(rs.Lines(), "\n"), "mine/terms/en-nl.tsv:1") {
		t.Errorf("origin of the added rule not listed")
	}
	n := 0
	for _, r := range rs.AllTerms() {
		if r.Target.String() == "de" && r.Source.String() == "en" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d en-de rules; want the 1 of the replacing file", n)
	}
}

// TestSeed: the term findings of the seed gold, with the gold alignment and
// the default aligner, and no trap touched.
func TestSeed(t *testing.T) {
	c := seedcase.Load(t)
	def, err := align.New(align.Options{}).Align(c.Target, c.Sources)
	if err != nil {
		t.Fatal(err)
	}
	for name, a := range map[string]*align.Alignment{"gold": c.GoldAlignment(), "default": def} {
		fs, err := checks.Run(a, []*checks.Check{terms.Check}, checks.Env{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, f := range fs {
			p := c.Target.ParagraphAt(f.Span.Start) + 1
			got[fmt.Sprintf("%d:%s", p, c.Target.Slice(f.Span))] = true
			t.Logf("%s: paragraph %d: %s", name, p, f.Message)
		}
		for _, e := range c.TrapsTouched(fs) {
			t.Errorf("%s: %s", name, e)
		}
		for _, want := range []string{"15:Blöcken", "25:Schulung", "38:Schulungen", "50:Paar Kopfhörer",
			"9:Finanzbericht", "40:Blog"} {
			if !got[want] {
				t.Errorf("%s: missing finding %s", name, want)
			}
		}
		// The default aligner links paragraph 45 elsewhere; the gold one
		// shows the rule.
		if name == "gold" && !got["45:Geschäftsinformationen"] {
			t.Errorf("gold: missing finding 45:Geschäftsinformationen")
		}
	}
}

// A fix is offered only in the form the rule gives, where no function
// word before the term has to agree with it.
func TestFixForms(t *testing.T) {
	for _, c := range []struct{ name, lang, src, tgt, want string }{
		{"listed form", "it", "Two libraries closed.", "Due librerie hanno chiuso.", "librerie→biblioteche"},
		{"article before the term", "de", "The VR headset costs less.", "Der Kopfhörer kostet weniger.", "Kopfhörer"},
		{"adjective before the term", "de", "New VR headsets cost less.", "Neue Kopfhörer kosten weniger.", "Kopfhörer"},
		{"plural in the source", "de", "VR headsets cost less.", "Kopfhörer kosten weniger.", "Kopfhörer→Headsets"},
		{"singular in the source", "de", "The VR headset costs less, she said.", "Kopfhörer kostet weniger, sagte sie.", "Kopfhörer→Headset"},
		{"a pair of them", "de", "It sells a VR headset.", "Sie kauften zwei Paar Kopfhörer.", "Paar Kopfhörer"}, // "zwei Headset": no form for a pair,
		{"a noun before the term", "de", "It sells a VR headset.", "Es verkauft Meta Kopfhörer.", "Kopfhörer→Headset"},
		{"punctuation between", "de", "It sells a VR headset.", "Es verkauft: Kopfhörer.", "Kopfhörer→Headset"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := pairtest.Check(t, terms.Check, c.src, c.tgt, "en", c.lang, 1); got != c.want {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}
