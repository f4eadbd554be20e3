package align_test

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// sentenceBeads renders the sentence links of l as "t0,t1:s0" lines of
// sentence numbers within the link, counted from 0 on each side.
func sentenceBeads(a *align.Alignment, l align.Link, sl []align.SentenceLink) string {
	num := func(d *corpus.Document, paras []int) map[corpus.Span]int {
		out := map[corpus.Span]int{}
		for _, i := range paras {
			for _, s := range d.Paragraphs[i].Sentences {
				out[s] = len(out)
			}
		}
		return out
	}
	tn := num(a.Target, l.Target)
	sn := map[int]map[corpus.Span]int{}
	base := 0
	for _, sp := range l.Sources {
		m := num(a.Sources[sp.Doc], sp.Paras)
		for k, v := range m {
			m[k] = v + base
		}
		base += len(m)
		sn[sp.Doc] = m
	}
	var lines []string
	for _, x := range sl {
		var ts, ss []string
		for _, s := range x.Target {
			ts = append(ts, fmt.Sprint(tn[s]))
		}
		for _, sp := range x.Sources {
			for _, s := range sp.Spans {
				ss = append(ss, fmt.Sprint(sn[sp.Doc][s]))
			}
		}
		lines = append(lines, strings.Join(ts, ",")+":"+strings.Join(ss, ","))
	}
	return strings.Join(lines, " ")
}

func TestSentences(t *testing.T) {
	testCases := []struct {
		name           string
		lang           language.Tag
		source, target string
		want           string
	}{
		{
			// A German translation that merges two sentences and keeps the rest.
			name: "en-de merge", lang: language.German,
			source: "Siemens reported a net profit of 2.1 billion euros for the third quarter. " +
				"That was more than analysts had expected. " +
				"Revenue rose 7 percent to 19.4 billion euros. " +
				"Chief executive Roland Busch said demand for automation software stayed strong.",
			target: "Siemens hat im dritten Quartal einen Nettogewinn von 2,1 Milliarden Euro erzielt, mehr als Analysten erwartet hatten. " +
				"Der Umsatz stieg um 7 Prozent auf 19,4 Milliarden Euro. " +
				"Vorstandschef Roland Busch sagte, die Nachfrage nach Automatisierungssoftware sei weiterhin stark.",
			want: "0:0,1 1:2 2:3",
		},
		{
			// A French translation that splits a sentence in two and
			// leaves a source sentence out.
			name: "en-fr split and omission", lang: language.French,
			source: "The European Central Bank kept its deposit rate at 4 percent on Thursday, citing inflation that remains above its 2 percent target and wage growth in Germany and Spain. " +
				"Christine Lagarde said the decision was unanimous. " +
				"Markets had priced in a cut in June. " +
				"The euro rose 0.3 percent against the dollar.",
			target: "La Banque centrale européenne a maintenu jeudi son taux de dépôt à 4 %. " +
				"Elle invoque une inflation toujours supérieure à son objectif de 2 % et la hausse des salaires en Allemagne et en Espagne. " +
				"Christine Lagarde a déclaré que la décision était unanime. " +
				"L'euro a progressé de 0,3 % face au dollar.",
			want: "0,1:0 2:1 :2 3:3",
		},
		{
			// Japanese: numbers and Latin names carry over, and lengths
			// at the link's own character ratio.
			name: "en-ja", lang: language.Japanese,
			source: "Toyota sold 11.2 million vehicles in 2023, up 7 percent from a year earlier. " +
				"Sales of hybrid models such as the Prius rose 31 percent. " +
				"President Koji Sato said the company would launch 10 electric models by 2026.",
			target: "トヨタは2023年に前年比7%増の1120万台を販売した。" +
				"プリウスなどのハイブリッド車の販売は31%増えた。" +
				"佐藤恒治社長は、2026年までに電気自動車10車種を投入すると述べた。",
			want: "0:0 1:1 2:2",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			src, err := corpus.Load("source.txt", []byte(tc.source), corpus.Options{Lang: language.English})
			if err != nil {
				t.Fatal(err)
			}
			tgt, err := corpus.Load("target.txt", []byte(tc.target), corpus.Options{Lang: tc.lang})
			if err != nil {
				t.Fatal(err)
			}
			a := align.Whole(tgt, []*corpus.Document{src})
			l := a.Links[0]
			sl := align.Sentences(a, l)
			if got := sentenceBeads(a, l, sl); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
			for _, x := range sl {
				if x.Score < 0 || x.Score > 1 {
					t.Errorf("score %v out of [0, 1]", x.Score)
				}
				if len(x.Sources) == 0 && x.Score != 0 {
					t.Errorf("score %v for a sentence without partner; want 0", x.Score)
				}
			}
		})
	}
}

