package quantity

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/gloss"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// scanner reads one text. It works on width-folded runes and keeps the
// byte offset of each rune, so that spans point into the text as given.
type scanner struct {
	text string
	l    *locale
	rs   []rune
	off  []int // off[i] is the byte offset of rs[i]; off[len(rs)] is len(text)
	skip []bool
	out  []Quantity
	meta []meta
}

// meta is what the scanner remembers about an emitted quantity.
type meta struct {
	end     int  // rune index after the expression
	bare    bool // no scale word, percent sign or currency: may take them from a range partner
	between bool // preceded by "between"
}

// scanBuffers are a scanner's per-rune arrays, reused between texts
// (Extract returns them): a batch scans two texts a record.
type scanBuffers struct {
	rs   []rune
	off  []int
	skip []bool
}

const maxPooledRunes = 1 << 16

var scanPool = sync.Pool{New: func() any { return new(scanBuffers) }}

// release returns the scanner's arrays to the pool, but for those of a
// long text, which would hold much memory for the short ones of a batch;
// s is not used after.
// maxPrefixLetters is the most letters of a language's word-prefix
// glued before a number word: Arabic و + ال (and the), Hebrew ו + ב + ה.
const maxPrefixLetters = 3

func (s *scanner) release() {
	if cap(s.rs) > maxPooledRunes {
		return
	}
	scanPool.Put(&scanBuffers{rs: s.rs[:0], off: s.off[:0], skip: s.skip[:0]})
}

func newScanner(text string, l *locale) *scanner {
	b := scanPool.Get().(*scanBuffers)
	s := &scanner{text: text, l: l, rs: b.rs[:0], off: b.off[:0]}
	if cap(s.rs) < len(text) {
		s.rs = make([]rune, 0, len(text))
	}
	if cap(s.off) < len(text)+1 {
		s.off = make([]int, 0, len(text)+1)
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r >= 0x2000 { // no fullwidth or halfwidth forms below
			if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth || p.Kind() == width.EastAsianHalfwidth {
				if f := p.Folded(); f != 0 {
					r = f
				}
			}
		}
		if r == '\u2212' || r == '\u2010' || r == '\u2011' {
			r = '-'
		}
		s.rs = append(s.rs, r)
		s.off = append(s.off, i)
		i += size
	}
	s.off = append(s.off, len(text))
	if cap(b.skip) >= len(s.rs) {
		s.skip = b.skip[:len(s.rs)]
		clear(s.skip)
	} else {
		s.skip = make([]bool, len(s.rs))
	}
	s.markLinks()
	return s
}

func (s *scanner) span(a, b int) Span { return Span{s.off[a], s.off[b]} }

// markLinks marks URLs and e-mail addresses, whose digits are not numbers.
func (s *scanner) markLinks() {
	rs := s.rs
	for i := 0; i < len(rs); {
		if isSpace(rs[i]) || unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && !isSpace(rs[j]) && !unicode.IsSpace(rs[j]) {
			j++
		}
		if isLink(rs[i:j]) {
			for k := i; k < j; k++ {
				s.skip[k] = true
			}
		}
		i = j
	}
}

// isLink reports whether a token is a URL (scheme://, www.) or an e-mail
// address.
func isLink(tok []rune) bool {
	at := -1
	for k, r := range tok {
		switch {
		case r == ':' && k+2 < len(tok) && tok[k+1] == '/' && tok[k+2] == '/':
			return true
		case (r == 'w' || r == 'W') && k+3 < len(tok) && unicode.ToLower(tok[k+1]) == 'w' &&
			unicode.ToLower(tok[k+2]) == 'w' && tok[k+3] == '.':
			return true
		case r == '@' && k > 0:
			at = k
		case r == '.' && at >= 0 && k > at+1:
			return true
		}
	}
	return false
}

func (s *scanner) scan() {
	s.scanAll()
	s.markTimes()
}

// markTimes marks the counts followed by a multiplier word ("3 times",
// "3倍"), and among them those that readers take two ways: "three times
// more" is tripled to some and quadrupled to others, as is 增长了两倍.
func (s *scanner) markTimes() {
	l := s.l
	for k := range s.out {
		q := &s.out[k]
		if q.Kind != Count || q.Scale != 1 || q.Unit != "" {
			continue
		}
		end := s.meta[k].end
		p := s.skipSpace(end)
		// A word that ends in a multiplier word: "dreimal", "viermal".
		glued := false
		if end > 0 && unicode.IsLetter(s.rs[end-1]) {
			w := strings.ToLower(string(s.rs[s.off2rune(q.Span.Start):end]))
			for _, t := range l.d.times {
				glued = glued || len(w) > len(t) && strings.HasSuffix(w, strings.ToLower(t))
			}
		}
		if glued {
			q.Times = TimesPlain
			if e, _ := l.timesMore.at(s.rs, p); e != nil {
				q.Times = TimesVague
			}
		} else if e, _ := l.timesVague.at(s.rs, p); e != nil {
			q.Times = TimesVague
		} else if e, m := l.times.at(s.rs, p); e != nil {
			q.Times = TimesPlain
			if e2, _ := l.timesMore.at(s.rs, s.skipSpace(m)); e2 != nil {
				q.Times = TimesVague
			}
		}
	}
}

// off2rune returns the index of the rune at byte offset b.
func (s *scanner) off2rune(b int) int {
	return sort.SearchInts(s.off, b)
}

func (s *scanner) scanAll() {
	rs := s.rs
	n := len(rs)
	for i := 0; i < n; {
		if s.skip[i] {
			i++
			continue
		}
		r := rs[i]
		switch {
		case digitVal(r) >= 0:
			i = s.number(i)
		case vulgarValue(r) > 0:
			i = s.vulgar(i)
		case enclosedValue(r) > 0:
			i = s.enclosed(i)
		case isCJK(r):
			if j := s.cjkWord(i); j > i {
				i = j
			} else {
				i++
			}
		case unicode.IsLetter(r):
			j := i
			for j < n && (unicode.IsLetter(rs[j]) || unicode.IsMark(rs[j])) && !isCJK(rs[j]) {
				j++
			}
			if i == 0 || !(unicode.IsLetter(rs[i-1]) || unicode.IsMark(rs[i-1])) {
				if k := s.word(i); k > i {
					j = k
				}
			}
			if unspacedScript(r) {
				j = s.monthsInside(i, j)
			}
			i = j
		default:
			i++
		}
	}
}

// digitVal returns the value of a decimal digit of any script, or -1.
func digitVal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Every range of the Nd table is made of whole runs of ten digits
	// starting at a zero.
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

func isDigit(r rune) bool { return digitVal(r) >= 0 }

// cased reports whether r is a letter of a script with case (Latin, Greek,
// Cyrillic...): such letters glued to digits make a name, not a number.
func cased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func isAlnum(r rune) bool { return isDigit(r) || unicode.IsLetter(r) }

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '~', '〜', '‒':
		return true
	}
	return false
}

func isSepCandidate(r rune) bool {
	switch r {
	case '.', ',', '\'', '’', '\u00a0', '\u202f', '\u2009', ' ', arabicDecimal, arabicGroup:
		return true
	}
	return false
}

// rawNum is a run of digit groups and the separators between them.
type rawNum struct {
	groups []string // ASCII digits
	seps   []rune
}

func (r rawNum) text() string {
	var b strings.Builder
	for i, g := range r.groups {
		if i > 0 {
			b.WriteRune(r.seps[i-1])
		}
		b.WriteString(g)
	}
	return b.String()
}

func (s *scanner) digitsAt(i int) (string, int) {
	var b strings.Builder
	j := i
	for j < len(s.rs) {
		d := digitVal(s.rs[j])
		if d < 0 {
			break
		}
		b.WriteByte(byte('0' + d))
		j++
	}
	return b.String(), j
}

// readDigits reads digit groups joined by separator candidates. A space
// joins groups only where it can be a grouping separator of the language:
// before exactly three digits, after a valid group prefix.
func (s *scanner) readDigits(i int) (rawNum, int) {
	rs := s.rs
	g, j := s.digitsAt(i)
	raw := rawNum{groups: []string{g}}
	for j+1 < len(rs) {
		c := rs[j]
		if !isSepCandidate(c) || !isDigit(rs[j+1]) || s.skip[j+1] {
			break
		}
		next, m := s.digitsAt(j + 1)
		if isSpace(c) || c == '\'' || c == '’' {
			// Any language may group with a space (85 000), but only as
			// groups of three after a group prefix.
			if c != ' ' && !strings.ContainsRune(s.l.d.groups, c) || len(next) != 3 || !groupedPrefix(raw, c) {
				break
			}
		}
		raw.seps = append(raw.seps, c)
		raw.groups = append(raw.groups, next)
		j = m
	}
	if k := s.nakaguroDecimal(raw, j); k > j {
		frac, _ := s.digitsAt(j + 1)
		raw.seps = append(raw.seps, '.')
		raw.groups = append(raw.groups, frac)
		j = k
	}
	return raw, j
}

