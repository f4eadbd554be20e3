package quantity

// The language data. Each language is one localeData value, built at
// initialisation from two sources: the CLDR tables (cldr_tables.go,
// generated) and the hand-written lexicon of what CLDR does not have
// (lexicon/*.txt, embedded; see lexicon.go). Everything lexical the scanner
// knows about a language is there, so that growing the coverage does not
// touch the scanner.
//
// Word lists are matched case-insensitively at a word boundary, except month
// names, which are matched with the case given. A list entry ending in '*'
// is a stem: any letters may follow ("миллиард*" matches "миллиардов").
// A space inside an entry matches any space character, including U+00A0.

// localeData describes the number conventions of one language.
type localeData struct {
	decimal  rune   // decimal separator
	group    rune   // grouping separator used when formatting
	groups   string // grouping separators accepted when reading
	minGroup int    // CLDR minimumGroupingDigits: 2 leaves 4-digit numbers ungrouped
	indian   bool   // groups of two above the thousands: 12,34,567
	myriad   bool   // CJK: scale characters attach to digits and chain (2.4万, 1億2000万)
	harmony  bool   // an ending's vowels follow the stem's (Turkish milyara, bine): no ending moves to another stem
	// hyphenOrdinals are the endings an ordinal takes after a hyphen
	// (Russian 4-м, 2-й): no unit ("м" is a metre).
	hyphenOrdinals []string

	digits           string             // CLDR default numbering system: "latn", "deva"
	percentSpace     bool               // CLDR writes U+00A0 before the percent sign
	scales           []scaleWord        // after the number: "Milliarden", "万"
	spacedScales     []string           // myriad scales that may follow the number after a space: "1.92 亿"
	scaleInfixes     []string           // "more than" between the number and a myriad scale: 余 in 500余万
	percent          []string           // after the number: "Prozent"
	points           []string           // percentage points after the number: "Prozentpunkte"
	pointsAfterPct   []string           // percentage points right after a percent sign: "p" in "%p"
	basisPoints      []string           // hundredths of a percentage point after the number: "basis points", "基点"
	percentBefore    []string           // before the number: "百分之"
	currencies       []currencyWord     // after the number: "US-Dollar", "美元"
	symbols          []currencyWord     // CLDR currency symbols of the language, before or after the number
	units            []unitWord         // unit names and symbols after the number
	rangeTo          []string           // between two bounds: "to", "bis"
	between          []string           // opens "between A and B"
	and              []string           // the "and" of "between A and B"
	months           [12][]string       // forms of each month name, case-sensitive
	quarters         [4][]string        // the usual name of each quarter, for fixes: "2. Quartal"
	monthFull        [12][]string       // CLDR's wide forms of each month: format (as after a day), then stand-alone when it differs
	monthAbbr        [12][]string       // CLDR's abbreviated forms, in the same order
	weekdays         [7][]string        // CLDR's wide names of the days, Monday first
	weekdayForms     [7][]string        // inflected names the lexicon adds ("среду"), Monday first
	weekdaySuffixes  []string           // glued after a day's name in one word ("s", "abend": Montagabend)
	dateOrder        string             // CLDR short date order: "mdy", "dmy", "ymd"
	monthInflected   bool               // the lexicon lists month forms CLDR lacks (cases: "в марте")
	quarterAfter     []string           // the word for quarter after its ordinal: "Quartal"
	quarterBefore    []string           // the word for quarter before its number: "Kuartal"
	quarterGlued     []string           // glued before the quarter's digit: "Q", "T"
	ordinalWords     map[string]float64 // spelled-out ordinals, read only before a quarter word
	dayOrdinals      map[string]float64 // spelled-out ordinals 1 to 31, read as the day next to a month name
	dayOf            []string           // the word between a spelled day and its month: "of" (the first of May)
	monthNeedsNum    []string           // month forms that are months only next to a number ("May")
	timeWords        []string           // after a number, make it a time of day: "Uhr"
	halfDays         []halfDayWord      // after a time, say its half of the day: "abends"; time words too
	hourWords        []string           // between hours and minutes: "giờ" in "14 giờ 30"
	clockBefore      []string           // before h.mm, make it a time of day, not a day and month: "o 14.05", "в 14.05"
	times            []string           // after a number, make it a multiplier: "times", "mal", "раза"
	timesVague       []string           // a multiplier word read both as "n times as much" and "n times more": "倍"
	timesMore        []string           // after a multiplier word, make it "n times more": "more", "mehr"
	ordinals         []string           // letter suffixes attached to digits that make an ordinal: "th"
	prefixes         []string           // words hyphenated before a number that keep it a number: "mid-2020"
	words            map[string]float64 // spelled-out numbers; ambiguous forms ("one", "ein") are left out
	centuries        []string           // the word for century, next to which Roman numerals are read
	decades          []string           // CJK: after a multiple of ten, makes it a decade (八十年代)
	tenths           []string           // CJK: after a number, makes it tenths, a percentage (3割, 三成: 30 %)
	counters         string             // CJK: characters that may follow a numeral that counts (个, 人, 年, つ); another one makes it part of a word (四川, 三星)
	slashDateAfter   []string           // what may follow a month/day written with a slash: "(水", "現在"
	loneUnitBefore   string             // CJK: characters before which 百 or 千 alone counts (千円, 百人)
	timesCounters    []string           // a unit word and what follows it when it counts times, not a measure: "度も" (even once), not degrees
	numeralWords     []string           // CJK: words opening with a numeral that count nothing unless a counter follows (十分 "very", 万一 "in case")
	clockWords       map[string]float64 // words that name an hour: noon 12, midnight 0
	hourParts        map[string]float64 // words before an hour that add to it: half past +0.5, halb -0.5 (halb neun, 8:30)
	unitWords        map[string]float64 // number words that count only before a unit or currency: he חצי (half) שקל
	wordPrefixes     string             // letters glued before a number word: he ה (the), ו (and), ב (in); ar و ا ل
	percentAsPoints  bool               // the press writes a change of a rate in points with the percent sign (ja 0.25％引き下げ)
	andHalf          []string           // after a whole number, adds a half: "16 וחצי", "2 с половиной" (16.5, 2.5)
	halfAfter        []string           // CJK: counters after which 半 adds a half to the number before them: ２年半, 一个半月 (2.5, 1.5)
	halfWords        []string           // CJK: words that open with 半 and add no half: 半ば, 半導体
	compoundSuffixes []string           // stems glued after a number word to make an adjective: "let" in čtrnáctiletá (14-year-old)
	dayParts         []string           // words for a part of the day next to a time (abends, du soir); listing them says the language writes the 24-hour clock
	eras             []era              // calendar eras written before a year: 令和2年
	yearOffset       float64            // the language's own calendar counts its years so many ahead (th: the Buddhist Era, 2568 for 2025)
	solarMonths      []solarMonth       // months of the Solar Hijri calendar (fa: دی is the tenth), whose dates are read as western ones
}

