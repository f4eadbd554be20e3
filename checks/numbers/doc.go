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
// Two matched amounts in different currencies are a major finding
// ("5 Milliarden €" for "$5 billion"; "$" in zh-Hant text, the Taiwan
// dollar, for US$; "¥" in Chinese, the yuan, for 円), fixed with the
// target language's sign or word for the source currency; "¥" in a
// language where it may mean either yen or yuan is no finding. Two
// multipliers one apart of which one reads two ways ("three times more",
// 增长了两倍: tripled to some readers, quadrupled to others) are a minor
// finding, not a changed value.
//
// Times of day are matched by the clock, modulo twelve hours ("3:40
// a.m." = "3.40 Uhr") unless both sides know their half of the day: a
// written a.m. or p.m., or a time of a language that writes the 24-hour
// clock with no word for a part of the day beside it ("8 Uhr" is no "8
// p.m.", "8 Uhr abends" is). A time left over accounts for its whole hour
// written as a bare number on the other side ("ve 14 hodin" for "2pm")
// or for the same digits read as a number. When both sides are left with
// the same number of times, they are changed times (major). Numeric dates
// are read by each language's CLDR short date order ("03/04/2025" is
// March 4 in English, 3 April in German) and matched with the same date
// written with the month's name on the other side ("4.1.2022" = "January
// 4, 2022"); a date whose day and month are the source's swapped is
// major, fixed by swapping the two fields (minor and without a fix where
// the target kept the source's digits and the source is English without
// a region, which Britain writes day first), and any other changed day,
// month or year is a changed date (major), fixed with the source's date
// in the target's order, separators and digit widths ("03/06/2024" for
// "05.03.2024" → "03/05/2024"); a different day beside the same month
// name is a changed date fixed with the source's day. A day of the week
// the target names where its source passage names other days and not
// this one is a changed weekday (major), fixed with the target
// language's name of the source's day where the target wrote a plain
// name (quantity.Weekdays: CLDR's wide names, the lexicon's inflected
// forms). A day of the week written beside a whole date it does not fall
// on (a few characters apart in one sentence: "Montag, 4. März 2025") is
// major too, unless a source passage holds the same slip. A floor of a
// building is compared as its languages count floors (data/words.txt
// floor-0, floor-1, floor-either): Czech "v 1. patře" is Ukrainian "на
// 2-у поверсі", and English counts either way; another floor is a
// changed floor (major), without a fix, the count being the target's.
// Identifiers
// left over on
// both sides that have the same shape (the same letters, up to a short
// inflected ending, around the same runs of digits: "F-35" and "F-43",
// "covidu-19" and "Covid-22") but other digits are a changed name
// (major). A target that shows more significant digits than its source
// cannot have rounded it: "135,000" for 14万 is a changed value.
//
// A fix for a changed quarter or month keeps the target's grammatical
// form: the numeral of "во II квартале" or "3-м квартале" is replaced; a
// month takes the CLDR form (format or stand-alone, wide or abbreviated)
// the target used ("5 мая" → "5 марта"); an inflected form CLDR does not
// list ("в мае", "kolmannella neljänneksellä") gets no fix rather than a
// wrong one.
//
// Versions after a name never yield findings. A number
// after a capitalised word that the other document also writes before a
// number ("Quest 3", "Llama 4") is a name, not a value; a value left over on
// one side that equals the number of an unused name on the other side is
// taken as accounted for ("Lama 4" for "Llama 4"). Spelled-out numbers
// ("drei Wochen") take part in matching and may be paired as a changed
// value with a left-over number of the same order of magnitude, but a
// spelled-out number, a month, a quarter or a bare 1 (often an article)
// alone is not reported.
//
// A fraction ("3/4", "¾", "1 1/2") or a spelled-out one ("half",
// "Hälfte") matches a percentage of its value within the percentage's
// rounding ("75 %", "33 %" for ⅓) or a decimal; it is paired as a changed
// value only with another fraction written the same way ("2/3" for "3/4",
// fixed with the source's fraction; "half" is no changed 四 or 3½), and
// alone it is not reported, as the other side may say "three quarters".
// A count of decades or centuries is read in years ("two decades" is 20,
// as 20多年), and the ordinal "second" after "a" or "per" with no noun
// after it is the unit of time ("after a second if"), no number
// (data/words.txt). A number of three or more comma groups whose groups
// are all left-over numbers of the other side is a list written without
// spaces ("249,289,299" for "249, 289 and 299"), not one number. A Roman numeral after a name ("Benedikt XVI.",
// "Super Bowl LVIII") is a name: it is compared only with a numeral after
// the same name on the other side ("Super Bowl LVII" for "Super Bowl
// LVIII" is a major finding, fixed with the source's numeral), never by
// value across names ("Benedikt XVI." against "Benedict XVI"). A year in
// Roman numerals ("anno MMXXIV") may be paired with a changed year in
// digits.
//
// The same digits on both sides get no format finding when the two
// languages share the decimal separator or the digits follow a name
// ("Tab A 10.1"); a year left over beside a matched year is an added
// year, not a changed one; the bounds of two ranges are blamed in the
// same place (170 for 375 in "170 až 180 kg" for "375 to 400 pounds"),
// a number word is never a changed decimal, and a fix keeps the target's
// digits ("१.५").
//
// The check keeps no state between runs and is safe for concurrent use.
package numbers
