package quantity

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numRead is a number being read by scanner.number, passed from stage to
// stage.
type numRead struct {
	i, j      int // first digit; after the digits (or the fraction)
	raw       rawNum
	numStart  int // the sign or the first digit
	exprStart int // the currency sign, percent word, sign or first digit
	floor     int // an expression never reaches back before this
	sign      float64
	isFrac    bool
	fracV     float64
	q         Quantity
	currency  string
	cur       Span
	percent   bool
	unit      bool
	isTime    bool
	month     bool
	end       int // after the whole expression
}

// number reads the quantity whose first digit is at i and returns the index
// after it. Its stages: names and quarters, the digits with their sign,
// joined forms (times, dates, codes, CJK approximations), the value, the words around it
// (currency, glued letters, scale, percent, units, CJK counters), and last
// the kind.
func (s *scanner) number(i int) int {
	if k, done := s.nameOrQuarter(i); done {
		return k
	}
	r, k, done := s.readSigned(i)
	if done {
		return k
	}
	if k, done := s.chained(r); done {
		return k
	}
	if k, done := s.dateOrCode(r); done {
		return k
	}
	if k, done := s.approxDigits(r); done {
		return k
	}
	if k, done := s.value(r); done {
		return k
	}
	s.wordsBefore(r)
	if k, done := s.gluedSuffix(r); done {
		return k
	}
	s.andHalf(r)
	s.scaleWords(r)
	s.wordsAfter(r)
	if k, done := s.cjkCounter(r); done {
		return k
	}
	return s.finish(r)
}

// nameOrQuarter reads a quarter or a name whose digits start at i: "Q2",
// H100, A320, COVID-19.
func (s *scanner) nameOrQuarter(i int) (int, bool) {
	rs := s.rs
	if k := s.quarter(i); k > i {
		return k, true
	}
	// Letters glued to the digits make a name: H100, A320, COVID-19;
	// a currency code makes an amount (JPY1,089, USD5).
	if i > 0 && (cased(rs[i-1]) || rs[i-1] == '_') && !s.codeBefore(i) && !s.afterGluedUnit(i) && !s.eraInitial(i) && !s.fiscalYear(i) {
		return s.identifier(i), true
	}
	if i > 1 && rs[i-1] == '-' && cased(rs[i-2]) {
		w := s.wordEndingAt(i - 1)
		if !s.l.prefixes[strings.ToLower(w)] {
			return s.identifier(i), true
		}
	}
	return i, false
}

// eraInitial reports whether the one letter glued before the digits at i
// is an era's initial, a word of its own, and 年 follows the digits: "H11年"
// is Heisei 11, 1999, not a name like "H2".
func (s *scanner) eraInitial(i int) bool {
	rs := s.rs
	e, st := s.l.eras.before(rs, i)
	if e == nil || st != i-1 || st > 0 && wordy(rs[st-1]) {
		return false
	}
	_, k := s.digitsAt(i)
	return k < len(rs) && rs[k] == '年'
}

// fiscalYear reports whether the letters glued before the digits at i are
// a fiscal year's mark of the lexicon (year-prefix: FY) and the digits a
// year of two or four: FY2013 is the fiscal year 2013, no name.
func (s *scanner) fiscalYear(i int) bool {
	w := s.wordEndingAt(i)
	if !slices.Contains(common.yearPrefixes, w) {
		return false
	}
	g, _ := s.digitsAt(i)
	return len(g) == 2 || len(g) == 4
}

// afterGluedUnit reports whether the letters before the digits at i are
// the unit of the quantity just read, which ends there: "92kg" in
// "183cm92kg" is a measure of its own, not a name.
func (s *scanner) afterGluedUnit(i int) bool {
	if len(s.out) == 0 || s.lastEnd() != i {
		return false
	}
	q := s.out[len(s.out)-1]
	return q.Unit != "" && q.Kind != Identifier
}

// readSigned reads the digits at i, a sign before them and a fraction
// after them. A '+' before a phone number emits the phone number.
func (s *scanner) readSigned(i int) (*numRead, int, bool) {
	rs := s.rs
	raw, j := s.readDigits(i)
	r := &numRead{i: i, j: j, raw: raw, numStart: i, exprStart: i, floor: s.lastEnd(), sign: 1}
	// A dash after a number or a percent sign joins a range: 5%-7%, and
	// so does one after a number's comma or full stop (5,-7); after a
	// comma of prose (，-1, folded to ',') it is a sign.
	if i-1 >= r.floor && (rs[i-1] == '-' || rs[i-1] == '+') && (i == 1 || !(isAlnum(rs[i-2]) || strings.ContainsRune("%٪", rs[i-2]) ||
		strings.ContainsRune(".,", rs[i-2]) && i >= 3 && isDigit(rs[i-3]))) {
		if rs[i-1] == '+' && s.phone(i) > i {
			return nil, s.emitOther(i-1, s.phone(i), Identifier), true
		}
		if rs[i-1] == '-' {
			r.sign = -1
		}
		r.numStart, r.exprStart = i-1, i-1
	}
	if k, ok := s.slashDate(i, j, raw); ok {
		return nil, s.emitOther(i, k, Date), true
	}
	// A fraction: "3/4", "1⁄2", "1 1/2", "2½". Read before the chains of
	// '/' in chained, which make "24/7" and "3/4/2025" no values.
	fracV, fracEnd, isFrac := s.fraction(i, j, raw)
	if isFrac {
		r.j, r.fracV, r.isFrac = fracEnd, fracV, true
	}
	return r, 0, false
}

