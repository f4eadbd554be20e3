package quantity

import (
	"math"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// SmallNumberWords returns the one-word number words of lang for the
// whole numbers 2 to 12, in lower case, with their values, as Extract
// reads them (CLDR's cardinals and the hand lexicons: "three", "drei",
// "три", "трьох"). One is left out: in many languages it is also the
// article ("ein", "un"). The map is shared: read only.
func SmallNumberWords(lang language.Tag) map[string]int {
	name := localeName(lang)
	if m, ok := smallWords.Load(name); ok {
		return m.(map[string]int)
	}
	out := map[string]int{}
	if l := localeFor(lang); l != nil && l.words != nil {
		for _, e := range l.words.entries {
			v := e.val
			if v < 2 || v > 12 || v != math.Trunc(v) || e.stem || strings.ContainsAny(e.text, " -\u00a0") {
				continue
			}
			out[strings.ToLower(e.text)] = int(v)
		}
	}
	m, _ := smallWords.LoadOrStore(name, out)
	return m.(map[string]int)
}

var smallWords sync.Map // locale name → map[string]int
