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

// compareCase is one table row of a comparison: a target and its source,
// and the findings of the numbers check, written by summary.
type compareCase struct {
	name             string
	tgtLang, tgt     string
	srcLang, src     string
	want             []string
	wantMessageParts []string // substrings of the first finding's message
}

// runCompareCases runs table rows as subtests, and checks that every fix
// offered changes the target.
func runCompareCases(t *testing.T, testCases []compareCase) {
	t.Helper()
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a := pair(t, tc.tgtLang, tc.tgt, tc.srcLang, tc.src)
			fs, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				got = append(got, summary(a, f))
				for _, fix := range f.Fixes {
					if checks.ApplyFix(a.Target.Text, fix) == a.Target.Text {
						t.Errorf("fix %q changes nothing", fix.Message)
					}
				}
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

func TestCompare(t *testing.T) {
	runCompareCases(t, []compareCase{
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
			want: []string{`minor accuracy/omission "Meta will bis Jahresende viele Nvidia-GPUs einsetzen."`}, // the sentence it is missing from
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
			name:    "a span of decades in words",
			tgtLang: "en", tgt: "It was the largest protest in over two decades.",
			srcLang: "de", src: "Es war der größte Protest seit über 20 Jahren.",
		},
		{
			name:    "a span of decades that differs",
			tgtLang: "en", tgt: "It was the largest protest in over three decades.",
			srcLang: "de", src: "Es war der größte Protest seit über 20 Jahren.",
			want: []string{`major accuracy/mistranslation "three"`}, // 30 years for 20
		},
		{
			name:    "half in words is no changed count",
			tgtLang: "en", tgt: "Support will cover half the extra costs for a year.",
			srcLang: "de", src: "Die Hilfe deckt einen Teil der Mehrkosten für 1 Jahr.",
		},
		{
			name:    "a second of time is no ordinal",
			tgtLang: "en", tgt: "The light goes out after a second if the lid is open.",
			srcLang: "de", src: "Das Licht geht nach 1 Sekunde aus, wenn der Deckel offen ist.",
		},
		{
			name:    "a number of seconds",
			tgtLang: "en", tgt: "The light stays on for 1 second.",
			srcLang: "de", src: "Das Licht bleibt 1 Sekunde an.",
		},
		{
			name:    "a list written without spaces",
			tgtLang: "en", tgt: "Prices were 249, 289 and 299 everywhere.",
			srcLang: "de", src: "Die Preise lagen überall bei 249,289,299.",
		},
		{
			name:    "a second term is an ordinal",
			tgtLang: "en", tgt: "She won a second term in 2020.",
			srcLang: "de", src: "Sie gewann 2020 eine dritte Amtszeit.",
			want: []string{`major accuracy/mistranslation "second"`},
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
			name:    "changed time",
			tgtLang: "en", tgt: "At 14:50 on July 24, six students were drowning.",
			srcLang: "zh", src: "7月24日15时50分，当地有6名初中学生溺水。",
			want: []string{`major accuracy/mistranslation "14:50" => Use 15:50`},
		},
		{
			name:    "time on a twelve-hour clock",
			tgtLang: "en", tgt: "A witness heard noises at around 3:40 a.m. and the show began at 8:30 p.m.",
			srcLang: "de", src: "Ein Zeuge hörte gegen 3.40 Uhr Geräusche, die Schau begann um 20:30 Uhr.",
		},
		{
			name:    "changed time, twelve-hour fix",
			tgtLang: "en", tgt: "A witness heard noises at around 2:40 a.m.",
			srcLang: "de", src: "Ein Zeuge hörte gegen 3.40 Uhr Geräusche.",
			want: []string{`major accuracy/mistranslation "2:40 a.m." => Use 3:40 a.m.`},
		},
		{
			name:    "changed time beside a kept one",
			tgtLang: "en", tgt: "It happened at 11:25 local time (13:25 Moscow time).",
			srcLang: "ru", src: "Авария произошла в 12:25 по местному времени (13:25 мск).",
			want: []string{`major accuracy/mistranslation "11:25" => Use 12:25`},
		},
		{
			// The source's hour is on a twelve-hour clock with the half of
			// the day in a word before it: no fix rather than a wrong one.
			name:    "changed time, the morning said in Japanese",
			tgtLang: "ja", tgt: "会議は午前2時5分に始まる。",
			srcLang: "en", src: "The meeting starts at 2:05 p.m.",
			want: []string{`major accuracy/mistranslation "午前2時5分"`},
		},
		{
			name:    "changed time, the morning said in Korean",
			tgtLang: "ko", tgt: "회의는 오전 2시 5분에 시작한다.",
			srcLang: "en", src: "The meeting starts at 2:05 p.m.",
			want: []string{`major accuracy/mistranslation "오전 2시 5분"`},
		},
		{
			name:    "the afternoon said in Japanese, kept",
			tgtLang: "ja", tgt: "会議は午後2時5分に始まる。",
			srcLang: "en", src: "The meeting starts at 2:05 p.m.",
			want: nil,
		},
		{
			name:    "changed time, the afternoon said in Chinese",
			tgtLang: "en", tgt: "At 14:50 the call came in.",
			srcLang: "zh", src: "下午3点50分接到报警。",
			want: []string{`major accuracy/mistranslation "14:50" => Use 15:50`},
		},
		{
			// An hour named by a word is a time of day.
			name:    "noon for 12 o'clock",
			tgtLang: "en", tgt: "Dog owners are out between noon and 2 p.m.",
			srcLang: "de", src: "Hundebesitzer sind zwischen 12 und 14 Uhr unterwegs.",
		},
		{
			name:    "noon for midnight",
			tgtLang: "en", tgt: "The doors open at noon.",
			srcLang: "de", src: "Die Türen öffnen um Mitternacht.",
			want: []string{`major accuracy/mistranslation "noon"`},
		},
		{
			// A time one side alone has is a paraphrase more often than an error.
			name:    "unpaired time",
			tgtLang: "en", tgt: "The start was at noon local time (15:00 UTC).",
			srcLang: "it", src: "L'inizio è stato alle 12:00 locali (15:00 UTC).",
		},
		{
			name:    "changed number in a name",
			tgtLang: "en", tgt: "The F-43 fighter, the A3 motorway and the iPhone7, tested for Covid-22 in 3D.",
			srcLang: "pl", src: "Myśliwiec F-35, autostrada A4 i iPhone6, test na covidu-19 w 3D.",
			want: []string{
				`major accuracy/mistranslation "F-43" => Use F-35`,
				`major accuracy/mistranslation "A3" => Use A4`,
				`major accuracy/mistranslation "iPhone7" => Use iPhone6`,
				`major accuracy/mistranslation "Covid-22" => Use Covid-19`,
			},
		},
		{
			// A count one side says by a word (data/words.txt implies-N).
			name:    "a day of 24 hours",
			tgtLang: "en", tgt: "In the past 24 hours, 77 people died.",
			srcLang: "ru", src: "За сутки умерло 77 человек.",
		},
		{
			name:    "24 hours for a week",
			tgtLang: "en", tgt: "In the past 24 hours, 77 people died.",
			srcLang: "ru", src: "За неделю умерло 77 человек.",
			want: []string{`minor accuracy/addition "24"`},
		},
		{
			name:    "teenagers in their tens, a couple as two",
			tgtLang: "ja", tgt: "10代の若者が4人銃撃された。２週間使用しました。",
			srcLang: "en", src: "Four teenagers were shot. We used it for a couple of weeks.",
		},
		{
			name:    "tens for adults",
			tgtLang: "ja", tgt: "10代の若者が4人銃撃された。",
			srcLang: "en", src: "Four adults were shot.",
			want: []string{`minor accuracy/addition "10"`},
		},
		{
			// A model's number after a one-letter name keeps its form.
			name:    "a model number copied",
			tgtLang: "de", tgt: "Es gibt wenige Hüllen für das Tab A 10.1 mit S Pen.",
			srcLang: "en", src: "There are few cases for the Tab A 10.1 with S pen.",
		},
		{
			name:    "a price copied in the source's format",
			tgtLang: "de", tgt: "Die Hülle kostet 10.1 Euro.",
			srcLang: "en", src: "The case costs 10.1 euros.",
			want: []string{`minor locale-convention/number-format "10.1 Euro" => Use 10,1`},
		},
		{
			name:    "hebrew half a shekel",
			tgtLang: "en", tgt: "The reduction of 0.5 NIS per liter in the diesel tax will be extended.",
			srcLang: "he", src: "תוארך ההפחתה של חצי שקל לליטר במס הסולר.",
		},
		{
			// A century said by its number against a year within it.
			name:    "a decade of a century as a year",
			tgtLang: "en", tgt: "Apia was founded in the 1850s and became the capital of Samoa in the 20th century.",
			srcLang: "de", src: "Apia wurde in den 50ern des 19. Jahrhunderts gegründet und im 20. Jahrhundert Hauptstadt von Samoa.",
		},
		{
			name:    "a decade of another century",
			tgtLang: "en", tgt: "Apia was founded in the 1950s.",
			srcLang: "de", src: "Apia wurde in den 50ern des 19. Jahrhunderts gegründet.",
			want: []string{`minor accuracy/omission "Apia was founded in the 1950s."`},
		},
		{
			// Copied as written: the German dates read as decimals in
			// English, but they are the source's text.
			name:    "dates copied in the source's format",
			tgtLang: "en", tgt: "In the night from Friday to Saturday (10.02.-11.02.), around 1:40 a.m.",
			srcLang: "de", src: "In der Nacht von Freitag auf Samstag (10.02.-11.02.), gegen 01.40 Uhr.",
		},
		{
			name:    "a copied number that lost its scale word",
			tgtLang: "en", tgt: "The fund received 39.6 euros.",
			srcLang: "ru", src: "Фонд получил 39.6 млн евро.",
			want: []string{`critical accuracy/mistranslation "39.6 euros" => Use 39,600,000`},
		},
		{
			// Groups of a telephone number follow local custom; its digits
			// are the number.
			name:    "telephone numbers regrouped",
			tgtLang: "en", tgt: "Telephone: +7 (495) 229-6200, fax +7 (495) 229-6201. Or call +49 30 12345678.",
			srcLang: "ru", src: "Телефон: +7 (495) 229 6200, факс: +7 (495) 229 62 01. Или +49 30 1234 5678.",
		},
		{
			name:    "telephone number changed",
			tgtLang: "de", tgt: "Fax: +7 (495) 229-6202, Telefon: +7 (495) 229-6200.",
			srcLang: "ru", src: "Телефон: +7 (495) 229 6200, факс: +7 (495) 229 62 01.",
			want: []string{`major accuracy/mistranslation "+7 (495) 229-6202"`},
		},
		{
			name:    "names of other shapes are not compared",
			tgtLang: "en", tgt: "Nvidia's H200 and the G7 summit.",
			srcLang: "de", src: "Nvidias B100 und der G20-Gipfel, dazu 5G.",
		},
		{
			name:    "span of years",
			tgtLang: "en", tgt: "The Black Death in 1948/9.",
			srcLang: "fr", src: "La peste noire en 1348/9.",
			want: []string{`major accuracy/mistranslation "1948/9" => Use 1348/9`},
		},
		{
			name:    "currency swapped",
			tgtLang: "de", tgt: "Der Umsatz lag bei 5 Milliarden €.",
			srcLang: "en", src: "Revenue was $5 billion.",
			want: []string{`major accuracy/mistranslation "5 Milliarden €" => Use $`},
		},
		{
			name:    "currency word swapped",
			tgtLang: "de", tgt: "Der Umsatz lag bei 5 Milliarden Euro.",
			srcLang: "en", src: "Revenue was $5 billion.",
			want: []string{`major accuracy/mistranslation "5 Milliarden Euro" => Use US-Dollar`},
		},
		{
			// "$" is the Taiwan dollar in zh-Hant.
			name:    "US dollar as Taiwan dollar",
			tgtLang: "zh-Hant", tgt: "營收為$50億。",
			srcLang: "en", src: "Revenue was $5 billion.",
			want: []string{`major accuracy/mistranslation "$50億" => Use US$`},
		},
		{
			name:    "US dollar kept in zh-Hant",
			tgtLang: "zh-Hant", tgt: "營收為US$50億。",
			srcLang: "en", src: "Revenue was $5 billion.",
		},
		{
			name:    "yen as yuan in Chinese",
			tgtLang: "zh", tgt: "售价为¥5000。",
			srcLang: "ja", src: "価格は5000円。",
			want: []string{`major accuracy/mistranslation "¥5000" => Use JP¥`},
		},
		{
			// In English "¥" is written for both yen and yuan.
			name:    "yen sign in English for yuan",
			tgtLang: "en", tgt: "It costs ¥5,000.",
			srcLang: "zh", src: "售价为5000元。",
		},
		{
			name:    "two readings of 倍",
			tgtLang: "en", tgt: "Sales tripled: they were three times as high as last year.",
			srcLang: "zh", src: "销量增长了两倍。",
			want: []string{`minor accuracy/mistranslation "three"`},
		},
		{
			name:    "two readings of times more",
			tgtLang: "de", tgt: "Der Umsatz ist viermal so hoch.",
			srcLang: "en", src: "Revenue is three times more.",
			want: []string{`minor accuracy/mistranslation "viermal"`},
		},
		{
			name:    "plain multiplier changed",
			tgtLang: "de", tgt: "Der Umsatz ist viermal so hoch.",
			srcLang: "en", src: "Revenue is three times as high.",
			want: []string{`major accuracy/mistranslation "viermal"`},
		},
		{
			name:    "tenfold is ten times",
			tgtLang: "de", tgt: "Das ist fast das Zehnfache von Llama 3.",
			srcLang: "en", src: "That is almost ten times more than Llama 3.",
		},
		{
			name:    "date in the source's order",
			tgtLang: "de", tgt: "Am 03/04/2025 begann es.",
			srcLang: "en-US", src: "It started on 03/04/2025.",
			want: []string{`major accuracy/mistranslation "03/04/2025" => Use 04/03/2025`},
		},
		{
			name:    "date reordered for the target",
			tgtLang: "de", tgt: "Am 04.03.2025 begann es, am 4.3. endete es.",
			srcLang: "en", src: "It started on 03/04/2025 and ended on 3/4/25.",
		},
		{
			name:    "date between two day-first languages",
			tgtLang: "fr", tgt: "Le 04/03/2025.",
			srcLang: "de", src: "Am 04.03.2025.",
		},
		{
			name:    "day and month swapped",
			tgtLang: "en", tgt: "On 4/3/2025 it started.",
			srcLang: "es", src: "El 4/3/2025 empezó.",
			want: []string{`major accuracy/mistranslation "4/3/2025" => Use 3/4/2025`},
		},
		{
			name:    "a speed converted in brackets beside the source's",
			tgtLang: "en", tgt: "The car was traveling at 180 km/h (112 mph).",
			srcLang: "de", src: "Das Auto fuhr mit 180 km/h.",
		},
		{
			name:    "a distance converted in brackets beside the source's",
			tgtLang: "en", tgt: "The route is 180 km (112 miles) long.",
			srcLang: "de", src: "Die Strecke ist 180 km lang.",
		},
		{
			name:    "a figure repeated and changed beside the source's",
			tgtLang: "de", tgt: "Zwei Cluster mit je 22.000 und 24.000 GPUs.",
			srcLang: "en", src: "Two clusters with 24,000 GPUs each.",
			want: []string{`major accuracy/mistranslation "22.000" => Use 24.000`},
		},
		{
			name:    "an English ordinal changed takes the ordinal's suffix",
			tgtLang: "en", tgt: "The 19th century began with the dot-com bubble.",
			srcLang: "fr", src: "Le XXIe siècle a commencé avec la bulle internet.",
			want: []string{`major accuracy/mistranslation "19th" => Use 21st`},
		},
		{
			name:    "an English ordinal of the teens",
			tgtLang: "en", tgt: "It is the 21st edition of the fair.",
			srcLang: "de", src: "Es ist die 12. Ausgabe der Messe.",
			want: []string{`major accuracy/mistranslation "21st" => Use 12th`},
		},
		{
			// The value compared is western, the text Buddhist Era: a
			// western figure written in its place would mix calendars.
			name:    "a Thai year of the Buddhist Era changed takes no fix",
			tgtLang: "th", tgt: "กฎหมายมีผลบังคับใช้ในวันที่ 1 มกราคม 2567",
			srcLang: "en", src: "The law takes effect on 1 January 2025.",
			want: []string{`major accuracy/mistranslation "2567"`},
		},
		{
			name:    "a Thai year of the Buddhist Era kept right",
			tgtLang: "th", tgt: "กฎหมายมีผลบังคับใช้ในวันที่ 1 มกราคม 2568",
			srcLang: "en", src: "The law takes effect on 1 January 2025.",
		},
		{
			// English without a region writes the day first in Britain:
			// the date kept as written may be right.
			name:    "a slash date kept from English without a region",
			tgtLang: "fr", tgt: "La date limite est le 12/05/2024.",
			srcLang: "en", src: "The deadline is 12/05/2024.",
			want: []string{`minor accuracy/mistranslation "12/05/2024"`},
		},
		{
			name:    "a slash date kept from American English",
			tgtLang: "fr", tgt: "La date limite est le 12/05/2024.",
			srcLang: "en-US", src: "The deadline is 12/05/2024.",
			want: []string{`major accuracy/mistranslation "12/05/2024" => Use 05/12/2024`},
		},
		{
			name:    "ISO dates and versions",
			tgtLang: "en", tgt: "On 2025-03-04, Android 4.4.2 shipped.",
			srcLang: "de", src: "Am 2025-03-04 erschien Android 4.2.4.",
		},
		{
			// The target cannot be more precise than its source.
			name:    "invented precision",
			tgtLang: "en", tgt: "More than 160,000 and 150,000 cases, and more than 135,000 in Bahia.",
			srcLang: "zh", src: "确诊分别超过16万例和15万例，巴伊亚州确诊逾14万例。",
			want: []string{`major accuracy/mistranslation "135,000" => Use 140,000`},
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
			name:    "fractions match percentages and fractions by value",
			tgtLang: "de", tgt: "3/4 der Befragten, ⅓ der Wähler und die Hälfte der Firmen; 1 1/2 Stunden und 2½ Jahre.",
			srcLang: "en", src: "75% of respondents, 33 percent of voters and 50% of companies; 1.5 hours and 2 ½ years.",
		},
		{
			name:    "a fraction against words is not reported",
			tgtLang: "de", tgt: "3/4 der Befragten stimmten zu.",
			srcLang: "en", src: "Three quarters of respondents agreed.",
		},
		{
			name:    "changed fraction",
			tgtLang: "fr", tgt: "Les 2/3 des sondés.",
			srcLang: "en", src: "3/4 of respondents.",
			want: []string{`major accuracy/mistranslation "2/3" => Use 3/4`},
		},
		{
			name:    "dates, 24/7 and 9/11 are no fractions",
			tgtLang: "de", tgt: "Rund um die Uhr, 24/7, seit 9/11, im Verhältnis 50/50.",
			srcLang: "en", src: "Around the clock, 24/7, since 9/11, split 50/50.",
		},
		{
			name:    "regnal numbers are names",
			tgtLang: "de", tgt: "Papst Benedikt XVI. traf Elisabeth II. nach dem Zweiten Weltkrieg.",
			srcLang: "en", src: "Pope Benedict XVI met Elizabeth II after World War II.",
		},
		{
			name:    "a changed numeral after the same name",
			tgtLang: "de", tgt: "Der Super Bowl LVII fand in Las Vegas statt.",
			srcLang: "en", src: "Super Bowl LVIII was held in Las Vegas.",
			want: []string{`major accuracy/mistranslation "LVII" => Use LVIII`},
		},
		{
			name:    "acronyms and the pronoun are no numerals",
			tgtLang: "en", tgt: "I bought a CD in Washington DC and sent my CV; the MIX was MDL.",
			srcLang: "de", src: "Ich kaufte eine CD in Washington DC und schickte meinen Lebenslauf; der Mix war MDL.",
		},
		{
			name:    "a Latin year in Roman numerals",
			tgtLang: "la", tgt: "Anno MMXXV imperium crevit.",
			srcLang: "en", src: "In 2025 the empire grew.",
		},
		{
			name:    "a changed Latin year",
			tgtLang: "la", tgt: "Anno MMXXIV imperium crevit.",
			srcLang: "en", src: "In 2025 the empire grew.",
			want: []string{`major accuracy/mistranslation "MMXXIV"`},
		},
		{
			name:    "Devanagari digits and Indian grouping",
			tgtLang: "en", tgt: "He paid 1,234,567 rupees and 5,000 drivers enlisted.",
			srcLang: "hi", src: "उन्होंने १२,३४,५६७ रुपये दिए और 5,000 चालक सूचीबद्ध किए।",
		},
	})
}

// TestFixApplies checks that the fix of a changed value writes the source
// value in the target's format, keeping the scale word.
func TestFixApplies(t *testing.T) {
	a := pair(t, "de", "Der Umsatz stieg auf 8,9 Milliarden US-Dollar.", "en", "Revenue rose to $8.47 billion.")
	fs, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
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
	want, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
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