// nakaguroDecimal returns the end of the decimals of a Japanese number
// written with the middle dot as its decimal point, the newspaper way
// ("２・５キロ", "２９・６アール"), or j. A unit, a percent sign or a
// scale must follow, so that lists ("３・４月", "２・２６事件") and
// phone numbers ("０１９８・６２・１３３３") stay apart.
func (s *scanner) nakaguroDecimal(raw rawNum, j int) int {
	rs := s.rs
	if s.l.name != "ja" || len(raw.seps) != 0 || len(raw.groups[0]) > 3 || j+1 >= len(rs) || rs[j] != '・' || !isDigit(rs[j+1]) {
		return j
	}
	frac, m := s.digitsAt(j + 1)
	if len(frac) > 2 || m >= len(rs) {
		return j
	}
	if r := rs[m]; unicode.Is(unicode.Katakana, r) || r < 0x80 && unicode.IsLetter(r) || strings.ContainsRune(nakaguroUnits, r) {
		return m
	}
	return j
}

// groupedPrefix reports whether raw reads as a grouped integer so far, with
// sep as its grouping separator.
func groupedPrefix(raw rawNum, sep rune) bool {
	if len(raw.groups[0]) > 3 {
		return false
	}
	for k, c := range raw.seps {
		if c != sep || len(raw.groups[k+1]) != 3 {
			return false
		}
	}
	return true
}

// interpret reads raw with the given decimal separator and grouping
// separators, validating group sizes.
func interpret(raw rawNum, dec rune, groups string, indian bool) (Reading, bool) {
	intGroups := raw.groups
	intSeps := raw.seps
	frac := ""
	if n := len(raw.seps); n > 0 && (raw.seps[n-1] == dec || raw.seps[n-1] == arabicDecimal) {
		frac = raw.groups[n]
		intGroups = raw.groups[:n]
		intSeps = raw.seps[:n-1]
	}
	if len(intSeps) > 0 {
		sep := intSeps[0]
		for _, c := range intSeps {
			if c != sep || c == dec || c == arabicDecimal || !strings.ContainsRune(groups, c) && c != ' ' && c != arabicGroup {
				return Reading{}, false
			}
		}
		if !validGroups(intGroups, false) && !(indian && validGroups(intGroups, true)) {
			return Reading{}, false
		}
	}
	digits := strings.Join(intGroups, "")
	if frac != "" {
		digits += "." + frac
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return Reading{}, false
	}
	return Reading{Value: v, Decimals: len(frac)}, true
}

func validGroups(gs []string, indian bool) bool {
	if !indian {
		if len(gs[0]) < 1 || len(gs[0]) > 3 {
			return false
		}
		for _, g := range gs[1:] {
			if len(g) != 3 {
				return false
			}
		}
		return true
	}
	if len(gs) < 2 || len(gs[0]) > 2 || len(gs[len(gs)-1]) != 3 {
		return false
	}
	for _, g := range gs[1 : len(gs)-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

// quarter reads a quarter written with the digit at i ("Q2", "2. Quartal",
// "2-й квартал", "第2四半期", "Kuartal ke-2") and returns the index after
// it, or i.
func (s *scanner) quarter(i int) int {
	rs, l := s.rs, s.l
	n := len(rs)
	if i+1 < n && isDigit(rs[i+1]) {
		return i
	}
	v := digitVal(rs[i])
	if v < 1 || v > 4 {
		return i
	}
	floor := s.lastEnd()
	j := i + 1
	// Glued before the digit: Q2, T2, K2.
	if e, st := l.quarterGlued.before(rs, i); e != nil && st >= floor && (st == 0 || !isAlnum(rs[st-1])) &&
		(j >= n || !isAlnum(rs[j]) || isCJK(rs[j])) {
		return s.emitQuarter(st, j, v)
	}
	// The word before the number: "Kuartal ke-2".
	k := s.skipSpaceBack(i)
	if k >= 3 && strings.EqualFold(string(rs[k-3:k]), "ke-") {
		k = s.skipSpaceBack(k - 3)
	}
	if k < i || k == i-3 {
		if e, st := l.quarterBefore.before(rs, k); e != nil && st >= floor && (j >= n || !isAlnum(rs[j])) {
			return s.emitQuarter(st, j, v)
		}
	}
	// An ordinal marker, then the word after it: "2. Quartal", "2nd
	// quarter", "2-й квартал", "2.º trimestre"; CJK attach the word
	// directly: "2분기", "第2四半期".
	m := j
	for m < n && m-j < 3 && !isSpace(rs[m]) && !isDigit(rs[m]) && !isCJK(rs[m]) && (unicode.IsLetter(rs[m]) || rs[m] == '.' || rs[m] == '-' || rs[m] == 'º' || rs[m] == 'ª') {
		m++
	}
	start := i
	if i > floor && rs[i-1] == '第' {
		start = i - 1
	}
	if m == j && j < n && isCJK(rs[j]) {
		if e, k := l.quarterAfter.at(rs, j); e != nil {
			return s.emitQuarter(start, k, v)
		}
		return i
	}
	if m == j || m-j > 3 {
		return i
	}
	if e, k := l.quarterAfter.at(rs, s.skipSpace(m)); e != nil {
		return s.emitQuarter(start, k, v)
	}
	return i
}

func (s *scanner) emitQuarter(a, b, v int) int {
	q := Quantity{Kind: Quarter, Span: s.span(a, b), Num: s.span(a, b), Value: float64(v), Scale: 1, Text: asciiDigits(s.rs[a:b])}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: b})
	return b
}

// wordQuarter reads a quarter written with words at the word starting at
// i: "zweites Quartal", "second quarter", "II квартал", "kuartal II".
func (s *scanner) wordQuarter(i int) int {
	rs, l := s.rs, s.l
	v, k := 0.0, i
	if e, k2 := l.ordWords.at(rs, i); e != nil {
		v, k = e.val, k2
	} else if r, k2 := romanQuarter(rs, i); r > 0 {
		v, k = r, k2
	}
	if v > 0 {
		if e, k3 := l.quarterAfter.at(rs, s.skipSpace(k)); e != nil && s.skipSpace(k) > k {
			return s.emitQuarter(i, k3, int(v))
		}
		return i
	}
	if e, k2 := l.quarterBefore.at(rs, i); e != nil {
		p := s.skipSpace(k2)
		if p > k2 {
			if r, k3 := romanQuarter(rs, p); r > 0 {
				return s.emitQuarter(i, k3, int(r))
			}
		}
	}
	return i
}

// romanQuarter reads I to IV as a whole word at i.
func romanQuarter(rs []rune, i int) (float64, int) {
	k := i
	for k < len(rs) && (rs[k] == 'I' || rs[k] == 'V') {
		k++
	}
	if k == i || k-i > 3 || k < len(rs) && (unicode.IsLetter(rs[k]) || isDigit(rs[k])) {
		return 0, i
	}
	v := romanValue(rs[i:k])
	if v < 1 || v > 4 {
		return 0, i
	}
	return v, k
}

// emit appends q, first joining it to the previous quantity when the two
// are the bounds of a range.
func (s *scanner) emit(q Quantity, m meta, start int) {
	if s.feetThenInches(q, m, start) {
		return
	}
	s.monthRange(q, start)
	if k := len(s.out) - 1; k >= 0 && q.Kind.Compared() && q.Kind != Month {
		a := &s.out[k]
		am := s.meta[k]
		sameKind := a.Kind == q.Kind && a.Currency == q.Currency && a.Points == q.Points
		// A fraction in words ("fell by a third to 12 million") is
		// the change, not a range's first bound.
		fraction := a.Spelled && math.Abs(a.Value) < 1
		if a.Kind.Compared() && a.Kind != Month && a.Range == 0 && !fraction && (am.bare || sameKind) && am.end <= start && s.rangeGap(am.end, start, am.between) {
			a.Range, q.Range = 1, 2
			if am.bare && math.Abs(a.Value) <= math.Abs(q.Value/q.Scale) {
				inherited := false
				if q.Scale != 1 {
					a.Value *= q.Scale
					if a.Alt != nil {
						a.Alt.Value *= q.Scale
					}
					a.Scale, a.ScaleText = q.Scale, q.ScaleText
					inherited = true
				}
				if a.Unit == "" && q.Unit != "" {
					a.Unit = q.Unit
				}
				if q.Kind == Percent || q.Kind == Money {
					a.Kind, a.Currency = q.Kind, q.Currency
					inherited = true
				}
				if inherited && a.Kind == Year {
					a.Kind = Count
				}
			}
			if shared := sharedThousands(a, q); shared > 1 && am.bare && s.dashBetween(am.end, start) {
				a.Value *= shared // "12-15 000": twelve to fifteen thousand
				if a.Alt != nil {
					a.Alt.Value *= shared
				}
			}
		}
	}
	s.out = append(s.out, q)
	s.meta = append(s.meta, m)
}

