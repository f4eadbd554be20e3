package checks_test

import (
	"fmt"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// A check of your own: flag exclamation marks the source does not have.
// It reads the aligned paragraphs through the pass and reports findings;
// the driver decides how to print them.
func ExampleCheck_yourOwn() {
	exclaim := &checks.Check{
		Name: "exclamation",
		Doc:  "exclamation marks the source lacks\n\nNews copy rarely shouts; a ! with no ! in the source is usually added by MT.",
		Run: func(p *checks.Pass) error {
			for _, l := range p.Alignment.Aligned() {
				var src strings.Builder
				for _, sp := range l.Sources {
					for _, i := range sp.Paras {
						src.WriteString(p.Source(sp.Doc).ParaText(i))
					}
				}
				if strings.Contains(src.String(), "!") {
					continue
				}
				for _, i := range l.Target {
					para := p.Target().Paragraphs[i].Span
					if k := strings.Index(p.Target().ParaText(i), "!"); k >= 0 {
						at := corpus.Span{Start: para.Start + k, End: para.Start + k + 1}
						p.Report(checks.Finding{
							Severity: checks.Minor,
							Category: "fluency/punctuation",
							Span:     at,
							Message:  "target has \"!\", source has none",
							Fixes:    []checks.Fix{{Message: "Use a full stop", Edits: []checks.Edit{{Span: at, New: "."}}}},
						})
					}
				}
			}
			return nil
		},
	}
	src, _ := corpus.Load("en.txt", []byte("Meta trains Llama 4."), corpus.Options{Lang: language.English})
	tgt, _ := corpus.Load("de.txt", []byte("Meta trainiert Llama 4!"), corpus.Options{Lang: language.German})
	a := align.Whole(tgt, []*corpus.Document{src})

	findings, err := checks.Run(a, []*checks.Check{exclaim}, checks.Env{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%s %s: %s\n", f.Check, f.Severity, f.Message)
		fmt.Println(checks.ApplyFix(tgt.Text, f.Fixes[0]))
	}
	// Output:
	// exclamation minor: target has "!", source has none
	// Meta trainiert Llama 4.
}
