package align

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestClockTimes: a time of day is also read as one, on a 24-hour clock,
// in either form; what is no time stays numbers.
func TestClockTimes(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string // canon/alt
	}{
		{"ru", "Магазин открыт с 9.30 до 20.00.", []string{"9.30/9:30", "20.00/20:00"}},
		{"en", "Open from 10:00 a.m. to 9:00 p.m.", []string{"10", "10:00", "0", "9", "21:00", "0"}},
		{"en", "at 12:30 am and 12:15 PM", []string{"12", "0:30", "30", "12", "12:15", "15"}},
		{"de", "um 14.30 Uhr", []string{"14.30/14:30"}},
		{"en", "It rose 10.30 percent", []string{"10.30"}}, // a decimal point: no time
		{"de", "Es steht 2:1, 3:145", []string{"2", "1", "3", "145"}},
		{"de", "Debian 25.03", []string{"25.03"}},
		{"en", "at 25:00", []string{"25", "0"}},
	} {
		var got []string
		for _, n := range scanNumerals(c.text, language.Make(c.lang)) {
			if n.num.alt != "" {
				got = append(got, n.num.canon+"/"+n.num.alt)
			} else {
				got = append(got, n.num.canon)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s %q: %q, want %q", c.lang, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %q: %q, want %q", c.lang, c.text, got, c.want)
				break
			}
		}
	}
}

// BenchmarkClockTimes reads the numerals of a megabyte-long paragraph of
// times: linear in its length (reading each time's half of the day once
// lowered the rest of the paragraph, and this took half a minute).
func BenchmarkClockTimes(b *testing.B) {
	text := strings.Repeat("The train left at 10:30 a.m. and arrived at 11:45. ", 20000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		scanNumerals(text, language.English)
	}
}