// monthRange makes the bare number before q, a month written as its
// number and a month sign ("6月", "6월"), a month too when a range's dash
// or word joins them: "4～6月期" is April to June, not 4 and June.
func (s *scanner) monthRange(q Quantity, start int) {
	k := len(s.out) - 1
	if k < 0 || q.Kind != Month || q.Text == "" || !isDigit([]rune(q.Text)[0]) {
		return
	}
	a, am := &s.out[k], s.meta[k]
	if a.Kind == Count && am.bare && a.Decimals == 0 && a.Value >= 1 && a.Value < q.Value && am.end <= start && s.rangeGap(am.end, start, false) {
		a.Kind = Month
	}
}

// dashBetween reports whether the runes rs[a:b] are a dash alone, spaces
// aside: "12-15 000", not "от 5 до 10 000", which may mean five roubles.
func (s *scanner) dashBetween(a, b int) bool {
	dash := false
	for _, r := range s.rs[a:b] {
		switch {
		case r == '-' || r == '–' || r == '—':
			dash = true
		case !isSpace(r):
			return false
		}
	}
	return dash
}

// sharedThousands returns the factor the first bound a of a range shares
// with the second, q, when q is written in groups of thousands and a, a
// plain whole number, is less than q's leading group ("12-15 000",
// "12-15,000": twelve to fifteen thousand); 1 otherwise.
func sharedThousands(a *Quantity, q Quantity) float64 {
	if a.Decimals != 0 || a.Scale != 1 || q.Scale != 1 || a.Value < 1 || strings.ContainsAny(a.Text, " .,'\u00a0\u202f") {
		return 1
	}
	groups := strings.FieldsFunc(q.Text, func(r rune) bool { return strings.ContainsRune(" .,'\u00a0\u202f", r) })
	if len(groups) < 2 {
		return 1
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return 1
		}
	}
	shared := math.Pow(1000, float64(len(groups)-1))
	lead := math.Floor(q.Value / shared)
	if a.Value >= lead || a.Value != math.Trunc(a.Value) {
		return 1
	}
	return shared
}

// feetThenInches joins q, a whole number of inches, to the whole number of
// feet just before it ("5 feet 5 inches", "5 футов 5 дюймов", "5英尺5英寸",
// "5 feet and 11 inches"), and reports whether it did.
func (s *scanner) feetThenInches(q Quantity, m meta, start int) bool {
	k := len(s.out) - 1
	if k < 0 || q.Unit != "in" || q.Kind != Count || q.Decimals != 0 || q.Value >= 12 || q.Range != 0 {
		return false
	}
	a := &s.out[k]
	if a.Unit != "ft" || a.Kind != Count || a.Decimals != 0 || a.Range != 0 || a.Compound {
		return false
	}
	for p := s.meta[k].end; p < start; p++ {
		if e, end := s.l.and.at(s.rs, p); e != nil && end <= start {
			p = end - 1 // "5 feet and 11 inches"
			continue
		}
		if !isSpace(s.rs[p]) && !strings.ContainsRune(",、-ו", s.rs[p]) {
			return false // ו- is Hebrew "and", glued: "5 רגל ו-6 אינץ'"
		}
	}
	a.Value = a.Value*12 + q.Value
	a.Unit, a.Compound = "in", true
	a.Span.End, a.Num = q.Span.End, Span{a.Span.Start, q.Span.End}
	a.Text = asciiDigits(s.rs[s.off2rune(a.Span.Start):s.off2rune(a.Span.End)])
	s.meta[k].end = m.end
	return true
}

// rangeGap reports whether rs[a:b] joins two range bounds: a dash, or a
// "to" word, or the "and" of "between A and B".
func (s *scanner) rangeGap(a, b int, between bool) bool {
	for a < b && isSpace(s.rs[a]) {
		a++
	}
	for b > a && isSpace(s.rs[b-1]) {
		b--
	}
	if b-a == 1 && isDash(s.rs[a]) {
		return true
	}
	if b <= a {
		return false
	}
	if e, k := s.l.rangeTo.at(s.rs, a); e != nil && k == b {
		return true
	}
	if between {
		if e, k := s.l.and.at(s.rs, a); e != nil && k == b {
			return true
		}
	}
	return false
}

func (s *scanner) betweenBefore(start int) bool {
	k := s.skipSpaceBack(start)
	_, st := s.l.between.before(s.rs, k)
	return st < k
}

// lastEnd returns the rune index after the last emitted quantity.
func (s *scanner) lastEnd() int {
	if len(s.meta) == 0 {
		return 0
	}
	return s.meta[len(s.meta)-1].end
}

// emitOther appends a quantity of a kind that is not compared by value.
func (s *scanner) emitOther(a, b int, kind Kind) int {
	q := Quantity{Kind: kind, Span: s.span(a, b), Num: s.span(a, b), Scale: 1}
	q.Text = asciiDigits(s.rs[a:b])
	if kind == Time {
		q.Half = s.l.halfDay(q.Text) // 午後2時, 2:05 μ.μ.
	}
	if g, _ := s.digitsAt(s.firstDigit(a, b)); g != "" {
		q.Value, _ = strconv.ParseFloat(g, 64)
	}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: b})
	return b
}

func (s *scanner) firstDigit(a, b int) int {
	for k := a; k < b; k++ {
		if isDigit(s.rs[k]) {
			return k
		}
	}
	return b
}

