package report

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// fixture is a hand-made checked article: documents, an alignment and
// findings, independent of the real aligner and checks.
type fixture struct {
	name     string
	a        *align.Alignment
	findings []checks.Finding
}

func load(t testing.TB, path, lang, text string) *corpus.Document {
	t.Helper()
	var tag language.Tag
	if lang != "" {
		tag = language.MustParse(lang)
	}
	d, err := corpus.Load(path, []byte(text), corpus.Options{Lang: tag})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// at returns the span of the n-th (0-based) occurrence of s in d.Text.
func at(t testing.TB, d *corpus.Document, s string, n int) corpus.Span {
	t.Helper()
	off := 0
	for {
		i := strings.Index(d.Text[off:], s)
		if i < 0 {
			t.Fatalf("%q not in %s", s, d.Path)
		}
		if n == 0 {
			return corpus.Span{Start: off + i, End: off + i + len(s)}
		}
		n--
		off += i + len(s)
	}
}

func fixtures(t testing.TB) []fixture {
	var out []fixture

	// German: a fix with source evidence, a fix without evidence, an
	// unaligned paragraph and a source paragraph left out.
	de := load(t, "article.de.txt", "de", "Llama 3 wurde auf 24.000 GPUs trainiert.\n\n"+
		"Mit anderen Worten: Für das Training von Llama 4 sind 240.000 GPUs erforderlich , sagte Zuckerberg\n"+
		"am Mittwoch in Menlo Park.\n\n"+
		"Neuer Weisheitsbericht\n")
	en := load(t, "compute.en.txt", "en", "Llama 3 was trained on two clusters of 24,000 GPUs.\n\n"+
		"In other words, Llama 4 will need 160,000 GPUs, Zuckerberg said on Wednesday.\n\n"+
		"Meta shares rose 5% after the report.\n")
	out = append(out, fixture{
		name: "de",
		a: &align.Alignment{Target: de, Sources: []*corpus.Document{en}, Links: []align.Link{
			{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 0.912345},
			{Target: []int{1}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{1}}}, Score: 0.8},
			{Target: []int{2}},
			{Sources: []align.SourceParas{{Doc: 0, Paras: []int{2}}}},
		}},
		findings: []checks.Finding{
			{
				Check: "punctuation", Severity: checks.Minor, Category: "fluency/punctuation",
				Span:    at(t, de, " ,", 0),
				Message: "space before comma",
				Fixes:   []checks.Fix{{Message: "Remove the space", Edits: []checks.Edit{{Span: at(t, de, " ,", 0), New: ","}}}},
			},
			{
				Check: "numbers", Severity: checks.Major, Category: "accuracy/mistranslation",
				Span:    at(t, de, "240.000", 0),
				Source:  &checks.Evidence{Doc: 0, Span: at(t, en, "160,000", 0)},
				Message: "source 160,000, target 240.000",
				Fixes:   []checks.Fix{{Message: "Use 160.000", Edits: []checks.Edit{{Span: at(t, de, "240.000", 0), New: "160.000"}}}},
			},
			{
				Check: "addition", Severity: checks.Info, Category: "accuracy/addition",
				Span:    de.Paragraphs[2].Span,
				Message: "paragraph not in any source",
			},
		},
	})

	// Chinese, language detected: a paragraph far wider than the excerpt,
	// with the span in its middle.
	zh := load(t, "article.zh.txt", "", "据报道，Meta 在第二季度财报中表示，Llama 3 在两个各有 24,000 块 GPU 的集群上训练，"+
		"而 Llama 4 将需要十倍的算力，也就是大约 240,000 块 GPU，预计将于 2025 年发布。扎克伯格说，他宁愿提前购买算力，也不愿为时已晚。\n")
	en2 := load(t, "earnings.en.txt", "", "Meta said Llama 4 will need ten times the compute of Llama 3 and is expected next year.\n")
	out = append(out, fixture{
		name: "zh",
		a: &align.Alignment{Target: zh, Sources: []*corpus.Document{en2}, Links: []align.Link{
			{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 0.61},
		}},
		findings: []checks.Finding{
			{
				Check: "numbers", Severity: checks.Critical, Category: "accuracy/addition",
				Span:    at(t, zh, "240,000", 0),
				Source:  &checks.Evidence{Doc: 0, Span: at(t, en2, "ten times", 0)},
				Message: "target 240,000 has no counterpart in the source",
			},
			{
				Check: "dates", Severity: checks.Major, Category: "accuracy/mistranslation",
				Span:    at(t, zh, "2025 年", 0),
				Source:  &checks.Evidence{Doc: 0, Span: at(t, en2, "next year", 0)},
				Message: "source next year, target 2025 年",
				Fixes:   []checks.Fix{{Message: "Use 明年", Edits: []checks.Edit{{Span: at(t, zh, "2025 年", 0), New: "明年"}}}},
			},
		},
	})

	// French typed with combining accents (NFD): Text is NFC, so offsets
	// differ from the file's, and columns count é as one.
	fr := load(t, "article.fr.md", "fr", "# Le mode\u0300le\n\n"+
		"Le mode\u0300le a e\u0301te\u0301 entrai\u0302ne\u0301 sur 24 000 GPU,\n"+
		"selon Meta.\n")
	en3 := load(t, "model.en.md", "en", "# The model\n\nThe model was trained on 24,000 GPUs, according to Meta.\n")
	out = append(out, fixture{
		name: "nfd",
		a: &align.Alignment{Target: fr, Sources: []*corpus.Document{en3}, Links: []align.Link{
			{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1},
			{Target: []int{1}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{1}}}, Score: 0.75},
		}},
		findings: []checks.Finding{
			{
				Check: "terms", Severity: checks.Minor, Category: "terminology/wrong-term",
				Span:    at(t, fr, "entraîné", 0),
				Source:  &checks.Evidence{Doc: 0, Span: at(t, en3, "trained", 0)},
				Message: "source trained, target entraîné",
				Fixes:   []checks.Fix{{Message: "Use formé", Edits: []checks.Edit{{Span: at(t, fr, "entraîné", 0), New: "formé"}}}},
			},
			{
				Check: "numbers", Severity: checks.Info, Category: "locale-convention/number-format",
				Span:    at(t, fr, "24 000", 0),
				Source:  &checks.Evidence{Doc: 0, Span: at(t, en3, "24,000", 0)},
				Message: "source 24,000, target 24 000 with an ordinary space",
				Fixes: []checks.Fix{
					{Message: "Use a no-break space", Edits: []checks.Edit{{Span: at(t, fr, " ", 5), New: "\u00a0"}}},
					{Message: "Use a narrow no-break space", Edits: []checks.Edit{{Span: at(t, fr, " ", 5), New: "\u202f"}}},
				},
			},
		},
	})

	// No findings at all.
	clean := load(t, "clean.de.txt", "de", "Alles gut.\n")
	cleanSrc := load(t, "clean.en.txt", "en", "All good.\n")
	out = append(out, fixture{
		name: "clean",
		a: &align.Alignment{Target: clean, Sources: []*corpus.Document{cleanSrc}, Links: []align.Link{
			{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 0.9},
		}},
	})
	// Reporters take findings in the order checks.Run gives them.
	for _, fx := range out {
		checks.Sort(fx.findings)
	}
	return out
}
