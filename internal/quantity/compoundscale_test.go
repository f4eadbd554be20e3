package quantity

import "testing"

// TestTwoScaleWords reads a whole number said in two scale words (a
// smaller part after the larger, or in the Indian system a larger scale
// over both), Bengali and Tamil scale words, and currency symbols of two
// letters glued to the digits; each firing and quiet.
func TestTwoScaleWords(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"bn", "প্রায় ২ কোটি ২০ লাখ মানুষ", []string{`count "২ কোটি ২০ লাখ" 2.2e+07`}},
		{"bn", "৭ লাখ ৯৭ হাজার কোটি টাকা", []string{`money "৭ লাখ ৯৭ হাজার কোটি টাকা" 7.97e+12 cur=BDT`}},
		{"bn", "৩০ হাজার কোটি টাকা", []string{`money "৩০ হাজার কোটি টাকা" 3e+11 cur=BDT`}},
		{"bn", "দেড় কোটি মানুষ", []string{`count "দেড় কোটি" 1.5e+07 spelled`}},
		{"hi", "2 करोड़ 20 लाख लोग", []string{`count "2 करोड़ 20 लाख" 2.2e+07`}},
		{"hi", "4 लाख 80 हजार करोड़ रुपये", []string{`money "4 लाख 80 हजार करोड़ रुपये" 4.8e+12 cur=INR`}},
		{"ru", "2 млрд 300 млн рублей", []string{`money "2 млрд 300 млн рублей" 2.3e+09 cur=RUB`}},
		{"en", "2 million 300 thousand people", []string{`count "2 million 300 thousand" 2.3e+06`}},
		// Quiet: the second part does not fit under the first scale, a
		// fraction follows, or a lone number stands between.
		{"ru", "2 млн 3000 млн", []string{`count "2 млн" 2e+06`, `count "3000 млн" 3e+09`}},
		{"en", "5 million 2.5 billion", []string{`count "5 million" 5e+06`, `count "2.5 billion" 2.5e+09 dec=1`}},
		{"en", "2 million in 3 years", []string{`count "2 million" 2e+06`, `count "3" 3`}},
		{"ta", "72 லட்சம் பேர்", []string{`count "72 லட்சம்" 7.2e+06`}},
		{"ta", "1,000 கோடி ரூபாய்", []string{`money "1,000 கோடி ரூபாய்" 1e+10 cur=INR alt=1e+07`}},
		{"ta", "லட்சம் பேர்", nil},
		{"id", "biaya Rp1,5 triliun", []string{`money "Rp1,5 triliun" 1.5e+12 dec=1 cur=IDR`}},
		{"ms", "RM1.5 bilion", []string{`money "RM1.5 bilion" 1.5e+09 dec=1 cur=MYR`}},
		// Letters before the symbol make a model's name; three letters
		// glued must be capitals.
		{"en", "RM2 and AUSD5 and Usd5", []string{`money "RM2" 2 cur=MYR`, `identifier "AUSD5" 5`, `identifier "Usd5" 5`}},
	})
}
