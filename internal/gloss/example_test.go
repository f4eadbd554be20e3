package gloss_test

import (
	"fmt"

	"github.com/crossread/crossread/internal/gloss"
	"golang.org/x/text/language"
)

func Example() {
	src := "研究人员发现宠物食品受到了污染。"
	lex := gloss.For(language.Chinese)
	hits, n := gloss.NewEnglish("Researchers found the pet food contaminated.").Rendered(src, lex.Words(src))
	fmt.Println(hits > 0, n > 0)
	// Output: true true
}
