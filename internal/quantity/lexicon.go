package quantity

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The hand-written lexicons: one file per language (lexicon/<id>.txt, id
// as in the CLDR tables) and lexicon/common.txt for what every language
// reads. They hold only what CLDR has nothing for: press abbreviations
// (Mrd, bn), inflected forms CLDR does not list, percentage points,
// multipliers and fractions (zehnfache, tenfold, dozen, half), range and
// time words, the Latin and Sanskrit scale words, eras. Each line is a
// field name and its values, separated by tabs; '#' starts a comment.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexiconFields gives the number of values each field takes.
var lexiconFields = map[string]int{
	"groups": 1, "myriad": 0, "vowel-harmony": 0, "scale": 2, "percent": 1, "percent-before": 1, "points": 1,
	"points-after-percent": 1, "currency": 2, "range": 1, "between": 1, "and": 1, "month": 2,
	"month-needs-number": 1, "time": 1, "ordinal-suffix": 1, "hyphen-ordinal": 1, "prefix": 1, "word": 2, "century": 1,
	"era": 2, "year-offset": 1, "solar-month": 2, "unit": 2, "quarter-word": 1, "quarter-before": 1, "times": 1, "times-vague": 1, "times-more": 1, "spaced-scale": 1, "scale-infix": 1, "not-word": 1, "decade": 1, "tenth": 1, "day-part": 1, "compound-suffix": 1, "and-half": 1, "half-after": 1, "half-word": 1, "day-of": 1, "counter": 1, "numeral-word": 1, "weekday": 2, "weekday-suffix": 1, "times-counter": 1, "lone-unit-before": 1, "slash-date-after": 1, "clock-before": 1, "hour-word": 1, "clock-word": 2, "hour-part": 2, "unit-word": 2, "word-prefix": 1, "percent-as-points": 1, "basis-points": 1, "half-day": 2,
	// common.txt only
	"symbol": 2, "attached-scale": 2, "year-before": 1, "year-prefix": 1, "attached-scale-money": 2, "unit-suffix": 1, "unit-stop": 1, "clock-zone": 1,
}

// lexLine is one parsed line of a lexicon.
type lexLine struct {
	field  string
	values []string
	line   int
}

// readLexicon parses one lexicon file.
func readLexicon(name string) ([]lexLine, error) {
	f, err := lexiconFS.Open("lexicon/" + name + ".txt")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []lexLine
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		want, ok := lexiconFields[parts[0]]
		if !ok {
			return nil, fmt.Errorf("lexicon/%s.txt:%d: unknown field %q", name, n, parts[0])
		}
		if len(parts)-1 != want {
			return nil, fmt.Errorf("lexicon/%s.txt:%d: %s takes %d values, has %d", name, n, parts[0], want, len(parts)-1)
		}
		for _, v := range parts[1:] {
			if v == "" || strings.TrimSpace(v) != v {
				return nil, fmt.Errorf("lexicon/%s.txt:%d: empty or padded value", name, n)
			}
		}
		out = append(out, lexLine{field: parts[0], values: parts[1:], line: n})
	}
	return out, sc.Err()
}

// common is the data of lexicon/common.txt.
var common struct {
	symbols        []currencyWord // currency signs and codes read in every language
	attachedScales []scaleWord    // glued to the digits: "5bn", "$5m" (moneyOnly)
	unitSuffixes   map[string]bool
	units          []unitWord
	unitStop       map[string]bool // CLDR unit abbreviations that are common words ("in")
	yearBefore     []string        // words before a Roman numeral that make it a year: anno, A.D.
	yearPrefixes   []string        // letters glued before a year that mark a fiscal one: FY2013
	clockZones     []string        // time zones after four digits that make them a clock time: 1405 GMT
}

// locales holds the data of the languages with CLDR tables, merged with
// their lexicons, by name.
var locales = onDemand[*localeData]{build: func(name string) *localeData {
	c, ok := cldrFor(name)
	if !ok {
		return nil
	}
	loadCommon()
	d, err := buildLocale(name, c)
	if err != nil {
		panic(err) // the embedded data is checked by the tests
	}
	return d
}}

// localeDataFor returns the data of locale name.
func localeDataFor(name string) (*localeData, bool) {
	d := locales.get(name)
	return d, d != nil
}

