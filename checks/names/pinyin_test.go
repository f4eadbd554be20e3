package names_test

import (
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/names"
)

// pinyinCase is a pair for TestPinyinNames.
type pinyinCase struct {
	name, srcLang, tgtLang, src, tgt string
	want                             string // the summary of the findings
	major                            bool
	unaligned                        bool // no source paragraph covers the target's
}

// TestPinyinNames: a name in pinyin no source has stands for the one the
// source names, in any target in Latin letters; a name the source has,
// a Chinese source, and names of other languages that pinyin could spell
// stay quiet.
func TestPinyinNames(t *testing.T) {
	for _, c := range []pinyinCase{
		{"a noun after the nickname", "en", "de",
			"Jensen Huang said early this year that Nvidia would grow.",
			"Ich erinnere mich, dass Xiao Huang Anfang des Jahres sagte, Nvidia werde wachsen.", "Xiao Huang→Jensen Huang", true, false},
		{"a translated prefix, capitalised", "en", "en",
			"Wang Yi met the delegation.",
			"Old Wang met the delegation.", "Old Wang→Wang Yi", true, false},
		{"a translated prefix after an article: no fix", "en", "de",
			"Jensen Huang said the chips were sold out.",
			"Der alte Huang sagte, die Chips seien ausverkauft.", "alte Huang", true, false},
		{"a translated prefix in French", "en", "fr",
			"Lei Jun said Xiaomi would build a car.",
			"Le vieux Lei a déclaré que Xiaomi construirait une voiture.", "vieux Lei", true, false},
		{"a translated prefix tied to no one", "en", "de",
			"The old house was sold.",
			"Das alte Huang-Haus wurde verkauft.", "", false, false},
		{"a surname joined to a noun", "en", "de",
			"Jensen Huang sold his old villa.",
			"Die alte Huang-Villa wurde verkauft.", "", false, false},
		{"a translated prefix before a word no surname", "en", "en",
			"Ben Stokes scored a century at Lord's.",
			"Big Ben scored a century at Lord's.", "", false, false},
		{"a paragraph no source covers", "en", "de",
			"Jensen Huang leads Nvidia.",
			"Xiao Huang verkauft mehr Chips.", "Xiao Huang→Jensen Huang", true, true},
		{"a paragraph no source covers, no one tied", "en", "de",
			"Nvidia sells more chips.",
			"Xiao Huang verkauft mehr Chips.", "Xiao Huang", true, true},
		{"a transliteration in a paragraph no source covers", "en", "de",
			"Jensen Huang leads Nvidia.",
			"Huang Renxun verkauft mehr Chips.", "", false, true},
		{"prefix and surname", "en", "de",
			"Jack Ma said the company would expand into Europe.",
			"Lao Ma sagte, das Unternehmen werde nach Europa expandieren.", "Lao Ma→Jack Ma", true, false},
		{"surname and title", "en", "it",
			"Lei Jun said Xiaomi would build a car.",
			"Lei Zong ha detto che Xiaomi costruirà un'auto.", "Lei Zong→Lei Jun", true, false},
		{"the fix leaves the title", "en", "de",
			"Nvidia's chief executive, CEO Jensen Huang, said chips were sold out.",
			"Der Nvidia-Chef Xiao Huang sagte, die Chips seien ausverkauft.", "Xiao Huang→Jensen Huang", true, false},
		{"a person's Chinese name", "en", "es",
			"Jensen Huang said Nvidia's chips were sold out.",
			"Huang Renxun dijo que los chips de Nvidia estaban agotados.", "Huang Renxun→Jensen Huang", true, false},
		{"nickname of another surname, no fix", "en", "fr",
			"Sundar Pichai said Google would invest more in AI.",
			"Xiao Pi a déclaré que Google investirait davantage dans l'IA.", "Xiao Pi", true, false},
		{"nickname, the person lost", "en", "pl",
			"Elon Musk said Tesla would cut prices.",
			"Xiao Ma powiedział, że Tesla obniży ceny.", "Xiao Ma", true, false},
		{"into english", "de", "en",
			"Jack Ma sagte, die Firma wachse.",
			"Xiao Ma said the company was growing.", "Xiao Ma→Jack Ma", true, false},
		{"nickname with no source person", "en", "de",
			"The company said it would grow.",
			"Lao Zhang sagte, die Firma werde wachsen.", "Lao Zhang", true, false},
		{"a transliteration, an office translated", "en", "de",
			"The White House said the ministry would answer.",
			"Das Weiße Haus sagte, Xi Jinping werde antworten.", "", false, false},
		{"a transliteration in place of a person", "en", "de",
			"The White House said Zhao Lijian spoke for the ministry.",
			"Das Weiße Haus sagte, Xi Jinping spreche für das Ministerium.", "Xi Jinping", true, false},
		{"the source has the name", "en", "de",
			"Xi Jinping met Joe Biden in Bali.",
			"Xi Jinping traf Joe Biden auf Bali.", "", false, false},
		{"the source parts it otherwise", "en", "de",
			"Xi Jin-ping met Joe Biden in Bali.",
			"Xi Jinping traf Joe Biden auf Bali.", "", false, false},
		{"a Chinese source", "zh", "de",
			"黄仁勋表示，英伟达的芯片已经售罄。",
			"Huang Renxun sagte, die Chips von Nvidia seien ausverkauft.", "", false, false},
		{"a name pinyin spells, inflected", "en", "cs",
			"The interview with Mike Pence aired on Sunday.",
			"Rozhovor s Mikem Pencem se vysílal v neděli.", "", false, false},
		{"a western name pinyin spells", "en", "de",
			"Nina Hagen sang in Berlin.",
			"Nina Hagen sang in Berlin.", "", false, false},
		{"a place the source writes with marks", "vi", "en",
			"Mưa lớn ở tỉnh Lào Cai.",
			"Heavy rain fell in Lao Cai province.", "", false, false},
		{"an article and a word pinyin spells", "en", "fr",
			"The European Central Bank raised rates.",
			"La Banque centrale européenne a relevé ses taux.", "", false, false},
		{"every word a name of the source", "en", "de",
			"The plane landed at Shanghai's Pudong airport, Wang Yi said.",
			"Das Flugzeug landete am Flughafen Shanghai Pudong.", "", false, false},
		{"two syllables only", "en", "de",
			"Tim Cook said Apple would open stores.",
			"Ke Ku sagte, Apple werde Läden eröffnen.", "", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, fs := pairtest.Run(t, names.Check, c.src, c.tgt, c.srcLang, c.tgtLang, c.aligned())
			if got := pairtest.Summary(a, fs); got != c.want {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			if len(fs) > 0 && (fs[0].Severity == checks.Major) != c.major {
				t.Errorf("severity %v, want major %v", fs[0].Severity, c.major)
			}
		})
	}
}

// aligned is pairtest's count of aligned paragraphs for the case.
func (c pinyinCase) aligned() int {
	if c.unaligned {
		return 0
	}
	return 1
}
