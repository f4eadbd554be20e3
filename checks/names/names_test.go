package names_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/names"
	"github.com/crossread/crossread/internal/seedcase"
	"github.com/crossread/crossread/rules"
)

func TestNames(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt string
		aligned                          int
		want                             string
	}{
		{"dnt aligned", "en", "de",
			"Meta trains Llama 4 on new clusters.",
			"Meta trainiert Lama 4 auf neuen Clustern.", 1, "Lama→Llama"},
		{"dnt compound with hyphen", "en", "de",
			"Training Llama takes months.",
			"Das Lama-Training dauert Monate.", 1, "Lama→Llama"},
		{"dnt unaligned with version", "en", "de",
			"Meta released Llama 3.1 in July.",
			"Kommentar.\n\nLama 3.1: 16384 GPUs", 0, "Lama→Llama"},
		{"dnt unaligned without version is no evidence", "en", "de",
			"Meta released Llama 3.1 in July.",
			"Kommentar.\n\nEin Lama steht im Stall.", 0, ""},
		{"animal without the model in the source", "en", "de",
			"The farm keeps a llama and two goats.",
			"Der Hof hält ein Lama und zwei Ziegen.", 1, ""},
		{"french lower-case form", "en", "fr",
			"Meta trains Llama 4.",
			"Meta entraîne lama 4.", 1, "lama→Llama"},
		{"gemini in german", "en", "de",
			"The phones ship with Gemini built in.",
			"Die Telefone werden mit eingebautem Zwillinge ausgeliefert.", 1, "Zwillinge→Gemini"},
		{"right name untouched", "en", "de",
			"Meta trains Llama 4.",
			"Meta trainiert Llama 4.", 1, ""},
		{"not inside a URL", "en", "de",
			"Meta trains Llama 4.",
			"Quelle: https://example.com/lama-4-training", 1, ""},
		{"nickname without source", "en", "de",
			"Nvidia sells more chips.",
			"Lao Huang verkauft mehr Chips.", 0, "Lao Huang→Jensen Huang"},
		{"nickname written as the source writes the name", "en", "de",
			"Zuckerberg said Meta will spend more.",
			"Xiao Zha sagte, Meta werde mehr ausgeben.", 1, "Xiao Zha→Zuckerberg"},
		{"nickname in english target", "zh", "en",
			"小扎表示，Meta将投入更多资金。",
			"Xiao Zha said Meta would invest more.", 1, "Xiao Zha→Mark Zuckerberg"},
		{"Ins mid-sentence with Instagram aligned", "en", "de",
			"People use apps such as Facebook and Instagram.",
			"Menschen nutzen Apps wie Facebook und Ins jeden Tag.", 1, "Ins→Instagram"},
		{"Ins at sentence start is German", "en", "de",
			"Instagram was founded in 2010.",
			"Ins Leben gerufen wurde Instagram 2010.", 1, ""},
		{"Ins unaligned is not flagged", "en", "de",
			"Instagram grows.",
			"Ein Satz.\n\nSie gehen mit Ins Kino.", 0, ""},
		{"Ultraman needs Altman in a source", "ja", "de",
			"ウルトラマンが帰ってきた。",
			"Ultraman ist zurück.", 1, ""},
		{"rule for another language is ignored", "en", "es",
			"Meta trains Llama 4.",
			"Meta entrena Lama 4.", 1, ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pairtest.Check(t, names.Check, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, tc.aligned); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}
}

func TestRuleFileErrors(t *testing.T) {
	testCases := []struct{ data, want string }{
		{"dnt\tLlama\tde\tLama\n", "names.tsv:1: want 5 tab-separated columns"},
		{"# c\nbrand\tLlama\tde\tLama\t-\n", "names.tsv:2: unknown kind"},
		{"dnt\tLlama\tde\tLama\tsometimes\n", "names.tsv:1: unknown condition"},
		{"dnt\tLlama\tq!\tLama\t-\n", "names.tsv:1: bad language"},
		{"dnt\tLlama\tde\tLlama\t-\n", "names.tsv:1: wrong form"},
	}
	for _, tc := range testCases {
		fsys := fstest.MapFS{"names.tsv": {Data: []byte(tc.data)}}
		_, err := rules.Load(rules.Layer{FS: fsys})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v; want error containing %q", tc.data, err, tc.want)
		}
	}
}

func TestDefaultRulesLoad(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.Names) < 20 {
		t.Errorf("got %d name rules; want the embedded set", len(rs.Names))
	}
	if err := checks.Validate([]*checks.Check{names.Check}); err != nil {
		t.Error(err)
	}
}

// TestSeed runs the check on the seed with its gold alignment: every must
// name and term it covers is found, and no trap is touched.
func TestSeed(t *testing.T) {
	c := seedcase.Load(t)
	a := c.GoldAlignment()
	fs, err := checks.Run(a, []*checks.Check{names.Check}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range fs {
		p := c.Target.ParagraphAt(f.Span.Start) + 1
		got[fmt.Sprintf("%d:%s", p, c.Target.Slice(f.Span))] = true
		t.Logf("paragraph %d: %s", p, f.Message)
	}
	for _, e := range c.TrapsTouched(fs) {
		t.Error(e)
	}
	for _, want := range []string{"2:Xiao Zha", "7:Lama", "9:Xiao Zha", "10:Lao Huang", "14:Xiao Zha",
		"17:Lama", "18:Lama", "19:Lama", "36:Ins", "51:Xiao Zha"} {
		if !got[want] {
			t.Errorf("missing finding %s", want)
		}
	}
}

// TestEveryRuleFires builds, for each embedded name rule, a pair that is
// not the seed: the wrong form in a sentence of the rule's language whose
// aligned source names the right one. Each rule must fire there, and a
// do-not-translate rule must stay quiet when the source does not name it.
func TestEveryRuleFires(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.Names {
		lang := "de"
		if r.Langs != nil {
			lang = r.Langs[0].String()
		}
		t.Run(r.Origin, func(t *testing.T) {
			src := "Yesterday, " + r.Name + " 2 was shown to reporters."
			tgt := "Gestern wurde " + r.Wrong + " 2 den Reportern gezeigt."
			a := pairtest.Pair(t, src, tgt, "en", lang, 1)
			fs, err := checks.Run(a, []*checks.Check{names.Check}, checks.Env{})
			if err != nil {
				t.Fatal(err)
			}
			if got := pairtest.Summary(a, fs); !strings.HasPrefix(got, r.Wrong+"→") {
				t.Errorf("got %q; want %q flagged", got, r.Wrong)
			}
			if r.Kind != rules.DoNotTranslate {
				return
			}
			a = pairtest.Pair(t, "Yesterday, a prototype was shown to reporters.", tgt, "en", lang, 1)
			if fs, _ := checks.Run(a, []*checks.Check{names.Check}, checks.Env{}); len(fs) != 0 {
				t.Errorf("flagged %q with no %q in the source", r.Wrong, r.Name)
			}
		})
	}
}
