package corpus

import (
	"testing"
	"unicode"

	"golang.org/x/text/cases"
)

// TestFoldNameASCII checks FoldName's ASCII shortcut against the long
// way for every pair of printable ASCII characters.
func TestFoldNameASCII(t *testing.T) {
	for a := byte(' '); a <= '~'; a++ {
		for b := byte(' '); b <= '~'; b++ {
			s := string([]byte{a, b, 'X', 'y'})
			if got, want := FoldName(s), foldDecomposed(s); got != want {
				t.Fatalf("FoldName(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestFoldsToItself checks every rune foldsToItself lets through against
// full case folding, alone and after an ASCII capital (foldASCII lowers
// the ASCII of such a word and keeps the rest).
func TestFoldsToItself(t *testing.T) {
	fold := cases.Fold()
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !foldsToItself(r) {
			continue
		}
		s := "Q" + string(r)
		if got, want := FoldWord(s), fold.String(s); got != want {
			t.Fatalf("FoldWord(%q) = %q, want %q", s, got, want)
		}
		if got := FoldWord(string(r)); got != string(r) {
			t.Fatalf("FoldWord(%q) = %q", string(r), got)
		}
	}
}

func TestLowerKeepingOffsets(t *testing.T) {
	for in, want := range map[string]string{
		"NATO and the EU": "nato and the eu",
		"İİ\u212a NATO":   "İİ\u212a nato", // İ grows and the Kelvin sign shrinks in lower case
		"ÖVP \xff OTAN":   "övp \xff otan",
		"ЕС и НАТО":       "ес и нато",
		"\xe00\xad NATO ": "\xe00\xad nato ",
	} {
		if got := LowerKeepingOffsets(in); got != want || len(got) != len(in) {
			t.Errorf("LowerKeepingOffsets(%q) = %q; want %q", in, got, want)
		}
	}
}
