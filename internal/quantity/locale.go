package quantity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"golang.org/x/text/unicode/norm"
)

// locale is a localeData compiled into matchers. Compiled locales are built
// once, at package initialisation, and only read afterwards.
type locale struct {
	name string
	d    *localeData

	otherDecimal rune   // the decimal separator of the other convention
	otherGroups  string // its grouping separators

	scales, percent, percentBefore, currencies, symbols                           *matcher
	rangeTo, between, and, timeWords, hourWords, clockBefore, words, months, eras *matcher
	times, timesVague, timesMore                                                  *matcher
	centuries, unitNames, points, pointsAfterPct, basisPoints                     *matcher
	quarterAfter, quarterBefore, quarterGlued, ordWords                           *matcher
	dayWords, dayOf                                                               *matcher // dayOrdinals, dayOf
	yearBefore, clockZones, tenths, andHalf, clockWords, unitWords, hourParts     *matcher
	latin                                                                         bool // Roman numerals are Latin's own numbers
	ordinals, prefixes                                                            map[string]bool
	monthNeedsNum                                                                 map[string]bool
}

// universalGroups separate groups of three in any language.
const universalGroups = "\u00a0\u202f\u2009'’"

// arabicDecimal and arabicGroup are the Arabic decimal and thousands
// separators: that in every language that writes them (Arabic, Persian,
// Urdu), whatever its own convention.
const arabicDecimal, arabicGroup = '٫', '٬'

// onDemand builds a value per name the first time it is asked for, once
// however many goroutines ask: a run needs the tables of two or three of
// the languages crossread knows, and building all of them cost most of a
// check's start.
type onDemand[T any] struct {
	m     sync.Map // string → func() T
	build func(name string) T
}

func (o *onDemand[T]) get(name string) T {
	f, ok := o.m.Load(name)
	if !ok {
		f, _ = o.m.LoadOrStore(name, sync.OnceValue(func() T { return o.build(name) }))
	}
	return f.(func() T)()
}

// cldrTables holds the CLDR tables by locale.
var cldrTables = onDemand[*cldrLocale]{build: cldrTable}

// cldrFor returns the CLDR tables of locale name.
func cldrFor(name string) (*cldrLocale, bool) {
	c := cldrTables.get(name)
	return c, c != nil
}

// compiledLocales holds the compiled locales by name.
var compiledLocales = onDemand[*locale]{build: func(name string) *locale {
	d, ok := localeDataFor(name)
	if !ok {
		return nil
	}
	return compile(name, d)
}}

// compiled returns the tables of the locale called name.
func compiled(name string) (*locale, bool) {
	l := compiledLocales.get(name)
	return l, l != nil
}

