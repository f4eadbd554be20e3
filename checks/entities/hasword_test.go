package entities

import "testing"

// TestHasWord finds a name only as a word of its own: a surname kept in
// Latin letters in a Chinese target keeps its person, one inside another
// word does not.
func TestHasWord(t *testing.T) {
	for _, tc := range []struct {
		text, s string
		want    bool
	}{
		{"她感谢了同事律师 Steve Cook 的信任。", "Cook", true},
		{"他会见了Cook。", "Cook", true},
		{"他会见了Cookson员工。", "Cook", false},
		{"Las Vision Pro cuestan", "Vision Pro", true},
		{"Las Vision Prototype cuestan", "Vision Pro", false},
		{"", "Cook", false},
	} {
		if got := hasWord(tc.text, tc.s); got != tc.want {
			t.Errorf("hasWord(%q, %q) = %v; want %v", tc.text, tc.s, got, tc.want)
		}
	}
}
