package align

import (
	"unicode"
	"unicode/utf8"

	"testing"

	"github.com/crossread/crossread/corpus"

	"github.com/crossread/crossread/internal/translit"
)

// TestSoundKeyUkrainian checks that Ukrainian г is read as h, as English
// transcriptions write it, and Russian г as g.
func TestSoundKeyUkrainian(t *testing.T) {
	name := tokType{key: "гончаренко", kind: kWord, name: true}
	if got, want := soundKey(name, "ukr"), translit.Skeleton("honcharenko"); got != want {
		t.Errorf("Ukrainian: got %q, want %q", got, want)
	}
	if got, want := soundKey(name, "rus"), translit.Skeleton("goncharenko"); got != want {
		t.Errorf("Russian: got %q, want %q", got, want)
	}
}

// TestLatinDocRunes checks latinDoc's ASCII shortcut against the Unicode
// tables: each rune up to U+3000 counts as the tables say, Latin letter,
// other letter or no letter.
func TestLatinDocRunes(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		wantLatin := unicode.In(r, unicode.Latin)
		wantOther := !wantLatin && unicode.IsLetter(r)
		d := &corpus.Document{Text: string(r)}
		// One rune of a kind decides alone; with a Cyrillic letter beside
		// it, a Latin rune ties (latin wins), another letter outvotes.
		d2 := &corpus.Document{Text: string(r) + "ж"}
		if got := latinDoc(d2); got != wantLatin {
			t.Errorf("%U beside a Cyrillic letter: latin %v, want %v", r, got, wantLatin)
		}
		if got := latinDoc(d); got != !wantOther {
			t.Errorf("%U alone: latin %v, want %v", r, got, !wantOther)
		}
	}
}
