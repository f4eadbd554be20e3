package dictd_test

import (
	"fmt"

	"github.com/crossread/crossread/internal/dictd"
)

func ExampleTranslations() {
	head, words := dictd.Translations("Gewinn <m>\n1. profit; gain [econ.]\n2. prize\n   Synonym: Ertrag\n")
	fmt.Println(head, words)
	// Output: Gewinn [profit gain prize]
}
