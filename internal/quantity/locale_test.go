package quantity

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestSeparators(t *testing.T) {
	testCases := []struct {
		tag            string
		decimal, group rune
	}{
		{"en", '.', ','},
		{"de", ',', '.'},
		{"de-DE", ',', '.'},
		{"de-CH", '.', '’'},
		{"de-AT", ',', '\u00a0'},
		{"fr", ',', '\u202f'}, // CLDR 48; x/text's older CLDR has U+00A0
		{"fr-FR", ',', '\u202f'},
		{"es-MX", '.', ','},
		{"pt-AO", ',', '\u00a0'},
		{"sv", ',', '\u00a0'},
		{"no", ',', '\u00a0'},
		{"nb", ',', '\u00a0'},
		{"tr", ',', '.'},
		{"hi", '.', ','},
		{"ar", '.', ','}, // Latin digits, as Arabic news online writes them
		{"mn", '.', ','},
		{"und", '.', ','},
	}
	for _, tc := range testCases {
		d, g := Separators(language.Make(tc.tag))
		if d != tc.decimal || g != tc.group {
			t.Errorf("Separators(%s): got %q, %q; want %q, %q", tc.tag, d, g, tc.decimal, tc.group)
		}
	}
}

func TestMyriadScale(t *testing.T) {
	testCases := []struct {
		tag, s string
		mult   float64
		n      int
	}{
		{"ja", "万人", 1e4, len("万")},
		{"ja", "億2,650万", 1e8, len("億")},
		{"ja", "千万円", 1e7, len("千万")},
		{"zh", "万亿元", 1e12, len("万亿")},
		{"zh", "千瓦", 0, 0},
		{"zh-Hant", "萬人", 1e4, len("萬")},
		{"ko", "천만 원", 1e7, len("천만")},
		{"ja", "人", 0, 0},
		{"en", "万", 0, 0},
		{"de", "Millionen", 0, 0},
	}
	for _, tc := range testCases {
		mult, n := MyriadScale(language.Make(tc.tag), tc.s)
		if mult != tc.mult || n != tc.n {
			t.Errorf("MyriadScale(%s, %q): got %g, %d; want %g, %d", tc.tag, tc.s, mult, n, tc.mult, tc.n)
		}
	}
}

func ExampleSeparators() {
	for _, tag := range []string{"de", "de-CH", "sv"} {
		d, g := Separators(language.Make(tag))
		fmt.Printf("%s %q %q\n", tag, d, g)
	}
	// Output:
	// de ',' '.'
	// de-CH '.' '’'
	// sv ',' '\u00a0'
}

func ExampleMyriadScale() {
	// 4千万円 is 40 million yen: the scale words after the 4.
	mult, n := MyriadScale(language.Japanese, "千万円")
	fmt.Println(mult, n, len("千万"))
	// Output: 1e+07 6 6
}

// BenchmarkCompile measures building the tables of one language, which a
// run pays once for each language it reads.
func BenchmarkCompile(b *testing.B) {
	for _, name := range []string{"en", "de", "ja"} {
		d, _ := localeDataFor(name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				compile(name, d)
			}
		})
	}
}

// TestMatcherFindsWhatAScanFinds: the sorted index finds, at every
// position of a text made of a language's own entries, mixed case,
// spaces of several kinds and noise, the entry a scan of all entries,
// longest first, finds.
func TestMatcherFindsWhatAScanFinds(t *testing.T) {
	for _, name := range []string{"en", "de", "fr", "ru", "ja", "zh", "hi", "el"} {
		l, ok := compiled(name)
		if !ok {
			t.Fatalf("no tables for %s", name)
		}
		for _, m := range []*matcher{l.words, l.scales, l.currencies, l.symbols, l.months, l.timeWords} {
			if m == nil || len(m.entries) == 0 {
				continue
			}
			var b strings.Builder
			for k, e := range m.entries {
				text := e.text
				if k%3 == 0 {
					text = strings.ToUpper(text)
				}
				b.WriteString(text)
				b.WriteString([]string{" ", "\u00a0", "x", "", "-", "1"}[k%6])
				if k > 150 {
					break
				}
			}
			rs := []rune(b.String())
			for i := range rs {
				got, gotEnd := m.at(rs, i)
				var want *entry
				wantEnd := i
				for k := range m.entries {
					if end, ok := m.fits(k, rs, i); ok {
						want, wantEnd = &m.entries[k], end
						break
					}
				}
				if got != want || gotEnd != wantEnd {
					t.Fatalf("%s: at %q: got %v %d, want %v %d", name, string(rs[i:min(i+20, len(rs))]), got, gotEnd, want, wantEnd)
				}
			}
		}
	}
}
