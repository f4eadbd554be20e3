package numbers

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/crossread/crossread/internal/quantity"
)

// agreementBreaks reports whether writing digits (ASCII, the target's
// separators) in place of the target number t, in text, would leave the
// words after it in the wrong form: a word follows the number, and in the
// target's language the new number takes another plural form than the
// old (CLDR's rules): "5 тысяч" rewritten "2 тысяч" (тысячи), "2
// человека" rewritten "5 человека" (человек), "6 آلاف" rewritten "60
// آلاف" (ألفاً). Such a fix would need the noun phrase rewritten too, and
// is not offered.
func agreementBreaks(t *item, text, digits string, lang language.Tag) bool {
	switch t.q.Kind {
	case quantity.Year, quantity.Date, quantity.Time, quantity.Month, quantity.Quarter, quantity.Identifier:
		return false
	}
	if t.q.Ordinal || t.q.Fraction || namedBy(t, text) || !wordAfter(text[t.num.End:]) {
		// An ordinal or a number of a name ("Rossiya 1 TV") counts no
		// word after it; a fraction's word takes the form the fraction
		// governs, not its digits' ("3/4 опрошенных", "1/2 опрошенных").
		return false
	}
	dec, _ := quantity.Separators(lang)
	return pluralForm(t.q.Text, dec, lang) != pluralForm(digits, dec, lang)
}

// namedBy reports whether t follows a capitalised word inside its
// sentence, its label: the number of a name ("Rossiya 1", "Quest 3"). A
// word that opens the sentence ("Пришли 2 человека") is no label.
func namedBy(t *item, text string) bool {
	if t.q.Label == "" {
		return false
	}
	before := strings.TrimRight(text[:t.num.Start], " \u00a0")
	before = strings.TrimRight(strings.TrimSuffix(before, t.q.Label), " \u00a0\"'«„“")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && !strings.ContainsRune(".!?\n", r)
}

// wordAfter reports whether rest opens, after spaces, with a letter.
func wordAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0\u202f")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r)
}

// pluralForm returns the CLDR cardinal plural form of the number written
// num (ASCII digits) in lang, whose decimal separator is dec.
func pluralForm(num string, dec rune, lang language.Tag) plural.Form {
	num = strings.Map(func(r rune) rune {
		switch {
		case r == dec:
			return '.'
		case r < '0' || r > '9':
			return -1 // group separators, whatever the text used
		}
		return r
	}, num)
	whole, frac, _ := strings.Cut(num, ".")
	i, _ := strconv.Atoi(whole)
	f, _ := strconv.Atoi(frac)
	trimmed := strings.TrimRight(frac, "0")
	tv, _ := strconv.Atoi(trimmed)
	return plural.Cardinal.MatchPlural(lang, i, len(frac), len(trimmed), f, tv)
}
