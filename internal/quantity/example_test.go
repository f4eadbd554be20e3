package quantity_test

import (
	"fmt"

	"github.com/crossread/crossread/internal/quantity"
	"golang.org/x/text/language"
)

func ExampleExtract() {
	text := "Der Umsatz stieg um 22 % auf 39,1 Milliarden US-Dollar, mit 24,000 GPUs auf Llama 3.1."
	for _, q := range quantity.Extract(text, language.German) {
		fmt.Printf("%-10s %-27q value %g", q.Kind, text[q.Span.Start:q.Span.End], q.Value)
		if q.Alt != nil {
			fmt.Printf(" (or %g)", q.Alt.Value)
		}
		fmt.Println()
	}
	// Output:
	// percent    "22 %"                      value 22
	// money      "39,1 Milliarden US-Dollar" value 3.91e+10
	// count      "24,000"                    value 24 (or 24000)
	// identifier "3.1"                       value 3.1
}

func ExampleFormat() {
	fmt.Println(quantity.Format(24000, 0, language.German))
	fmt.Println(quantity.Format(8.47, 2, language.German))
	fmt.Println(quantity.Format(1234567, 0, language.Hindi))
	// Output:
	// 24.000
	// 8,47
	// 12,34,567
}