// slashDate reads a month and day joined by a slash where the lexicon's
// slash-date-after says what follows it ("9/22(水)", "2/6現在"): Japanese
// writes its dates so and its fractions 6分の2. It returns the date's end.
func (s *scanner) slashDate(i, j int, raw rawNum) (int, bool) {
	rs := s.rs
	if len(s.l.d.slashDateAfter) == 0 || len(raw.seps) != 0 || len(raw.groups[0]) > 2 || j+1 >= len(rs) ||
		rs[j] != '/' || !isDigit(rs[j+1]) || i > 0 && (rs[i-1] == '/' || isDigit(rs[i-1])) {
		return 0, false
	}
	d, k := s.digitsAt(j + 1)
	if len(d) > 2 || k < len(rs) && rs[k] == '/' {
		return 0, false
	}
	month, _ := strconv.Atoi(raw.groups[0])
	day, _ := strconv.Atoi(d)
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return 0, false
	}
	for _, w := range s.l.d.slashDateAfter {
		if hasRunesAt(rs, k, w) {
			return k, true
		}
	}
	return 0, false
}

// chained reads times, dates and phone numbers joined by ':', '/' or
// several '-'.
func (s *scanner) chained(r *numRead) (int, bool) {
	rs, i, j, raw := s.rs, r.i, r.j, r.raw
	n := len(rs)
	if j+2 < n && rs[j] == ':' && isDigit(rs[j+1]) && len(raw.seps) == 0 && len(raw.groups[0]) <= 2 {
		k := j
		for k+2 < n && rs[k] == ':' && isDigit(rs[k+1]) && isDigit(rs[k+2]) && (k+3 >= n || !isDigit(rs[k+3])) {
			k += 3
		}
		if k == j && k+3 < n && rs[k] == ':' && rs[k+1] == ' ' && isDigit(rs[k+2]) && isDigit(rs[k+3]) && (k+4 >= n || !isDigit(rs[k+4])) {
			k += 4 // 13: 30 Uhr
		}
		if k > j {
			k = s.afterTimeWord(k)
			return s.emitOther(s.halfDayBefore(i), k, Time), true
		}
	}
	if k := s.spacedHour(r); k > j {
		return s.emitOther(i, s.afterTimeWord(k), Time), true // 14 h 05
	}
	if k := s.hourAlone(r); k > j {
		return s.emitOther(i, s.afterTimeWord(k), Time), true // à 20 h, à 8 heures du soir
	}
	if k, inches := s.feetInches(r); k > j {
		q := Quantity{Kind: Count, Span: s.span(i, k), Num: s.span(i, k), Value: inches, Scale: 1, Unit: "in", Text: asciiDigits(rs[i:k]), Compound: true}
		s.out = append(s.out, q)
		s.meta = append(s.meta, meta{end: k})
		return k, true // 5'5": 65 inches
	}
	if j+1 < n && rs[j] == '/' && isDigit(rs[j+1]) && len(raw.seps) == 0 {
		parts, k := s.chain(j, '/')
		kind := Identifier
		if parts == 3 {
			kind = Date
		}
		return s.emitOther(i, k, kind), true
	}
	if j+1 < n && rs[j] == '-' && isDigit(rs[j+1]) && len(raw.seps) == 0 {
		if parts, k := s.chain(j, '-'); parts >= 3 {
			kind := Identifier
			if parts == 3 && isoDate(asciiDigits(rs[i:k])) {
				kind = Date
			}
			return s.emitOther(i, k, kind), true
		}
	}
	// A telephone number in Japanese: ０１９８・６２・１３３３.
	if j+1 < n && rs[j] == '・' && isDigit(rs[j+1]) && len(raw.seps) == 0 {
		if parts, k := s.chain(j, '・'); parts >= 3 {
			return s.emitOther(i, k, Identifier), true
		}
	}
	return 0, false
}

