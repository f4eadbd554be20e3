package coverage

import "testing"

func TestSameWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{"one two", "one two", true},
		{"  one\n\ntwo\t", "one two", true},
		{"one\u00a0two", "one two", true}, // a no-break space is white space too
		{"one two", "one two three", false},
		{"one two three", "one two", false},
		{"one two", "one tw", false},
		{"onetwo", "one two", false},
		{"eins zwei", "one two", false},
		{"", " \n ", true},
	}
	for _, tt := range tests {
		if got := sameWords(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWords(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
