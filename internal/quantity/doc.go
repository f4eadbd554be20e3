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
//   - percentages ("33 %", "33 percent", "33 Prozent", "百分之33") and
//     percentage points ("2 Prozentpunkte", "2 п.п.", "2%p"), which are
//     Percent with Points set;
//   - scale words, abbreviations and CJK myriads ("Milliarden", "Mrd.",
//     "bn", "mil millones", "млрд", "2.4万", "1億2000万"); one-letter
//     abbreviations ("M", "B") count only after a currency sign ("Rp 5 M");
//   - currencies written as symbols, ISO codes or words ("$", "US-Dollar",
//     "美元"), which make the quantity Money; a language's own symbols come
//     first (¥ is CNY in zh, JPY in en);
//   - ranges ("37 bis 40 Milliarden US-Dollar", "38,5–41"), whose bare first
//     bound takes the scale word, percent sign and currency of the last;
//   - years, month names and CJK months ("Juni", "7月"), read as Month;
//     abbreviated month names only next to a number;
//   - quarters ("Q2", "T2", "2. Quartal", "zweites Quartal", "second
//     quarter", "II квартал", "kuartal II", "第2四半期", "第二季度", "2분기"),
//     read as Quarter;
//   - units of length, mass, area, volume, speed, temperature, power,
//     energy and data written after the number ("15-foot", "5 km", "43 Grad
//     Celsius", "3 kWh", "4 GB"), recorded in Unit; Convert converts between
//     units of the same dimension.
//
// A count followed by a multiplier word ("3 times", "dreimal", "3倍") has
// Times set; TimesVague marks the ones readers take two ways ("three
// times more", 增长了两倍). Clock reads a Time as seconds after midnight;
// DayMonth reads a numeric Date by the language's CLDR short date order
// ("03/04" is March 4 in English, 3 April in French). MonthLike and
// QuarterLike give a month or quarter in the grammatical form of a
// written one, or nothing when that form cannot be known; CurrencyLike
// gives a currency the way a language writes it.
//
// Things that only look like numbers are returned as Identifier, Time or
// Date, so that callers do not compare them as values: letters and digits in
// one token ("H100", "5G", "COVID-19"), dotted versions after a name
// ("Llama 3.1"), times, dates, phone numbers and numbers with a leading
// zero. Times are read in each locale's forms: "14:30", "14h05" and "14 h
// 05", "3.40 Uhr", "2:05 p.m.", "15时50分", "15時" (not "24時間", a
// duration), "6点多" (点 alone also counts items), four digits before a
// time zone ("1405 GMT"), and, where the decimal separator is a comma,
// hours and minutes joined by a dot with no unit, currency or scale word
// ("od 8.30 do 11.45", "в 22.00"). Dates: "2024-08-05", "2019-7-7",
// "24.07.2024" (also after a capitalised word, "Am 05.03.2024"), "25.02."
// and the spaced "25. 2." and "1. 5. 1886" of Czech and German; DateOrder
// gives the order a reader takes their fields in. DayPart says whether a
// language writes the 24-hour clock and whether a word for a part of the
// day ("abends", "du soir") stands near a time. Numbers
// inside URLs and e-mail addresses are skipped. A plain number right after a
// capitalised word ("Quest 3", "Kapitel 3") keeps its kind but records the
// word as its Label: only the other side of a comparison can tell whether it
// names a product or counts something.
//
// Spelled-out numbers ("twenty", "drei", "einundzwanzig", "vier Wochen",
// "zweihundertfünfzig", "two hundred fifty", "двухсот", "二十五") are read
// from the CLDR spell-out rules (0 to 999 and the round thousands to 9000,
// case forms for the round hundreds and thousands; ordinals 2 to 12;
// "one" and its kin are left out, being mostly articles) plus a
// hand lexicon of multipliers and fractions ("zehnfache", "tenfold",
// "dozen", "half", "Hälfte", "la moitié"). Such quantities have Spelled
// set, because a word ("second") is not always a number.
//
// The Japanese and Chinese words for tenths are percentages with the
// precision of a tenth: 9割 and 九成 are 90 %. Fractions written
// denominator first (2分の1, 三分之一) are fractions. "And a half" after a
// whole number is added ("16 וחצי", "2 с половиной"). Czech adjectives made
// of a number word and a stem are read (čtrnáctiletá 14, třiadvacetiletý
// 23, not století). A currency word that is also a unit ("pounds",
// "Pfund") records both, for the other side to settle. Heights in feet
// and inches (5'5", "5 feet 11 inches", "5 футов 5 дюймов") are one
// length in inches, marked Compound. Japanese newspapers' middle dot is a
// decimal point before a unit (２・５キロ). English "a third of", "two
// thirds of", "a million" and "half a million" are read, though "a" and
// "one" alone are not.
//
// In Chinese and Japanese a lone 一 is left out like "one"; two
// neighbouring digits make an approximate number, read as a range (两三 is
// 2 to 3, 八九十 80 to 90, １，２ 1 to 2); a decade after a century is a
// Year (19世纪八九十年代 is 1880 and 1890); and a myriad scale may follow
// a space or "more than" (1.92 亿, 500余万).
//
// Fractions written with digits are read in every language and have
// Fraction set: "3/4" and "¾" are 0.75, "1 1/2", "2½" and "1 ½" are 1.5,
// "1⁄2" (U+2044) is 0.5. With '/' only a proper fraction with a
// denominator up to 10 counts, standing alone: "24/7", "9/11", "50/50",
// "91/92", "3/4/2025", "2024/3/4", "1/2.5" and "10:1/2" stay identifiers
// or dates; after a name ("Teil 1/3", "Größe 9½") a fraction is an
// Identifier with its Label. Multi-word fractions ("three quarters",
// "drei Viertel") are not read as one value.
//
// Roman numerals are read only where their context makes them numbers,
// and only in canonical form (XIV, MMXXV; not IIII or IC): next to the
// word for century ("siglo XV", "XV. Jahrhundert", "XXe siècle") or
// quarter ("II квартал") as ordinals; as a Year (1000 to 2199) after a
// year word ("anno MMXXV", "A.D. MCMXC", "ann."), or in Latin text by
// itself when four letters or longer ("MMXXV"); and after a capitalised
// word as part of a name ("Ludwig XIV", "Benedikt XVI.", "Super Bowl
// LVIII", "World War II"), an Identifier with that Label, two letters or
// more of I, V, X and L. Never "I" the pronoun, "Model X", acronyms with
// C, D or M ("CD", "DC", "CV", "MIX", "MDL", "ML"), nor capitals next to
// other capitals ("THE MIX OF IV"). Times as values are not handled.
//
// Calendars other than the western one are read as it: Japanese era
// years (平成11年, 1999), Thai years of the Buddhist Era (four digits
// from 2200 to 2742, 543 less: 2568 is 2025, and 2025 stays 2025;
// lexicon year-offset) and
// Persian dates of the Solar Hijri calendar (a day, a month of the
// lexicon's solar-month list and a year: ۱۲ دی ۱۴۰۳ is 1 January 2025;
// a month and year the western month and year of its middle; a year of
// 1300 to 1499 alone the western year it begins in; solar.go).
//
// The language data comes from two places. The CLDR 48 tables in
// cldr_tables.go are generated, never edited: separators and minimum
// grouping, compact-format scale words, month and quarter names, currency
// names and symbols, unit names, the short date order, and the words RBNF
// spells numbers with.
// Regenerate them with
//
//	go generate ./internal/quantity/...
//
// (internal/cldrgen fetches the pinned npm packages cldr-numbers-full,
// cldr-units-full, cldr-dates-full and cldr-rbnf with npm pack, checks
// their integrity and writes the file; the build never needs npm). What
// CLDR has nothing for is hand-written, one file per language in
// lexicon/ (embedded; see lexicon/README): press abbreviations, inflected
// forms, percentage points, multipliers, range and time words, the Latin
// and Sanskrit scale words. Adding a language is adding it to the
// generator's list and writing its lexicon file.
//
// Extract is safe for concurrent use.
package quantity