// isoDate reports whether s, digits and dashes, is a date written year
// first: 2023-01-05, not the telephone number 0198-62-1333.
func isoDate(s string) bool {
	p := strings.Split(s, "-")
	if len(p) != 3 || len(p[0]) != 4 || len(p[1]) > 2 || len(p[2]) > 2 {
		return false
	}
	y, _ := strconv.Atoi(p[0])
	m, _ := strconv.Atoi(p[1])
	d, _ := strconv.Atoi(p[2])
	return y >= 1000 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// feetInches reads a height in feet and inches written with primes,
// 5'5" or 5′ 11″, and returns its end and its length in inches, or r.j.
func (s *scanner) feetInches(r *numRead) (int, float64) {
	rs, j := s.rs, r.j
	n := len(rs)
	if len(r.raw.seps) != 0 || len(r.raw.groups[0]) != 1 || j+2 >= n || rs[j] != '\'' && rs[j] != '′' && rs[j] != '’' {
		return j, 0
	}
	k := j + 1
	if rs[k] == ' ' {
		k++
	}
	in, m := s.digitsAt(k)
	if in == "" || len(in) > 2 || m >= n || rs[m] != '"' && rs[m] != '″' && rs[m] != '”' {
		return j, 0
	}
	ft, _ := strconv.Atoi(r.raw.groups[0])
	v, _ := strconv.Atoi(in)
	if v >= 12 {
		return j, 0
	}
	return m + 1, float64(ft*12 + v)
}

// spacedHour returns the end of a time written "14 h 05", the French way
// with spaces around the h, or with an hour word of the lexicon in its
// place after a clock-before word ("lúc 14 giờ 30"; "trong 14 giờ 30 phút"
// lasts fourteen and a half hours), or r.j. Without the minutes, "14 h"
// may be a duration and stays a number.
func (s *scanner) spacedHour(r *numRead) int {
	rs, j := s.rs, r.j
	n := len(rs)
	if len(r.raw.seps) != 0 || len(r.raw.groups[0]) > 2 || j+1 >= n || !isSpace(rs[j]) {
		return j
	}
	e, k := s.l.hourWords.at(rs, j+1)
	french := k == j+2 // the one-letter h, read without a clock-before word
	if e == nil || k+2 >= n || !isSpace(rs[k]) {
		return j
	}
	m := k + 1
	if m+1 >= n || !isDigit(rs[m]) || !isDigit(rs[m+1]) || m+2 < n && (isDigit(rs[m+2]) || unicode.IsLetter(rs[m+2])) {
		return j
	}
	if !french && !s.clockBefore(r.i) && !s.zoneAfter(m+2) {
		return j
	}
	if h, _ := strconv.Atoi(r.raw.groups[0]); h > 24 {
		return j
	}
	if mm, _ := strconv.Atoi(string(rs[m : m+2])); mm > 59 {
		return j
	}
	return m + 2
}

// hourAlone returns the end of an hour without minutes, its hour word
// glued or after a space, after a clock-before word ("à 20 h", "à 8h",
// "lúc 14 giờ"), or r.j. Elsewhere "14 h" may be a duration.
func (s *scanner) hourAlone(r *numRead) int {
	rs, j := s.rs, r.j
	n := len(rs)
	if len(r.raw.seps) != 0 || len(r.raw.groups[0]) > 2 || j >= n {
		return j
	}
	at := j
	if isSpace(rs[j]) {
		at = j + 1
	}
	e, k := s.l.hourWords.at(rs, at)
	if e == nil || k < n && (unicode.IsLetter(rs[k]) || isDigit(rs[k])) {
		return j
	}
	if m := s.skipSpace(k); m < n && isDigit(rs[m]) {
		return j // minutes spacedHour did not take ("14 giờ 75")
	}
	if h, _ := strconv.Atoi(r.raw.groups[0]); h > 23 || !s.clockBefore(r.i) {
		return j
	}
	return k
}

// zoneAfter reports whether a time zone (common.txt clock-zone: GMT, UTC)
// follows the minutes ending at k, maybe after a word for minutes ("22
// giờ 11 phút GMT"): a clock time, not a duration.
func (s *scanner) zoneAfter(k int) bool {
	rs, n := s.rs, len(s.rs)
	for range 2 {
		for k < n && isSpace(rs[k]) {
			k++
		}
		if e, _ := s.l.clockZones.at(rs, k); e != nil {
			return true
		}
		for k < n && unicode.IsLetter(rs[k]) { // one word for minutes
			k++
		}
	}
	return false
}

// dateOrCode reads dotted dates (04.03.2025, and 04.03. where the decimal
// separator is a comma) and codes with a leading zero (007).
func (s *scanner) dateOrCode(r *numRead) (int, bool) {
	rs, i, j, raw, l := s.rs, r.i, r.j, r.raw, s.l
	n := len(rs)
	// d.m.y with dots is a date whatever the decimal separator: 04.03.2025.
	// A name before it makes it a version (Firmware 1.2.22), unless the
	// year is a four-digit year of ours ("Am 05.03.2024").
	if len(raw.seps) == 2 && raw.seps[0] == '.' && raw.seps[1] == '.' && len(raw.groups[0]) <= 2 &&
		len(raw.groups[1]) <= 2 && (len(raw.groups[2]) == 4 || len(raw.groups[2]) == 2) &&
		(s.label(i) == "" || len(raw.groups[2]) == 4 && raw.groups[2] >= "1900" && raw.groups[2] < "2100") {
		if m, _ := strconv.Atoi(raw.groups[1]); m >= 1 && m <= 12 {
			return s.emitOther(i, j, Date), true
		}
	}
	if k := s.spacedDate(r); k > j {
		return s.emitOther(i, k, Date), true
	}
	// dd.mm. is a date where the decimal separator is a comma, but for
	// a time after a word that calls for one ("o 14.05.").
	if l.d.decimal == ',' && len(raw.seps) == 1 && raw.seps[0] == '.' && len(raw.groups[0]) <= 2 && !s.clockBefore(i) &&
		len(raw.groups[1]) <= 2 && j < n && rs[j] == '.' && (j+1 >= n || !isDigit(rs[j+1])) &&
		(s.label(i) == "" || len(raw.groups[0]) == 2 && len(raw.groups[1]) == 2) { // "Свято 01.05.": a version is rarely padded
		if m, _ := strconv.Atoi(raw.groups[1]); m >= 1 && m <= 12 {
			return s.emitOther(i, j+1, Date), true
		}
	}
	// A leading zero marks a code, not a quantity: 007, 030; but for a
	// date's counter it pads a year, month, day or hour.
	if len(raw.groups[0]) > 1 && raw.groups[0][0] == '0' && (len(raw.seps) == 0 || raw.seps[0] != l.d.decimal) &&
		!(l.d.myriad && len(raw.seps) == 0 && len(raw.groups[0]) == 2 && s.padsDate(j)) {
		return s.emitOther(i, j, Identifier), true
	}
	return 0, false
}

// padsDate reports whether a CJK date counter follows rs[j]: "05年"
// (2005), "05月", "09時", or a year after an era year in brackets,
// "０５（同３８）年" (1905, Meiji 38), as a list of years abbreviates.
func (s *scanner) padsDate(j int) bool {
	rs := s.rs
	if j >= len(rs) {
		return false
	}
	if strings.ContainsRune("年月日時时", rs[j]) {
		return true
	}
	if rs[j] != '（' && rs[j] != '(' {
		return false
	}
	for k := j + 1; k < len(rs) && k <= j+maxEraBracket; k++ {
		if rs[k] == '）' || rs[k] == ')' {
			return k+1 < len(rs) && rs[k+1] == '年'
		}
	}
	return false
}

// restatedEraYear reports whether the number r, after an era's name,
// gives the same year as a western year written beside it in brackets,
// with 年 after the bracket: 明治２３（１８９０）年 (the bracket after r, at
// at) or １８９０（明治２３）年 (r in the bracket, which closes at at). A
// translation may keep either; the numbers check asks for the western.
func (s *scanner) restatedEraYear(r *numRead, at int) bool {
	rs := s.rs
	e, st := s.l.eras.before(rs, r.exprStart)
	if e == nil || st < r.floor {
		return false
	}
	year := r.q.Value + e.val
	if rs[at] == '（' || rs[at] == '(' {
		d, k := s.digitsAt(at + 1)
		v, _ := strconv.Atoi(d)
		return d != "" && k+1 < len(rs) && (rs[k] == '）' || rs[k] == ')') && rs[k+1] == '年' && float64(v) == year
	}
	if at+1 >= len(rs) || rs[at+1] != '年' || st == 0 || rs[st-1] != '（' && rs[st-1] != '(' {
		return false
	}
	j := st - 1
	for j > 0 && digitVal(rs[j-1]) >= 0 {
		j--
	}
	d, _ := s.digitsAt(j)
	v, _ := strconv.Atoi(d)
	return d != "" && float64(v) == year
}

// maxEraBracket is the most runes a bracketed era year takes: "（平成１１"
// is five.
const maxEraBracket = 8

// clockBefore reports whether a word of the lexicon's clock-before ends
// right before i, a space between: "o 14.05" is a time in Polish.
func (s *scanner) clockBefore(i int) bool {
	end := s.skipSpaceBack(i)
	if end == i {
		return false // glued to the digits
	}
	e, st := s.l.clockBefore.before(s.rs, end)
	return e != nil && st >= s.lastEnd()
}

// spacedDate returns the end of a date written with a space after each
// dot, where the decimal separator is a comma: "25. 2.", "1. 5. 1886"
// (Czech, Slovak, German). It returns r.j when there is none.
func (s *scanner) spacedDate(r *numRead) int {
	rs, j := s.rs, r.j
	n := len(rs)
	if s.l.d.decimal != ',' || len(r.raw.seps) != 0 || len(r.raw.groups[0]) > 2 || j+3 >= n || rs[j] != '.' || rs[j+1] != ' ' || !isDigit(rs[j+2]) {
		return j
	}
	m, k := s.digitsAt(j + 2)
	if len(m) > 2 || k >= n || rs[k] != '.' || k+1 < n && isDigit(rs[k+1]) {
		return j
	}
	d, _ := strconv.Atoi(r.raw.groups[0])
	mo, _ := strconv.Atoi(m)
	if d < 1 || d > 31 || mo < 1 || mo > 12 {
		return j
	}
	k++
	if k+4 < n && rs[k] == ' ' && isDigit(rs[k+1]) {
		if y, e := s.digitsAt(k + 1); len(y) == 4 && (e == n || !isDigit(rs[e])) {
			return e
		}
	}
	return k
}

// approxDigits reads, in a CJK text, two neighbouring digits joined by a
// comma as an approximate number, a range: １，２秒 is one or two seconds.
func (s *scanner) approxDigits(r *numRead) (int, bool) {
	raw, rs := r.raw, s.rs
	if !s.l.d.myriad || r.isFrac || len(raw.groups) != 2 || raw.seps[0] != ',' || len(raw.groups[0]) != 1 ||
		len(raw.groups[1]) != 1 || raw.groups[0] == "0" || raw.groups[1][0] != raw.groups[0][0]+1 {
		return 0, false
	}
	if e, _ := s.l.scales.at(rs, r.j); e != nil {
		return 0, false // ２，３万: the scale belongs to both
	}
	for n, g := range raw.groups {
		v := float64(g[0] - '0')
		at := r.i + 2*n
		q := Quantity{Kind: Count, Span: s.span(r.i, r.j), Num: s.span(at, at+1), Value: v, Scale: 1, Text: g, Range: n + 1}
		s.out = append(s.out, q)
		s.meta = append(s.meta, meta{end: r.j})
	}
	return r.j, true
}

// value reads the digits in the language's format or else in the other
// one; digits that fit neither are a date or an identifier.
func (s *scanner) value(r *numRead) (int, bool) {
	l, raw, q := s.l, r.raw, &r.q
	loc, okL := interpret(raw, l.d.decimal, l.d.groups, l.d.indian)
	oth, okO := interpret(raw, l.otherDecimal, l.otherGroups, false)
	switch {
	case r.isFrac:
		q.Value, q.Decimals, q.Fraction = r.fracV, fracDecimals(r.fracV), true
	case okL:
		q.Value, q.Decimals = loc.Value, loc.Decimals
		if okO && oth.Value != loc.Value {
			alt := oth
			q.Alt = &alt
		}
	case okO:
		q.Value, q.Decimals = oth.Value, oth.Decimals
		q.Foreign = true
	default:
		kind := Identifier
		if len(raw.groups) == 3 && len(raw.groups[0]) <= 2 && len(raw.groups[1]) <= 2 {
			kind = Date
		}
		return s.emitOther(r.i, r.j, kind), true
	}
	q.Text = raw.text()
	if r.isFrac {
		q.Text = fractionText(s.rs[r.i:r.j])
	}
	q.Scale = 1
	return 0, false
}

// wordsBefore reads a currency sign or percent word before the number.
func (s *scanner) wordsBefore(r *numRead) {
	rs, l := s.rs, s.l
	if e, st := l.symbols.before(rs, s.skipSpaceBack(r.exprStart)); e != nil && st >= r.floor {
		r.cur = s.span(st, s.skipSpaceBack(r.exprStart))
		r.currency, r.exprStart = e.code, st
		if r.sign == 1 && st-1 >= r.floor && (rs[st-1] == '-') && (st == 1 || !isAlnum(rs[st-2])) {
			r.sign, r.exprStart = -1, st-1
		}
	} else if e, st := l.percentBefore.before(rs, s.skipSpaceBack(r.exprStart)); e != nil && st >= r.floor {
		r.percent, r.exprStart = true, st // 百分之5; yüzde 12
	}
}

// unitNext reports whether digits and a unit follow at k, glued, as
// product listings write one measure after another: "183cm92kg".
func (s *scanner) unitNext(k int) bool {
	rs := s.rs
	_, j := s.digitsAt(k)
	e := j
	for e < len(rs) && cased(rs[e]) {
		e++
	}
	// Digits after the unit go on with the listing, and are judged when
	// read: no search runs ahead over a long chain.
	return e > j && isUnit(string(rs[j:e])) && (e == len(rs) || !isAlnum(rs[e]) || isCJK(rs[e]) || isDigit(rs[e]))
}

// gluedSuffix reads letters glued after the digits: ordinals, units, scale
// abbreviations, "am"/"pm"; other letters make the whole an identifier.
func (s *scanner) gluedSuffix(r *numRead) (int, bool) {
	rs, l, i, j, raw, q := s.rs, s.l, r.i, r.j, r.raw, &r.q
	n := len(rs)
	r.end = j
	if j < n && (rs[j] == 'º' || rs[j] == 'ª') {
		q.Ordinal = true
		r.end = j + 1
		return 0, false
	}
	if j >= n || !cased(rs[j]) {
		return 0, false
	}
	k := j
	for k < n && cased(rs[k]) {
		k++
	}
	suf := string(rs[j:k])
	if e, k2 := l.basisPoints.at(rs, j); e != nil && k2 == k {
		return 0, false // "25bp": basis points, read after the number
	}
	switch {
	case l.ordinals[strings.ToLower(suf)]:
		q.Ordinal = true
	case suf == "h" && k+1 < n && isDigit(rs[k]) && isDigit(rs[k+1]) && len(raw.seps) == 0:
		return s.emitOther(i, k+2, Time), true
	case (suf == "am" || suf == "pm") && (len(raw.seps) == 0 || len(raw.seps) == 1 && len(raw.groups[1]) == 2):
		return s.emitOther(i, k, Time), true
	case attachedScale(suf, r.currency != "") > 0:
		q.Scale = attachedScale(suf, r.currency != "")
		q.ScaleText = suf
	case suf == "s" && len(raw.seps) == 0 && strings.HasSuffix(raw.groups[0], "0"):
		// a decade: 1990s, 80s
	case isUnit(suf):
		r.unit = true
		q.Unit = suf
		if e, k2 := l.unitNames.at(rs, j); e != nil && k2 == k {
			q.Unit = e.code
		}
	case len(suf) >= 4 && strings.ToLower(suf) == suf:
		// A compound such as 24jährigen or 10fach: still a count.
	default:
		return s.identifier(i), true
	}
	r.end = k
	if k < n && (isDigit(rs[k]) && !(r.unit && s.unitNext(k)) || unicode.IsLetter(rs[k]) && !isCJK(rs[k])) {
		return s.identifier(i), true
	}
	return 0, false
}

// andHalf reads the words for "and a half" after a whole number: "16
// וחצי" is 16.5, "2 с половиной" 2.5.
func (s *scanner) andHalf(r *numRead) {
	q := &r.q
	if q.Decimals != 0 || r.isFrac || q.Scale != 1 || r.end != r.j {
		return
	}
	if e, k := s.l.andHalf.at(s.rs, s.skipSpace(r.end)); e != nil && s.skipSpace(r.end) > r.end || s.counterHalf(r.end) {
		q.Value += 0.5
		q.Decimals = 1
		if e != nil {
			r.end = k
		}
	}
}

// counterHalf reports whether a counter of the lexicon's half-after and 半
// follow the number ending at end: ２年半 is two and a half years, １分半 a
// minute and a half, 一个半月 a month and a half. 半 opening a word of the
// lexicon's half-word is no half (2022年半ば, the middle of 2022; 半導体).
func (s *scanner) counterHalf(end int) bool {
	rs := s.rs
	for _, c := range s.l.d.halfAfter {
		k := end + utf8.RuneCountInString(c)
		if k >= len(rs) || string(rs[end:k]) != c || rs[k] != '半' {
			continue
		}
		return literalAt(rs, k, s.l.d.halfWords) == k
	}
	return false
}

// scaleWords reads a scale word after the number: "2 Mrd.", "1.5 billion",
// and in myriad languages a chain such as 1億2000万 or 1조 2천억.
func (s *scanner) scaleWords(r *numRead) {
	l, q := s.l, &r.q
	if q.Scale != 1 {
		return
	}
	if !l.d.myriad {
		if e, k := l.scales.at(s.rs, s.skipGap(r.end)); e != nil && (!e.moneyOnly || r.currency != "") {
			q.Scale, q.ScaleText, r.end = e.val, e.text, k
			s.scaleParts(r)
		}
		return
	}
	scale, text, k := s.myriadChain(r.end)
	if p := s.skipSpace(r.end); scale <= 1 && p > r.end && literalAt(s.rs, p, s.l.d.spacedScales) > p {
		scale, text, k = s.myriadChain(p)
	}
	if p := literalAt(s.rs, r.end, s.l.d.scaleInfixes); scale <= 1 && p > r.end {
		scale, text, k = s.myriadChain(p) // 500余万: more than five million
	}
	if scale <= 1 {
		return
	}
	q.Scale, q.ScaleText, r.end = scale, text, k
	s.myriadParts(r)
}

// scaleParts reads a whole number said in two scale words: a smaller
// part after the larger (2 কোটি 20 লাখ, 2 млрд 300 млн: 22 million, 2.3
// billion), or, in the Indian system, a larger scale that multiplies
// both (৭ লাখ ৯৭ হাজার কোটি: 7.97 lakh crore, 7.97 trillion).
func (s *scanner) scaleParts(r *numRead) {
	rs, q := s.rs, &r.q
	p := s.skipSpace(r.end)
	if p == r.end || p >= len(rs) || !isDigit(rs[p]) || q.Value != math.Trunc(q.Value) {
		return
	}
	g, m, _ := s.groupedDigitsAt(p)
	if m < len(rs) && (rs[m] == '.' || rs[m] == ',') && m+1 < len(rs) && isDigit(rs[m+1]) {
		return // a fraction: two numbers
	}
	v, _ := strconv.ParseFloat(g, 64)
	e, k := s.l.scales.at(rs, s.skipSpace(m))
	if e == nil || e.moneyOnly || s.skipSpace(m) == m {
		return
	}
	sc1, sc2 := q.Scale, e.val
	switch {
	case sc2 < sc1 && v*sc2 < sc1: // 2 crore 20 lakh
		q.Value = q.Value*sc1/sc2 + v
	case sc2 > sc1:
		// The last word of the larger scale multiplies both parts: 7
		// lakh 97 thousand crore. The rest of it must be smaller than
		// the first scale, and the whole part must fit under it.
		i := strings.LastIndexAny(e.text, " \u00a0")
		if i < 0 {
			return
		}
		last := e.text[i+1:]
		c, _ := s.l.scales.at([]rune(last), 0)
		if c == nil || c.text != last || c.val <= sc1 {
			return
		}
		t := sc2 / c.val
		if t >= sc1 || v*t >= sc1 {
			return
		}
		q.Value = (q.Value*sc1 + v*t) / t
	default:
		return
	}
	q.Decimals = 0
	q.Scale, q.ScaleText, r.end = sc2, q.ScaleText+" "+e.text, k
}

// myriadParts adds the smaller parts of a myriad number: the 2000万 of
// 1億2000万, the 2천억 of 1조 2천억, and plain units glued last: the 985
// of ６万２千９８５.
func (s *scanner) myriadParts(r *numRead) {
	rs, q := s.rs, &r.q
	n := len(rs)
	for {
		p := r.end
		if p < n && rs[p] == ' ' {
			p++
		}
		if p >= n || !isDigit(rs[p]) {
			return
		}
		g, m, grouped := s.groupedDigitsAt(p)
		v, _ := strconv.ParseFloat(g, 64)
		sc2, text2, k2 := s.myriadChain(m)
		// Glued units (1万2000), or spaced ones grouped by thousands, as
		// Korean spaces its myriads (1만 2,000: 12,000; "1万 2000" may be
		// two numbers).
		if sc2 <= 1 && (p == r.end || grouped) && v < q.Scale && (m == n || !isSepCandidate(rs[m])) {
			q.Value, q.Scale, q.ScaleText, q.Decimals = q.Value*q.Scale+v, 1, "", 0
			r.end, r.j = m, m // the whole compound is the number
			return
		}
		if sc2 <= 1 || sc2 >= q.Scale {
			return
		}
		q.Value = q.Value*q.Scale/sc2 + v
		q.Decimals = 0
		q.Scale, q.ScaleText, r.end = sc2, q.ScaleText+text2, k2
	}
}

// groupedDigitsAt reads the digits at i, and groups of three after a
// comma where the language groups by commas ("5,000"), and says whether
// it read a group.
func (s *scanner) groupedDigitsAt(i int) (string, int, bool) {
	g, j := s.digitsAt(i)
	grouped := false
	for s.l.d.group == ',' && len(g) <= 3 && j+3 < len(s.rs) && s.rs[j] == ',' {
		h, k := s.digitsAt(j + 1)
		if len(h) != 3 || k < len(s.rs) && isDigit(s.rs[k]) {
			break
		}
		g, j, grouped = g+h, k, true
	}
	return g, j, grouped
}

// wordsAfter reads a percent sign or word, percentage points, a currency,
// a time word or a unit after the number.
func (s *scanner) wordsAfter(r *numRead) {
	rs, l, q := s.rs, s.l, &r.q
	n := len(rs)
	p := s.skipGap(r.end)
	sp := s.skipSpace(r.end)
	switch {
	case r.percent:
	case sp < n && (rs[sp] == '%' || rs[sp] == '٪'):
		r.percent, r.end = true, sp+1
		if e, k := l.pointsAfterPct.at(rs, r.end); e != nil {
			q.Points, r.end = true, k
		} else if e, k := l.points.at(rs, s.skipSpace(r.end)); e != nil {
			q.Points, r.end = true, k // "2 % points"
		}
	default:
		if e, k := l.points.at(rs, p); e != nil {
			r.percent, q.Points, r.end = true, true, k
		} else if e, k := l.basisPoints.at(rs, p); e != nil && r.currency == "" {
			// "25 basis points" are 0.25 percentage points, as a
			// translation may write them.
			r.percent, q.Points, r.end = true, true, k
			q.Value, q.Decimals = q.Value/100, q.Decimals+2
			if q.Alt != nil {
				q.Alt = &Reading{Value: q.Alt.Value / 100, Decimals: q.Alt.Decimals + 2}
			}
		} else if e, k := l.percent.at(rs, p); e != nil {
			r.percent, r.end = true, k
		} else if e, k := l.symbols.at(rs, p); e != nil && r.currency == "" {
			r.currency, r.end, r.cur = e.code, k, s.span(p, k)
		} else if e, k := l.currencies.at(rs, p); e != nil && r.currency == "" {
			r.currency, r.end, r.cur = e.code, k, s.span(p, k)
			if u, k2 := l.unitNames.at(rs, p); u != nil && k2 == k {
				q.Unit = u.code // "400 pounds", "5 Pfund": money, or a weight
			}
		} else if e, _ := l.timeWords.at(rs, sp); e != nil && q.Scale == 1 && q.Value <= 24 && r.currency == "" {
			r.isTime, r.end = true, s.afterTimeWord(r.end)
			r.exprStart = s.halfDayBefore(r.exprStart) // सुबह 9 बजे
		} else if e, _ := l.clockZones.at(rs, sp); e != nil && militaryTime(r) {
			r.isTime = true // 1405 GMT: the zone stays outside, as in 14:05 GMT
		} else if q.Unit == "" {
			if u, k := s.unitAt(r.end); u != "" {
				q.Unit, r.end, r.unit = u, k, true
			}
		}
	}
}

// militaryTime reports whether r is four digits that read as hours and
// minutes, HHMM: 1405, 0930.
func militaryTime(r *numRead) bool {
	g := r.raw.groups[0]
	if len(r.raw.seps) != 0 || len(g) != 4 || r.sign < 0 || r.isFrac || r.q.Scale != 1 || r.currency != "" {
		return false
	}
	h, _ := strconv.Atoi(g[:2])
	m, _ := strconv.Atoi(g[2:])
	return h <= 23 && m <= 59
}

// cjkCounter reads a CJK counter after a plain whole number: a decade of
// a century (19世纪80年代), an era before 2025年, a month 7月, a clock
// time 15时50分.
func (s *scanner) cjkCounter(r *numRead) (int, bool) {
	rs, l, q := s.rs, s.l, &r.q
	n := len(rs)
	if !l.d.myriad || q.Scale != 1 || r.currency != "" || r.percent || q.Decimals != 0 || len(r.raw.seps) != 0 || r.end >= n {
		return 0, false
	}
	at := r.end
	if rs[at] == ' ' && at+1 < n && strings.ContainsRune("月월时時点시", rs[at+1]) {
		at++ // "5 月", "12 点 15 分": text that spaces its digits
	}
	switch c := rs[at]; {
	case c == '年':
		if end, ok := s.centuryDecades(r.i, r.end, q.Value); ok {
			return end, true // 19世纪80年代
		}
		if e, st := l.eras.before(rs, r.exprStart); e != nil && st >= r.floor {
			q.Value += e.val
			r.exprStart = st
		}
	case c == '（' || c == '(' || c == '）' || c == ')':
		q.Restated = s.restatedEraYear(r, at)
	case (c == '月' || c == '월') && q.Value >= 1 && q.Value <= 12:
		r.month, r.end = true, at+1
	case strings.ContainsRune("时時点시", c) && q.Value <= 24 && !s.counterHalf(at):
		end := r.end
		r.end = at
		if k, ok := s.cjkClock(r); ok {
			return k, true
		}
		r.end = end
	case c == '分' && r.end+2 < n && (rs[r.end+1] == 'の' || rs[r.end+1] == '之') && isDigit(rs[r.end+2]):
		return s.cjkFraction(r, r.end+2)
	case c == '분' && r.end+3 < n && rs[r.end+1] == '의' && rs[r.end+2] == ' ' && isDigit(rs[r.end+3]):
		return s.cjkFraction(r, r.end+3) // Korean 3분의 1: a third
	default:
		if t := s.tenthAt(r.end, q.Value); t > r.end {
			q.Scale, q.ScaleText = 10, string(rs[r.end:t])
			r.percent, r.end = true, t // 3割: 30 %
		}
	}
	return 0, false
}

// cjkFraction reads a fraction written denominator first, its numerator
// at at: 2分の1 in Japanese, 3分之1 in Chinese, 3분의 1 in Korean: one
// half, one third. Only a proper fraction counts; 百分之 is a
// percentage, read before.
func (s *scanner) cjkFraction(r *numRead, at int) (int, bool) {
	num, k := s.digitsAt(at)
	if k < len(s.rs) && (isDigit(s.rs[k]) || s.rs[k] == '.' || s.rs[k] == '．') {
		return 0, false
	}
	v, _ := strconv.Atoi(num)
	if v < 1 || float64(v) >= r.q.Value {
		return 0, false
	}
	q := Quantity{Kind: Count, Span: s.span(r.exprStart, k), Num: s.span(r.i, k), Value: float64(v) / r.q.Value,
		Scale: 1, Text: asciiDigits(s.rs[r.i:k]), Fraction: true}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: k})
	return k, true
}