// TestSentencesTwoSources checks that a target paragraph that merges
// paragraphs of two sources gets sentence links to each.
func TestSentencesTwoSources(t *testing.T) {
	dir := "testdata/bothsources/"
	target := mustLoad(t, dir+"target.de.txt", language.German)
	a1 := mustLoad(t, dir+"a.en.txt", language.English)
	b1 := mustLoad(t, dir+"b.en.txt", language.English)
	a, err := align.New(align.Options{}).Align(target, []*corpus.Document{a1, b1})
	if err != nil {
		t.Fatal(err)
	}
	l := a.LinkFor(0)
	if l == nil || len(l.Sources) != 2 {
		t.Fatalf("got link %+v; want one with two sources", l)
	}
	// One German sentence renders one sentence of each source.
	if got, want := sentenceBeads(a, *l, align.Sentences(a, *l)), "0:0,1"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
	if sl := align.Sentences(a, align.Link{Target: []int{0}}); sl != nil {
		t.Errorf("got %v for a link without source; want nil", sl)
	}
}

// TestDeterministic aligns the same documents with one and with several
// threads: the result must not depend on scheduling.
func TestDeterministic(t *testing.T) {
	src, tgt := newSynth(7).pair(3000)
	s := loadParas(t, "s", src, language.English)
	d := loadParas(t, "t", tgt, language.German)
	run := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		a, err := align.New(align.Options{}).Align(d, []*corpus.Document{s})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(a.Links)
	}
	one := run(1)
	for _, p := range []int{2, 4} {
		if got := run(p); got != one {
			t.Errorf("GOMAXPROCS=%d: the alignment differs from GOMAXPROCS=1", p)
		}
	}
}

// TestSentencesTextberg measures Sentences on the Text+Berg development set
// cut into links of sentencesWindow gold beads, as paragraph links would
// hold them: the strict bead F1 of the sentence beads inside the links.
func TestSentencesTextberg(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "eval", "textberg")
	de, _ := loadLines(t, filepath.Join(dir, "dev.de"), language.German)
	fr, _ := loadLines(t, filepath.Join(dir, "dev.fr"), language.French)
	gold := readBeads(t, filepath.Join(dir, "dev.defr"))
	a := &align.Alignment{Target: fr, Sources: []*corpus.Document{de}}
	var test, inLinks [][2][]int
	for k := 0; k < len(gold); k += sentencesWindow {
		var l align.Link
		sp := align.SourceParas{Doc: 0}
		for _, g := range gold[k:min(k+sentencesWindow, len(gold))] {
			sp.Paras = append(sp.Paras, g[0]...)
			l.Target = append(l.Target, g[1]...)
			inLinks = append(inLinks, g)
		}
		if len(l.Target) == 0 || len(sp.Paras) == 0 {
			continue
		}
		l.Sources = []align.SourceParas{sp}
		// Lift sentences to lines: beads that share a line are one.
		var cur [2][]int
		has := func(xs []int, v int) bool { return len(xs) > 0 && xs[len(xs)-1] == v }
		for _, x := range align.Sentences(a, l) {
			var b [2][]int
			for _, s := range x.Sources {
				for _, sp := range s.Spans {
					if p := de.ParagraphAt(sp.Start); !has(b[0], p) {
						b[0] = append(b[0], p)
					}
				}
			}
			for _, s := range x.Target {
				if p := fr.ParagraphAt(s.Start); !has(b[1], p) {
					b[1] = append(b[1], p)
				}
			}
			if len(cur[0])+len(cur[1]) > 0 && (len(b[0]) > 0 && has(cur[0], b[0][0]) || len(b[1]) > 0 && has(cur[1], b[1][0])) {
				for _, v := range b[0] {
					if !has(cur[0], v) {
						cur[0] = append(cur[0], v)
					}
				}
				for _, v := range b[1] {
					if !has(cur[1], v) {
						cur[1] = append(cur[1], v)
					}
				}
				continue
			}
			if len(cur[0])+len(cur[1]) > 0 {
				test = append(test, cur)
			}
			cur = b
		}
		if len(cur[0])+len(cur[1]) > 0 {
			test = append(test, cur)
		}
	}
	p, r, f := beadPRF(inLinks, test)
	t.Logf("textberg/dev in links of %d beads: strict P=%.3f R=%.3f F1=%.3f", sentencesWindow, p, r, f)
	if f < sentencesTextbergMinimum {
		t.Errorf("got strict F1 %.3f; want at least %.2f", f, sentencesTextbergMinimum)
	}
}

// Links of five gold beads are about a news paragraph's sentences.
const (
	sentencesWindow          = 5
	sentencesTextbergMinimum = 0.85 // measured 0.854
)

