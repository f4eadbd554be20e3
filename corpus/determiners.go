package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// determiners maps a language to its articles and determiners
// (data/lexicon/determiners.txt).
var determiners = sync.OnceValue(func() map[string]map[string]bool { return wordSets("data/lexicon/determiners.txt") })

// AfterDeterminer reports whether the word starting at text[start:]
// follows an article or determiner of lang, spaces between: "die
// Krankheit", "der Times". Before a common noun the article is the rule;
// before a name the exception, or the target language's way with a
// foreign one.
func AfterDeterminer(text string, start int, lang language.Base) bool {
	d := determiners()[lang.String()]
	before := strings.TrimRight(text[:start], " \u00a0")
	if d == nil || len(before) == start {
		return false
	}
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !IsWordRune(r) {
			break
		}
		i -= n
	}
	return d[strings.ToLower(before[i:])]
}
