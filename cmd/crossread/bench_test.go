package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
)

// BenchmarkCheckSample measures one in-process check of the sample pair:
// loading, aligning, checking and a JSON report.
func BenchmarkCheckSample(b *testing.B) {
	for b.Loop() {
		tgt, srcs, err := corpus.SamplePair()
		if err != nil {
			b.Fatal(err)
		}
		res, err := runPipeline(tgt, srcs, pipeline.Config{})
		if err != nil {
			b.Fatal(err)
		}
		r, _ := report.New("json", io.Discard, report.Options{})
		if err := r.Report(res.Alignment, res.Findings); err != nil {
			b.Fatal(err)
		}
		if err := r.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch measures crossread batch over 64 copies of the sample pair.
func BenchmarkBatch(b *testing.B) {
	tgt, err := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	if err != nil {
		b.Fatal(err)
	}
	src, err := corpus.SampleFS.ReadFile(corpus.SampleSource)
	if err != nil {
		b.Fatal(err)
	}
	line, _ := json.Marshal(map[string]string{"source": string(src), "target": string(tgt), "source_lang": "en", "target_lang": "de"})
	in := strings.Repeat(string(line)+"\n", 64)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		code := run([]string{"crossread", "batch", "--fail-on", "none"}, strings.NewReader(in), io.Discard, io.Discard)
		if code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkManyParagraphs measures every check on a target of n one-word
// paragraphs that no source covers: the time should grow with n, not n².
func BenchmarkManyParagraphs(b *testing.B) {
	src, err := corpus.Load("s.en.txt", []byte(enText), corpus.Options{Format: corpus.FormatText})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 4000} {
		words := make([]string, n)
		for i := range words {
			words[i] = "Wort" + strings.Repeat("x", i%7)
		}
		tgt, err := corpus.Load("t.de.txt", []byte(strings.Join(words, "\n\n")), corpus.Options{Lang: language.German, Format: corpus.FormatText})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := runPipeline(tgt, []*corpus.Document{src}, pipeline.Config{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkArticleSize measures a whole check, its checks side by side as
// the check command runs them (load, align, checks, fix verification, text
// report), of the sample pair grown to 0.1–10 MB of target text: repeated
// as it is (repetitive: the same paragraphs, numbers and names again and
// again) and with each copy's digits changed (varied).
// The time per MB should stay flat as the article grows.
func BenchmarkArticleSize(b *testing.B) {
	tgt, _ := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	src, _ := corpus.SampleFS.ReadFile(corpus.SampleSource)
	for _, kind := range []string{"repetitive", "varied"} {
		for _, mb := range []float64{0.1, 0.3, 1, 3, 10} {
			if testing.Short() && mb > 1 {
				continue
			}
			t, s := grownPair(string(tgt), string(src), int(mb*(1<<20)), kind == "varied")
			b.Run(fmt.Sprintf("%s/%gMB", kind, mb), func(b *testing.B) {
				b.SetBytes(int64(len(t)))
				for b.Loop() {
					td, err := corpus.Load("t.de.txt", []byte(t), corpus.Options{Lang: language.German})
					if err != nil {
						b.Fatal(err)
					}
					sd, err := corpus.Load("s.en.txt", []byte(s), corpus.Options{Lang: language.English})
					if err != nil {
						b.Fatal(err)
					}
					res, err := runPipeline(td, []*corpus.Document{sd}, pipeline.Config{Workers: runtime.GOMAXPROCS(0)})
					if err != nil {
						b.Fatal(err)
					}
					r, _ := report.New("text", io.Discard, report.Options{})
					r.Report(res.Alignment, res.Findings)
					r.Close()
				}
			})
		}
	}
}

// grownPair repeats target and source until the target holds size bytes;
// varied copies shift every digit by the copy's number, the same way on
// both sides, so that numbers still agree but no two copies are alike.
func grownPair(target, source string, size int, varied bool) (string, string) {
	var t, s strings.Builder
	for k := 0; t.Len() < size; k++ {
		shift := func(r rune) rune {
			if varied && r >= '0' && r <= '9' {
				return '0' + (r-'0'+rune(k))%10
			}
			return r
		}
		t.WriteString(strings.Map(shift, target) + "\n\n")
		s.WriteString(strings.Map(shift, source) + "\n\n")
	}
	return t.String(), s.String()
}

// BenchmarkOneParagraph checks an article that is one paragraph of
// thousands of sentences a side, days, dates and figures in each, its
// checks side by side as the check command runs them: the sentence
// aligner works in chunks and the numbers check in groups of sentences.
func BenchmarkOneParagraph(b *testing.B) {
	for _, mb := range []float64{0.1, 0.3, 1} {
		src := strings.Repeat("The vote was held on Tuesday, March 4, 2025, and again on Friday, 7 March 2025, with 24,000 voters. ", int(mb*(1<<20))/100)
		tgt := strings.Repeat("Die Abstimmung fand am Dienstag, 4. März 2025 statt und wieder am Freitag, 7. März 2025, mit 24.000 Wählern. ", int(mb*(1<<20))/100)
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			benchPair(b, tgt, language.German, src, language.English)
		})
	}
}

// BenchmarkNumbersLost checks one paragraph whose every figure the
// target writes so that it cannot be read ("24X000"): each source number
// is missing, and each is looked for elsewhere in the target, once a pass
// over all its numbers (a megabyte took a minute).
func BenchmarkNumbersLost(b *testing.B) {
	for _, mb := range []float64{0.1, 0.3, 1} {
		n := int(mb*(1<<20)) / 100
		var src, tgt strings.Builder
		for i := range n {
			fmt.Fprintf(&src, "On %d March the party counted %d,%03d votes in district %d. ", i%28+1, 10+i%90, i%1000, i)
			fmt.Fprintf(&tgt, "Am %d. März zählte die Partei %dX%03d Stimmen im Bezirk %d. ", i%28+1, 10+i%90, i%1000, i)
		}
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			benchPair(b, tgt.String(), language.German, src.String(), language.English)
		})
	}
}

// BenchmarkOneParagraphChinese checks one-paragraph Chinese articles and
// their English translations, every sentence its own: a script without
// spaces, where a search at every character was once over the rest of the
// paragraph and the whole took time in its square.
func BenchmarkOneParagraphChinese(b *testing.B) {
	cities := []string{"北京", "上海", "广州", "深圳", "成都", "武汉", "西安", "南京"}
	english := []string{"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Wuhan", "Xi'an", "Nanjing"}
	for _, mb := range []float64{0.1, 0.3, 1} {
		var src, tgt strings.Builder
		for i := 0; tgt.Len() < int(mb*(1<<20)); i++ {
			c := i % len(cities)
			fmt.Fprintf(&src, "第%d次会议在%s举行，共有%d名代表参加，比去年增加%d%%。", i+1, cities[c], 100+i, i%40)
			fmt.Fprintf(&tgt, "Meeting %d was held in %s with %d delegates, %d%% more than last year. ", i+1, english[c], 100+i, i%40)
		}
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			benchPair(b, tgt.String(), language.English, src.String(), language.Chinese)
		})
	}
}

