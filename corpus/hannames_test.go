package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestNamesGlossed(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // a subset of the words returned
		not  []string
	}{
		{"据路透社报道，", []string{"reuters"}, nil},
		{"蓝牙耳机", []string{"bluetooth"}, nil},
		{"老港片和香港电影", []string{"hong", "kong"}, nil},
		{"我们今天很高兴。", nil, []string{"reuters", "china"}},
		{"Reuters said so.", nil, []string{"reuters"}},
		{"路", nil, []string{"reuters"}},            // one character is no headword here
		{"路 透 社", nil, []string{"reuters"}},        // not one run
		{"福島第一原子力発電所", []string{"fukushima"}, nil}, // Japanese kanji too
	} {
		got := NamesGlossed(tc.text)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("NamesGlossed(%q) lacks %q: %v", tc.text, w, got)
			}
		}
		for _, w := range tc.not {
			if got[w] {
				t.Errorf("NamesGlossed(%q) has %q", tc.text, w)
			}
		}
	}
}

// The data file is as cedictgen writes it: sorted, tab-separated,
// lower-case words.
func TestZhEnNamesFile(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(zhEnNames, "\n"), "\n")
	if !slices.IsSorted(lines) {
		t.Error("zh-en-names.txt is not sorted")
	}
	for i, l := range lines {
		head, words, ok := strings.Cut(l, "\t")
		if !ok || head == "" || words == "" || words != strings.ToLower(words) {
			t.Fatalf("zh-en-names.txt:%d: %q", i+1, l)
		}
	}
}

func ExampleNamesGlossed() {
	words := NamesGlossed("路透社报道")
	fmt.Println(words["reuters"])
	// Output: true
}

func TestNamesAround(t *testing.T) {
	s := "（德国之声中文网）"
	i := strings.Index(s, "德国")
	got := NamesAround(s, i, i+len("德国"))
	if !slices.ContainsFunc(got, func(ws []string) bool { return slices.Contains(ws, "welle") }) {
		t.Errorf("NamesAround(%q, 德国) = %v; want the words of 德国之声 among them", s, got)
	}
	if got := NamesAround("德国的经济", 0, len("德国")); len(got) != 0 {
		t.Errorf("NamesAround(德国的经济) = %v; want none", got)
	}
}
