// Package quantity finds the numbers in a text and reads their values the
// way a reader of the text's language would.
//
// Extract returns one Quantity per number expression, in text order:
//
//	qs := quantity.Extract("Der Umsatz stieg um 22 % auf 39,1 Milliarden US-Dollar.", language.German)
//	// qs[0]: 22 %, Kind Percent, Value 22
//	// qs[1]: 39,1 Milliarden US-Dollar, Kind Money, Value 39.1e9, Decimals 1, Currency "USD"
//
// A Quantity records where it is (Span covers the whole expression, Num only
// the digits), its value with scale words applied, how many decimals it shows
// (its precision), its Kind, the currency when one is written, and, when the
// digits can also be read under the other separator convention, that
// alternative reading: "24,000" in German text reads 24 (three decimals), but
// an English reader sees 24000. Comparing a translation with its source needs
// both readings, because machine translation often leaves the source format
// in place.
//
// What is recognised:
//
//   - digits of any Unicode decimal digit set (Devanagari, fullwidth, ...),
//     width-folded separators, and a sign;
//   - the decimal and grouping separators of each language, with group sizes
//     validated (groups of three, and Indian 2-digit groups for hi and sa),
//     so that "3.1" is never read as a grouped 31;
//   - percentages ("33 %", "33 percent", "33 Prozent", "百分之33");
//   - scale words, abbreviations and CJK myriads ("Milliarden", "Mrd.",
//     "bn", "mil millones", "млрд", "2.4万", "1億2000万");
//   - currencies written as symbols, ISO codes or words ("$", "US-Dollar",
//     "美元"), which make the quantity Money;
//   - ranges ("37 bis 40 Milliarden US-Dollar", "38,5–41"), whose bare first
//     bound takes the scale word, percent sign and currency of the last;
//   - years, month names and CJK months ("Juni", "7月"), read as Month;
//   - units of length, mass, speed, area, volume and temperature written
//     after the number ("15-foot", "5 km", "43 Grad Celsius"), recorded in
//     Unit; Convert converts between units of the same dimension.
//
// Things that only look like numbers are returned as Identifier, Time or
// Date, so that callers do not compare them as values: letters and digits in
// one token ("H100", "5G", "COVID-19"), dotted versions after a name
// ("Llama 3.1"), times ("14:30", "15时50分"), dates ("2024-08-05",
// "24.07.2024"), phone numbers and numbers with a leading zero. Numbers
// inside URLs and e-mail addresses are skipped. A plain number right after a
// capitalised word ("Quest 3", "Kapitel 3") keeps its kind but records the
// word as its Label: only the other side of a comparison can tell whether it
// names a product or counts something.
//
// Spelled-out numbers ("twenty", "drei", "vier Wochen", "二十五") are read
// from a small lexicon of simple number words per language, and Roman
// numerals only next to the word for century ("siglo XV"); such quantities
// have Spelled set, because the lexicon cannot tell every use of a word
// ("second") from a number. Compound number words beyond tens and units,
// fractions, percentage points (read as percent), quarters, Roman numerals
// elsewhere and times as values are not handled yet.
//
// The language data (separators, scale words, currencies, months, number
// words) lives in tables keyed by language, in tables.go; adding a language
// is adding a table entry.
//
// Extract is safe for concurrent use.
package quantity
