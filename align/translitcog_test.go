package align

import "testing"

// TestInflectedCognate: Russian and Ukrainian words match their English
// cognates once transcribed, respelt and read with or without their case
// ending; words that only share letters do not.
func TestInflectedCognate(t *testing.T) {
	scratch := new([]int)
	for _, c := range []struct {
		cyr, lang, en string
		want          bool
	}{
		{"символікою", "ukr", "symbolic", true},
		{"фактів", "ukr", "facts", true},
		{"українською", "ukr", "ukrainian", true},
		{"технології", "ukr", "technology", true},
		{"компании", "rus", "company", true},
		{"президента", "rus", "president", true},
		{"листівки", "ukr", "leaflets", false},
		{"правительство", "rus", "government", false},
		{"покупки", "rus", "pocket", false},
		{"машина", "rus", "machine", true},
		{"выходных", "rus", "weekends", false},
	} {
		r := cyrillicRunes(tokType{key: c.cyr, r: []rune(c.cyr), kind: kWord}, c.lang)
		_, got := inflectedCognate(r, spellLikeTranscription([]rune(c.en)), scratch)
		if got != c.want {
			t.Errorf("%s (%s) ~ %s: %v, want %v", c.cyr, string(r), c.en, got, c.want)
		}
	}
}

func TestSpellLikeTranscription(t *testing.T) {
	for in, want := range map[string]string{
		"symbolic": "simbolik", "community": "komuniti", "philosophy": "filosofi",
		"theatre": "teatre", "express": "ekspres", "quota": "kuota", "window": "vindov",
	} {
		if got := string(spellLikeTranscription([]rune(in))); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}
