package numbers_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/numbers"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// pair loads a target and a source text and links paragraph i of the
// target to paragraph i of the source; target paragraphs beyond the
// source's stay unaligned.
func pair(t testing.TB, tgtLang, tgt, srcLang, src string) *align.Alignment {
	t.Helper()
	td, err := corpus.Load("target.txt", []byte(tgt), corpus.Options{Lang: language.MustParse(tgtLang), Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	sd, err := corpus.Load("source.txt", []byte(src), corpus.Options{Lang: language.MustParse(srcLang), Format: corpus.FormatText})
	if err != nil {
		t.Fatal(err)
	}
	a := &align.Alignment{Target: td, Sources: []*corpus.Document{sd}}
	for i := range td.Paragraphs {
		l := align.Link{Target: []int{i}}
		if i < len(sd.Paragraphs) {
			l.Sources = []align.SourceParas{{Doc: 0, Paras: []int{i}}}
			l.Score = 1
		}
		a.Links = append(a.Links, l)
	}
	return a
}

// summary writes a finding as severity, category, flagged target text and
// the first fix.
func summary(a *align.Alignment, f checks.Finding) string {
	s := fmt.Sprintf("%s %s %q", f.Severity, f.Category, a.Target.Slice(f.Span))
	if len(f.Fixes) > 0 {
		s += " => " + f.Fixes[0].Message
	}
	return s
}

func TestCompare(t *testing.T) {
	testCases := []struct {
		name             string
		tgtLang, tgt     string
		srcLang, src     string
		want             []string
		wantMessageParts []string // substrings of the first finding's message
	}{
		{
			name:    "changed copy of a matched number",
			tgtLang: "de", tgt: "Meta baut zwei Cluster, einen mit 22.000 H100-Blöcken und einen mit 24.000 Blöcken.",
			srcLang: "en", src: "Meta has built two separate clusters, each with 24,000 H100 GPUs.",
			want:             []string{`major accuracy/mistranslation "22.000" => Use 24.000`},
			wantMessageParts: []string{"target 22.000", "source 24,000"},
		},
		{
			name:    "rounded money with scale words",
			tgtLang: "de", tgt: "Der Umsatz stieg um 22 % auf 39,1 Milliarden US-Dollar, der Gewinn um 73 % auf 13,5 Milliarden US-Dollar.",
			srcLang: "en", src: "Revenue grew 22 percent to $39.07 billion, and net income rose 73 percent to $13.47 billion.",
		},
		{
			name:    "rounding to one decimal",
			tgtLang: "de", tgt: "Sie stiegen um fast 33 % von 6,4 Milliarden US-Dollar auf 8,5 Milliarden US-Dollar.",
			srcLang: "en", src: "They rose almost 33 percent, from $6.35 billion to $8.47 billion.",
		},
		{
			name:    "ranges whose first bound takes the scale word",
			tgtLang: "de", tgt: "Erwartet werden 37 bis 40 Milliarden US-Dollar, zuvor 35 bis 40 Milliarden US-Dollar, und ein Umsatz von 38,5 bis 41 Milliarden US-Dollar.",
			srcLang: "en", src: "It expects $37 billion to $40 billion, up from $35 billion to $40 billion, and revenue between $38.5 billion and $41 billion.",
		},
		{
			name:    "changed value",
			tgtLang: "de", tgt: "Erwartet werden 37 bis 45 Milliarden US-Dollar.",
			srcLang: "en", src: "It expects $37 billion to $40 billion.",
			want: []string{`major accuracy/mistranslation "45 Milliarden US-Dollar" => Use 40`},
		},
		{
			name:    "wrong scale word",
			tgtLang: "de", tgt: "OpenAI gab 3 Billionen US-Dollar für das Training aus.",
			srcLang: "en", src: "OpenAI spends $3 billion on training models.",
			want:             []string{`critical accuracy/mistranslation "3 Billionen US-Dollar" => Use Milliarden`},
			wantMessageParts: []string{"factor of 10^3"},
		},
		{
			// The fix replaces the false-friend scale word, keeping the digits.
			name:    "wrong scale word in French",
			tgtLang: "fr", tgt: "OpenAI a dépensé 3 billions de dollars pour l'entraînement.",
			srcLang: "en", src: "OpenAI spends $3 billion on training models.",
			want:             []string{`critical accuracy/mistranslation "3 billions de dollars" => Use milliards`},
			wantMessageParts: []string{"factor of 10^3"},
		},
		{
			name:    "source format left in the target",
			tgtLang: "de", tgt: "Llama 3 wurde auf Clustern mit 24,000 GPUs trainiert.",
			srcLang: "en", src: "Llama 3 was trained on clusters with 24,000 GPUs.",
			want:             []string{`minor locale-convention/number-format "24,000" => Use 24.000`},
			wantMessageParts: []string{"reads as 24 in de"},
		},
		{
			name:    "foreign decimal point",
			tgtLang: "de", tgt: "Die Quote stieg um 3.5 Prozent.",
			srcLang: "en", src: "The rate rose 3.5 percent.",
			want: []string{`minor locale-convention/number-format "3.5 Prozent" => Use 3,5`},
		},
		{
			name:    "added number",
			tgtLang: "de", tgt: "Für das Training sind 240.000 GPUs erforderlich.",
			srcLang: "en", src: "Training will take far more GPUs.",
			want: []string{`minor accuracy/addition "240.000"`},
		},
		{
			name:    "omitted number",
			tgtLang: "de", tgt: "Meta will bis Jahresende viele Nvidia-GPUs einsetzen.",
			srcLang: "en", src: "Meta plans to have 350,000 Nvidia GPUs in service by the end of the year.",
			want: []string{`minor accuracy/omission ""`},
		},
		{
			name:    "names and versions",
			tgtLang: "de", tgt: "Llama 3.1 wurde veröffentlicht; die Quest 3 und der H100 verkaufen sich, das Llama 4-Training läuft.",
			srcLang: "en", src: "Llama 3 was trained first; after Llama 3.1, the Quest 3 and the H100 sell well.",
		},
		{
			name:    "German year label is not a name",
			tgtLang: "de", tgt: "Das Modell erscheint im Jahr 2026.",
			srcLang: "en", src: "The model is expected in 2025.",
			want: []string{`major accuracy/mistranslation "2026" => Use 2025`},
		},
		{
			name:    "spelled-out numbers",
			tgtLang: "en", tgt: "The person fled to South Korea four years ago.",
			srcLang: "de", src: "Die Person habe sich vor drei Jahren nach Südkorea abgesetzt.",
			want: []string{`major accuracy/mistranslation "four"`},
		},
		{
			name:    "spelled-out number against digits",
			tgtLang: "en", tgt: "Two clusters with 24,000 GPUs each.",
			srcLang: "de", src: "Zwei Cluster mit je 24.000 GPUs.",
		},
		{
			name:    "myriads and changed digits",
			tgtLang: "en", tgt: "The U.S. has reported 4.176 million cases and at least 126,000 deaths.",
			srcLang: "zh", src: "美国报告的确诊总数已经达到417.6万例，至少14.6万人死亡。",
			want: []string{`major accuracy/mistranslation "126,000" => Use 146,000`},
		},
		{
			name:    "year",
			tgtLang: "en", tgt: "The consulate opened in 1995.",
			srcLang: "zh", src: "成都美领馆于1985年开放。",
			want: []string{`major accuracy/mistranslation "1995" => Use 1985`},
		},
		{
			name:    "decades with the century implied",
			tgtLang: "en", tgt: "In the 1970s and 1980s, New Faces launched most stars.",
			srcLang: "fr", src: "Dans les années 70 et 80, New Faces a lancé la plupart des stars.",
		},
		{
			name:    "same unit on both sides",
			tgtLang: "en", tgt: "La Plata lies 40 kilometers (25 miles) from Buenos Aires.",
			srcLang: "it", src: "La Plata sorge a 50 chilometri (31 miglia) da Buenos Aires.",
			want: []string{
				`major accuracy/mistranslation "40 kilometers" => Use 50`,
				`major accuracy/mistranslation "25 miles" => Use 31`,
			},
		},
		{
			name:    "unit conversion",
			tgtLang: "de", tgt: "Das ist etwa fünf Meter lang, der Roboter ist 2,5 Meter groß.",
			srcLang: "en", src: "That's about a 15-foot boat, and an eight-foot robot.",
		},
		{
			name:    "times are not compared",
			tgtLang: "en", tgt: "At 14:50 on July 24, six students were drowning.",
			srcLang: "zh", src: "7月24日15时50分，当地有6名初中学生溺水。",
		},
		{
			name:    "month",
			tgtLang: "en", tgt: "The rematch began on June 20.",
			srcLang: "zh", src: "于7月20日开始复赛。",
			want: []string{`major accuracy/mistranslation "June" => Use July`},
		},
		{
			name:    "percent",
			tgtLang: "en", tgt: "Efficiency rises by about 52% and 33 percent.",
			srcLang: "zh", src: "效率可提升20%左右和33%。",
			want: []string{`major accuracy/mistranslation "52%" => Use 20`},
		},
		{
			name:    "unaligned paragraphs are not compared",
			tgtLang: "de", tgt: "Gleich.\n\nDer Aufsatz kostete 5 Milliarden Euro.",
			srcLang: "en", src: "Same.",
		},
		{
			name:    "Devanagari digits and Indian grouping",
			tgtLang: "en", tgt: "He paid 1,234,567 rupees and 5,000 drivers enlisted.",
			srcLang: "hi", src: "उन्होंने १२,३४,५६७ रुपये दिए और 5,000 चालक सूचीबद्ध किए।",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a := pair(t, tc.tgtLang, tc.tgt, tc.srcLang, tc.src)
			fs, err := checks.Run(a, []*checks.Check{numbers.Check})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				got = append(got, summary(a, f))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
				for _, f := range fs {
					t.Logf("message: %s", f.Message)
				}
				return
			}
			for _, part := range tc.wantMessageParts {
				if !strings.Contains(fs[0].Message, part) {
					t.Errorf("got message %q; want it to contain %q", fs[0].Message, part)
				}
			}
		})
	}
}