// solarMonth is the name of a month of the Solar Hijri calendar and its
// number, 1 (Farvardin) to 12 (Esfand).
type solarMonth struct {
	name string
	n    int
}

type scaleWord struct {
	text      string
	mult      float64
	moneyOnly bool // a one-letter abbreviation ("M", "B"): a scale only after a currency sign
	lexicon   bool // from the hand-written lexicon, not CLDR: a reading aid first
	long      bool // CLDR's long form, a word however short ("mil", "bin"), no abbreviation
}

type currencyWord struct {
	text string
	code string // ISO 4217
}

type era struct {
	name   string
	offset int // Gregorian year = offset + era year
}

// cjkDigits are the Chinese-character digits and multipliers read by the
// spelled-number reader of ja and zh.
var cjkDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
	'八': 8, '九': 9,
}

var cjkUnits = map[rune]float64{'十': 10, '百': 100, '千': 1000}

// cjkUnitAfterScale lists, for a scale character, the characters that make
// it a unit prefix instead: 千瓦 (kW), 千米 (km), 百米 (100 m).
var cjkUnitAfterScale = map[rune]string{'千': "瓦米克卡焦帕伏赫字", '百': "米", '兆': "瓦赫字"}

// afternoonWords and morningWords say which half of the day an hour is
// in: before it in Chinese, Japanese, Korean and Hindi (午後2時 is 14:00,
// 午前2時 2:00, दोपहर 2:05 14:05), after it in Greek (2:05 μ.μ.; read as
// a time word of the lexicon). A time read with one holds it in its
// text.
var (
	afternoonWords = []string{"午後", "下午", "晚上", "傍晚", "夜", "오후", "दोपहर", "शाम", "μ.μ."}
	morningWords   = []string{"午前", "上午", "凌晨", "早上", "朝", "오전", "सुबह", "π.μ."}
)

// halfDayWord is a word of a lexicon for the half of the day said after a
// time (half-day: "abends", "de la tarde", "مساءً"), and the half it says.
type halfDayWord struct {
	text string
	half int // 1 afternoon or evening, -1 morning, night: the evening, but twelve is midnight
}

// night is the half of a word for the night ("de la noche"): 9 is 21:00,
// 12 is midnight.
const night = 2

// cjkTimeMarks precede an hour and make it a time of day (下午3点).
var cjkTimeMarks = []string{"日", "号", "上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚", "午前", "午後", "夜", "朝"}

// tenthFollowers may follow a word for tenths (3割以上, 三成左右, 3割引):
// they qualify the proportion, where another character would make the
// word part of a longer one (成本, 成员).
const tenthFollowers = "以左多至到的半余引程弱強强超上下"

// clockAfterDian make the hour before 点 a time of day (6点多 "after six",
// 7点钟, 8点整, 9点左右, 10点前): 点 alone also counts points and items
// (3点建议).
const clockAfterDian = "多钟鐘整左前后後以"

// nakaguroUnits may follow a Japanese decimal written with the middle dot
// (２・５倍, ２・５％), besides katakana and Latin unit letters.
const nakaguroUnits = "％%倍万億兆度㎞㎏㎡ｍｋｇ"
