package quantity

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Span is a half-open byte range [Start, End) into the text given to Extract.
type Span struct{ Start, End int }

// Kind says what a quantity counts, and so whether it is compared by value.
type Kind int

// The kinds of quantity. Count, Percent, Money, Year and Month are values to
// compare; so are Quarter; the others only look like numbers.
const (
	Count      Kind = iota // a plain number: "24.000", "3,5 Millionen"
	Percent                // "33 %", "33 percent"
	Money                  // a number with a currency: "$39.07 billion"
	Year                   // a four-digit year: "2025", "2025年"
	Month                  // a month, by name or number: "Juni", "7月"; Value is 1 to 12
	Quarter                // a quarter of a year: "Q2", "2. Quartal", "second quarter"; Value is 1 to 4
	Identifier             // part of a name or version: "H100", "Llama 3.1", "5G"
	Time                   // a time of day: "14:30", "9 Uhr", "15时50分"
	Date                   // a numeric date: "2024-08-05", "24.07.2024", "5/8"
)

var kindNames = [...]string{"count", "percent", "money", "year", "month", "quarter", "identifier", "time", "date"}

// String returns the lower-case name of k.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "kind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// Compared reports whether quantities of kind k are values to compare, as
// opposed to identifiers, times and dates.
func (k Kind) Compared() bool { return k <= Quarter }

// Times says whether a Count is a multiplier, and whether it may be read
// two ways.
type Times int

const (
	NotTimes   Times = iota
	TimesPlain       // "3 times as many", "dreimal so viel"
	TimesVague       // "3 times more", "增长了3倍": tripled or quadrupled, readers differ
)

// Reading is one way to read the digits of a quantity.
type Reading struct {
	Value    float64 // scaled value
	Decimals int     // digits after the decimal separator under this reading
}

// Quantity is one number expression found in a text.
type Quantity struct {
	Span      Span     // the whole expression: currency sign, number, scale word, percent sign, currency word
	Num       Span     // the number itself: sign, digits and separators
	Text      string   // Num's text with digits made ASCII and separators width-folded: "24,000"
	Kind      Kind     //
	Value     float64  // the value as a reader of the text's language reads it, scale applied: 39.1e9
	Decimals  int      // digits shown after the decimal separator
	Scale     float64  // multiplier of the scale word; 1 without one
	ScaleText string   // the scale word as written: "Milliarden", "万"; "" without one
	Currency  string   // ISO 4217 code of the currency written with the number, or ""
	Cur       Span     // where that currency is written (sign, code or word); empty when taken from a range partner
	Unit      string   // the unit written after the number, canonical where known ("km", "°F", "GB"), or ""
	Alt       *Reading // the reading under the other separator convention, when the digits allow it and it differs
	Foreign   bool     // the digits are valid only under the other convention ("3.5" in German text)
	Label     string   // a capitalised word right before the number ("Quest" in "Quest 3")
	Range     int      // 1 for the first bound of a range, 2 for the last, 0 otherwise
	Ordinal   bool     // written as an ordinal: "3rd", "2e", "XVe"
	Century   bool     // a count of 1 to 21 next to the word for century: "19. Jahrhunderts", "19th century"
	Spelled   bool     // written in words ("three", "二十五") or Roman numerals: read from a small lexicon, less certain
	Points    bool     // a Percent written as percentage points: "2 Prozentpunkte", "2 п.п.", "2%p"
	Times     Times    // written as a multiplier: "3 times", "dreimal", "3倍"
	Fraction  bool     // written as a fraction: "3/4", "¾", "1 1/2", "2½"; Value is 0.75, 1.5...
	Compound  bool     // written in two units, read in the smaller: 5'5" and "5 feet 5 inches" are 65 in
	Half      int      // a Time's half of the day by a word in its span (午後2時, शाम 7 बजे): 1 afternoon, -1 morning, 0 unsaid
	Restated  bool     // an era's year beside the same year in the western calendar: ２３ of 明治２３（１８９０）年 and of １８９０（明治２３）年
	Calendar  bool     // read from another calendar than the western one (Thai 2568, Persian ۱۲ دی ۱۴۰۳): Value is western, no western figure may be written in its place
}

