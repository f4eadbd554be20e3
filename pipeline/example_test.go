package pipeline_test

import (
	"context"
	"fmt"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"golang.org/x/text/language"
)

// A Go program checks an article pair: load, run, print.
func Example() {
	src, _ := corpus.Load("news.en.txt", []byte("Meta trained Llama 4 on 24,000 GPUs."), corpus.Options{Lang: language.English})
	tgt, _ := corpus.Load("news.de.txt", []byte("Meta trainierte Lama 4 auf 22.000 GPUs."), corpus.Options{Lang: language.German})
	res, err := pipeline.Run(context.Background(), tgt, []*corpus.Document{src}, pipeline.Config{})
	if err != nil {
		panic(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("%s %s: %q: %s\n", f.Severity, f.Check, tgt.Slice(f.Span), f.Message)
	}
	// Output:
	// major names: "Lama": target "Lama", source "Llama": the name Llama is not translated
	// major numbers: "22.000": changed number: target 22.000, source 24,000
}