func compile(name string, d *localeData) *locale {
	l := &locale{name: name, d: d, latin: name == "la"}
	if d.decimal == ',' {
		l.otherDecimal, l.otherGroups = '.', ","+universalGroups
	} else {
		l.otherDecimal, l.otherGroups = ',', "."+universalGroups
	}
	l.d = &localeData{}
	*l.d = *d
	l.d.groups = d.groups + universalGroups
	var sc []entry
	for _, w := range d.scales {
		sc = append(sc, entry{text: w.text, val: w.mult, moneyOnly: w.moneyOnly})
	}
	l.scales = newMatcher(sc, true)
	l.percent = newMatcher(plain(d.percent), true)
	l.percentBefore = newMatcher(plain(d.percentBefore), true)
	var cur []entry
	for _, c := range d.currencies {
		cur = append(cur, entry{text: c.text, code: c.code})
	}
	l.currencies = newMatcher(cur, true)
	// The language's own symbols first: ¥ is CNY in zh but JPY in en.
	var sym []entry
	own := map[string]bool{}
	for _, c := range d.symbols {
		sym = append(sym, entry{text: c.text, code: c.code})
		own[c.text] = true
	}
	for _, c := range common.symbols {
		if !own[c.text] {
			sym = append(sym, entry{text: c.text, code: c.code})
		}
	}
	l.symbols = newMatcher(sym, false)
	l.rangeTo = newMatcher(plain(d.rangeTo), true)
	l.between = newMatcher(plain(d.between), true)
	l.and = newMatcher(plain(d.and), true)
	l.timeWords = newMatcher(plain(d.timeWords), true)
	l.hourWords = newMatcher(plain(append([]string{"h"}, d.hourWords...)), true)
	l.clockBefore = newMatcher(plain(d.clockBefore), true)
	l.times = newMatcher(plain(d.times), true)
	l.timesVague = newMatcher(plain(d.timesVague), true)
	l.timesMore = newMatcher(plain(d.timesMore), true)
	l.words = newMatcher(valued(d.words), true)
	var ms []entry
	for i, forms := range d.months {
		for _, f := range forms {
			ms = append(ms, entry{text: f, val: float64(i + 1)})
		}
	}
	l.months = newMatcher(ms, false)
	var es []entry
	for _, e := range d.eras {
		es = append(es, entry{text: e.name, val: float64(e.offset)})
	}
	l.eras = newMatcher(es, false)
	l.centuries = newMatcher(plain(d.centuries), true)
	var us []entry
	for _, u := range d.units {
		us = append(us, entry{text: u.text, code: u.unit})
	}
	l.unitNames = newMatcher(us, false)
	l.points = newMatcher(plain(d.points), true)
	l.pointsAfterPct = newMatcher(plain(d.pointsAfterPct), true)
	l.basisPoints = newMatcher(plain(d.basisPoints), false) // as written: "10 PB" are petabytes, "10 pb" basis points
	l.quarterAfter = newMatcher(plain(d.quarterAfter), true)
	l.quarterBefore = newMatcher(plain(d.quarterBefore), true)
	l.quarterGlued = newMatcher(plain(d.quarterGlued), false)
	l.ordWords = newMatcher(valued(d.ordinalWords), true)
	l.dayWords = newMatcher(valued(d.dayOrdinals), true)
	l.dayOf = newMatcher(plain(d.dayOf), true)
	// Case matters: "AD MMXXV" is a year, Latin "ad" is "to".
	l.yearBefore = newMatcher(plain(common.yearBefore), false)
	l.clockZones = newMatcher(plain(common.clockZones), false)
	l.tenths = newMatcher(plain(d.tenths), false)
	l.andHalf = newMatcher(plain(d.andHalf), true)
	l.clockWords = newMatcher(valued(d.clockWords), true)
	l.hourParts = newMatcher(valued(d.hourParts), true)
	l.unitWords = newMatcher(valued(d.unitWords), true)
	l.ordinals = set(d.ordinals)
	l.prefixes = set(d.prefixes)
	l.monthNeedsNum = set(d.monthNeedsNum)
	return l
}

// valued turns words and their values into matcher entries.
func valued(m map[string]float64) []entry {
	out := make([]entry, 0, len(m))
	for w, v := range m {
		out = append(out, entry{text: w, val: v})
	}
	return out
}

func plain(ws []string) []entry {
	var es []entry
	for _, w := range ws {
		es = append(es, entry{text: w})
	}
	return es
}