// cjkClock reads a clock time whose hour counter is at r.end: 15时50分,
// 3시 반, 下午3点.
func (s *scanner) cjkClock(r *numRead) (int, bool) {
	rs, end := s.rs, r.end
	r.i = s.halfDayBefore(r.i)
	n := len(rs)
	k := end + 1
	if k < n && rs[k] == ' ' {
		k++
	}
	if k < n && isDigit(rs[k]) {
		_, m := s.digitsAt(k)
		if m+1 < n && rs[m] == ' ' && strings.ContainsRune("分분", rs[m+1]) {
			m++ // "12 点 15 分"
		}
		if m < n && strings.ContainsRune("分분", rs[m]) {
			return s.emitOther(r.i, m+1, Time), true
		}
	}
	if k < n && strings.ContainsRune("半반", rs[k]) {
		return s.emitOther(r.i, k+1, Time), true
	}
	if c := rs[end]; (c == '時' || c == '时') && (end+1 == n || rs[end+1] != '間' && rs[end+1] != '间') {
		return s.emitOther(r.i, end+1, Time), true // 15時まで; 24時間 is a duration
	}
	if rs[end] == '点' && end+1 < n && strings.ContainsRune(clockAfterDian, rs[end+1]) {
		return s.emitOther(r.i, end+1, Time), true // 6点多, 7点钟
	}
	for _, mark := range cjkTimeMarks {
		mr := []rune(mark)
		if r.exprStart >= len(mr) && string(rs[r.exprStart-len(mr):r.exprStart]) == mark {
			return s.emitOther(r.i, end+1, Time), true
		}
	}
	return 0, false
}