// BenchmarkSentencesSeed aligns the sentences of every aligned link of the
// seed article.
func BenchmarkSentencesSeed(b *testing.B) {
	dir := filepath.Join(sharedDir(b), "seed")
	target := loadFile(b, filepath.Join(dir, "llama4.de.txt"), language.German)
	sources := []*corpus.Document{
		loadFile(b, filepath.Join(dir, "llama4.en-compute.txt"), language.English),
		loadFile(b, filepath.Join(dir, "llama4.en-earnings.txt"), language.English),
	}
	a, err := align.New(align.Options{}).Align(target, sources)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range a.Aligned() {
			align.Sentences(a, l)
		}
	}
	b.ReportMetric(float64(len(a.Aligned())), "links")
}

// A paragraph of thousands of sentences on each side is aligned in
// chunks: every sentence of both sides in exactly one bead, in order.
func TestSentencesLongParagraph(t *testing.T) {
	src := strings.Repeat("The vote was held on Tuesday, March 4, 2025. Prices rose by 3 percent. ", 1500)
	tgt := strings.Repeat("Die Abstimmung fand am Dienstag statt. Die Preise stiegen um 3 Prozent. ", 1500)
	s, _ := corpus.Load("s.en", []byte(src), corpus.Options{Lang: language.English})
	d, _ := corpus.Load("t.de", []byte(tgt), corpus.Options{Lang: language.German})
	a := &align.Alignment{Target: d, Sources: []*corpus.Document{s}}
	l := align.Link{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}}
	beads := align.Sentences(a, l)
	var nt, ns int
	for _, b := range beads {
		nt += len(b.Target)
		for _, ss := range b.Sources {
			ns += len(ss.Spans)
		}
	}
	if nt != len(d.Paragraphs[0].Sentences) || ns != len(s.Paragraphs[0].Sentences) {
		t.Errorf("%d target and %d source sentences in beads; want %d and %d", nt, ns, len(d.Paragraphs[0].Sentences), len(s.Paragraphs[0].Sentences))
	}
}

// longLink aligns the one paragraph of tgt with the one of src and
// returns the beads, failing unless every sentence is in exactly one.
func longLink(t *testing.T, src, tgt string) []align.SentenceLink {
	t.Helper()
	return longLinkIn(t, src, language.English, tgt, language.German)
}

// longLinkIn is longLink with the languages of source and target.
func longLinkIn(t *testing.T, src string, sl language.Tag, tgt string, tl language.Tag) []align.SentenceLink {
	t.Helper()
	s, _ := corpus.Load("s.txt", []byte(src), corpus.Options{Lang: sl})
	d, _ := corpus.Load("t.txt", []byte(tgt), corpus.Options{Lang: tl})
	a := &align.Alignment{Target: d, Sources: []*corpus.Document{s}}
	beads := align.Sentences(a, align.Link{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}})
	var tSeen, sSeen []corpus.Span
	for _, b := range beads {
		tSeen = append(tSeen, b.Target...)
		for _, ss := range b.Sources {
			sSeen = append(sSeen, ss.Spans...)
		}
	}
	if !slices.Equal(tSeen, d.Paragraphs[0].Sentences) || !slices.Equal(sSeen, s.Paragraphs[0].Sentences) {
		t.Fatalf("beads hold %d target and %d source sentences; want each of %d and %d once, in order",
			len(tSeen), len(sSeen), len(d.Paragraphs[0].Sentences), len(s.Paragraphs[0].Sentences))
	}
	return beads
}

// TestSentencesLongParagraphChunks: a paragraph too long for one table
// is aligned in chunks, and where a chunk ends by the share of the text
// is not where its sentences end; chunks overlap and meet where their
// paths agree, so that no sentence is left unpaired at a cut.
func TestSentencesLongParagraphChunks(t *testing.T) {
	var src, tgt strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&src, "On %d March the party counted %d votes in district %d. ", i%28+1, 1000+i, i)
		fmt.Fprintf(&tgt, "Am %d. März zählte die Partei im Bezirk %d insgesamt %d Stimmen. ", i%28+1, i, 1000+i)
	}
	// Every sentence alike: a chunk's path may pair any with any, and
	// the sentences it reaches into from its neighbours must not be
	// forced into 1:2 beads to fill its corners.
	same := [2]string{
		strings.Repeat("The vote was held on Tuesday, March 4, 2025, and again on Friday, 7 March 2025, with 24,000 voters. ", 2000),
		strings.Repeat("Die Abstimmung fand am Dienstag, 4. März 2025 statt und wieder am Freitag, 7. März 2025, mit 24.000 Wählern. ", 2000),
	}
	// Chinese against English: the table measures length in letters and
	// digits, of which a Chinese sentence has a third of its bytes.
	var zh, en strings.Builder
	for i := range 1500 {
		fmt.Fprintf(&zh, "第%d次会议在北京举行，共有%d名代表参加。", i+1, 100+i)
		fmt.Fprintf(&en, "Meeting %d was held in Beijing with %d delegates. ", i+1, 100+i)
	}
	for _, c := range []struct {
		src, tgt string
		sl, tl   language.Tag
	}{
		{src.String(), tgt.String(), language.English, language.German},
		{same[0], same[1], language.English, language.German},
		{zh.String(), en.String(), language.Chinese, language.English},
	} {
		for _, b := range longLinkIn(t, c.src, c.sl, c.tgt, c.tl) {
			if len(b.Target) != 1 || len(b.Sources) != 1 || len(b.Sources[0].Spans) != 1 {
				t.Fatalf("%v: bead of %d target and %d source sentences; want 1:1 throughout", c.sl, len(b.Target), len(b.Sources))
			}
		}
	}
}