func set(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

// localeFor returns the compiled tables for tag. A language without
// tables of its own gets English words with its own CLDR separators:
// Dutch "100.000" is a hundred thousand, not a hundred.
func localeFor(tag language.Tag) *locale {
	if l, ok := compiled(localeName(tag)); ok {
		return l
	}
	return fallbackFor(tag)
}

// Knows reports whether crossread has number words and conventions of its
// own for lang, rather than English words read with lang's separators.
func Knows(lang language.Tag) bool {
	_, ok := cldrFor(localeName(lang))
	return ok
}

// fallbacks caches the tables fallbackFor builds, by language.
var fallbacks sync.Map // string → *locale

func fallbackFor(tag language.Tag) *locale {
	name := localeName(tag)
	if l, ok := fallbacks.Load(name); ok {
		return l.(*locale)
	}
	en, _ := compiled("en")
	dec, grp := Separators(language.Make(name))
	if dec == en.d.decimal && (grp == 0 || strings.ContainsRune(en.d.groups, grp)) {
		fallbacks.Store(name, en)
		return en
	}
	d := *en.d
	d.decimal, d.group, d.groups = dec, grp, string(grp)
	l, _ := fallbacks.LoadOrStore(name, compile(name, &d))
	return l.(*locale)
}

// localeName returns the name of the tables that would serve tag: its
// language, or zh-Hant or pt-PT.
func localeName(tag language.Tag) string {
	base, _ := tag.Base()
	name := base.String()
	switch name {
	case "zh":
		if script, _ := tag.Script(); script.String() == "Hant" {
			name = "zh-Hant"
		}
	case "pt":
		if region, _ := tag.Region(); region.String() != "BR" && region.String() != "ZZ" {
			name = "pt-PT" // pt-PT, pt-AO, pt-MZ... write bilião and mil milhões
		}
	}
	return name
}

// separators caches Separators by tag.
var separators sync.Map // language.Tag → [2]rune

// Separators returns the decimal and grouping separators lang writes
// numbers with, by CLDR, without loading the lexicons, so that it is
// cheap. The tables of this package (CLDR 48) answer for the languages
// they hold; x/text's CLDR data (release 32) answers for the other
// languages and for regions whose convention differs from their
// language's (de-CH and it-CH write 1’234.5, es-MX 1,234.5).
func Separators(lang language.Tag) (decimal, group rune) {
	if v, ok := separators.Load(lang); ok {
		s := v.([2]rune)
		return s[0], s[1]
	}
	name := localeName(lang)
	decimal, group = printedSeparators(lang)
	if c, ok := cldrFor(name); ok {
		if d, g := printedSeparators(language.Make(name)); d == decimal && g == group {
			decimal, group = c.decimal, c.group
		}
	}
	separators.Store(lang, [2]rune{decimal, group})
	return decimal, group
}

// printedSeparators reads the separators off a number x/text formats for
// lang. x/text's CLDR has Norwegian as nb only.
func printedSeparators(lang language.Tag) (decimal, group rune) {
	if base, _ := lang.Base(); base.String() == "no" {
		lang = language.Make("nb")
	}
	var seps []rune
	for _, r := range message.NewPrinter(lang).Sprint(number.Decimal(1234567.5)) {
		if !unicode.IsDigit(r) && !unicode.Is(unicode.Cf, r) {
			seps = append(seps, r)
		}
	}
	switch len(seps) {
	case 0:
		return '.', 0
	case 1:
		return seps[0], 0 // no grouping
	}
	return seps[len(seps)-1], seps[0]
}

// entry is one word-list item.
type entry struct {
	text string
	val  float64
	code string

	r         []rune
	stem      bool
	moneyOnly bool // a scale abbreviation read only after a currency sign
	boundary  bool // a letter must not follow (or, for matches before a number, precede)
}

// matcher finds list entries at a rune position.
type matcher struct {
	entries []entry // longest first
	fold    bool    // compare case-insensitively
	// byRunes holds the indexes of entries in the order of their runes
	// (spaces as ' '), so that the entries a text has at a position are
	// found by narrowing a range rune by rune, in time that grows with
	// the longest entry, not with the number of entries that share a first
	// letter (the spelled-out numbers of a language run to a thousand). A
	// sorted list needs no node per rune: building the tries it replaced
	// was most of the cost of a language's tables.
	byRunes []int32
	// byLast holds the indexes of entries by their last rune, then in
	// the order of entries (longest first).
	byLast []int32
	// ascii holds, for each ASCII rune, the range of byRunes whose first
	// rune it is: the first step of every look-up, done without searching.
	ascii [utf8.RuneSelf][2]int32
}

func newMatcher(es []entry, fold bool) *matcher {
	m := &matcher{fold: fold}
	type seenKey struct {
		key  string
		stem bool
	}
	seen := make(map[seenKey]bool, len(es))
	found := make([]entry, 0, len(es))
	for _, e := range es {
		var buf [3]string
		for _, form := range spellings(e.text, buf[:0]) {
			stem := strings.HasSuffix(form, "*")
			form = strings.TrimSuffix(form, "*")
			key := form
			if fold {
				key = strings.ToLower(form)
			}
			if form == "" || seen[seenKey{key, stem}] {
				continue
			}
			seen[seenKey{key, stem}] = true
			c := e
			c.text = form
			c.r = []rune(key)
			c.stem = stem
			c.boundary = wordy(c.r[len(c.r)-1]) || wordy(c.r[0])
			found = append(found, c)
		}
	}
	// Longest first. Sorting indexes, not the entries: moving entries
	// cost a fifth of building a language's tables.
	order := make([]int, len(found))
	for i := range order {
		order[i] = i
	}
	// The index breaks ties: the order of a stable sort, at the cost of
	// an unstable one.
	slices.SortFunc(order, func(i, j int) int {
		a, b := &found[i], &found[j]
		if len(a.r) != len(b.r) {
			return len(b.r) - len(a.r)
		}
		if c := strings.Compare(a.text, b.text); c != 0 {
			return c
		}
		return i - j
	})
	m.entries = make([]entry, len(found))
	for k, i := range order {
		m.entries[k] = found[i]
	}
	m.byRunes = make([]int32, len(m.entries))
	m.byLast = make([]int32, len(m.entries))
	for k := range m.entries {
		m.byRunes[k], m.byLast[k] = int32(k), int32(k)
	}
	slices.SortFunc(m.byRunes, func(i, j int32) int {
		if c := compareKeys(m.entries[i].r, m.entries[j].r); c != 0 {
			return c
		}
		return int(i - j)
	})
	for k, i := range m.byRunes {
		if c := spaceKey(m.entries[i].r[0]); c < utf8.RuneSelf {
			if m.ascii[c][1] == 0 {
				m.ascii[c][0] = int32(k)
			}
			m.ascii[c][1] = int32(k + 1)
		}
	}
	slices.SortFunc(m.byLast, func(i, j int32) int {
		if c := cmp.Compare(m.lastRune(i), m.lastRune(j)); c != 0 {
			return c
		}
		return int(i - j)
	})
	return m
}

func (m *matcher) lastRune(k int32) rune { r := m.entries[k].r; return r[len(r)-1] }

// compareKeys orders rune keys as byRunes does: rune by rune, spaces as
// ' ', a key before the longer keys it starts.
func compareKeys(a, b []rune) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if x, y := a[i], b[i]; x != y {
			if c := cmp.Compare(spaceKey(x), spaceKey(y)); c != 0 {
				return c
			}
		}
	}
	return cmp.Compare(len(a), len(b))
}