// halfDayBefore returns where a word for the half of the day right
// before i starts (午後2時), or i.
func (s *scanner) halfDayBefore(i int) int {
	at := i
	if at > 0 && s.rs[at-1] == ' ' {
		at-- // Korean spaces it: 오후 2시
	}
	for _, w := range append(afternoonWords[:len(afternoonWords):len(afternoonWords)], morningWords...) {
		n := utf8.RuneCountInString(w)
		if at-n >= s.lastEnd() && string(s.rs[at-n:at]) == w {
			return at - n
		}
	}
	return i
}

// finish applies sign and scale, settles the kind and emits the quantity.
func (s *scanner) finish(r *numRead) int {
	q := &r.q
	q.Value *= r.sign * q.Scale
	if q.Alt != nil {
		q.Alt.Value *= r.sign * q.Scale
	}
	q.Currency = r.currency
	q.Cur = r.cur
	q.Label = s.label(r.exprStart)
	q.Kind = s.kind(r)
	if q.Kind == Count && s.ownCalendarYear(r) {
		q.Kind, q.Value, q.Calendar = Year, q.Value-s.l.d.yearOffset, true
	}
	if q.Kind == Time {
		q.Half = s.l.halfDay(string(s.rs[r.exprStart:r.end]))
	}
	q.Century = q.Kind == Count && q.Value >= 1 && q.Value <= 21 && q.Value == float64(int(q.Value)) && s.centuryNumber(q, r.i, r.end)
	q.Span = s.span(r.exprStart, r.end)
	q.Num = s.span(r.numStart, r.j)
	if r.sign < 0 {
		q.Text = "-" + q.Text
	}
	bare := q.Scale == 1 && r.currency == "" && !r.percent && !r.unit
	s.emit(*q, meta{end: r.end, bare: bare, between: s.betweenBefore(r.exprStart)}, r.exprStart)
	return r.end
}

