package gloss

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/crossread/crossread/internal/datalines"
)

//go:embed data/en-forms.txt
var formsData string

// irregular maps the English word forms no regular ending makes to their
// lemmas, parsed on first use.
var irregular = sync.OnceValue(func() map[string][]string {
	m, err := parseForms("en-forms.txt", formsData)
	if err != nil {
		panic(err) // embedded data: a bad line is a bug the tests catch
	}
	return m
})

// irregularForms maps a lemma to its irregular forms: pay to paid, go to
// went and gone.
var irregularForms = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for form, lemmas := range irregular() {
		for _, l := range lemmas {
			m[l] = append(m[l], form)
		}
	}
	for _, forms := range m {
		slices.Sort(forms)
	}
	return m
})

// parseForms reads lines of a form, a tab and its lemmas.
func parseForms(name, data string) (map[string][]string, error) {
	m := map[string][]string{}
	for n, line := range datalines.All(data) {
		form, lemmas, ok := strings.Cut(line, "\t")
		if !ok || form == "" || strings.ContainsRune(form, ' ') || len(strings.Fields(lemmas)) == 0 {
			return nil, fmt.Errorf("%s:%d: want a form, a tab and its lemmas", name, n)
		}
		if _, dup := m[form]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, n, form)
		}
		m[form] = strings.Fields(lemmas)
	}
	return m, nil
}

// Lemmas returns the words an English word in lower case may inflect,
// the word itself first: "paid" pay, "stopped" stop, "cities" city,
// "making" make. Candidates are guesses a lexicon confirms: "bed" yields
// "b" and "be" too, which a word list does not hold as the lemma of bed.
func Lemmas(w string) []string {
	out := []string{w}
	add := func(l string) {
		if len(l) >= 2 && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	for _, l := range irregular()[w] {
		add(l)
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		add(stem + "y")
	}
	if stem, ok := strings.CutSuffix(w, "ied"); ok {
		add(stem + "y")
	}
	for _, suffix := range []string{"ing", "ed"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len(stem) >= 2 {
			add(stem)
			add(stem + "e")
			if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
				add(stem[:n-1]) // stopped, stop
			}
		}
	}
	for _, suffix := range []string{"es", "s", "d"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && !strings.HasSuffix(w, "ss") {
			add(stem)
		}
	}
	return out
}
