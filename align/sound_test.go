package align

import (
	"testing"

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