// Step returns the value of one unit in the last digit shown: 0.1e9 for
// "39,1 Milliarden", 1 for "24.000". Half a step is the rounding the
// written number allows.
func (q Quantity) Step() float64 { return stepOf(q.Scale, q.Decimals) }

// AltStep returns the Step of the alternative reading, or 0 without one.
func (q Quantity) AltStep() float64 {
	if q.Alt == nil {
		return 0
	}
	return stepOf(q.Scale, q.Alt.Decimals)
}

func stepOf(scale float64, decimals int) float64 {
	if scale == 0 {
		scale = 1
	}
	return scale * math.Pow10(-decimals)
}

// Extract returns the quantities in text, read by the conventions of lang,
// in text order. Spans are byte offsets into text and fall on rune
// boundaries. A language without tables of its own is read with English
// words and its own CLDR separators.
func Extract(text string, lang language.Tag) []Quantity {
	l := localeFor(lang)
	s := newScanner(text, l)
	s.scan()
	defer s.release()
	qs := s.out
	if len(l.d.solarMonths) > 0 {
		qs = solarDates(qs, text, l.d.solarMonths)
	}
	return withoutWeekdays(qs, text, lang)
}

// withoutWeekdays drops the numbers in words that are part of the name of
// a day of the week: 星期四, quinta-feira, Πέμπτη and thứ Năm are all
// Thursday, none of them a four or a five.
func withoutWeekdays(qs []Quantity, text string, lang language.Tag) []Quantity {
	if !slices.ContainsFunc(qs, func(q Quantity) bool { return q.Spelled }) {
		return qs
	}
	days := Weekdays(text, lang)
	if len(days) == 0 {
		return qs
	}
	return slices.DeleteFunc(qs, func(q Quantity) bool {
		return q.Spelled && slices.ContainsFunc(days, func(d Weekday) bool {
			return d.Span.Start < q.Num.End && q.Num.Start < d.Span.End
		})
	})
}

// Prepare builds the tables of lang now rather than on first use, for a
// caller with a core to spare.
func Prepare(lang language.Tag) { localeFor(lang) }

// Format writes v with decimals digits after the decimal separator, grouped
// the way lang groups numbers: Format(24000, 0, language.German) is "24.000".
func Format(v float64, decimals int, lang language.Tag) string {
	return localeFor(lang).format(v, decimals)
}

// MonthName returns the usual name of month m (1 to 12) in lang, or "" when
// the tables have none.
func MonthName(m int, lang language.Tag) string {
	l := localeFor(lang)
	if m < 1 || m > 12 || len(l.d.months[m-1]) == 0 {
		return ""
	}
	name := l.d.months[m-1][0]
	return strings.TrimSuffix(name, "*")
}

// QuarterName returns the usual name of quarter n (1 to 4) in lang, from
// CLDR: QuarterName(2, German) is "2. Quartal".
func QuarterName(n int, lang language.Tag) string {
	l := localeFor(lang)
	if n < 1 || n > 4 || len(l.d.quarters[n-1]) == 0 {
		return ""
	}
	return l.d.quarters[n-1][0]
}

// PointsWord returns what lang writes after a number for percentage
// points, with the space before it: " Prozentpunkte", or "%p" in Korean.
// It returns "" when the lexicon has none.
func PointsWord(lang language.Tag) string {
	l := localeFor(lang)
	if l.d.myriad && len(l.d.pointsAfterPct) > 0 {
		return "%" + strings.TrimSuffix(l.d.pointsAfterPct[0], "*")
	}
	if len(l.d.points) == 0 {
		return ""
	}
	return " " + strings.TrimSuffix(l.d.points[0], "*")
}

// PercentMayBePoints reports whether lang's press writes a change of a
// rate in percentage points with the percent sign alone (Japanese
// "0.25％引き下げ", a cut of a quarter of a point), so that its percent
// says nothing of percent against points.
func PercentMayBePoints(lang language.Tag) bool { return localeFor(lang).d.percentAsPoints }

// PercentWord returns the word lang writes for percent after a number
// ("Prozent"), or "" when it has none.
func PercentWord(lang language.Tag) string {
	l := localeFor(lang)
	if len(l.d.percent) == 0 {
		return ""
	}
	return strings.TrimSuffix(l.d.percent[0], "*")
}