// TestFixApplies checks that the fix of a changed value writes the source
// value in the target's format, keeping the scale word.
func TestFixApplies(t *testing.T) {
	a := pair(t, "de", "Der Umsatz stieg auf 8,9 Milliarden US-Dollar.", "en", "Revenue rose to $8.47 billion.")
	fs, err := checks.Run(a, []*checks.Check{numbers.Check})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || len(fs[0].Fixes) != 1 {
		t.Fatalf("got %d findings; want 1 with a fix", len(fs))
	}
	got := checks.ApplyFix(a.Target.Text, fs[0].Fixes[0])
	if want := "Der Umsatz stieg auf 8,47 Milliarden US-Dollar."; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}

// TestConcurrent runs the check on several passes at once; run it with
// -race.
func TestConcurrent(t *testing.T) {
	a := pair(t, "de", "Einen mit 22.000 und einen mit 24.000 Blöcken, 2 Billionen Euro.", "en", "Each with 24,000 GPUs, €2 billion.")
	want, err := checks.Run(a, []*checks.Check{numbers.Check})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := checks.Run(a, []*checks.Check{numbers.Check})
			if err != nil || len(got) != len(want) {
				t.Errorf("got %d findings (%v); want %d", len(got), err, len(want))
			}
		}()
	}
	wg.Wait()
}

func TestDoc(t *testing.T) {
	if err := checks.Validate([]*checks.Check{numbers.Check}); err != nil {
		t.Fatal(err)
	}
	title := numbers.Check.Title()
	if title == "" || strings.ToLower(title) != title {
		t.Errorf("got title %q; want a lower-case first line", title)
	}
}
