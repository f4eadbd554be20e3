package rules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

func TestEndingsFromData(t *testing.T) {
	if e := endingsPtr(language.MustParseBase("es")); len(e.add) == 0 || e.vowels != "aoe" || len(e.replace) == 0 {
		t.Errorf("Spanish inflection from endings.txt: %+v", e)
	}
}

func TestKeysMayMatch(t *testing.T) {
	de, _ := language.German.Base()
	testCases := []struct {
		pattern, text string
		want          bool
	}{
		{"Kopfhörer", "Neue Kopfhörer kosten weniger.", true},
		{"Kopfhörer", "Neue Kopfhörern kosten weniger.", true}, // an ending
		{"Kopfhörer", "Ein Headset kostet weniger.", false},
		{"*hörer", "Die Zuhörer klatschen.", true}, // a head may sit anywhere
		{"konsequent*", "Sie handelt konsequenter.", true},
		{"KI", "Die KI-Modelle.", true},
		{"neue Weisheit", "Die alte Weisheit.", false},
		{"Gift", "Ein Geschenk.", false},
	}
	for _, tc := range testCases {
		ps, err := ParsePatterns(tc.pattern, de)
		if err != nil {
			t.Fatal(err)
		}
		if got := KeysOf(corpus.Tokenize(tc.text)).MayMatch(ps); got != tc.want {
			t.Errorf("MayMatch(%q) in %q = %v; want %v", tc.pattern, tc.text, got, tc.want)
		}
	}
}

// TestKeysNeverHide checks the promise of MayMatch on every embedded rule
// pattern: written out, and with each ending of its language, wherever
// Find matches, MayMatch is true.
func TestKeysNeverHide(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var all []Pattern
	for _, tr := range r.AllTerms() {
		all = append(all, tr.Wrong...)
		all = append(all, tr.When...)
	}
	for _, c := range r.Calques {
		all = append(all, c.Pattern...)
	}
	for _, p := range all {
		e := endingsPtr(p.Lang)
		var words []string
		for _, w := range p.Words {
			words = append(words, w.Text)
		}
		texts := []string{strings.Join(words, " ")}
		_, n := utf8.DecodeLastRuneInString(words[0])
		for _, x := range append(append([]string{}, e.add...), e.replace...) {
			texts = append(texts, strings.Join(words, " ")+x, words[0]+x, words[0][:len(words[0])-n]+x)
		}
		for _, text := range texts {
			toks := corpus.Tokenize(text)
			if len(p.Find(toks)) > 0 && !KeysOf(toks).MayMatch([]Pattern{p}) {
				t.Errorf("pattern %q matches %q, but MayMatch says it cannot", p.Text, text)
			}
		}
	}
}

func TestRightForms(t *testing.T) {
	en, _ := language.English.Base()
	when, _ := ParsePatterns("headset|headsets", en)
	r := TermRule{Source: en, When: when}
	for _, tc := range []struct {
		src  string
		want Number
	}{{"headset", Singular}, {"Headsets", Plural}, {"VR", UnknownNumber}} {
		if got := r.SourceNumber(tc.src); got != tc.want {
			t.Errorf("SourceNumber(%q) = %v; want %v", tc.src, got, tc.want)
		}
	}
	for _, tc := range []struct {
		right string
		n     Number
		want  string
		ok    bool
	}{
		{"Headset", UnknownNumber, "Headset", true},
		{"Headset/Headsets", Singular, "Headset", true},
		{"Headset/Headsets", Plural, "Headsets", true},
		{"Headset/Headsets", UnknownNumber, "", false}, // a guess would be wrong half the time
		{"", Singular, "", false},
	} {
		if got, ok := formFor(tc.right, tc.n); got != tc.want || ok != tc.ok {
			t.Errorf("formFor(%q, %v) = %q, %v; want %q, %v", tc.right, tc.n, got, ok, tc.want, tc.ok)
		}
	}
}