// loadCommon reads lexicon/common.txt on first use.
var loadCommon = sync.OnceFunc(func() {
	if err := readCommon(); err != nil {
		panic(err) // the embedded data is checked by the tests
	}
})

func readCommon() error {
	lines, err := readLexicon("common")
	if err != nil {
		return err
	}
	common.unitSuffixes = map[string]bool{}
	common.unitStop = map[string]bool{}
	for _, l := range lines {
		v := l.values
		switch l.field {
		case "symbol":
			common.symbols = append(common.symbols, currencyWord{v[0], v[1]})
		case "attached-scale", "attached-scale-money":
			m, err := strconv.ParseFloat(v[1], 64)
			if err != nil {
				return fmt.Errorf("lexicon/common.txt:%d: %v", l.line, err)
			}
			common.attachedScales = append(common.attachedScales, scaleWord{text: v[0], mult: m, moneyOnly: l.field == "attached-scale-money"})
		case "unit-suffix":
			common.unitSuffixes[v[0]] = true
		case "unit":
			common.units = append(common.units, unitWord{v[0], v[1]})
		case "unit-stop":
			common.unitStop[v[0]] = true
		case "year-before":
			common.yearBefore = append(common.yearBefore, v[0])
		case "year-prefix":
			common.yearPrefixes = append(common.yearPrefixes, v[0])
		case "clock-zone":
			common.clockZones = append(common.clockZones, v[0])
		default:
			return fmt.Errorf("lexicon/common.txt:%d: %s belongs in a language file", l.line, l.field)
		}
	}
	return nil
}

// cjkLanguages read spelled numbers with the Chinese-character reader, not
// from word lists.
var cjkLanguages = map[string]bool{"ja": true, "zh": true, "zh-Hant": true, "ko": true}

// buildLocale merges the CLDR data of one language with its lexicon.
func buildLocale(name string, c *cldrLocale) (*localeData, error) {
	d := fromCLDR(name, c)
	lines, err := readLexicon(name)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		if err := d.addLine(name, l); err != nil {
			return nil, err
		}
	}
	if d.groups == "" {
		d.groups = string(d.group)
	}
	return d, nil
}

// fromCLDR returns the locale data that CLDR gives language name.
func fromCLDR(name string, c *cldrLocale) *localeData {
	d := &localeData{
		decimal: c.decimal, group: c.group, minGroup: c.minGroup, indian: c.indian, digits: c.digits,
		percentSpace: c.percentSpace,
		words:        map[string]float64{}, ordinalWords: map[string]float64{}, dayOrdinals: map[string]float64{},
		quarterAfter:  append([]string{}, c.quarterAfter...),
		quarterBefore: append([]string{}, c.quarterBefore...),
		quarterGlued:  c.quarterGlued,
	}
	d.quarters = c.quarters
	for k, s := range append(append([]scaleWord{}, c.longScales...), c.shortScales...) {
		s.long = k < len(c.longScales)
		if utf8.RuneCountInString(strings.TrimSuffix(s.text, ".")) == 1 && !cjkLanguages[name] {
			s.moneyOnly = true // "M", "B" and "m." are scales only in "$5 B"
		}
		d.scales = append(d.scales, s)
	}
	d.percent = append(d.percent, c.percentWords...)
	d.currencies = append(d.currencies, c.currencyNames...)
	d.symbols = append(d.symbols, c.currencySymbols...)
	d.dateOrder = c.dateOrder
	d.weekdays = c.weekdays
	for i := 0; i < 12; i++ {
		d.monthFull[i], d.monthAbbr[i] = c.months[i], c.monthsAbbr[i]
		d.months[i] = append(d.months[i], c.months[i]...)
		for _, f := range c.monthsAbbr[i] {
			if !containsString(d.months[i], f) {
				d.months[i] = append(d.months[i], f)
				d.monthNeedsNum = append(d.monthNeedsNum, f) // "Mar", "mag": a month only next to a number
			}
		}
	}
	d.units = append(d.units, common.units...)
	d.units = append(d.units, c.unitNames...)
	for _, u := range c.unitAbbrs {
		if !common.unitStop[u.text] {
			d.units = append(d.units, u)
		}
	}
	if !cjkLanguages[name] {
		for w, v := range c.cardinals {
			if v != 1 { // "one", "ein", "un": mostly articles
				d.words[w] = float64(v)
			}
		}
		for w, v := range c.ordinalWords {
			if v >= 2 && v <= 12 {
				d.words[w] = float64(v)
			}
		}
	}
	for w, v := range c.ordinalWords {
		if v >= 1 && v <= 4 {
			d.ordinalWords[w] = float64(v)
		}
		if v >= 1 && v <= 31 && !cjkLanguages[name] {
			d.dayOrdinals[w] = float64(v)
		}
	}
	return d
}

