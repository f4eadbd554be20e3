package words

import (
	"fmt"
	"testing"

	"github.com/crossread/crossread/corpus"
)

func TestFind(t *testing.T) {
	testCases := []struct {
		text, w string
		endings bool
		want    string
	}{
		{"Lama 4 und Lama-4-Training", "Lama", false, "[{0 4} {11 15}]"},
		{"Lamas und Dalai Lama", "Lama", false, "[{16 20}]"},
		{"Xiao Zhas Weitsicht", "Xiao Zha", true, "[{0 8}]"},
		{"Xiao Zhas Weitsicht", "Xiao Zha", false, "[]"},
		{"Ins Kino, Ins", "Ins", false, "[{0 3} {10 13}]"},
		{"aaa", "aa", false, "[]"},
		{"", "x", false, "[]"},
		// A spacing vowel sign continues the word: राम is not in रामा.
		{"रामा और राम", "राम", false, "[{20 29}]"},
	}
	for _, tc := range testCases {
		if got := fmt.Sprint(Find(tc.text, tc.w, nil, tc.endings)); got != tc.want {
			t.Errorf("Find(%q, %q, %v) = %s; want %s", tc.text, tc.w, tc.endings, got, tc.want)
		}
	}
	if got := Find("Lama http://x/Lama", "Lama", []corpus.Span{{Start: 5, End: 18}}, false); len(got) != 1 {
		t.Errorf("skip: got %v; want only the first match", got)
	}
}

func TestLast(t *testing.T) {
	for in, want := range map[string]string{"Mark Zuckerberg": "Zuckerberg", "Jensen Huang": "Huang", "Instagram": "", "Sam Ng": ""} {
		if got := Last(in); got != want {
			t.Errorf("Last(%q) = %q; want %q", in, got, want)
		}
	}
}
