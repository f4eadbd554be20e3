package quantity

import (
	"fmt"
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
