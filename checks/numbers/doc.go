// Package numbers defines the numbers check: it compares the numbers of
// each aligned target passage with those of its source passage, by value.
//
// For every aligned link, the quantities of the target paragraphs (read by
// internal/quantity with the target's conventions) are matched as a
// multiset against those of the source paragraphs (read with the source's
// conventions): identical strings first, then equal values, then values
// equal within the rounding the shown precision allows ("39,1 Milliarden"
// for "$39.07 billion": half a unit of the last digit of the less precise
// side). What is left over is reported:
//
//   - a target number beside a left-over source number of the same class is
//     a changed value (major; critical when the two differ by a factor of
//     10³, 10⁴ or 10⁶, the signature of a wrong scale word);
//   - a left-over target number close to a source number of at least 100
//     that was already matched (same number of digits, less than 50 %
//     apart) is a changed value too: "22.000" beside "24.000" where the
//     source says "24,000 ... each";
//   - any other left-over number is an addition or an omission (minor; info
//     when the number appears elsewhere in the other document, as happens
//     when an article reorders its sources);
//   - a target number that matches only when read with the source's
//     separators ("24,000" in German reads 24) is a locale-convention
//     finding (minor).
//
// Values in different units of one dimension are matched when one is the
// other converted, within the rounding either side's precision allows or a
// tenth of the value (a degree for temperatures): "15-foot" = "fünf
// Meter", 95 °F = 35 °C, 31 miles = 50 km. A value in another unit of the
// same dimension that is not such a conversion is a unit error (major): the
// number copied unconverted ("500 km" for "500 miles") or converted wrongly
// ("70 Meilen" for "100 km"); the fix gives the converted value in the
// target's format. A two-digit number matches a year with the century
// implied ("années 70" = "1970s").
//
// Two matched percentages of which only one is written as percentage
// points ("um 2 %" for "up 2 percentage points") are a major finding, with
// the target language's wording as the fix. Quarters ("Q2" = "zweites
// Quartal" = "2. Quartal") and months are compared among themselves; a
// changed quarter is fixed with its CLDR name in the target language. A
// source range of which the target keeps only one bound, written in
// digits, is a dropped bound (major).
//
// Identifiers, versions, times and dates never yield findings. A number
// after a capitalised word that the other document also writes before a
// number ("Quest 3", "Llama 4") is a name, not a value; a value left over on
// one side that equals the number of an unused name on the other side is
// taken as accounted for ("Lama 4" for "Llama 4"). Spelled-out numbers
// ("drei Wochen") take part in matching and may be paired as a changed
// value with a left-over number of the same order of magnitude, but a
// spelled-out number, a month, a quarter or a bare 1 (often an article)
// alone is not reported.
//
// The check keeps no state between runs and is safe for concurrent use.
package numbers