// centuryNumber reports whether the number rs[i:end] names a century
// ("19th century", "19. Jahrhundert", "siglo 19"): an ordinal, or a
// number with an ordinal's full stop, before the word for century, or a
// number after it; not a count of centuries ("19 centuries", and so,
// unread, Russian "в 19 веке").
func (s *scanner) centuryNumber(q *Quantity, i, end int) bool {
	if !s.nextToCentury(i, end) {
		return false
	}
	if q.Ordinal || end < len(s.rs) && s.rs[end] == '.' {
		return true
	}
	prev := s.skipSpaceBack(i)
	e, _ := s.l.centuries.before(s.rs, prev)
	return e != nil && prev < i
}

// dottedClock reports whether r, in a language whose decimal separator
// is a comma, is hours and minutes joined by a dot ("um 18.00", "od 8.30
// do 11.45"): such digits are no number of the language, and a decimal in
// the foreign convention would rarely show exactly two decimals with no
// unit, currency or scale word.
func (s *scanner) dottedClock(r *numRead) bool {
	raw, q := r.raw, &r.q
	if s.l.d.decimal != ',' || !q.Foreign || len(raw.seps) != 1 || raw.seps[0] != '.' || len(raw.groups[1]) != 2 ||
		len(raw.groups[0]) > 2 || q.Scale != 1 || r.currency != "" || r.percent || r.unit || r.sign < 0 || q.Label != "" {
		return false
	}
	h, _ := strconv.Atoi(raw.groups[0])
	m, _ := strconv.Atoi(raw.groups[1])
	return h <= 23 && m <= 59
}