func asciiDigits(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if d := digitVal(r); d >= 0 {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// codeBefore reports whether a currency code of three capitals, or a
// symbol of two letters, is glued before the digits at i as a word of its
// own: "JPY1,089", "Rp1,5 triliun", "RM1.5 bilion"; not "AUSD5".
func (s *scanner) codeBefore(i int) bool {
	rs := s.rs
	e, st := s.l.symbols.before(rs, i)
	if e == nil || st < s.lastEnd() || i-st < 2 || i-st > 3 || st > 0 && cased(rs[st-1]) {
		return false
	}
	for k, r := range rs[st:i] {
		if r < 'A' || r > 'Z' && (i-st == 3 || k == 0 || r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// identifier emits the letter-and-digit token around rs[i].
func (s *scanner) identifier(i int) int {
	rs := s.rs
	tokenRune := func(k int) bool { return isAlnum(rs[k]) || unicode.IsMark(rs[k]) }
	joiner := func(r rune) bool { return r == '-' || r == '_' || r == '.' }
	a := i
	floor := s.lastEnd()
	for a > floor && !s.skip[a-1] && (tokenRune(a-1) && !isCJK(rs[a-1]) || a > 1 && joiner(rs[a-1]) && tokenRune(a-2) && !isCJK(rs[a-2])) {
		a--
	}
	b := i
	for b < len(rs) && (tokenRune(b) && !isCJK(rs[b]) || b+1 < len(rs) && joiner(rs[b]) && tokenRune(b+1) && !isCJK(rs[b+1])) {
		b++
	}
	q := Quantity{Kind: Identifier, Span: s.span(a, b), Num: s.span(a, b), Scale: 1, Text: asciiDigits(rs[a:b])}
	if g, _ := s.digitsAt(i); g != "" {
		q.Value, _ = strconv.ParseFloat(g, 64)
	}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: b})
	return b
}

// chain reads digit groups joined by sep from rs[j] (a sep) on and
// returns the number of groups, counting the one before j, and the end.
func (s *scanner) chain(j int, sep rune) (int, int) {
	parts := 1
	for j+1 < len(s.rs) && s.rs[j] == sep && isDigit(s.rs[j+1]) {
		_, m := s.digitsAt(j + 1)
		parts++
		j = m
	}
	return parts, j
}

// phone returns the end of a phone number starting with the digit at i
// after a '+', or i when what follows does not look like one. Groups are
// joined by up to three marks: "+7 (495) 229 62 01", "+1 - 555".
func (s *scanner) phone(i int) int {
	digits, gaps, end := 0, 0, i
	for k := i; k < len(s.rs); k++ {
		if isDigit(s.rs[k]) {
			digits++
			end = k + 1
			continue
		}
		m := k
		for m < len(s.rs) && m-k < 4 && isPhoneGap(s.rs[m]) {
			m++
		}
		if m == k || m-k > 3 || m == len(s.rs) || !isDigit(s.rs[m]) {
			break
		}
		gaps++
		k = m - 1
	}
	if digits >= 8 && gaps >= 1 {
		return end
	}
	return i
}

func isPhoneGap(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' || r == '/' }

func (s *scanner) afterTimeWord(k int) int {
	if e, m := s.l.timeWords.at(s.rs, s.skipSpace(k)); e != nil {
		if e2, m2 := s.l.timeWords.at(s.rs, s.skipSpace(m)); e2 != nil {
			return m2 // "8 Uhr abends", "8.30 de la tarde": the half of the day is read with it
		}
		return m
	}
	return k
}

func attachedScale(suf string, money bool) float64 {
	for _, a := range common.attachedScales {
		if a.text == suf && (money || !a.moneyOnly) {
			return a.mult
		}
	}
	return 0
}

func isUnit(suf string) bool { return common.unitSuffixes[suf] }

// myriadChain reads CJK scale characters at p that multiply: 千万, 万亿.
func (s *scanner) myriadChain(p int) (float64, string, int) {
	scale, text := 1.0, ""
	for p < len(s.rs) {
		e, k := s.l.scales.at(s.rs, p)
		if e == nil || (scale > 1 && e.val <= scale) {
			break
		}
		// 千瓦 is a kilowatt and 千米 a kilometre: a unit prefix, not a scale.
		if k < len(s.rs) && strings.ContainsRune(cjkUnitAfterScale[s.rs[p]], s.rs[k]) {
			break
		}
		scale *= e.val
		text += e.text
		p = k
	}
	return scale, text, p
}

// skipGap skips one space, or a hyphen that joins a compound
// ("126,5-Millionen-Dollar", "15-foot").
func (s *scanner) skipGap(k int) int {
	if k < len(s.rs) && s.rs[k] == '-' && k+1 < len(s.rs) && unicode.IsLetter(s.rs[k+1]) {
		return k + 1
	}
	return s.skipSpace(k)
}

// unitAt reads a unit name or symbol after the number ending at k.
func (s *scanner) unitAt(k int) (string, int) {
	if s.hyphenOrdinalAt(k) {
		return "", k // "на 4-м этаже": on the fourth floor, not 4 m
	}
	for _, p := range []int{k, s.skipGap(k)} {
		if e, end := s.l.unitNames.at(s.rs, p); e != nil {
			if p == k && cased(s.rs[k]) {
				continue // letters glued to the digits were judged already
			}
			if s.countsTimes(p) {
				return "", k
			}
			return e.code, end
		}
	}
	return "", k
}

// hourPart reads at i a time of day said as a part of an hour beside the
// hour, the lexicon's hour-part words and an hour from 1 to 12 in words
// or digits: "half past eight" (8:30), "a quarter to nine" (8:45), German
// "halb neun" (8:30), Czech "čtvrt na devět" (8:15). It returns the index
// after it, or i.
func (s *scanner) hourPart(i int) int {
	rs := s.rs
	e, k := s.l.hourParts.at(rs, i)
	if e == nil {
		return i
	}
	p := s.skipSpace(k)
	if p == k {
		return i
	}
	var h float64
	end := p
	if w, k2 := s.l.words.at(rs, p); w != nil {
		h, end = w.val, k2
	} else if g, k2 := s.digitsAt(p); len(g) > 0 && len(g) <= 2 && (k2+1 >= len(rs) || !isDigit(rs[k2+1])) {
		n, _ := strconv.Atoi(g)
		h, end = float64(n), k2
	}
	if h < 1 || h > 12 || h != math.Trunc(h) || end < len(rs) && (unicode.IsLetter(rs[end]) || isDigit(rs[end])) {
		return i
	}
	// "fell by a quarter to 12 million": a share and an amount, no time.
	if g := s.skipGap(end); s.countedAt(g) {
		return i
	}
	v := math.Mod(h+e.val+24, 24)
	q := Quantity{Kind: Time, Span: s.span(i, end), Num: s.span(i, end), Value: v, Scale: 1, Text: string(rs[i:end]), Spelled: true}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: end})
	return end
}

// countedAt reports whether a scale word, a percent word, a currency or a
// unit stands at p: what a number before it counts.
func (s *scanner) countedAt(p int) bool {
	l := s.l
	for _, m := range []*matcher{l.scales, l.percent, l.currencies, l.unitNames} {
		if e, _ := m.at(s.rs, p); e != nil {
			return true
		}
	}
	return p < len(s.rs) && s.rs[p] == '%'
}

// hyphenOrdinalAt reports whether a hyphen at k is followed by a whole
// word the lexicon gives as an ordinal's ending (hyphen-ordinal: -м, -й).
func (s *scanner) hyphenOrdinalAt(k int) bool {
	rs := s.rs
	if k >= len(rs) || rs[k] != '-' || len(s.l.d.hyphenOrdinals) == 0 {
		return false
	}
	end := k + 1
	for end < len(rs) && unicode.IsLetter(rs[end]) {
		end++
	}
	return end > k+1 && slices.Contains(s.l.d.hyphenOrdinals, strings.ToLower(string(rs[k+1:end])))
}

// countsTimes reports whether the unit word at p counts times here, as
// the lexicon's times-counter says: "１度も" is "even once", not a degree.
func (s *scanner) countsTimes(p int) bool {
	for _, w := range s.l.d.timesCounters {
		if hasRunesAt(s.rs, p, w) {
			return true
		}
	}
	return false
}

// hasRunesAt reports whether rs holds w at p.
func hasRunesAt(rs []rune, p int, w string) bool {
	for _, r := range w {
		if p >= len(rs) || rs[p] != r {
			return false
		}
		p++
	}
	return true
}

// skipSpace skips one space character at k.
func (s *scanner) skipSpace(k int) int {
	if k < len(s.rs) && isSpace(s.rs[k]) {
		return k + 1
	}
	return k
}

func (s *scanner) skipSpaceBack(k int) int {
	if k > 0 && isSpace(s.rs[k-1]) {
		return k - 1
	}
	return k
}

// wordEndingAt returns the letters just before rs[end].
func (s *scanner) wordEndingAt(end int) string {
	k := end
	for k > 0 && (unicode.IsLetter(s.rs[k-1]) || unicode.IsMark(s.rs[k-1])) {
		k--
	}
	return string(s.rs[k:end])
}

// label returns the capitalised word separated from the number at start by
// one space, as in "Quest 3", or "".
func (s *scanner) label(start int) string {
	if start < 2 || !isSpace(s.rs[start-1]) {
		return ""
	}
	w := []rune(s.wordEndingAt(start - 1))
	if len(w) < 2 || !cased(w[0]) {
		return ""
	}
	if e, k := s.l.months.at(s.rs, start-1-len(w)); e != nil && k == start-1 {
		return "" // May 5 is a date
	}
	if k := start - 1 - len(w); k > 0 && (isDigit(s.rs[k-1]) || s.rs[k-1] == '-' || s.rs[k-1] == '_') {
		return ""
	}
	if unicode.IsUpper(w[0]) || unicode.IsTitle(w[0]) {
		return string(w)
	}
	for _, r := range w[1:] {
		if unicode.IsUpper(r) {
			return string(w) // iPhone, eBay
		}
	}
	return ""
}

// sentenceStart reports whether the word at k opens a sentence.
func (s *scanner) sentenceStart(k int) bool {
	for k > 0 && isSpace(s.rs[k-1]) {
		k--
	}
	return k == 0 || strings.ContainsRune(".!?:;\n\r\"“”„«»(", s.rs[k-1])
}

// monthsInside reads the month names inside the run of letters i..j of a
// script written without spaces ("ในเดือนเมษายน", in the month of April),
// and the number phrases of longPhrase letters or more ("ราวหนึ่งในสาม",
// about a third), and returns where the run or the last of them read
// ends. Not a number word alone: Thai number words hide inside other
// words (สาม, three, in สามารถ); a phrase that long is none's part.
func (s *scanner) monthsInside(i, j int) int {
	for k := i + 1; k < j; k++ {
		if e, end := s.l.words.at(s.rs, k); e != nil && end-k >= longPhrase {
			if w := s.word(k); w > k {
				k = w - 1
				j = max(j, w)
				continue
			}
		}
		e, end := s.l.months.at(s.rs, k)
		if e == nil || s.l.monthNeedsNum[strings.ToLower(e.text)] && !s.nextToDigit(k, end) {
			continue
		}
		s.out = append(s.out, Quantity{Kind: Month, Span: s.span(k, end), Num: s.span(k, end), Value: e.val, Scale: 1, Text: string(s.rs[k:end])})
		s.meta = append(s.meta, meta{end: end})
		k = end - 1
		j = max(j, end)
	}
	return j
}

// longPhrase is the least length, in runes, of a number phrase that
// monthsInside reads inside a run of letters.
const longPhrase = 8

// word reads a month name or a spelled-out number at the word starting at
// i, and returns the index after it, or i.
func (s *scanner) word(i int) int {
	rs := s.rs
	l := s.l
	if k := s.wordQuarter(i); k > i {
		return k
	}
	if k := s.dayWord(i); k > i {
		return k
	}
	if k := s.hourPart(i); k > i {
		return k
	}
	if e, k := l.clockWords.at(rs, i); e != nil {
		// "noon", "midnight": an hour named, a time of day.
		q := Quantity{Kind: Time, Span: s.span(i, k), Num: s.span(i, k), Value: e.val, Scale: 1, Text: string(rs[i:k]), Spelled: true}
		s.out = append(s.out, q)
		s.meta = append(s.meta, meta{end: k})
		return k
	}
	if e, k := l.months.at(rs, i); e != nil {
		if !l.monthNeedsNum[strings.ToLower(e.text)] || s.nextToDigit(i, k) || s.afterDayWord(i) {
			q := Quantity{Kind: Month, Span: s.span(i, k), Num: s.span(i, k), Value: e.val, Scale: 1, Text: string(rs[i:k])}
			s.out = append(s.out, q)
			s.meta = append(s.meta, meta{end: k})
			return k
		}
	}
	if q, k, ok := s.roman(i); ok {
		s.out = append(s.out, q)
		s.meta = append(s.meta, meta{end: k})
		return k
	}
	e, k := l.words.at(rs, i)
	if e != nil && k-i < longPhrase && k < len(rs) && unspacedScript(rs[k-1]) && unspacedScript(rs[k]) {
		// A Thai number word glued to more letters is as often the start
		// of another word (สาม, three, in สามารถ, can): left alone; a
		// long phrase is not (see monthsInside).
		e = nil
	}
	// הרביעית: the fourth; والعشرين, and the twenty: up to
	// maxPrefixLetters letters glued before a number word. Not a hundred
	// or more: המאה is also "the century", האלף "the millennium".
	for p := i; e == nil && p < i+maxPrefixLetters && p+1 < len(rs) && strings.ContainsRune(l.d.wordPrefixes, rs[p]); p++ {
		if e2, k2 := l.words.at(rs, p+1); e2 != nil && e2.val < 100 {
			e, k = e2, k2
		}
	}
	unitOnly := false
	if e == nil {
		e, k = l.unitWords.at(rs, i)
		unitOnly = e != nil
	}
	if e == nil {
		if v, k, ok := s.compoundWord(i); ok {
			return s.emitSpelled(i, k, v) // čtrnáctiletá: 14-year-old
		}
		return i
	}
	v := e.val
	// Compounds joined by a hyphen: twenty-five, dix-sept.
	if k+1 < len(rs) && rs[k] == '-' && v >= 10 && v < 100 && math.Mod(v, 10) == 0 {
		if e2, k2 := l.words.at(rs, k+1); e2 != nil && e2.val < 10 && e2.val >= 1 {
			v += e2.val
			k = k2
		}
	}
	q := Quantity{Kind: Count, Value: v, Scale: 1, Spelled: true, Text: string(rs[i:k]), Num: s.span(i, k)}
	if p := s.skipSpace(k); p > k && v == math.Trunc(v) {
		if e2, k2 := l.andHalf.at(rs, p); e2 != nil {
			q.Value, q.Decimals, k = v+0.5, 1, k2 // "two and a half", "три с половиной"
			q.Text, q.Num = string(rs[i:k]), s.span(i, k)
		}
	}
	if e2, k2 := l.scales.at(rs, s.skipGap(k)); e2 != nil && !l.d.myriad && !e2.moneyOnly {
		q.Scale, q.ScaleText, k = e2.val, e2.text, k2
		q.Value *= e2.val
	}
	if e2, k2 := l.points.at(rs, s.skipGap(k)); e2 != nil {
		q.Kind, q.Points, k = Percent, true, k2
	} else if e2, k2 := l.percent.at(rs, s.skipGap(k)); e2 != nil {
		q.Kind, k = Percent, k2
	} else if e2, k2 := l.currencies.at(rs, s.skipGap(k)); e2 != nil {
		q.Kind, q.Currency, q.Cur, k = Money, e2.code, s.span(s.skipGap(k), k2), k2
	} else if u, k2 := s.unitAt(k); u != "" {
		q.Unit, k = u, k2
	}
	if unitOnly && q.Unit == "" && q.Kind != Money {
		return i // חצי גמר is a semi-final; חצי שקל half a shekel
	}
	q.Span = s.span(i, k)
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: k})
	return k
}

