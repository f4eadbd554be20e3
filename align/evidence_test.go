package align

import (
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestEvidence: what a sentence and its translation share, and what a
// sentence and another text do not.
func TestEvidence(t *testing.T) {
	for _, c := range []struct {
		name, src, srcLang, tgt, tgtLang string
		matched                          bool
	}{
		{"a scale word the number reader does not know", "Приехали около 500 тыс. человек.", "ru", "About 500,000 people arrived.", "en", true},
		{"a number inside an identifier", "The 1500m final starts at noon.", "en", "Финал на 1500 м начнётся в полдень.", "ru", true},
		{"a year written with two digits", "2018年に開業した。", "ja", "It opened in '18.", "en", true},
		{"a headline in title case shares no name", "Storm Leaves Thousands Without Power", "en", "Der Sturm ließ Tausende ohne Strom.", "de", false},
		{"words in capitals are no acronyms", "THE CARDS ARE STICKING OUT", "en", "LES CARTES DÉPASSENT", "fr", false},
		{"another text", "Siemens raised its forecast to 4.2 billion euros.", "en", "Le chat dormait sur le rebord de la fenêtre.", "fr", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := corpus.Load("s", []byte(c.src), corpus.Options{Lang: language.Make(c.srcLang), Format: corpus.FormatText})
			d, _ := corpus.Load("t", []byte(c.tgt), corpus.Options{Lang: language.Make(c.tgtLang), Format: corpus.FormatText})
			e := Evidence(d, []corpus.Span{d.Paragraphs[0].Span}, s, []corpus.Span{s.Paragraphs[0].Span})
			if got := e.Source.Numbers[1]+e.Source.Names[1] > 0; got != c.matched {
				t.Errorf("a number or name matched: %v; want %v (%+v)", got, c.matched, e)
			}
		})
	}
}

// TestSharesIdentity: SharesIdentity answers true only where Evidence
// finds something shared, over every pair of paragraphs of the sample
// article (German and English, in and out of order) and a few of other
// scripts, and it does answer true for most true pairs.
func TestSharesIdentity(t *testing.T) {
	load := func(name, text, lang string) *corpus.Document {
		d, err := corpus.Load(name, []byte(text), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tgt, srcs, err := corpus.SamplePair()
	if err != nil {
		t.Fatal(err)
	}
	docs := [][2]*corpus.Document{
		{tgt, srcs[0]},
		{load("t", "Президент Макрон прибыл в Берлин в 9:30 (по местному времени).", "ru"), load("s", "President Macron arrived in Berlin at 9:30 (local time).", "en")},
		{load("t", "東京都は2024年にイベントを開催しました。", "ja"), load("s", "Tokyo held an event in 2024.", "en")},
		{load("t", "Le chat dormait.", "fr"), load("s", "In a by-election, Labour won.", "en")},
	}
	pairs, said := 0, 0
	for _, d := range docs {
		for _, tp := range d[0].Paragraphs {
			for _, sp := range d[1].Paragraphs {
				ts, ss := []corpus.Span{tp.Span}, []corpus.Span{sp.Span}
				shares := SharesIdentity(d[0], ts, d[1], ss)
				e := Evidence(d[0], ts, d[1], ss)
				if shares && e.Source.Matched()+e.Target.Matched() == 0 {
					t.Errorf("%q / %q: shares by identity, but Evidence matched nothing", d[0].Slice(tp.Span), d[1].Slice(sp.Span))
				}
				pairs++
				if shares {
					said++
				}
			}
		}
	}
	if said == 0 || said == pairs {
		t.Errorf("shares by identity in %d of %d pairs: the test says nothing", said, pairs)
	}
}

// TestEvidenceURLInCJK checks that a URL Japanese text goes on from
// without a space is the source's URL.
func TestEvidenceURLInCJK(t *testing.T) {
	s, _ := corpus.Load("s", []byte("Sign up at example.com/newsletter."), corpus.Options{Lang: language.English, Format: corpus.FormatText})
	d, _ := corpus.Load("t", []byte("登録はexample.com/newsletterでできる。"), corpus.Options{Lang: language.Japanese, Format: corpus.FormatText})
	e := Evidence(d, []corpus.Span{d.Paragraphs[0].Span}, s, []corpus.Span{s.Paragraphs[0].Span})
	if e.Source.Names[1] != 1 {
		t.Errorf("the URL is not matched: %+v", e)
	}
}