// spellings returns the forms of s a text may use: as written, composed
// and decomposed ("ä" is one rune or two). ASCII has one form.
func spellings(s string, out []string) []string {
	out = append(out, s)
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// Most words are in one form already (Cyrillic without й or
			// ё): the quick check, which allocates nothing, says so.
			for _, f := range [...]norm.Form{norm.NFC, norm.NFD} {
				if f.QuickSpanString(s) < len(s) {
					if t := f.String(s); t != s {
						out = append(out, t)
					}
				}
			}
			break
		}
	}
	return out
}

func (m *matcher) key(r rune) rune {
	if m.fold {
		return unicode.ToLower(r)
	}
	return r
}

// wordy reports whether r belongs to a script that separates words with
// spaces, so that list entries must end at a word boundary. Han, kana and
// Hangul attach particles and counters directly, and Thai, Lao, Khmer and
// Burmese write no spaces between words ("3,200 ล้านดอลลาร์").
func wordy(r rune) bool {
	if !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return false
	}
	return !isCJK(r) && !unspacedScript(r)
}

// unspacedScript reports whether r is of a script other than CJK written
// without spaces between words.
func unspacedScript(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r == 'ー' || r == '々'
}

func (m *matcher) eq(a, b rune) bool {
	if b == ' ' {
		return isSpace(a)
	}
	if m.fold {
		return unicode.ToLower(a) == b
	}
	return a == b
}

// at returns the longest entry that starts at rs[i], and the index just
// after it.
func (m *matcher) at(rs []rune, i int) (*entry, int) {
	if m == nil || i >= len(rs) {
		return nil, i
	}
	// Candidates: the entries whose runes the text has at i, longest
	// first (the order of m.entries).
	var buf [16]int32
	cands := buf[:0]
	// [lo, hi) of byRunes: the entries whose first d runes the text has.
	lo, hi := 0, len(m.byRunes)
	for d := 0; i+d < len(rs) && lo < hi; d++ {
		c := spaceKey(m.key(rs[i+d]))
		// The entries of d runes come first in the range; they end short.
		for lo < hi && len(m.entries[m.byRunes[lo]].r) == d {
			lo++
		}
		if d == 0 && c < utf8.RuneSelf {
			lo, hi = int(m.ascii[c][0]), int(m.ascii[c][1])
		} else {
			lo, hi = m.narrow(lo, hi, d, c)
		}
		for k := lo; k < hi && len(m.entries[m.byRunes[k]].r) == d+1; k++ {
			cands = append(cands, m.byRunes[k])
		}
	}
	slices.Sort(cands)
	for _, k := range cands {
		if end, ok := m.fits(int(k), rs, i); ok {
			return &m.entries[k], end
		}
	}
	return nil, i
}

