package quantity

import "testing"

// TestFractions reads fractions written with digits, the fraction slash
// and vulgar fraction characters, in every language the same way, and
// leaves alone what only looks like one: dates, 24/7, ratios, scores,
// page ranges.
func TestFractions(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"de", "3/4 der Befragten, ¾ der Befragten, 1 1/2 Stunden, 2½ Jahre, 1⁄2 Liter", []string{"count \"3/4\" 0.75 dec=2 fraction", "count \"¾\" 0.75 dec=2 fraction", "count \"1 1/2\" 1.5 dec=1 fraction", "count \"2½\" 2.5 dec=1 fraction", "count \"1⁄2 Liter\" 0.5 dec=1 unit=l fraction"}},
		{"en", "three quarters, or 3/4 of respondents; ½ mile, 2 ½ million people, $1 1/2 billion", []string{"count \"three\" 3 spelled", "count \"3/4\" 0.75 dec=2 fraction", "count \"½ mile\" 0.5 dec=1 unit=mi fraction", "count \"2 ½ million\" 2.5e+06 dec=1 fraction", "money \"$1 1/2 billion\" 1.5e+09 dec=1 cur=USD fraction"}},
		{"fr", "les 2/3 des sondés, ⅓ du budget", []string{"count \"2/3\" 0.6666666666666666 dec=2 fraction", "count \"⅓\" 0.3333333333333333 dec=2 fraction"}},
		{"es", "1/4 de la población", []string{"count \"1/4\" 0.25 dec=2 fraction"}},
		{"it", "i 3/4 degli intervistati", []string{"count \"3/4\" 0.75 dec=2 fraction"}},
		{"pt", "1/3 dos eleitores", []string{"count \"1/3\" 0.3333333333333333 dec=2 fraction"}},
		{"ru", "3/4 опрошенных", []string{"count \"3/4\" 0.75 dec=2 fraction"}},
		{"pl", "1/2 mieszkańców", []string{"count \"1/2\" 0.5 dec=1 fraction"}},
		{"ja", "回答者の3/4が", []string{"count \"3/4\" 0.75 dec=2 fraction"}},
		{"zh", "约1/3的人", []string{"count \"1/3\" 0.3333333333333333 dec=2 fraction"}},
		{"la", "¾ civium", []string{"count \"¾\" 0.75 dec=2 fraction"}},
		// Traps: dates, 24/7, 9/11, ratios, scores, page numbers, codes.
		{"en", "on 3/4/2025, open 24/7, post-9/11, a 50/50 split, won 3:1, a 2:1 ratio, pp. 91/92, 2024/3/4", []string{"date \"3/4/2025\" 3", "identifier \"24/7\" 24", "identifier \"9/11\" 9", "identifier \"50/50\" 50", "count \"3\" 3", "count \"1\" 1", "count \"2\" 2", "count \"1\" 1", "identifier \"91/92\" 91", "date \"2024/3/4\" 2024"}},
		{"de", "Siehe Teil 1/3 der Serie, Größe 9½, Version 1/2.5, um 10:1/2", []string{"identifier \"1/3\" 0.3333333333333333 dec=2 label=Teil fraction", "identifier \"9½\" 9.5 dec=1 label=Größe fraction", "identifier \"1/2\" 1", "count \"5\" 5", "count \"10\" 10", "identifier \"1/2\" 1"}},
	})
}