// listFields are the lexicon fields that add their word to a list.
var listFields = map[string]func(d *localeData) *[]string{
	"spaced-scale":         func(d *localeData) *[]string { return &d.spacedScales },
	"scale-infix":          func(d *localeData) *[]string { return &d.scaleInfixes },
	"percent":              func(d *localeData) *[]string { return &d.percent },
	"percent-before":       func(d *localeData) *[]string { return &d.percentBefore },
	"points":               func(d *localeData) *[]string { return &d.points },
	"quarter-word":         func(d *localeData) *[]string { return &d.quarterAfter },
	"quarter-before":       func(d *localeData) *[]string { return &d.quarterBefore },
	"points-after-percent": func(d *localeData) *[]string { return &d.pointsAfterPct },
	"basis-points":         func(d *localeData) *[]string { return &d.basisPoints },
	"range":                func(d *localeData) *[]string { return &d.rangeTo },
	"between":              func(d *localeData) *[]string { return &d.between },
	"and":                  func(d *localeData) *[]string { return &d.and },
	"weekday-suffix":       func(d *localeData) *[]string { return &d.weekdaySuffixes },
	"month-needs-number":   func(d *localeData) *[]string { return &d.monthNeedsNum },
	"time":                 func(d *localeData) *[]string { return &d.timeWords },
	"hour-word":            func(d *localeData) *[]string { return &d.hourWords },
	"clock-before":         func(d *localeData) *[]string { return &d.clockBefore },
	"times":                func(d *localeData) *[]string { return &d.times },
	"times-vague":          func(d *localeData) *[]string { return &d.timesVague },
	"times-more":           func(d *localeData) *[]string { return &d.timesMore },
	"ordinal-suffix":       func(d *localeData) *[]string { return &d.ordinals },
	"hyphen-ordinal":       func(d *localeData) *[]string { return &d.hyphenOrdinals },
	"prefix":               func(d *localeData) *[]string { return &d.prefixes },
	"century":              func(d *localeData) *[]string { return &d.centuries },
	"decade":               func(d *localeData) *[]string { return &d.decades },
	"tenth":                func(d *localeData) *[]string { return &d.tenths },
	"numeral-word":         func(d *localeData) *[]string { return &d.numeralWords },
	"times-counter":        func(d *localeData) *[]string { return &d.timesCounters },
	"slash-date-after":     func(d *localeData) *[]string { return &d.slashDateAfter },
	"and-half":             func(d *localeData) *[]string { return &d.andHalf },
	"half-after":           func(d *localeData) *[]string { return &d.halfAfter },
	"half-word":            func(d *localeData) *[]string { return &d.halfWords },
	"compound-suffix":      func(d *localeData) *[]string { return &d.compoundSuffixes },
	"day-of":               func(d *localeData) *[]string { return &d.dayOf },
}

// runeFields are the lexicon fields that add their characters to a set.
var runeFields = map[string]func(d *localeData) *string{
	"counter":          func(d *localeData) *string { return &d.counters },
	"lone-unit-before": func(d *localeData) *string { return &d.loneUnitBefore },
	"word-prefix":      func(d *localeData) *string { return &d.wordPrefixes },
}