// fits reports whether entry k is written at rs[i] and ends where a word
// may end, and returns the index just after it.
func (m *matcher) fits(k int, rs []rune, i int) (int, bool) {
	e := &m.entries[k]
	if i+len(e.r) > len(rs) {
		return i, false
	}
	for j, c := range e.r {
		if !m.eq(rs[i+j], c) {
			return i, false
		}
	}
	end := i + len(e.r)
	if e.stem {
		for end < len(rs) && (unicode.IsLetter(rs[end]) || unicode.IsMark(rs[end])) && !isCJK(rs[end]) {
			end++
		}
	}
	if e.boundary && end < len(rs) && wordy(rs[end]) && wordy(rs[end-1]) {
		return i, false
	}
	if e.boundary && end < len(rs) && unicode.IsDigit(rs[end]) && unicode.IsLetter(rs[end-1]) {
		return i, false
	}
	return end, true
}

// narrow returns the part of byRunes[lo:hi], entries of more than d runes
// that agree on their first d, whose rune d is c.
func (m *matcher) narrow(lo, hi, d int, c rune) (int, int) {
	runeAt := func(k int) rune { return spaceKey(m.entries[m.byRunes[k]].r[d]) }
	a := lo + sort.Search(hi-lo, func(k int) bool { return runeAt(lo+k) >= c })
	b := a + sort.Search(hi-a, func(k int) bool { return runeAt(a+k) > c })
	return a, b
}

// before returns the longest entry that ends just before rs[end], and its
// start index. Stems are not matched backwards.
func (m *matcher) before(rs []rune, end int) (*entry, int) {
	if m == nil || end <= 0 || end > len(rs) {
		return nil, end
	}
	last := m.key(rs[end-1])
	from, _ := slices.BinarySearchFunc(m.byLast, last, func(k int32, r rune) int { return cmp.Compare(m.lastRune(k), r) })
	for _, k := range m.byLast[from:] {
		if m.lastRune(k) != last {
			break
		}
		e := &m.entries[k]
		if e.stem {
			continue
		}
		start := end - len(e.r)
		if start < 0 {
			continue
		}
		ok := true
		for j, c := range e.r {
			if !m.eq(rs[start+j], c) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if e.boundary && start > 0 && wordy(rs[start-1]) && wordy(rs[start]) {
			continue
		}
		return e, start
	}
	return nil, end
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u202f', '\u2009', '\u2007', '\u200a', '\t':
		return true
	}
	return false
}

// spaceKey makes every space the same key: an entry's space matches any.
func spaceKey(r rune) rune {
	if isSpace(r) {
		return ' '
	}
	return r
}

// MyriadScale returns the multiplier of the scale words that start s in a
// language that groups large numbers by myriads (Japanese 万 1e4, 億 1e8;
// Chinese 亿, 万亿; Korean 천, 만, 억, as CLDR's compact decimal formats
// list them, and 十, 百, 千), and their length in bytes: a run of rising
// scales multiplies (4千万 is 4e7, 3천만 3e7). It returns 0, 0 when s
// starts with none, with a unit prefix (千瓦 is a kilowatt), or when lang
// counts in thousands. It loads no lexicon, so it is cheap.
func MyriadScale(lang language.Tag, s string) (mult float64, n int) {
	c, ok := cldrFor(localeName(lang))
	if !ok || !slices.ContainsFunc(c.shortScales, func(w scaleWord) bool { return w.mult == 1e4 }) {
		return 0, 0
	}
	mult = 1
	for {
		m, k := scaleAt(c.shortScales, s[n:])
		if k == 0 || n > 0 && m <= mult {
			break // a smaller scale starts the next part: 1億2000万
		}
		r, _ := utf8.DecodeRuneInString(s[n:])
		if next, _ := utf8.DecodeRuneInString(s[n+k:]); strings.ContainsRune(cjkUnitAfterScale[r], next) {
			break
		}
		mult, n = mult*m, n+k
	}
	if n == 0 {
		return 0, 0
	}
	return mult, n
}

// scaleAt returns the multiplier and length of the longest scale word at
// the start of s, among scales and the characters 十, 百, 千.
func scaleAt(scales []scaleWord, s string) (float64, int) {
	var m float64
	k := 0
	for _, w := range scales {
		if len(w.text) > k && strings.HasPrefix(s, w.text) {
			m, k = w.mult, len(w.text)
		}
	}
	if r, size := utf8.DecodeRuneInString(s); k == 0 && cjkUnits[r] > 0 {
		m, k = cjkUnits[r], size
	}
	return m, k
}