// PercentSign returns the percent sign as lang writes it after a number:
// "%" or, where CLDR puts a no-break space before it, "\u00a0%".
func PercentSign(lang language.Tag) string {
	if localeFor(lang).d.percentSpace {
		return "\u00a0%"
	}
	return "%"
}

// Convention returns the decimal separator and the grouping separator lang
// uses when formatting.
func Convention(lang language.Tag) (decimal, group rune) {
	l := localeFor(lang)
	return l.d.decimal, l.d.group
}

func (l *locale) format(v float64, decimals int) string {
	if decimals < 0 {
		decimals = 0
	}
	if decimals > 12 {
		decimals = 12
	}
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	minGroup := l.d.minGroup
	if minGroup < 1 {
		minGroup = 1
	}
	if len(intPart) < 4+minGroup-1 {
		b.WriteString(intPart)
	} else {
		b.WriteString(groupDigits(intPart, l.d.group, l.d.indian))
	}
	if frac != "" {
		b.WriteRune(l.d.decimal)
		b.WriteString(frac)
	}
	if l.d.digits == "deva" {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '०' + r - '0'
			}
			return r
		}, b.String())
	}
	return b.String()
}

func groupDigits(digits string, sep rune, indian bool) string {
	var parts []string
	last := len(digits) - 3
	parts = append(parts, digits[last:])
	rest := digits[:last]
	size := 3
	if indian {
		size = 2
	}
	for len(rest) > size {
		parts = append(parts, rest[len(rest)-size:])
		rest = rest[:len(rest)-size]
	}
	if rest != "" {
		parts = append(parts, rest)
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		if i > 0 {
			b.WriteRune(sep)
		}
	}
	return b.String()
}

// ScaleWordLike returns the scale word of lang that multiplies by mult,
// choosing among its spellings the one most like written (same ending,
// abbreviated or not): ScaleWordLike(1e9, "Billionen", German) is
// "Milliarden". Where the lexicon gives stems, written's own ending goes
// on the stem ("miljonus", Latvian accusative, asks for "miljardus";
// "მილიონ" for "მილიარდ"); CLDR's spellings come before the lexicon's
// other ones, which are there to read variants ("بليون" beside CLDR's
// "مليار"). It returns "" when lang has no such word.
func ScaleWordLike(mult float64, written string, lang language.Tag) string {
	d := localeFor(lang).d
	ending, inflected := stemEnding(d.scales, written)
	best, bestScore, bestStem, tied := "", -1, false, false
	lexiconForm := !slices.ContainsFunc(d.scales, func(w scaleWord) bool { return !w.lexicon && w.text == written })
	// A long form as short as an abbreviation ("35 mil") is a word, and
	// its fix is a word too, never "mi", or none.
	long := slices.ContainsFunc(d.scales, func(w scaleWord) bool { return w.long && w.text == written })
	abbrev := abbreviated(written) && !long
	for _, w := range d.scales {
		if w.mult != mult {
			continue
		}
		text, stem := strings.CutSuffix(w.text, "*")
		score := 0
		switch {
		case stem && !inflected:
			continue // a stem makes a word only with an ending written shows
		case stem && d.harmony && ending != "" && lastVowel(text) != lastVowel(strings.TrimSuffix(written, ending)):
			continue // milyard-ı is no milyon-ı: the ending's vowel follows the stem's
		case stem && (mult == 1e3) != (writtenSize(d.scales, written) == 1e3):
			// The word for a thousand declines unlike the words in
			// -illion (тысяча, миллион): тысяч-и is no миллион-и, and
			// тысяч, with no ending, is миллионов.
			continue
		case stem:
			text += ending
			score = 6
		case !w.lexicon && !lexiconForm:
			score = 5 // CLDR's form, unless the lexicon's form was written (milljónum)
		}
		score += commonSuffix(text, written)
		if abbreviated(text) == abbrev {
			score += 10
		}
		switch {
		case score > bestScore:
			best, bestScore, bestStem, tied = text, score, stem, false
		case score == bestScore && text != best && sameStart(text, best, 3):
			tied = true // two forms of one word: milhão, milhões
		}
	}
	if tied && long {
		// "35 mil": milhão or milhões? The word written, the same for
		// every number, does not tell which form the number takes.
		return ""
	}
	if !abbrev && !bestStem && commonSuffix(best, written) == 0 && (inflectedForm(d.scales, written) || inflected && ending != "") {
		return "" // 2 тысяч is no "2 мільён", 5 milljónum no "5 milljarðar", milyardı no "milyon"
	}
	return best
}