// roman reads a Roman numeral at i where its context makes it one, and
// returns it with the index after it. Capital letters are words and
// acronyms far more often than numbers ("I", "CD", "MIX", "DC"), so a
// numeral must be written in canonical form and stand in one of these
// places:
//
//   - next to the word for century ("siglo XV", "XXe siècle"): a Count,
//     an ordinal;
//   - after a year word ("anno MMXXV", "A.D. MCMXC"), or, in Latin text,
//     by itself when it has four letters or more and a year's value
//     ("MMXXV"): a Year;
//   - after a capitalised word, as in "Ludwig XIV", "World War II",
//     "Super Bowl LVIII": part of a name, an Identifier with that Label.
//     Only numerals of two letters or more made of I, V, X and L, up to
//     89, count there: "I" is a pronoun, "Model X" a letter, and "Neue
//     CD", "Washington DC" or "Advocate ML" are acronyms.
func (s *scanner) roman(i int) (Quantity, int, bool) {
	rs := s.rs
	k := i
	for k < len(rs) && romanDigit(rs[k]) > 0 {
		k++
	}
	if k == i {
		return Quantity{}, i, false
	}
	end := k
	for end < len(rs) && unicode.IsLower(rs[end]) {
		end++
	}
	if end < len(rs) && (unicode.IsLetter(rs[end]) || unicode.IsMark(rs[end]) || isDigit(rs[end])) {
		return Quantity{}, i, false
	}
	if end > k && !s.l.ordinals[string(rs[k:end])] {
		return Quantity{}, i, false
	}
	v := canonicalRoman(rs[i:k])
	if v == 0 {
		return Quantity{}, i, false
	}
	q := Quantity{Kind: Count, Value: float64(v), Scale: 1, Text: string(rs[i:end]), Spelled: true,
		Span: s.span(i, end), Num: s.span(i, end)}
	if v <= 30 && s.nextToCentury(i, end) {
		q.Ordinal, q.Century = true, v <= 21
		return q, end, true
	}
	if end > k {
		return Quantity{}, i, false
	}
	prev := s.skipSpaceBack(i)
	if e, st := s.l.yearBefore.before(rs, prev); e != nil && prev < i && st >= s.lastEnd() && v >= 1000 && v < 2200 {
		q.Kind = Year
		return q, k, true
	}
	if s.shouting(i, k) {
		return Quantity{}, i, false
	}
	if v >= 1000 && v < 2200 {
		if s.l.latin && k-i >= 4 {
			q.Kind = Year
			return q, k, true
		}
	}
	if label := s.label(i); label != "" && k-i >= 2 && v < 90 && strings.Trim(string(rs[i:k]), "IVXL") == "" {
		q.Kind, q.Label = Identifier, label
		return q, k, true
	}
	return Quantity{}, i, false
}

// nextToCentury reports whether the word for century is next to rs[i:end].
func (s *scanner) nextToCentury(i, end int) bool {
	rs := s.rs
	dot := end
	if dot < len(rs) && rs[dot] == '.' {
		dot++ // "XV. Jahrhundert"
	}
	next := s.skipSpace(dot)
	if e, _ := s.l.centuries.at(rs, next); e != nil && next > dot {
		return true
	}
	prev := s.skipSpaceBack(i)
	if e, _ := s.l.centuries.before(rs, prev); e != nil && prev < i {
		return true
	}
	if prev < i {
		// A stem such as "век*" cannot match backwards: try the word.
		w := s.wordEndingAt(prev)
		if e, k2 := s.l.centuries.at(rs, prev-len([]rune(w))); e != nil && k2 == prev {
			return true
		}
	}
	return false
}

