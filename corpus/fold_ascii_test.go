package corpus

import "testing"

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