// benchPair checks target tgt (in tl) against source src (in sl) as the
// check command does, checks side by side, once per benchmark loop.
func benchPair(b *testing.B, tgt string, tl language.Tag, src string, sl language.Tag) {
	b.SetBytes(int64(len(tgt)))
	for b.Loop() {
		td, _ := corpus.Load("t."+tl.String()+".txt", []byte(tgt), corpus.Options{Lang: tl})
		sd, _ := corpus.Load("s."+sl.String()+".txt", []byte(src), corpus.Options{Lang: sl})
		if _, err := runPipeline(td, []*corpus.Document{sd}, pipeline.Config{Workers: runtime.GOMAXPROCS(0)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkShiftedParagraphs checks an adversarial article: thousands of
// short paragraphs of dated figures, each target paragraph a sentence off
// its source's, so that nearly every number, day and month is reported
// changed, with a fix that is verified (some 8,000 findings a megabyte).
func BenchmarkShiftedParagraphs(b *testing.B) {
	for _, mb := range []float64{0.3, 1, 3} {
		if testing.Short() && mb > 0.3 {
			continue
		}
		tgt, src := shiftedPair(int(mb * (1 << 20)))
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			benchPair(b, tgt, language.German, src, language.English)
		})
	}
}

// shiftedPair writes an article of paragraphs of six sentences, English
// and German, until the German holds size bytes; each German paragraph
// drops its source's first sentence and takes the next paragraph's.
func shiftedPair(size int) (tgt, src string) {
	days := [][2]string{{"Monday", "Montag"}, {"Tuesday", "Dienstag"}, {"Wednesday", "Mittwoch"}, {"Thursday", "Donnerstag"}, {"Friday", "Freitag"}, {"Saturday", "Samstag"}, {"Sunday", "Sonntag"}}
	months := [][2]string{{"January", "Januar"}, {"March", "März"}, {"May", "Mai"}, {"July", "Juli"}, {"October", "Oktober"}, {"December", "Dezember"}}
	people := []string{"Angela Merkel", "Olaf Scholz", "Emmanuel Macron", "Ursula von der Leyen"}
	cities := [][2]string{{"Paris", "Paris"}, {"Warsaw", "Warschau"}, {"Munich", "München"}, {"Vienna", "Wien"}}
	sentence := func(k int) (en, de string) {
		d, m, p, c := days[k%7], months[k%6], people[k%4], cities[k%3]
		day, voters, pct := k%28+1, 10000+k*7919%90000, k%60+1
		en = fmt.Sprintf("On %s, %s %d, 2025, %s spoke in %s to %d,%03d voters, %d percent more than last year.", d[0], m[0], day, p, c[0], voters/1000, voters%1000, pct)
		de = fmt.Sprintf("Am %s, %d. %s 2025 sprach %s in %s vor %d.%03d Wählern, %d Prozent mehr als im Vorjahr.", d[1], day, m[1], p, c[1], voters/1000, voters%1000, pct)
		return en, de
	}
	var t, s strings.Builder
	for k := 0; t.Len() < size; k += 6 {
		for i := range 6 {
			en, _ := sentence(k + i)
			_, de := sentence(k + i + 1)
			s.WriteString(en + " ")
			t.WriteString(de + " ")
		}
		s.WriteString("\n\n")
		t.WriteString("\n\n")
	}
	return t.String(), s.String()
}
