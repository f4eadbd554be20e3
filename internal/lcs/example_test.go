package lcs_test

import (
	"fmt"

	"github.com/crossread/crossread/internal/lcs"
)

func ExampleOf() {
	// "symbolic" and a transcription of Ukrainian символікою share
	// s, m, o, l, i.
	fmt.Println(lcs.Of([]rune("symbolic"), []rune("simvolikoiu")))
	// Output: 5
}