// sameStart reports whether a and b begin with the same n runes.
func sameStart(a, b string, n int) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= n && len(rb) >= n && string(ra[:n]) == string(rb[:n])
}

// inflectedForm reports whether the scale word written is a case or
// number form that a fix must match: one the lexicon adds to CLDR's, in
// another case than CLDR's (milljónum, milionë, libong), or one of three
// CLDR forms or more of its size (тысяча, тысячы, тысяч), which another
// word's form without its ending may not match.
func inflectedForm(scales []scaleWord, written string) bool {
	mult, cldr, forms := 0.0, false, 0
	for _, w := range scales {
		if w.text == written {
			mult, cldr = w.mult, cldr || !w.lexicon
		}
	}
	if mult == 0 {
		return false
	}
	seen := map[string]bool{}
	caseOfCLDR := false // milljónum of milljón: a form CLDR has in another case
	for _, w := range scales {
		if w.mult == mult && !w.lexicon && !abbreviated(w.text) && !seen[w.text] {
			seen[w.text] = true
			forms++
			caseOfCLDR = caseOfCLDR || commonPrefix(w.text, written) >= 4
		}
	}
	return !cldr && caseOfCLDR || forms >= 3
}

// writtenSize returns the size of the scale word written, read whole or
// by a stem, or 0.
func writtenSize(scales []scaleWord, written string) float64 {
	for _, w := range scales {
		if stem, ok := strings.CutSuffix(w.text, "*"); w.text == written || ok && strings.HasPrefix(strings.ToLower(written), strings.ToLower(stem)) {
			return w.mult
		}
	}
	return 0
}

// lastVowel returns the last vowel of the word w, or 0.
func lastVowel(w string) rune {
	last := rune(0)
	for _, r := range strings.ToLower(w) {
		if strings.ContainsRune("aeiouyäöüıəоаеиуыэюяөүұі", r) {
			last = r
		}
	}
	return last
}

// abbreviated reports whether the scale word w is cut short: a full stop
// ends it ("Mrd.", "млн."), or it is three letters or fewer of an alphabet
// ("bn", "tys"), or letters of an alphabet without a vowel ("млрд",
// "трлн"). Three letters of another script are a whole word ("अरब").
func abbreviated(w string) bool {
	if strings.HasSuffix(w, ".") {
		return true
	}
	for _, r := range w {
		if !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek) {
			return false
		}
	}
	return utf8.RuneCountInString(w) <= 3 || !strings.ContainsAny(strings.ToLower(w), "aeiouyäöüéèáíóúаеёиоуыэюяієїαεηιουω")
}

// stemEnding returns what written has after the longest stem of scales
// it starts with ("us" for "miljonus" and "miljon*"), and whether one is.
func stemEnding(scales []scaleWord, written string) (string, bool) {
	best, ok := "", false
	for _, w := range scales {
		stem, isStem := strings.CutSuffix(w.text, "*")
		if isStem && strings.HasPrefix(strings.ToLower(written), strings.ToLower(stem)) && (!ok || len(written)-len(stem) < len(best)) {
			best, ok = written[len(stem):], true
		}
	}
	return best, ok
}

// commonPrefix returns how many runes a and b share at their start.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[len(ra)-1-n] == rb[len(rb)-1-n] {
		n++
	}
	return n
}