// shouting reports whether a word next to rs[i:k] is written in capitals
// too: in "THE MIX OF" or "VON DER LEYEN" capitals are a typeface.
func (s *scanner) shouting(i, k int) bool {
	caps := func(w []rune) bool {
		if len(w) < 2 {
			return false
		}
		for _, r := range w {
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	if p := s.skipSpaceBack(i); p < i && caps([]rune(s.wordEndingAt(p))) {
		return true
	}
	if p := s.skipSpace(k); p > k {
		q := p
		for q < len(s.rs) && unicode.IsLetter(s.rs[q]) {
			q++
		}
		return caps(s.rs[p:q])
	}
	return false
}

func romanDigit(r rune) int {
	switch r {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func romanValue(rs []rune) float64 {
	total := 0
	for i, r := range rs {
		v := romanDigit(r)
		if i+1 < len(rs) && romanDigit(rs[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return float64(total)
}

// canonicalRoman returns the value of a Roman numeral written in canonical
// form (XIV, MMXXV), or 0 for other letters ("IIII", "IC", "VX", "MIM").
func canonicalRoman(rs []rune) int {
	if len(rs) == 0 || len(rs) > 15 {
		return 0
	}
	v := int(romanValue(rs))
	if v < 1 || v > 3999 || toRoman(v) != string(rs) {
		return 0
	}
	return v
}

// toRoman writes v (1 to 3999) as a canonical Roman numeral.
func toRoman(v int) string {
	var b strings.Builder
	for _, p := range [...]struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
		{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.v {
			b.WriteString(p.s)
			v -= p.v
		}
	}
	return b.String()
}

// vulgarValue returns the value of a vulgar fraction character (½, ¾,
// ⅓), or 0.
func vulgarValue(r rune) float64 {
	switch r {
	case '½':
		return 1.0 / 2
	case '⅓':
		return 1.0 / 3
	case '⅔':
		return 2.0 / 3
	case '¼':
		return 1.0 / 4
	case '¾':
		return 3.0 / 4
	case '⅕':
		return 1.0 / 5
	case '⅖':
		return 2.0 / 5
	case '⅗':
		return 3.0 / 5
	case '⅘':
		return 4.0 / 5
	case '⅙':
		return 1.0 / 6
	case '⅚':
		return 5.0 / 6
	case '⅐':
		return 1.0 / 7
	case '⅛':
		return 1.0 / 8
	case '⅜':
		return 3.0 / 8
	case '⅝':
		return 5.0 / 8
	case '⅞':
		return 7.0 / 8
	case '⅑':
		return 1.0 / 9
	case '⅒':
		return 1.0 / 10
	}
	return 0
}

func isFracSlash(r rune) bool { return r == '/' || r == '⁄' }

// fraction reads a fraction whose first digits are rs[i:j]: "3/4", "1⁄2"
// (U+2044, the fraction slash), or a whole number and a fraction, "1 1/2",
// "2½", "1 ½". With '/' only a proper fraction with a denominator up to 10
// counts: "24/7", "9/11", "50/50" and "3/4/2025" are not fractions, and
// digits around it ("2024/3/4", "1/2.5", "10:1/2") make it something else.
func (s *scanner) fraction(i, j int, raw rawNum) (float64, int, bool) {
	rs := s.rs
	n := len(rs)
	if len(raw.seps) != 0 || len(raw.groups[0]) > 1 && raw.groups[0][0] == '0' {
		return 0, i, false
	}
	if i > 0 && (isFracSlash(rs[i-1]) || rs[i-1] == ':' || i > 1 && isSepCandidate(rs[i-1]) && !isSpace(rs[i-1]) && isDigit(rs[i-2])) {
		return 0, i, false
	}
	if v, k, ok := s.simpleFraction(raw.groups[0], j); ok {
		return v, k, true
	}
	whole, err := strconv.ParseFloat(raw.groups[0], 64)
	if err != nil {
		return 0, i, false
	}
	p := j
	if p < n && isSpace(rs[p]) {
		p++
	}
	if p < n && vulgarValue(rs[p]) > 0 && (p+1 >= n || !isAlnum(rs[p+1])) {
		return whole + vulgarValue(rs[p]), p + 1, true
	}
	if p > j && p < n && isDigit(rs[p]) {
		g, m := s.digitsAt(p)
		if v, k, ok := s.simpleFraction(g, m); ok && v < 1 {
			return whole + v, k, true
		}
	}
	return 0, i, false
}

// simpleFraction reads the slash and denominator after the numerator a,
// which ends at j.
func (s *scanner) simpleFraction(a string, j int) (float64, int, bool) {
	rs := s.rs
	n := len(rs)
	if j+1 >= n || !isFracSlash(rs[j]) || !isDigit(rs[j+1]) || s.skip[j+1] {
		return 0, j, false
	}
	b, m := s.digitsAt(j + 1)
	if m+1 < n && (isFracSlash(rs[m]) || rs[m] == ':' || rs[m] == '-' || isSepCandidate(rs[m])) && isDigit(rs[m+1]) {
		return 0, j, false
	}
	if len(a) > 3 || len(b) > 3 || len(a) > 1 && a[0] == '0' || b[0] == '0' {
		return 0, j, false
	}
	num, _ := strconv.Atoi(a)
	den, _ := strconv.Atoi(b)
	if rs[j] == '/' && (num < 1 || num >= den || den > 10) || den < 2 {
		return 0, j, false
	}
	return float64(num) / float64(den), m, true
}

// fracDecimals returns how many decimals show a fraction's value: 2 for
// 3/4, 1 for 1/2, and 2 for 1/3, which has no end.
func fracDecimals(v float64) int {
	for d := 0; d <= 3; d++ {
		x := v * math.Pow10(d)
		if math.Abs(x-math.Round(x)) < 1e-9 {
			return d
		}
	}
	return 2
}

// fractionText writes a fraction with ASCII digits and '/' for the
// fraction slash.
func fractionText(rs []rune) string {
	return strings.ReplaceAll(asciiDigits(rs), "⁄", "/")
}

// vulgar reads a vulgar fraction character standing by itself: "¾ der
// Befragten", "½ Liter".
func (s *scanner) vulgar(i int) int {
	rs := s.rs
	if i > 0 && (unicode.IsLetter(rs[i-1]) || isDigit(rs[i-1])) || i+1 < len(rs) && isAlnum(rs[i+1]) {
		return i + 1 // glued to a word or a code: "x½", "½3"
	}
	v := vulgarValue(rs[i])
	q := Quantity{Kind: Count, Value: v, Decimals: fracDecimals(v), Scale: 1, Fraction: true, Text: string(rs[i])}
	end := i + 1
	if u, k := s.unitAt(end); u != "" {
		q.Unit, end = u, k
	}
	q.Label = s.label(i)
	if q.Label != "" && !s.sentenceStart(i-1-len([]rune(q.Label))) {
		q.Kind = Identifier // "Größe 9½" is a size, "Teil ½" no amount
	}
	q.Span, q.Num = s.span(i, end), s.span(i, i+1)
	s.emit(q, meta{end: end, bare: q.Unit == ""}, i)
	return end
}

// enclosedRanges are the runs of Unicode's enclosed numbers (circled,
// parenthesised, with a full stop, negative circled), each from its
// first value: ② is step 2, ⑵ item 2.
var enclosedRanges = []struct {
	lo, hi rune
	first  int
}{
	{0x2460, 0x2473, 1},  // ①–⑳
	{0x2474, 0x2487, 1},  // ⑴–⒇
	{0x2488, 0x249B, 1},  // ⒈–⒛
	{0x24EB, 0x24F4, 11}, // ⓫–⓴
	{0x24F5, 0x24FE, 1},  // ⓵–⓾
	{0x2776, 0x277F, 1},  // ❶–❿
	{0x2780, 0x2789, 1},  // ➀–➉
	{0x278A, 0x2793, 1},  // ➊–➓
	{0x3251, 0x325F, 21}, // ㉑–㉟
	{0x32B1, 0x32BF, 36}, // ㊱–㊿
}

// enclosedValue returns the value of an enclosed number, or 0.
func enclosedValue(r rune) int {
	for _, e := range enclosedRanges {
		if e.lo <= r && r <= e.hi {
			return e.first + int(r-e.lo)
		}
	}
	return 0
}

// enclosed emits the enclosed number at i as a count written as a
// symbol: it pairs with the same value on the other side ("手順②", "step
// 2"), but its absence there says nothing, as a translation numbers a
// list its own way or not at all.
func (s *scanner) enclosed(i int) int {
	v := enclosedValue(s.rs[i])
	q := Quantity{Kind: Count, Value: float64(v), Scale: 1, Spelled: true, Text: string(s.rs[i])}
	q.Span, q.Num = s.span(i, i+1), s.span(i, i+1)
	s.emit(q, meta{end: i + 1, bare: true}, i)
	return i + 1
}

func (s *scanner) nextToDigit(a, b int) bool {
	if k := s.skipSpace(b); k < len(s.rs) && isDigit(s.rs[k]) {
		return true
	}
	if k := s.skipSpaceBack(a); k > 0 && (isDigit(s.rs[k-1]) || s.rs[k-1] == '.' && k > 1 && isDigit(s.rs[k-2])) {
		return true
	}
	return false
}

// dayWord reads a spelled-out ordinal at i as the day of the month named
// right after it ("am ersten November", "the first of November", "el
// primero de mayo") or right before it ("November first"), and returns
// the index after it, or i. Elsewhere most of these words are no
// numbers ("the first time").
func (s *scanner) dayWord(i int) int {
	e, k := s.l.dayWords.at(s.rs, i)
	if e == nil || k < len(s.rs) && unicode.IsLetter(s.rs[k]) {
		return i
	}
	if !s.monthFollows(k) && !s.monthBefore(i) {
		return i
	}
	q := Quantity{Kind: Count, Value: e.val, Scale: 1, Spelled: true, Ordinal: true, Text: string(s.rs[i:k]), Span: s.span(i, k), Num: s.span(i, k)}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: k})
	return k
}

// monthFollows reports whether a month name follows k, past a space and
// maybe the language's word between a day and its month (day-of in the
// lexicon: "the first of November", "primero de mayo").
func (s *scanner) monthFollows(k int) bool {
	p := s.skipSpace(k)
	if p == k {
		return false
	}
	if e, end := s.l.dayOf.at(s.rs, p); e != nil && end < len(s.rs) && isSpace(s.rs[end]) {
		p = end + 1
	}
	e, _ := s.l.months.at(s.rs, p)
	return e != nil
}

// monthBefore reports whether the last quantity read is a month name
// that ends a space before i ("November first").
func (s *scanner) monthBefore(i int) bool {
	if len(s.out) == 0 {
		return false
	}
	last := s.out[len(s.out)-1]
	return last.Kind == Month && s.meta[len(s.meta)-1].end == s.skipSpaceBack(i) && s.skipSpaceBack(i) < i
}

// afterDayWord reports whether the last quantity read is a spelled day
// that a link and this month name follow ("the first of May", where May
// alone is no month).
func (s *scanner) afterDayWord(i int) bool {
	if len(s.out) == 0 {
		return false
	}
	last := s.out[len(s.out)-1]
	return last.Kind == Count && last.Ordinal && last.Spelled && s.monthFollows(s.meta[len(s.meta)-1].end) && i-s.meta[len(s.meta)-1].end <= 4
}

// cjkWord reads a number written in Chinese characters (二十五, 两千万) at
// i, for ja and zh, and returns the index after it, or i.
func (s *scanner) cjkWord(i int) int {
	rs := s.rs
	l := s.l
	if _, k := l.percentBefore.at(rs, i); k > i && k < len(rs) && isDigit(rs[k]) {
		return k // the number after it reads the prefix itself
	}
	if e, k := l.words.at(rs, i); e != nil && !(k < len(rs) && endsInHalf(rs[i:k]) && strings.ContainsRune(l.d.counters, rs[k])) {
		return s.emitSpelled(i, k, e.val) // 一半, 절반: half
	}
	if !l.d.myriad || l.name == "ko" {
		return i
	}
	// 第二季度: an ordinal quarter in characters.
	if rs[i] == '第' && i+2 < len(rs) {
		if d, ok := cjkDigits[rs[i+1]]; ok && d >= 1 && d <= 4 {
			if e, k := l.quarterAfter.at(rs, i+2); e != nil {
				return s.emitQuarter(i, k, d)
			}
		}
	}
	k := cjkRun(rs, i)
	if k == i && s.loneUnit(i) {
		k = i + 1 // 千円, 百人: a hundred, a thousand without 一
		if strings.ContainsRune("万萬亿億", rs[k]) {
			k++ // 千亿美元: a hundred billion dollars
		}
	}
	if k == i {
		return i
	}
	if k == i+1 && rs[i] == '一' && (k == len(rs) || rs[k] != '月') && !s.counterHalf(k) {
		// A lone 一 is mostly "a" (一个, 一些, 一起), as "one" is in
		// English, which is not read either.
		return k
	}
	if end, ok := s.numeralInWord(i, k); ok {
		return end // 四川, 三星, 二进制, 十分重要: part of a word, no count
	}
	if vagueNumeral(rs, i, k) {
		return k // 几十, 数百, 十几: "dozens", "hundreds", "ten-odd", no value
	}
	if p := approxPair(rs[i:k]); p >= 0 {
		return s.cjkApprox(i, k, i+p)
	}
	v := cjkValue(rs[i:k])
	if end, ok := s.centuryDecades(i, k, v); ok {
		return end
	}
	if f, end := s.cjkWordFraction(k, v); end > k {
		return s.emitFraction(i, end, f) // 三分之一: a third
	}
	kind := s.cjkKind(i)
	end := k
	scale := 1.0
	if kind == Count && v >= 1 && v <= 12 && v == math.Trunc(v) && k < len(rs) && rs[k] == '月' {
		kind, end = Month, k+1
	}
	if t := s.tenthAt(k, v); kind == Count && t > k {
		kind, end, scale, v = Percent, t, 10, v*10 // 三成: 30 %
	}
	q := Quantity{Kind: kind, Span: s.span(i, end), Num: s.span(i, k), Value: v, Scale: scale, Text: string(rs[i:k]), Spelled: true}
	if scale != 1 {
		q.ScaleText = string(rs[k:end])
	}
	if kind == Count && s.counterHalf(k) {
		q.Value, q.Decimals = v+0.5, 1 // 两年半, 一个半月
	}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: end})
	return end
}

// loneUnit reports whether 百 or 千 alone at i counts, as before the
// characters of the lexicon's lone-unit-before (千円, 百人); before any
// other it opens a word (千葉, 百合, 千代田).
func (s *scanner) loneUnit(i int) bool {
	rs := s.rs
	if i+1 >= len(rs) || (rs[i] != '百' && rs[i] != '千') || !strings.ContainsRune(s.l.d.loneUnitBefore, rs[i+1]) {
		return false
	}
	// 二千, 数千 are read whole where they start, "3 千人" is three;
	// after another character of a numeral the unit is part of it. After
	// any other word it counts: 香港百人 (a hundred Hong Kong people),
	// 上千人 (up to a thousand).
	p := s.skipSpaceBack(i)
	if p == 0 {
		return true
	}
	_, digit := cjkDigits[rs[p-1]]
	_, unit := cjkUnits[rs[p-1]]
	return !isDigit(rs[p-1]) && !digit && !unit && !strings.ContainsRune("万萬亿億数數几幾两兩", rs[p-1])
}

// cjkWordFraction reads the numerator of a fraction in characters after
// the denominator den ended at k: 三分之一, 二分の一. It returns the value
// and the end, or k when there is none.
func (s *scanner) cjkWordFraction(k int, den float64) (float64, int) {
	rs := s.rs
	if k+2 >= len(rs) || rs[k] != '分' || rs[k+1] != '之' && rs[k+1] != 'の' {
		return 0, k
	}
	e := cjkRun(rs, k+2)
	num := cjkValue(rs[k+2 : e])
	if e == k+2 || num < 1 || num >= den {
		return 0, k
	}
	return num / den, e
}

// emitFraction emits a fraction in words read at rs[i:k].
func (s *scanner) emitFraction(i, k int, v float64) int {
	q := Quantity{Kind: Count, Span: s.span(i, k), Num: s.span(i, k), Value: v, Scale: 1, Text: string(s.rs[i:k]), Spelled: true, Fraction: true}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: k})
	return k
}

// tenthAt returns the end of a word for tenths at k after the number v
// (3割, 三成: 30 %), or k. The word must end a word of its own, be
// followed by what qualifies a proportion (以上, 左右, 多, 至, 引), or
// by a noun it does not open: 成 also opens words (成本, 成员, 成立) that
// the number only counts, which the language's gloss lexicon lists, where
// 三成受访者 is 30 % of those asked. Kana after it are particles
// (5割くらい).
func (s *scanner) tenthAt(k int, v float64) int {
	rs := s.rs
	e, end := s.l.tenths.at(rs, k)
	if e == nil || v <= 0 || v > 10 {
		return k
	}
	if end < len(rs) && unicode.Is(unicode.Han, rs[end]) && !strings.ContainsRune(tenthFollowers, rs[end]) &&
		s.opensWord(end-1, end+1) {
		return k
	}
	return end
}

// opensWord reports whether rs[i:j] is a word of the language's gloss
// lexicon, or may be one: without a lexicon, any.
func (s *scanner) opensWord(i, j int) bool {
	lex := gloss.For(language.Make(s.l.name))
	return lex == nil || lex.Has(string(s.rs[i:j]))
}

// compoundWord reads an adjective made of a number word and a stem of the
// lexicon's compound-suffix list, with an ending of at most four letters:
// Czech čtrnáctiletá (14-year-old) and desetiměsíční (10-month-old) of
// the genitive čtrnácti, deseti; třiadvacetiletý of tři, "a" and the
// genitive dvaceti (23). The number must read whole ("letadlo" is no
// compound of anything) and be below 100: století is a century, no
// 100-year span.
func (s *scanner) compoundWord(i int) (float64, int, bool) {
	rs := s.rs
	if len(s.l.d.compoundSuffixes) == 0 || i > 0 && unicode.IsLetter(rs[i-1]) {
		return 0, i, false
	}
	k := i
	for k < len(rs) && (unicode.IsLetter(rs[k]) || innerApostrophe(rs, k)) {
		k++
	}
	word := strings.ToLower(string(rs[i:k]))
	for _, suf := range s.l.d.compoundSuffixes {
		at := strings.LastIndex(word, suf)
		if at <= 0 || len([]rune(word[at+len(suf):])) > 4 {
			continue
		}
		// A whole number of years: not století (century), tisíciletí,
		// nor čtvrtletí, a quarter of a year.
		if v, ok := s.numberWord(word[:at]); ok && v < 100 && v >= 1 && v == math.Trunc(v) {
			return v, k, true
		}
	}
	return 0, i, false
}

// innerApostrophe reports whether rs[k] is an apostrophe between two
// letters, part of a word (Ukrainian п'ятирічний, five-year).
func innerApostrophe(rs []rune, k int) bool {
	return k > 0 && k+1 < len(rs) && strings.ContainsRune("'ʼ’", rs[k]) && unicode.IsLetter(rs[k-1]) && unicode.IsLetter(rs[k+1])
}

// numberWord reads w as one number word of the language, or as units, an
// "a" and tens (třiadvaceti: 3 and 20).
func (s *scanner) numberWord(w string) (float64, bool) {
	if v, ok := s.l.d.words[w]; ok {
		return v, true
	}
	for p := 1; p+1 < len(w); p++ {
		if w[p] != 'a' {
			continue
		}
		u, okU := s.l.d.words[w[:p]]
		t, okT := s.l.d.words[w[p+1:]]
		if okU && okT && u >= 1 && u <= 9 && u == math.Trunc(u) && t >= 20 && t <= 90 && math.Mod(t, 10) == 0 {
			return t + u, true
		}
	}
	return 0, false
}

// endsInHalf reports whether a word ends in 半: before a counter the half
// is the counter's (近半年, nearly half a year), read with it.
func endsInHalf(w []rune) bool { return len(w) > 1 && w[len(w)-1] == '半' }

// numeralInWord reports whether the numeral rs[i:k] is part of a word
// rather than a count, and where that word ends: a numeral counts with a
// counter after it (三个, 五年, 二つ), but one character of numeral
// before another character opens a word (四川, 三星, 二进制, 七上八下),
// as does a lexicon's numeral-word (十分重要 "very important"). An
// ordinal (第三), a numeral of several characters (二十, 三千), or one
// before a digit, kana of a unit, punctuation or the end stays a number.
func (s *scanner) numeralInWord(i, k int) (int, bool) {
	d := s.l.d
	if d.counters == "" {
		return k, false
	}
	rs := s.rs
	end := k
	listed := false
	for _, w := range d.numeralWords {
		if n := utf8.RuneCountInString(w); i+n <= len(rs) && string(rs[i:i+n]) == w {
			end, listed = i+n, true
			break
		}
	}
	if !listed && (end-i > 1 || i > 0 && rs[i-1] == '第') {
		return k, false
	}
	if end >= len(rs) || !wordCharCJK(rs[end]) || strings.ContainsRune(d.counters, rs[end]) {
		return k, false
	}
	return end, true
}

// wordCharCJK reports whether r can continue a word after a numeral: a
// Han character or hiragana. Katakana after a numeral spell a unit (キロ,
// ドル).
func wordCharCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r))
}

