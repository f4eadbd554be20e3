package quantity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// A Weekday is a day of the week named in a text.
type Weekday struct {
	Span Span
	Day  int // 1 Monday … 7 Sunday
}

// Weekdays returns the days of the week that text, in lang, names, in the
// order of the text: by CLDR's wide names and the inflected forms of the
// lexicon ("среду" for среда), as whole words in a script that spaces
// them, with one of the lexicon's endings glued on ("Mondays",
// "Montagabend"), and anywhere in one that does not or that glues
// particles to them ("月曜日", "ביום שני"). A name written with a
// capital is matched only so ("Pazar", Sunday, not "pazar", market).
func Weekdays(text string, lang language.Tag) []Weekday {
	l := localeFor(lang)
	if l == nil || l.latin {
		return nil
	}
	var out []Weekday
	spaced := spacedScript(text)
	lower := corpus.LowerKeepingOffsets(text)
	for day := range 7 {
		forms := l.d.weekdays[day]
		for _, f := range append(forms[:len(forms):len(forms)], l.d.weekdayForms[day]...) {
			if utf8.RuneCountInString(f) < 4 && corpus.IsASCII(f) {
				continue // CLDR root's "Mon": no name of the language
			}
			out = appendDays(out, text, lower, f, day+1, spaced, l.d.weekdaySuffixes)
		}
	}
	slices.SortFunc(out, func(a, b Weekday) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End // the longer first
	})
	// A day inside another's name is no day: شنبه (Saturday) in سه‌شنبه
	// (Tuesday).
	return slices.CompactFunc(out, func(a, b Weekday) bool { return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End })
}

// appendDays adds to out each place text names day by its form f: alone
// or with one of suffixes in a spaced script, anywhere in another.
func appendDays(out []Weekday, text, lower, f string, day int, spaced bool, suffixes []string) []Weekday {
	first, _ := utf8.DecodeRuneInString(f)
	hay, needle := text, f
	if !unicode.IsUpper(first) {
		hay, needle = lower, strings.ToLower(f)
	}
	for from := 0; ; {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			return out
		}
		i += from
		end := i + len(needle)
		from = end
		if !spaced {
			// After a numeral the characters count weeks: 一周一次, once
			// a week, holds no Monday (周一).
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); i == 0 || !hasCJKDigit(r) {
				out = append(out, Weekday{Span: Span{i, end}, Day: day})
			}
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (corpus.IsWordRune(r) || r == '\u200c' || r == '\u200d') {
			continue
		}
		if end = wordEnd(text, end, suffixes); end < 0 {
			continue // "Montage" is no Montag, "Sundance" no Sunday
		}
		out = append(out, Weekday{Span: Span{i, end}, Day: day})
	}
}

// wordEnd returns the end of the word at end: end itself at a word
// boundary, or past one of suffixes there ("s", "abend"), or -1.
func wordEnd(text string, end int, suffixes []string) int {
	boundary := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(text[k:])
		return k == len(text) || !corpus.IsWordRune(r)
	}
	if boundary(end) {
		return end
	}
	for _, s := range suffixes {
		if len(text)-end >= len(s) && strings.EqualFold(text[end:end+len(s)], s) && boundary(end+len(s)) {
			return end + len(s)
		}
	}
	return -1
}

// WeekdayName returns lang's name of day (1 Monday … 7 Sunday), as a
// date writes it, or "".
func WeekdayName(day int, lang language.Tag) string {
	l := localeFor(lang)
	if l == nil || day < 1 || day > 7 || len(l.d.weekdays[day-1]) == 0 {
		return ""
	}
	return l.d.weekdays[day-1][0]
}

// WeekdaysInflect reports whether lang's names of the days change with
// their case (the lexicon lists inflected forms: в среду, w środę), so
// that one day's name cannot simply stand in another's place: "в
// четверг" does not become "в среда".
func WeekdaysInflect(lang language.Tag) bool {
	l := localeFor(lang)
	if l == nil {
		return false
	}
	for _, forms := range l.d.weekdayForms {
		for _, f := range forms {
			// A day in brackets after a date (ja （木）) is an
			// abbreviation, not a case.
			if !strings.HasPrefix(f, "(") && !strings.HasPrefix(f, "（") {
				return true
			}
		}
	}
	return false
}

// spacedScript reports whether text is written in a script that spaces
// its words and glues no particle to a name: Latin, Cyrillic or Greek.
func spacedScript(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
		}
	}
	return true
}

// hasCJKDigit reports whether r is a Chinese-character digit or an ASCII
// or full-width one.
func hasCJKDigit(r rune) bool {
	_, ok := cjkDigits[r]
	return ok || digitVal(r) >= 0
}
