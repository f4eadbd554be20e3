package align

import (
	"math/big"
	"strings"

	"github.com/crossread/crossread/internal/quantity"
	"golang.org/x/text/language"
)

// applyMyriads reads the scale words after the numerals of s in a language
// that counts in myriads (see quantity.MyriadScale), and the smaller parts
// that follow (1億2,650万, 1万7674), as one number written the way a
// language counting in thousands writes it, whose scale word the aligner
// does not read: 340万 is 3.4 million, read 3.4, so that it matches
// "3.4 million" and "3,4 Millionen" (see westernValue).
func applyMyriads(s string, lang language.Tag, nums []numeral) []numeral {
	out := nums[:0]
	for k := 0; k < len(nums); k++ {
		n := nums[k]
		if _, sk := quantity.MyriadScale(lang, s[n.end:]); sk == 0 {
			out = append(out, n) // the common case: no scale word
			continue
		}
		v, end, scale := part(s, lang, n)
		if v == nil {
			out = append(out, n)
			continue
		}
		for k+1 < len(nums) && nums[k+1].start == end {
			v2, end2, scale2 := part(s, lang, nums[k+1])
			if v2 == nil || scale2 >= scale || v2.Cmp(new(big.Rat).SetFloat64(scale)) >= 0 {
				break
			}
			v.Add(v, v2)
			end, scale = end2, scale2
			k++
		}
		n.num, n.end = westernValue(v), end
		out = append(out, n)
	}
	return out
}

// part returns the value of numeral n times the scale words right after
// it, where they end, and their multiplier (1 without any); nil for a
// numeral that is not a number.
func part(s string, lang language.Tag, n numeral) (*big.Rat, int, float64) {
	if !n.ok {
		return nil, 0, 0
	}
	v, ok := new(big.Rat).SetString(n.num.canon)
	if !ok {
		return nil, 0, 0
	}
	mult, k := quantity.MyriadScale(lang, s[n.end:])
	if k == 0 {
		return v, n.end, 1
	}
	// mult is a product of powers of ten up to 1e16, exact in a float64.
	return v.Mul(v, new(big.Rat).SetFloat64(mult)), n.end + k, mult
}

// westernScales are the scale words of languages that count in thousands
// (million, billion, trillion), largest first.
var westernScales = []int64{1e12, 1e9, 1e6}

// westernValue returns v as a number in the largest western scale that
// it reaches, or whole below a million: 3.4e6 is 3.4 (million), 1.2e5 is
// 120000.
func westernValue(v *big.Rat) number {
	for _, sc := range westernScales {
		if d := big.NewRat(sc, 1); v.Cmp(d) >= 0 {
			v = new(big.Rat).Quo(v, d)
			break
		}
	}
	s := v.FloatString(20)
	if strings.Contains(s, ".") {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	_, frac, _ := strings.Cut(s, ".")
	return number{canon: s, frac: len(frac)}
}
