package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCapitalises tells the languages whose capitals mark names, between
// which names can contradict.
func TestCapitalises(t *testing.T) {
	for tag, want := range map[string]bool{
		"en": true, "cs": true, "uk": true, "el": true, "hy": true,
		"zh": false, "ja": false, "he": false, "ar": false, "hi": false, "ko": false,
	} {
		b, _ := language.Make(tag).Base()
		if got := capitalises(b); got != want {
			t.Errorf("capitalises(%s) = %v, want %v", tag, got, want)
		}
	}
}
