package quantity

import (
	"testing"

	"golang.org/x/text/language"
)

func TestSmallNumberWords(t *testing.T) {
	for _, c := range []struct {
		lang, word string
		want       int // 0: not listed
	}{
		{"en", "three", 3}, {"en", "twelve", 12}, {"en", "one", 0}, {"en", "thirteen", 0},
		{"de", "drei", 3}, {"de", "ein", 0}, {"uk", "три", 3}, {"uk", "трьох", 3},
		{"ru", "двух", 2}, {"he", "שלושה", 3}, {"cs", "tři", 3},
	} {
		if got := SmallNumberWords(language.Make(c.lang))[c.word]; got != c.want {
			t.Errorf("%s %q: %d, want %d", c.lang, c.word, got, c.want)
		}
	}
}
