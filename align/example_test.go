package align_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

func ExampleNew() {
	source, _ := corpus.Load("source.txt", []byte(
		"Siemens reported a net profit of 2.1 billion euros for the third quarter.\n\n"+
			"Revenue rose to 19.4 billion euros, driven by demand for automation software.\n"),
		corpus.Options{Lang: language.English})
	target, _ := corpus.Load("target.txt", []byte(
		"Siemens mit Gewinnplus\n\n"+
			"Der Umsatz stieg auf 19,4 Milliarden Euro, getragen von der Nachfrage nach Automatisierungssoftware.\n\n"+
			"Siemens hat im dritten Quartal einen Nettogewinn von 2,1 Milliarden Euro erzielt.\n"),
		corpus.Options{Lang: language.German})

	a, err := align.New(align.Options{}).Align(target, []*corpus.Document{source})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range a.Links {
		if len(l.Target) == 0 {
			continue
		}
		if len(l.Sources) == 0 {
			fmt.Printf("target %v: no source\n", l.Target)
			continue
		}
		fmt.Printf("target %v <- source %v\n", l.Target, l.Sources[0].Paras)
	}
	// Output:
	// target [0]: no source
	// target [1] <- source [1]
	// target [2] <- source [0]
}

func ExampleSentences() {
	source, _ := corpus.Load("source.txt", []byte(
		"Siemens reported a net profit of 2.1 billion euros. That beat forecasts. "+
			"Revenue rose 7 percent to 19.4 billion euros.\n"),
		corpus.Options{Lang: language.English})
	target, _ := corpus.Load("target.txt", []byte(
		"Siemens meldete einen Nettogewinn von 2,1 Milliarden Euro und übertraf damit die Prognosen. "+
			"Der Umsatz stieg um 7 Prozent auf 19,4 Milliarden Euro.\n"),
		corpus.Options{Lang: language.German})

	a, _ := align.New(align.Options{}).Align(target, []*corpus.Document{source})
	for _, l := range a.Aligned() {
		for _, sl := range align.Sentences(a, l) {
			var src []string
			for _, sp := range sl.Sources {
				for _, s := range sp.Spans {
					src = append(src, a.Sources[sp.Doc].Slice(s))
				}
			}
			fmt.Printf("%q\n  <- %q\n", target.Slice(sl.Target[0]), src)
		}
	}
	// Output:
	// "Siemens meldete einen Nettogewinn von 2,1 Milliarden Euro und übertraf damit die Prognosen."
	//   <- ["Siemens reported a net profit of 2.1 billion euros." "That beat forecasts."]
	// "Der Umsatz stieg um 7 Prozent auf 19,4 Milliarden Euro."
	//   <- ["Revenue rose 7 percent to 19.4 billion euros."]
}
