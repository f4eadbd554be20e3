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
// Values in different units are matched when one is the other converted,
// give or take a quarter ("15-foot" = "fünf Meter"); they are never paired
// as a changed value. A two-digit number matches a year with the century
// implied ("années 70" = "1970s").
//
// Identifiers, versions, times and dates never yield findings. A number
// after a capitalised word that the other document also writes before a
// number ("Quest 3", "Llama 4") is a name, not a value; a value left over on
// one side that equals the number of an unused name on the other side is
// taken as accounted for ("Lama 4" for "Llama 4"). Spelled-out numbers
// ("drei Wochen") take part in matching and may be paired as a changed
// value with a left-over number of the same order of magnitude, but a
// spelled-out number, a month or a bare 1 (often an article) alone is not
// reported.
//
// The check keeps no state between runs and is safe for concurrent use.
package numbers
