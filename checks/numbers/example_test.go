package numbers_test

import (
	"fmt"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/numbers"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func Example() {
	target, _ := corpus.Load("llama4.de.txt", []byte(
		"Meta baut zwei Cluster, einen mit 22.000 H100-Blöcken und einen mit 24.000 Blöcken. "+
			"Der Umsatz stieg auf 39,1 Milliarden US-Dollar."), corpus.Options{Lang: language.German})
	source, _ := corpus.Load("llama4.en.txt", []byte(
		"Meta has built two clusters, each with 24,000 H100 GPUs. "+
			"Revenue grew to $39.07 billion."), corpus.Options{Lang: language.English})
	a := &align.Alignment{
		Target:  target,
		Sources: []*corpus.Document{source},
		Links:   []align.Link{{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1}},
	}
	findings, _ := checks.Run(a, []*checks.Check{numbers.Check}, checks.Env{})
	for _, f := range findings {
		fmt.Printf("%s: %s (%s)\n", f.Severity, f.Message, f.Fixes[0].Message)
	}
	// Output:
	// major: changed number: target 22.000, source 24,000 (Use 24.000)
}
