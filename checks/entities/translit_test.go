package entities

import "testing"

func TestTransliterate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Кеннеди", "kennedi"},
		{"Київ", "kiyiv"},
		{"Μητσοτάκης", "mitsotakis"},  // accent dropped, τσ one sound
		{"Φρανκφούρτη", "frankfurti"}, // ου is u
		{"Μπάιντεν", "baiden"},        // μπ is b; the accent on α splits αι
		{"Αθήναι", "athine"},          // unaccented αι is e
		{"Ζαΐρ", "zair"},              // the diaeresis splits αι
		{"ἈΘῆΝΑΙ", "athine"},          // polytonic marks fold too
	} {
		if got, _ := transliterate(c.in); got != c.want {
			t.Errorf("transliterate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
