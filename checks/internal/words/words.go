// Package words finds names as whole words in text, for the checks that
// look for names and their wrong forms.
package words

import (
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
)

// Find returns the case-sensitive whole-word occurrences of w in text that
// do not overlap skip. A hyphen may join a match to more of a compound
// ("Lama-4-Training"); with endings, a possessive or genitive s may follow
// it ("Xiao Zhas", "Meta's"), which the returned span leaves out.
func Find(text, w string, skip []corpus.Span, endings bool) []corpus.Span {
	var out []corpus.Span
	if w == "" {
		return nil
	}
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return out
		}
		s, e := off+i, off+i+len(w)
		end := e
		if endings {
			for _, suf := range []string{"s", "'s", "’s"} {
				if strings.HasPrefix(text[e:], suf) {
					end = e + len(suf)
					break
				}
			}
		}
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if m := (corpus.Span{Start: s, End: e}); !corpus.IsWordRune(before) && !corpus.IsWordRune(after) && !InAny(m, skip) {
			out = append(out, m)
		}
		off = s + 1
	}
}

// Last returns the last word of a name of several words when it has at
// least four letters ("Zuckerberg" of "Mark Zuckerberg"): the surname a
// text may use alone. Otherwise it returns "".
func Last(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	if w := f[len(f)-1]; utf8.RuneCountInString(w) >= 4 {
		return w
	}
	return ""
}

// InAny reports whether s overlaps any span of in.
func InAny(s corpus.Span, in []corpus.Span) bool {
	for _, t := range in {
		if t.Overlaps(s) {
			return true
		}
	}
	return false
}
