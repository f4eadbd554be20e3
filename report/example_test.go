package report_test

import (
	"os"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
)

func ExampleNew() {
	tgt, _ := corpus.Load("preis.de.txt", []byte("Das Ticket kostet 50 Euro.\n"), corpus.Options{Lang: language.German})
	src, _ := corpus.Load("price.en.txt", []byte("The ticket costs 5 euros.\n"), corpus.Options{Lang: language.English})
	a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}, Links: []align.Link{
		{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 0.9},
	}}
	span := func(d *corpus.Document, s string) corpus.Span {
		i := strings.Index(d.Text, s)
		return corpus.Span{Start: i, End: i + len(s)}
	}
	f := checks.Finding{
		Check:    "numbers",
		Severity: checks.Major,
		Category: "accuracy/mistranslation",
		Span:     span(tgt, "50"),
		Source:   &checks.Evidence{Doc: 0, Span: span(src, "5")},
		Message:  "source 5, target 50",
		Fixes:    []checks.Fix{{Message: "Use 5", Edits: []checks.Edit{{Span: span(tgt, "50"), New: "5"}}}},
	}
	r, err := report.New("text", os.Stdout, report.Options{})
	if err != nil {
		panic(err)
	}
	if err := r.Report(a, []checks.Finding{f}); err != nil {
		panic(err)
	}
	if err := r.Close(); err != nil {
		panic(err)
	}
	// Output:
	// target: preis.de.txt, de, 1 paragraph, 5 words
	// source: price.en.txt, en, 1 paragraph
	// alignment: 1 of 1 paragraph aligned
	//
	// paragraph 1 (aligned to price.en.txt#1)
	// preis.de.txt:1:19: major numbers: source 5, target 50 [accuracy/mistranslation]
	//     Das Ticket kostet 50 Euro.
	//                       ^^
	//     source: price.en.txt:1:18: "5"
	//     fix: Use 5
	//
	// summary: 1 finding (0 critical, 1 major, 0 minor, 0 info); MQM score -900.00 (5 penalty points over 5 target words)
}
