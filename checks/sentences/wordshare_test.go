package sentences

import (
	"testing"

	"golang.org/x/text/language"
)

func TestParseWordshareErrors(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"de\t0.2\n", "w.tsv:1: want LANG<TAB>nats a word<TAB>nats at most"},
		{"# x\nzzzz9\t0.2\t3\n", "w.tsv:2: language: tag is not well-formed"},
		{"de\t0\t3\n", "w.tsv:1: want nats a word in (0, 1] and at most in [that, 10]"},
		{"de\t1.5\t3\n", "w.tsv:1: want nats a word in (0, 1] and at most in [that, 10]"},
		{"de\t0.5\t0.2\n", "w.tsv:1: want nats a word in (0, 1] and at most in [that, 10]"},
		{"de\t0.2\t3\nde\t0.3\t3\n", "w.tsv:2: de listed twice"},
	} {
		if _, err := parseWordshare("w.tsv", c.data); err == nil || err.Error() != c.want {
			t.Errorf("parseWordshare(%q) = %v, want %q", c.data, err, c.want)
		}
	}
}

// TestShareRateIntoEnglishOnly: the figures hold for translations into
// English, which they were measured on.
func TestShareRateIntoEnglishOnly(t *testing.T) {
	for _, c := range []struct {
		tgt, src string
		want     bool
	}{
		{"en", "de", true},
		{"en", "pl", true},
		{"de", "en", false},
		{"fr", "de", false},
		{"en", "en", false},
		{"en", "ru", true},
		{"en", "uk", false},
		{"en", "pt", false},
	} {
		got := shareRate(language.Make(c.tgt), language.Make(c.src)).rate > 0
		if got != c.want {
			t.Errorf("shareRate(%s, %s) > 0 = %v, want %v", c.tgt, c.src, got, c.want)
		}
	}
}
