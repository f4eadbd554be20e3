package quantity

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func TestWeekdays(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       string // "day:text ..."
	}{
		{"en", "The vote is on Monday, the count on Tuesdays.", "1:Monday 2:Tuesdays"},
		{"en", "Frida Kahlo and the Sunda Strait; Sunday Times; Sundance.", "7:Sunday"},
		{"de", "Die Montage beginnt Montagabend.", "1:Montagabend"},
		{"ru", "среди прочего в середине недели", ""},
		{"uk", "у середній школі у середу", "3:середу"},
		{"en", "He said MONDAY was fine.", ""}, // capitals alone: not the cased form
		{"de", "Am Montagabend und am Freitag.", "1:Montagabend 5:Freitag"},
		{"fr", "Lundi et mercredi.", "1:Lundi 3:mercredi"},
		// A date's day in brackets, one character; the character alone is
		// a word (木, tree; 金, money).
		{"ja", "10月17日（木）に発表。金の価格と木の高さ。", "4:（木）"},
		{"ja", "10月18日(金)", "5:(金)"},
		{"fa", "روز سه‌شنبه و شنبه", "2:سه‌شنبه 6:شنبه"}, // Saturday inside Tuesday's name is no day
		{"ar", "يوم الثلاثاء", "2:الثلاثاء"},
		{"ru", "В среду и в пятницу.", "3:среду 5:пятницу"},
		{"tr", "Cuma ve Cumartesi günü pazar kurulur.", "5:Cuma 6:Cumartesi günü"},
		{"tr", "Pazar günü.", "7:Pazar günü"},
		{"tr", "salı günü yaptığı açıklamada", "2:salı günü"},
		{"tr", "pazar kuruldu", ""}, // a market, no Sunday
		// A letter whose lower case is longer (İ) does not stop a day's
		// name at a sentence's start from being read.
		{"tr", "İstanbul'da. Salı günü yaptığı açıklamada", "2:Salı günü"},
		{"tr", "İstanbul'da pazar kuruldu", ""},
		{"ru", "В İstanbul. Понедельник был тихим.", "1:Понедельник"},
		{"zh", "微软周二表示", "2:周二"},
		{"zh", "一周一次。", ""}, // once a week, no Monday
		{"lt", "antradienį pranešė", "2:antradienį"},
		{"lv", "otrdien paziņoja", "2:otrdien"},
		{"et", "teatas teisipäeval", "2:teisipäeval"},
		{"ka", "სამშაბათს განაცხადა", "2:სამშაბათს"},
		{"ja", "月曜日と金曜日に。", "1:月曜日 5:金曜日"},
		{"pl", "W środę i w sobotę.", "3:środę 6:sobotę"},
		{"zh", "星期一和星期五。一周一次。", "1:星期一 5:星期五"},
		{"he", "ביום שני בערב.", "1:יום שני"},
		{"ar", "يوم الخميس الماضي.", "4:الخميس"},
		{"el", "Την Τρίτη, η τρίτη φορά.", "2:Τρίτη"},
		{"pt", "Na segunda-feira.", "1:segunda-feira"},
		{"la", "Mon Tue", ""},
	} {
		got := ""
		for _, w := range Weekdays(tc.text, language.MustParse(tc.lang)) {
			if got != "" {
				got += " "
			}
			got += fmt.Sprintf("%d:%s", w.Day, tc.text[w.Span.Start:w.Span.End])
		}
		if got != tc.want {
			t.Errorf("%s %q: got %q; want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// FuzzWeekdays: every day found lies within the text, on rune
// boundaries, in order, with a day from 1 to 7.
func FuzzWeekdays(f *testing.F) {
	for _, s := range []string{"Am Montagabend und am Freitag.", "В среду и в пятницу.", "月曜日と金曜日に。", "ביום שני", "Cuma ve Cumartesi", "Sundance Sunday Mondays", ""} {
		for _, l := range []string{"de", "ru", "ja", "he", "tr", "en", "xx"} {
			f.Add(s, l)
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return // documents are valid UTF-8 once loaded
		}
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.English
		}
		last := -1
		for _, w := range Weekdays(text, tag) {
			if w.Day < 1 || w.Day > 7 || w.Span.Start < last || w.Span.Start >= w.Span.End || w.Span.End > len(text) ||
				!utf8.RuneStart(text[w.Span.Start]) || w.Span.End < len(text) && !utf8.RuneStart(text[w.Span.End]) {
				t.Fatalf("%q: bad day %+v", text, w)
			}
			last = w.Span.Start
		}
	})
}

// TestWeekdayNamesAreNoNumbers: a day's name that holds a numeral is no
// number (星期四 and quinta-feira are Thursday, no four or five), while
// numbers in words elsewhere are read.
func TestWeekdayNamesAreNoNumbers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"zh", "10月17日（星期四）降息。", []string{`month "10月" 10`, `count "17" 17`}},
		{"pt", "na quinta-feira, 17 de outubro, e a quinta vez", []string{`count "17" 17`, `month "outubro" 10`, `count "quinta" 5 spelled`}},
		{"el", "την Πέμπτη 17 Οκτωβρίου", []string{`count "17" 17 label=Πέμπτη`, `month "Οκτωβρίου" 10`}},
		{"vi", "vào thứ Năm, ngày 17 tháng 10", []string{`count "17" 17`, `month "tháng 10" 10`}},
	})
}