// ownCalendarYear reports whether r is a year of the language's own
// calendar (lexicon year-offset): four digits without separator, scale,
// unit or sign, past the western years (from 2200) and within the years
// that calendar gives them (Thai 2200 to 2742 of the Buddhist Era, 1657
// to 2199). Below 2200 the number is a western year already: Thai news
// writes "2025" for a foreign event as well as "2568".
func (s *scanner) ownCalendarYear(r *numRead) bool {
	off, q := s.l.d.yearOffset, &r.q
	return off > 0 && q.Scale == 1 && !r.unit && !q.Ordinal && !r.isFrac && r.sign == 1 && len(r.raw.seps) == 0 &&
		len(r.raw.groups[0]) == 4 && q.Value >= 2200 && q.Value < 2200+off
}

// kind tells a time, money, percentage, month, year, version or count
// apart.
func (s *scanner) kind(r *numRead) Kind {
	rs, q, raw := s.rs, &r.q, r.raw
	n := len(rs)
	switch {
	case r.isTime, s.dottedClock(r):
		return Time
	case r.currency != "":
		return Money
	case r.percent:
		return Percent
	case r.month:
		return Month
	case q.Scale == 1 && !r.unit && !q.Ordinal && !r.isFrac && len(raw.seps) == 0 && len(raw.groups[0]) == 4 &&
		q.Value >= 1000 && q.Value < 2200:
		return Year
	case q.Scale == 1 && !r.unit && r.sign == 1 && !r.isFrac && q.Decimals == 0 && q.Value >= 1000 && q.Value < 2200 && r.end < n && rs[r.end] == '年':
		return Year
	}
	// A dotted number right after a name is a version: Llama 3.1. A
	// capitalised word opening a sentence ("In 3.5 hours") is no name.
	if q.Label != "" && q.Scale == 1 && !r.unit && !r.isFrac && q.Decimals > 0 && raw.seps[len(raw.seps)-1] == '.' &&
		(q.Foreign || !s.sentenceStart(r.exprStart-1-len([]rune(q.Label)))) {
		return Identifier
	}
	// So is a fraction: "Teil 1/3" is part one of three.
	if r.isFrac && q.Label != "" && !s.sentenceStart(r.exprStart-1-len([]rune(q.Label))) {
		return Identifier
	}
	return Count
}