// TestSentencesLongParagraphSplitApart: the two sides split into so
// different numbers of sentences that a chunk's band holds no path from
// corner to corner (it once panicked); every sentence is still in one
// bead.
func TestSentencesLongParagraphSplitApart(t *testing.T) {
	var src, tgt strings.Builder
	for i := range 2000 {
		// German reads "Bezirk 12. Dann" as an ordinal before a noun,
		// and joins the first thousand sentences into one.
		fmt.Fprintf(&src, "Then the party counted %d votes in district %d. ", 1000+i, i)
		fmt.Fprintf(&tgt, "Dann zählte die Partei %d Stimmen im Bezirk %d. ", 1000+i, i)
	}
	longLink(t, src.String(), tgt.String())
}

// TestSentencesLongParagraphGaps: a long link whose target drops runs of
// sentences, some longer than a chunk's band is wide, and adds a run of
// its own still pairs every sentence with its partner; the dropped and
// added ones stand alone. Before the chunks followed the numbers both
// sides share, a gap of 15 sentences put the next hundred off their
// partners.
func TestSentencesLongParagraphGaps(t *testing.T) {
	dropped := func(i int) bool { return i >= 300 && i < 309 || i >= 900 && i < 915 || i >= 1400 && i < 1500 }
	const added = 20 // target sentences of its own, after source sentence 1700
	var src, tgt strings.Builder
	for i := range 2500 {
		fmt.Fprintf(&src, "On %d March the party counted %d votes in district %d. ", i%28+1, 10000+i, i)
		if !dropped(i) {
			fmt.Fprintf(&tgt, "Am %d. März zählte die Partei im Bezirk %d insgesamt %d Stimmen. ", i%28+1, i, 10000+i)
		}
		if i == 1700 {
			for k := range added {
				fmt.Fprintf(&tgt, "Die Feier im Saal %d dauerte bis %d Uhr. ", 5000+k, k%12+1)
			}
		}
	}
	beads := longLink(t, src.String(), tgt.String())
	s, _ := corpus.Load("s.txt", []byte(src.String()), corpus.Options{Lang: language.English})
	d, _ := corpus.Load("t.txt", []byte(tgt.String()), corpus.Options{Lang: language.German})
	sourceAt := map[int]int{} // a source sentence's start: its number
	for k, sp := range s.Paragraphs[0].Sentences {
		sourceAt[sp.Start] = k
	}
	sourceAlone, targetAlone := 0, 0
	for _, b := range beads {
		switch {
		case len(b.Target) == 0:
			for _, sp := range b.Sources[0].Spans {
				if !dropped(sourceAt[sp.Start]) {
					t.Errorf("source sentence %d stands alone; the target has it", sourceAt[sp.Start])
				}
				sourceAlone++
			}
		case len(b.Sources) == 0:
			if !strings.Contains(d.Slice(b.Target[0]), "Saal") {
				t.Errorf("%q stands alone; the source has it", d.Slice(b.Target[0]))
			}
			targetAlone++
		case len(b.Target) != 1 || len(b.Sources) != 1 || len(b.Sources[0].Spans) != 1:
			t.Errorf("bead at %q of %d target and %d source sentences; want 1:1 or one alone", d.Slice(b.Target[0]), len(b.Target), len(b.Sources[0].Spans))
		default:
			if k := sourceAt[b.Sources[0].Spans[0].Start]; !strings.Contains(d.Slice(b.Target[0]), fmt.Sprintf("Bezirk %d ", k)) {
				t.Errorf("%q paired with source sentence %d", d.Slice(b.Target[0]), k)
			}
		}
	}
	if sourceAlone != 124 || targetAlone != added {
		t.Errorf("%d source and %d target sentences alone, want the 124 dropped and %d added", sourceAlone, targetAlone, added)
	}
}
