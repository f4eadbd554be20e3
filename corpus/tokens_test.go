package corpus

import (
	"slices"
	"testing"
)

func TestAddresses(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Read https://example.org/a/b.", "https://example.org/a/b"},
		{"詳しくはhttps://example.jp/newsで確認できる。", "https://example.jp/news"},
		{"请访问www.example.cn/info。", "www.example.cn/info"},
		{"Write to desk@example.com, please.", "desk@example.com"},
	} {
		var got []string
		for _, s := range Addresses(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("Addresses(%q) = %q, want [%q]", c.text, got, c.want)
		}
	}
}