// vagueNumeral reports whether the numeral rs[i:k] is made vague by 几 or
// 数 before it (几十 "dozens", 数百 "hundreds") or 几 after it (十几
// "ten-odd").
func vagueNumeral(rs []rune, i, k int) bool {
	return i > 0 && (rs[i-1] == '几' || rs[i-1] == '幾' || rs[i-1] == '数' || rs[i-1] == '數') ||
		k < len(rs) && (rs[k] == '几' || rs[k] == '幾')
}

// cjkRun returns the end of the run of Chinese-character digits and
// multipliers at i, or i when there is no digit.
func cjkRun(rs []rune, i int) int {
	k := i
	digits := false
	for k < len(rs) {
		r := rs[k]
		if _, ok := cjkDigits[r]; ok || r == '十' {
			digits = true
		} else if _, ok := cjkUnits[r]; !ok && !strings.ContainsRune("万萬亿億", r) {
			break
		}
		k++
	}
	if !digits {
		return i
	}
	return k
}

// cjkKind is Percent after 百分之, else Count.
func (s *scanner) cjkKind(i int) Kind {
	if _, st := s.l.percentBefore.before(s.rs, i); st < i {
		return Percent
	}
	return Count
}

// approxPair returns the index in rs of two neighbouring digits that make
// an approximate number, the second one more than the first (两三 "two or
// three", 八九十 "eighty or ninety", 一万六七千), or -1. Longer runs of
// digits are positional numbers (一九八九).
func approxPair(rs []rune) int {
	for p := 0; p+1 < len(rs); p++ {
		a, okA := cjkDigits[rs[p]]
		b, okB := cjkDigits[rs[p+1]]
		if !okA || !okB || a < 1 || b != a+1 {
			continue
		}
		_, before := cjkDigits[rs[max(p-1, 0)]]
		_, after := cjkDigits[rs[min(p+2, len(rs)-1)]]
		if (p == 0 || !before) && (p+2 == len(rs) || !after) {
			return p
		}
	}
	return -1
}

