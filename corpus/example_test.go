package corpus_test

import (
	"fmt"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func ExampleLoad() {
	text := "# Llama 4\n\nMeta trainiert **Llama 4** auf 24.000 GPUs.\n"
	d, err := corpus.Load("artikel.md", []byte(text), corpus.Options{Lang: language.German})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, p := range d.Paragraphs {
		s := d.OrigSpan(p.Span)
		pos := d.Position(s.Start)
		fmt.Printf("%d %d:%d %q\n", i+1, pos.Line, pos.Column, d.ParaText(i))
	}
	// Output:
	// 1 1:3 "Llama 4"
	// 2 3:1 "Meta trainiert   Llama 4   auf 24.000 GPUs."
}

func ExampleDetect() {
	fmt.Println(corpus.Detect("Die Zahlen für das zweite Quartal zeigen, dass der Umsatz gestiegen ist."))
	// Output: de
}