// TestRoman reads Roman numerals only where the context makes them one,
// and never the capitals that are words or acronyms.
func TestRoman(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"la", "Anno MMXXV Romae; anno Domini MCMXC; bellum MMXXV", []string{"year \"MMXXV\" 2025 spelled", "year \"MCMXC\" 1990 spelled", "year \"MMXXV\" 2025 spelled"}},
		{"la", "Benedictus XVI papa", []string{"identifier \"XVI\" 16 label=Benedictus spelled"}},
		{"en", "in the year A.D. MMXXV, AD MCMXC", []string{"year \"MMXXV\" 2025 spelled", "year \"MCMXC\" 1990 spelled"}},
		{"de", "Papst Benedikt XVI. und Ludwig XIV, im XV. Jahrhundert", []string{"identifier \"XVI\" 16 label=Benedikt spelled", "identifier \"XIV\" 14 label=Ludwig spelled", "count \"XV\" 15 spelled century"}},
		{"en", "Pope Benedict XVI, Super Bowl LVIII, World War II", []string{"identifier \"XVI\" 16 label=Benedict spelled", "identifier \"LVIII\" 58 label=Bowl spelled", "identifier \"II\" 2 label=War spelled"}},
		{"fr", "Louis XIV, au XVe siècle, la Ve République", []string{"identifier \"XIV\" 14 label=Louis spelled", "count \"XVe\" 15 spelled century"}},
		{"ru", "Пётр I, в XX веке", []string{"count \"XX\" 20 spelled century"}},
		{"pl", "Jan Paweł II", []string{"identifier \"II\" 2 label=Paweł spelled"}},
		// Traps: the pronoun, acronyms, non-canonical letters, capitals
		// as a typeface, Latin words and short Latin letters.
		{"en", "Then I said I would. Yesterday I bought a CD, a DJ MIX, from Washington DC; see my CV. Advocate ML Gupta, Vitamin C, Model X, MDL", nil},
		{"en", "THE MIX OF IV AND XL", nil},
		{"de", "Die neue CD, der Mix, im Jahr MMXXV", nil},
		{"en", "Elizabeth IIII, Rocky IC, and anno MCMC", nil},
		{"la", "MIX, CD, DC, CV, MDL, MCM, I, C, D, M, VI, Ubi sunt? ANNO MMXXV EST", nil},
	})
}

func TestCanonicalRoman(t *testing.T) {
	testCases := []struct {
		in   string
		want int
	}{
		{"MMXXV", 2025}, {"XIV", 14}, {"MCMXC", 1990}, {"IV", 4}, {"CD", 400}, {"IIII", 0}, {"IC", 0}, {"VX", 0}, {"MIM", 0}, {"XXL", 0}, {"LCD", 0}, {"", 0},
	}
	for _, tc := range testCases {
		if got := canonicalRoman([]rune(tc.in)); got != tc.want {
			t.Errorf("canonicalRoman(%q): got %d; want %d", tc.in, got, tc.want)
		}
	}
}

// TestFractionsClosingAChange reads a fraction in words where it closes
// a change ("rose by about a third", "cerca de um quarto") and Thai
// fractions said "one in three" inside a run of letters. "a third term"
// stays an ordinal, "um quarto" alone (also a room) is not read as a
// quarter (the word stays what it was, the ordinal's), and a Thai number
// word inside another word stays unread.
func TestFractionsClosingAChange(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"en", "Sales rose by about a third.", []string{`count "by about a third" 0.3333333333333333 spelled`}},
		{"en", "profits fell by two thirds", []string{`count "by two thirds" 0.6666666666666666 spelled`}},
		{"en", "he won a third term", []string{`count "third" 3 spelled`}},
		{"pt", "As vendas subiram cerca de um quarto.", []string{`count "cerca de um quarto" 0.25 spelled`}},
		{"pt", "Ela alugou um quarto.", []string{`count "quarto" 4 spelled`}},
		{"th", "ยอดขายเพิ่มขึ้นราวหนึ่งในสาม", []string{`count "หนึ่งในสาม" 0.3333333333333333 spelled`}},
		{"th", "ราวหนึ่งในสี่ของประชากร", []string{`count "หนึ่งในสี่" 0.25 spelled`}},
		{"th", "บริษัทสามารถขายได้", nil},
		{"cs", "vzrostly zhruba o čtvrtinu", []string{`count "čtvrtinu" 0.25 spelled`}},
		{"cs", "dvě třetiny voličů", []string{`count "dvě třetiny" 0.6666666666666666 spelled`}},
	})
}
