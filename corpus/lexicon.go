package corpus

import (
	"errors"
	"io/fs"
	"strings"
	"sync"

	"github.com/crossread/crossread/internal/gzdata"

	"golang.org/x/text/language"
)

// lexicons maps a language to its word list in data/lexicon, loaded on
// first use: a list is large and most runs need none or one.
var lexicons sync.Map // language.Base → func() map[string]bool

// lexicon returns the word set of lang, or nil when crossread has none.
func lexicon(lang language.Base) map[string]bool {
	load, _ := lexicons.LoadOrStore(lang, sync.OnceValue(func() map[string]bool {
		raw, err := gzdata.Read(DataFS, "data/lexicon/"+lang.String()+".txt.gz")
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			panic("corpus: embedded lexicon: " + err.Error()) // built into the binary: cannot be bad
		}
		words := map[string]bool{}
		for _, w := range strings.Split(string(raw), "\n") {
			if w != "" {
				words[w] = true
			}
		}
		return words
	}))
	return load.(func() map[string]bool)()
}

// HasLexicon reports whether crossread has a word list of lang.
func HasLexicon(lang language.Base) bool { return lexicon(lang) != nil }

// IsWord reports whether w, in lower case, is a word of lang according to
// its word list (data/lexicon). The lists hold common words and their
// inflected forms, not proper names. It is false for a language without
// a list: ask HasLexicon first.
func IsWord(w string, lang language.Base) bool { return lexicon(lang)[w] }
