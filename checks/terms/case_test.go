package terms

import "testing"

func TestSameInitialCase(t *testing.T) {
	for _, tc := range []struct{ right, wrong, want string }{
		{"gogle", "Słuchawki", "Gogle"},
		{"gogle", "słuchawki", "gogle"},
		{"Headset", "Kopfhörer", "Headset"},
		{"ヘッドセット", "ヘッドホン", "ヘッドセット"},
		{"iPhone", "Telefon", "iPhone"}, // a name keeps its own case
	} {
		if got := sameInitialCase(tc.right, tc.wrong); got != tc.want {
			t.Errorf("sameInitialCase(%q, %q) = %q, want %q", tc.right, tc.wrong, got, tc.want)
		}
	}
}