// Clock returns the time of day of a Time quantity in seconds after
// midnight, read from its digits: 57000 for "15时50分", "15:50", "3:50
// p.m." and "1550 GMT"; 13200 for "3.40 Uhr". A written a.m. or p.m. is applied, a
// half-day word before the number ("下午3点") is not, so callers that
// compare times should compare them modulo twelve hours. ok is false for
// other kinds and for digits that are no time of day.
func (q Quantity) Clock() (seconds int, ok bool) {
	if q.Kind != Time {
		return 0, false
	}
	if q.Spelled {
		return int(math.Round(q.Value*3600)) % 86400, true // noon, midnight, halb neun (8.5)
	}
	runs := digitRuns(q.Text)
	if len(runs) == 1 && len(runs[0]) == 4 {
		runs = []string{runs[0][:2], runs[0][2:]} // 1405 GMT
	}
	if len(runs) == 0 || len(runs) > 3 || len(runs[0]) > 2 {
		return 0, false
	}
	var hms [3]int
	cjk := strings.ContainsAny(q.Text, "時时点시")
	for k, r := range runs {
		if k > 0 && len(r) != 2 && !(cjk && len(r) == 1) { // 2時5分
			return 0, false
		}
		hms[k], _ = strconv.Atoi(r)
	}
	if len(runs) == 1 && strings.ContainsAny(q.Text, "半반") {
		hms[1] = 30
	}
	h := hms[0]
	if h > 24 || hms[1] > 59 || hms[2] > 59 {
		return 0, false
	}
	lower := strings.ToLower(q.Text)
	if h < 12 && (strings.Contains(lower, "p.m.") || strings.HasSuffix(lower, "pm")) {
		h += 12
	}
	if h == 12 && (strings.Contains(lower, "a.m.") || strings.HasSuffix(lower, "am")) {
		h = 0
	}
	if h < 12 && q.Half > 0 {
		h += 12 // 午後2時
	}
	if h == 12 && q.Half < 0 {
		h = 0 // "las 12 de la noche" is midnight (HalfDay)
	}
	return (h%24*60+hms[1])*60 + hms[2], true
}

// halfDay reports which half of the day a word in a time's text puts it
// in: 1 afternoon (午後, 下午, 오후, दोपहर, μ.μ.; the lexicon's half-day
// words: abends, de la tarde), -1 morning (午前, 上午, 오전, सुबह, π.μ.;
// du matin) and twelve at night (las 12 de la noche, midnight), 0 none.
func (l *locale) halfDay(text string) int {
	for _, h := range l.d.halfDays {
		if !strings.Contains(text, h.text) {
			continue
		}
		if h.half != night {
			return h.half
		}
		if runs := digitRuns(text); len(runs) > 0 && runs[0] == "12" {
			return -1 // midnight, the start of the day
		}
		return 1
	}
	for _, w := range afternoonWords {
		if strings.Contains(text, w) {
			return 1
		}
	}
	for _, w := range morningWords {
		if strings.Contains(text, w) {
			return -1
		}
	}
	return 0
}

// DayPart reports whether lang writes times of day on the 24-hour clock
// (its lexicon lists words for the parts of the day), and whether one of
// those words ("abends", "du matin", "вечера") is written within a few
// words of text[start:end], which then may be a 12-hour time ("8 Uhr
// abends" is 20:00). A time of such a language with no such word is read
// as written: "8 Uhr" is 8 in the morning.
func DayPart(text string, start, end int, lang language.Tag) (clock24, marked bool) {
	words := localeFor(lang).d.dayParts
	if len(words) == 0 {
		return false, false
	}
	const reach = 24 // bytes either side: a word or two
	a, b := max(start-reach, 0), min(end+reach, len(text))
	window := strings.ToLower(strings.ToValidUTF8(text[a:b], ""))
	for _, w := range words {
		if strings.Contains(window, w) {
			return true, true
		}
	}
	return true, false
}

