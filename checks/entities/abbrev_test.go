package entities

import (
	"strings"
	"testing"
)

// Every short form of data/abbrev.tsv explains its place's English name
// after a word of its context, and not alone among common words.
func TestShortForms(t *testing.T) {
	sf := abbrevs()
	en := places().in("en")
	for lang, chars := range sf.places {
		before := sf.before[lang][0]
		for c, ks := range chars {
			for _, k := range ks {
				w := en.names[k][0][0]
				fires := []srcText{{lang: lang, raw: "他" + before + string(c) + "了"}}
				quiet := []srcText{{lang: lang, raw: "他们" + string(c) + "了"}}
				if !shortFormExplains(w, "en", fires) {
					t.Errorf("%s %q after %q: %q not explained", lang, c, before, w)
				}
				if shortFormExplains(w, "en", quiet) {
					t.Errorf("%s %q alone: %q explained", lang, c, w)
				}
			}
		}
	}
}

// Every context word of data/abbrev.tsv shows a short form meant.
func TestShortFormContexts(t *testing.T) {
	sf := abbrevs()
	en := places().in("en")
	for lang, chars := range sf.places {
		for c, ks := range chars {
			w := en.names[ks[0]][0][0]
			for _, b := range sf.before[lang] {
				if !shortFormExplains(w, "en", []srcText{{lang: lang, raw: "他" + b + string(c) + "了"}}) {
					t.Errorf("%s %q before %q: %q not explained", lang, b, c, w)
				}
			}
			for _, a := range sf.after[lang] {
				if !shortFormExplains(w, "en", []srcText{{lang: lang, raw: "他们" + string(c) + a}}) {
					t.Errorf("%s %q after %q: %q not explained", lang, a, c, w)
				}
			}
			break // one character of each language will do
		}
	}
}

func TestShortFormsErrors(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"# c\nzh\tT:CN\n", "x.tsv:2: want LANG"},
		{"zh\tT:XX\t中\n", "x.tsv:1: no place"},
		{"zh\tT:CN\t中国\n", "x.tsv:1: \"中国\" is no one character"},
	} {
		if _, err := readShortForms("x.tsv", c.file); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v; want %s", c.file, err, c.want)
		}
	}
}