// cjkApprox emits the approximate number rs[i:k], whose digit pair is at
// p, as a range of its two readings: 两三 is 2 to 3.
func (s *scanner) cjkApprox(i, k, p int) int {
	rs := s.rs
	lo := cjkValue(slices.Concat(rs[i:p+1], rs[p+2:k]))
	hi := cjkValue(slices.Concat(rs[i:p], rs[p+1:k]))
	if end, ok := s.centuryDecades(i, k, lo, hi); ok {
		return end
	}
	kind := s.cjkKind(i)
	for n, v := range []float64{lo, hi} {
		q := Quantity{Kind: kind, Span: s.span(i, k), Num: s.span(i, k), Value: v, Scale: 1, Text: string(rs[i:k]), Spelled: true, Range: n + 1}
		s.out = append(s.out, q)
		s.meta = append(s.meta, meta{end: k})
	}
	return k
}

// centuryDecades reads the decades vals, written at rs[i:k] before a
// decade word (年代), of the century read just before them: 19世纪八九十年代
// is the 1880s and 1890s. The century's number becomes part of the years.
func (s *scanner) centuryDecades(i, k int, vals ...float64) (int, bool) {
	end := literalAt(s.rs, k, s.l.d.decades)
	_, st := s.l.centuries.before(s.rs, i)
	last := len(s.out) - 1
	if end == k || st == i || last < 0 || s.meta[last].end != st {
		return 0, false
	}
	c := s.out[last]
	if c.Kind != Count || c.Value < 1 || c.Value > 21 || c.Value != math.Trunc(c.Value) {
		return 0, false
	}
	for _, v := range vals {
		if v < 10 || v > 90 || math.Mod(v, 10) != 0 {
			return 0, false
		}
	}
	s.out, s.meta = s.out[:last], s.meta[:last]
	for n, v := range vals {
		q := Quantity{Kind: Year, Span: Span{c.Span.Start, s.off[end]}, Num: s.span(i, k), Value: (c.Value-1)*100 + v,
			Scale: 1, Text: string(s.rs[i:k]), Spelled: true}
		if len(vals) == 2 {
			q.Range = n + 1
		}
		s.out = append(s.out, q)
		s.meta = append(s.meta, meta{end: end})
	}
	return end, true
}

// literalAt returns the end of the first of ws written at rs[p:], or p.
func literalAt(rs []rune, p int, ws []string) int {
	for _, w := range ws {
		n := len([]rune(w))
		if p+n <= len(rs) && string(rs[p:p+n]) == w {
			return p + n
		}
	}
	return p
}

// emitSpelled emits the number word rs[i:k] of value v as a count.
func (s *scanner) emitSpelled(i, k int, v float64) int {
	q := Quantity{Kind: Count, Span: s.span(i, k), Num: s.span(i, k), Value: v, Scale: 1, Text: string(s.rs[i:k]), Spelled: true}
	s.out = append(s.out, q)
	s.meta = append(s.meta, meta{end: k})
	return k
}

func cjkValue(rs []rune) float64 {
	total, section, num := 0.0, 0.0, 0.0
	prevDigit := false
	for _, r := range rs {
		if d, ok := cjkDigits[r]; ok {
			if prevDigit {
				num = num*10 + float64(d)
			} else {
				num = float64(d)
			}
			prevDigit = true
			continue
		}
		prevDigit = false
		if u, ok := cjkUnits[r]; ok {
			if num == 0 {
				num = 1
			}
			section += num * u
			num = 0
			continue
		}
		if r == '亿' || r == '億' {
			if total+section+num == 0 {
				num = 1
			}
			total = (total + section + num) * 1e8
		} else { // 万, 萬
			if section+num == 0 {
				num = 1
			}
			total += (section + num) * 1e4
		}
		section, num = 0, 0
	}
	return total + section + num
}