// CurrencyLike returns how lang writes currency code in the way written
// is written: as a symbol or ISO code when written is one ("€" for EUR
// in German, "US$" for USD in zh-Hant, whose "$" is the Taiwan dollar),
// as a word otherwise ("US-Dollar"). It returns "" when lang has none.
func CurrencyLike(code, written string, lang language.Tag) string {
	l := localeFor(lang)
	iso := len(written) == 3 && strings.Trim(written, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
	symbol := written == "" || iso
	var own []currencyWord
	own = append(own, l.d.symbols...)
	own = append(own, common.symbols...)
	for _, c := range own {
		if c.text == written {
			symbol = true
		}
	}
	if symbol {
		if iso {
			return code // an ISO code for an ISO code
		}
		taken := map[string]bool{}
		for _, c := range own {
			if c.code == code && !taken[c.text] {
				return c.text
			}
			taken[c.text] = true // the language's own meaning of a sign comes first
		}
		return ""
	}
	for _, c := range l.d.currencies {
		if c.code == code {
			return c.text
		}
	}
	return ""
}

// CurrencyMay reports whether the currency sign written, read in lang as
// the currency of q, may also mean code: "¥" outside Chinese and Japanese
// text is either yen or yuan.
func CurrencyMay(written, code string, lang language.Tag) bool {
	if written != "¥" && written != "￥" {
		return false
	}
	base, _ := lang.Base()
	if b := base.String(); b == "ja" || b == "zh" {
		return false
	}
	return code == "JPY" || code == "CNY"
}

// MonthLike returns month m (1 to 12) written in the form written has,
// written being a month name of lang: "мая" for "марта" (both genitive,
// as after a day), "май" for "март". When written is an inflected form
// CLDR does not list ("в марте"), there is no telling how to inflect m,
// and MonthLike returns "" in a language with such forms; otherwise it
// falls back on MonthName.
func MonthLike(m int, written string, lang language.Tag) string {
	l := localeFor(lang)
	if m < 1 || m > 12 {
		return ""
	}
	for _, table := range [][12][]string{l.d.monthFull, l.d.monthAbbr} {
		for from := range table {
			for k, f := range table[from] {
				if !strings.EqualFold(f, written) {
					continue
				}
				forms := table[m-1]
				switch {
				case len(forms) == 0:
					return ""
				case len(forms) == len(table[from]):
					return matchCase(forms[k], written)
				case len(forms) == 1:
					return matchCase(forms[0], written) // one form serves both uses
				}
				return "" // which of m's forms written stands for is unknown
			}
		}
	}
	if l.d.monthInflected {
		return ""
	}
	return MonthName(m, lang)
}

// IsCurrencyName reports whether s is, whole, a currency's name in lang
// by CLDR or the lexicon, whatever its case ("Dolar AS", "US-Dollar").
func IsCurrencyName(s string, lang language.Tag) bool {
	l := localeFor(lang)
	if l == nil || s == "" {
		return false
	}
	rs := []rune(s)
	e, k := l.currencies.at(rs, 0)
	return e != nil && k == len(rs)
}

// IsMonthName reports whether word is one of CLDR's wide names of a month
// in lang, or a form of the lexicon's, in any of its forms and whatever
// its case ("Февраля", "März", "tháng Ba"): a word that text typed in
// capitals or opening a line capitalises, and no name. Abbreviations
// ("Mar") are not.
func IsMonthName(word string, lang language.Tag) bool {
	l := localeFor(lang)
	for _, forms := range l.d.months { // CLDR's wide names, their abbreviations and the lexicon's forms
		for _, f := range forms {
			if strings.EqualFold(f, word) && !slices.Contains(l.d.monthNeedsNum, f) {
				return true
			}
		}
	}
	return false
}

// matchCase capitalises name when written is capitalised and name is not:
// a month opening a sentence.
func matchCase(name, written string) string {
	w, n := []rune(written), []rune(name)
	if len(w) > 0 && len(n) > 0 && unicode.IsUpper(w[0]) && unicode.IsLower(n[0]) {
		n[0] = unicode.ToUpper(n[0])
	}
	return string(n)
}

// QuarterLike returns written, a quarter of lang, rewritten to name
// quarter n (1 to 4) without changing its grammatical form: the numeral
// is replaced where there is one ("во II квартале" → "III", "2-м
// квартале" → "3-м", "Q2" → "Q3"); a quarter in words is replaced by the
// CLDR name only when its noun has the CLDR form ("dritten Quartal" →
// "2. Quartal"), for an inflected one ("третьем квартале") cannot be
// rewritten without knowing its case, and QuarterLike returns "".
func QuarterLike(n int, written string, lang language.Tag) string {
	if n < 1 || n > 4 {
		return ""
	}
	if i := strings.IndexAny(written, "0123456789"); i >= 0 {
		j := i
		for j < len(written) && written[j] >= '0' && written[j] <= '9' {
			j++
		}
		return written[:i] + strconv.Itoa(n) + written[j:]
	}
	rs := []rune(written)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (rs[j] == 'I' || rs[j] == 'V') {
			j++
		}
		if j > i && (i == 0 || !unicode.IsLetter(rs[i-1])) && (j == len(rs) || !unicode.IsLetter(rs[j])) {
			return string(rs[:i]) + [...]string{"I", "II", "III", "IV"}[n-1] + string(rs[j:])
		}
		i = j + 1
	}
	name := QuarterName(n, lang)
	noun := strings.TrimLeftFunc(name[strings.LastIndexAny(name, "0123456789")+1:], func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	if f := strings.Fields(noun); len(f) > 0 {
		noun = f[len(f)-1]
	}
	if noun == "" || !strings.HasSuffix(strings.ToLower(written), strings.ToLower(noun)) {
		return ""
	}
	return name
}

// DayMonth reads a numeric Date the way a reader of lang does, by the
// order of the CLDR short date format: "03/04" is March 4 in English
// (M/d/yy) but 3 April in French (dd/MM/y). A date that starts with a
// four-digit year is read year, month, day everywhere. year is 0 when
// the date has none. Fields are the date's runs of digits in order, so
// that callers can rewrite them. ok is false when the digits make no date.
func (q Quantity) DayMonth(lang language.Tag) (year, month, day int, ok bool) {
	order := q.DateOrder(lang)
	if order == "" {
		return 0, 0, 0, false
	}
	runs := digitRuns(q.Text)
	for k, f := range order {
		v, _ := strconv.Atoi(runs[k])
		switch f {
		case 'y':
			year = v
		case 'm':
			month = v
		case 'd':
			day = v
		}
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return 0, 0, 0, false
	}
	return year, month, day, true
}

// DateOrder returns the order in which a reader of lang takes the runs of
// digits of a numeric Date, one letter a run: "dmy", "mdy", "ymd", or
// "dm" and "md" without a year; "" when the digits make no date. It is
// the order DayMonth reads them in, so that a fix can rewrite a field in
// place.
func (q Quantity) DateOrder(lang language.Tag) string {
	if q.Kind != Date {
		return ""
	}
	runs := digitRuns(q.Text)
	if len(runs) < 2 || len(runs) > 3 {
		return ""
	}
	order := localeFor(lang).d.dateOrder
	switch {
	case len(runs[0]) == 4:
		order = "ymd"
	case len(runs) == 3 && len(runs[2]) != 2 && len(runs[2]) != 4:
		return "" // 4.4.2 is a version
	case order == "mdy" && strings.Contains(q.Text, "."):
		return "" // 12.05.2024 in English text: written the European way, or not
	}
	if order != "" && len(runs) == 2 {
		order = strings.Replace(order, "y", "", 1)
	}
	return order
}

// digitRuns returns the runs of ASCII digits in s: "15.30 Uhr" gives 15
// and 30.
func digitRuns(s string) []string {
	var runs []string
	for _, r := range DigitSpans(s) {
		runs = append(runs, s[r[0]:r[1]])
	}
	return runs
}

// DigitsLike writes the ASCII digits of s in the digit set written uses
// (Devanagari, Arabic-Indic, fullwidth...): a fix keeps the target's
// digits, "१.५" for "१.६", not "1.5", and the Arabic decimal and
// thousands separators where written has them ("۳٫۲", not "۳.۲").
// Without other digits in written, s is returned as it is.
func DigitsLike(s, written string) string {
	if strings.ContainsRune(written, arabicDecimal) || strings.ContainsRune(written, arabicGroup) {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '.':
				return arabicDecimal
			case ',':
				return arabicGroup
			}
			return r
		}, s)
	}
	return digitsLike(s, written)
}

func digitsLike(s, written string) string {
	var zero rune = -1
	for _, r := range written {
		if d := digitVal(r); d >= 0 {
			if r >= '0' && r <= '9' {
				return s
			}
			zero = r - rune(d)
			break
		}
	}
	if zero < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + r - '0'
		}
		return r
	}, s)
}

// DigitSpans returns the byte ranges of the runs of ASCII digits in s,
// so that a caller can rewrite one field of a date or a time in place.
func DigitSpans(s string) [][2]int {
	var runs [][2]int
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}