// addLine adds line l of the lexicon of language name to d.
func (d *localeData) addLine(name string, l lexLine) error {
	v := l.values
	if f, ok := listFields[l.field]; ok {
		*f(d) = append(*f(d), v[0])
		return nil
	}
	if f, ok := runeFields[l.field]; ok {
		*f(d) += v[0]
		return nil
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("lexicon/%s.txt:%d: %s", name, l.line, fmt.Sprintf(format, args...))
	}
	switch l.field {
	case "groups":
		g, err := strconv.Unquote(v[0])
		if err != nil {
			return bad("%v", err)
		}
		d.groups = g
	case "myriad":
		d.myriad = true
	case "vowel-harmony":
		d.harmony = true
	case "percent-as-points":
		if v[0] != "yes" {
			return bad("percent-as-points takes yes")
		}
		d.percentAsPoints = true
	case "day-part":
		d.dayParts = append(d.dayParts, strings.ToLower(v[0]))
	case "currency":
		d.currencies = append(d.currencies, currencyWord{v[0], v[1]})
	case "unit":
		if _, ok := unitInfo[v[1]]; !ok {
			return bad("unknown unit %q", v[1])
		}
		d.units = append(d.units, unitWord{v[0], v[1]})
	case "half-day":
		half, ok := map[string]int{"pm": 1, "am": -1, "night": night}[v[1]]
		if !ok {
			return bad("half-day takes am, pm or night, not %q", v[1])
		}
		d.timeWords = append(d.timeWords, v[0])
		d.halfDays = append(d.halfDays, halfDayWord{v[0], half})
	case "not-word":
		if _, ok := d.words[v[0]]; !ok {
			return bad("%q is no number word of CLDR", v[0])
		}
		delete(d.words, v[0])
	default:
		return d.addValueLine(l, bad)
	}
	return nil
}

// addValueLine adds line l, a word and its value, to d; bad words an
// error at the line.
func (d *localeData) addValueLine(l lexLine, bad func(string, ...any) error) error {
	v := l.values
	switch l.field {
	case "scale", "word", "unit-word":
		f, err := lexiconNumber(v[1])
		if err != nil {
			return bad("%v", err)
		}
		switch l.field {
		case "scale":
			d.scales = append(d.scales, scaleWord{text: v[0], mult: f, lexicon: true})
		case "word":
			d.words[v[0]] = f
		default:
			if d.unitWords == nil {
				d.unitWords = map[string]float64{}
			}
			d.unitWords[v[0]] = f
		}
	case "month", "solar-month":
		m, err := strconv.Atoi(v[1])
		if err != nil || m < 1 || m > 12 {
			if l.field == "month" {
				return bad("bad month %q", v[1])
			}
			return bad("want a month from 1 to 12")
		}
		if l.field == "month" {
			d.months[m-1] = append(d.months[m-1], v[0])
			d.monthInflected = true
		} else {
			d.solarMonths = append(d.solarMonths, solarMonth{v[0], m})
		}
	case "weekday":
		n, err := strconv.Atoi(v[1])
		if err != nil || n < 1 || n > 7 {
			return bad("bad weekday %q (1 Monday … 7 Sunday)", v[1])
		}
		d.weekdayForms[n-1] = append(d.weekdayForms[n-1], v[0])
	case "hour-part":
		f, err := strconv.ParseFloat(v[1], 64)
		if err != nil || f <= -1 || f >= 1 || f == 0 {
			return bad("%q is no part of an hour", v[1])
		}
		if d.hourParts == nil {
			d.hourParts = map[string]float64{}
		}
		d.hourParts[v[0]] = f
	case "clock-word":
		h, err := strconv.Atoi(v[1])
		if err != nil || h < 0 || h > 23 {
			return bad("%q is no hour of the day", v[1])
		}
		if d.clockWords == nil {
			d.clockWords = map[string]float64{}
		}
		d.clockWords[v[0]] = float64(h)
	case "year-offset":
		o, err := strconv.Atoi(v[0])
		if err != nil || o <= 0 {
			return bad("want a positive number of years")
		}
		d.yearOffset = float64(o)
	case "era":
		o, err := strconv.Atoi(v[1])
		if err != nil {
			return bad("%v", err)
		}
		d.eras = append(d.eras, era{v[0], o})
	default:
		return bad("%s belongs in common.txt", l.field)
	}
	return nil
}

// lexiconNumber reads a value of the lexicon. A fraction is written as
// one, "1/3", so that a third in words equals 三分之一 read from its
// digits.
func lexiconNumber(s string) (float64, error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		x, err1 := strconv.ParseFloat(a, 64)
		y, err2 := strconv.ParseFloat(b, 64)
		if err1 != nil || err2 != nil || y == 0 {
			return 0, fmt.Errorf("%q is no fraction", s)
		}
		return x / y, nil
	}
	return strconv.ParseFloat(s, 64)
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
