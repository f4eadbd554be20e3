package quantity

// The language data. Each language is one localeData value; everything
// lexical that the scanner knows about a language is here, so that growing
// the coverage (or generating these tables from CLDR) does not touch the
// scanner.
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

	scales        []scaleWord        // after the number: "Milliarden", "万"
	percent       []string           // after the number: "Prozent"
	percentBefore []string           // before the number: "百分之"
	currencies    []currencyWord     // after the number: "US-Dollar", "美元"
	rangeTo       []string           // between two bounds: "to", "bis"
	between       []string           // opens "between A and B"
	and           []string           // the "and" of "between A and B"
	months        [12][]string       // forms of each month name, case-sensitive
	monthNeedsNum []string           // month forms that are months only next to a number ("May")
	timeWords     []string           // after a number, make it a time of day: "Uhr"
	ordinals      []string           // letter suffixes attached to digits that make an ordinal: "th"
	prefixes      []string           // words hyphenated before a number that keep it a number: "mid-2020"
	words         map[string]float64 // spelled-out numbers; ambiguous forms ("one", "ein") are left out
	centuries     []string           // the word for century, next to which Roman numerals are read
	eras          []era              // calendar eras written before a year: 令和2年
}

type scaleWord struct {
	text string
	mult float64
}

type currencyWord struct {
	text string
	code string // ISO 4217
}

type era struct {
	name   string
	offset int // Gregorian year = offset + era year
}

// commonSymbols are currency signs and codes understood in every language,
// before or after the number.
var commonSymbols = []currencyWord{
	{"US$", "USD"}, {"U.S.$", "USD"}, {"US $", "USD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"},
	{"¥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"}, {"₽", "RUB"}, {"R$", "BRL"}, {"HK$", "HKD"},
	{"A$", "AUD"}, {"C$", "CAD"}, {"NT$", "TWD"}, {"S$", "SGD"}, {"₺", "TRY"}, {"₴", "UAH"},
	{"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"},
	{"INR", "INR"}, {"KRW", "KRW"}, {"RUB", "RUB"}, {"BRL", "BRL"}, {"CHF", "CHF"}, {"HKD", "HKD"},
	{"AUD", "AUD"}, {"CAD", "CAD"}, {"TWD", "TWD"}, {"SGD", "SGD"}, {"PLN", "PLN"}, {"CZK", "CZK"},
	{"SEK", "SEK"}, {"NOK", "NOK"}, {"DKK", "DKK"}, {"IDR", "IDR"}, {"MXN", "MXN"}, {"Rs.", "INR"},
	{"Rs", "INR"}, {"Rp.", "IDR"}, {"Rp", "IDR"}, {"zł", "PLN"}, {"Kč", "CZK"},
}

// attachedScales are scale abbreviations written right after the digits
// ("5bn"); the one-letter ones count only after a currency ("$5m" but "5m").
var attachedScales = []struct {
	text      string
	mult      float64
	moneyOnly bool
}{
	{"bn", 1e9, false}, {"mn", 1e6, false}, {"tn", 1e12, false}, {"mln", 1e6, false}, {"mld", 1e9, false},
	{"k", 1e3, true}, {"K", 1e3, true}, {"m", 1e6, true}, {"M", 1e6, true}, {"b", 1e9, true}, {"B", 1e9, true},
}

// units are letter suffixes written right after the digits that make the
// token a measurement rather than a name ("10km", not "5G"). Case matters.
var units = []string{
	"km", "m", "cm", "mm", "µm", "nm", "kg", "g", "mg", "t", "l", "L", "ml", "mL", "h", "min", "s", "ms",
	"ha", "GB", "MB", "KB", "kB", "TB", "PB", "Gb", "Mb", "GHz", "MHz", "kHz", "Hz", "W", "kW", "MW", "GW",
	"kWh", "MWh", "GWh", "TWh", "V", "kV", "mAh", "mph", "kmh", "ft", "lb", "lbs", "oz", "x", "X", "px", "p",
	"yr", "yrs", "bp", "Mbit", "Gbit", "kbit", "Mbps", "Gbps", "kbps", "MBps", "GiB", "MiB", "TiB",
}

var locales = map[string]*localeData{
	"en": {
		decimal: '.', group: ',', groups: ",", minGroup: 1,
		scales: []scaleWord{
			{"thousand", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"billion", 1e9}, {"billions", 1e9},
			{"trillion", 1e12}, {"trillions", 1e12}, {"bn", 1e9}, {"mn", 1e6}, {"tn", 1e12}, {"mln", 1e6},
			{"lakh", 1e5}, {"lakhs", 1e5}, {"crore", 1e7}, {"crores", 1e7},
		},
		percent: []string{"percent", "per cent", "pct", "percentage points", "percentage point"},
		currencies: []currencyWord{
			{"US dollars", "USD"}, {"U.S. dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
			{"euros", "EUR"}, {"euro", "EUR"}, {"pounds sterling", "GBP"}, {"pounds", "GBP"},
			{"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"rupees", "INR"}, {"rupee", "INR"},
			{"won", "KRW"}, {"rubles", "RUB"}, {"roubles", "RUB"}, {"zlotys", "PLN"}, {"crowns", "CZK"},
			{"cents", "USD"},
		},
		rangeTo: []string{"to", "through"},
		between: []string{"between"},
		and:     []string{"and"},
		months: [12][]string{
			{"January", "Jan."}, {"February", "Feb."}, {"March", "Mar."}, {"April", "Apr."}, {"May"},
			{"June", "Jun."}, {"July", "Jul."}, {"August", "Aug."}, {"September", "Sept.", "Sep."},
			{"October", "Oct."}, {"November", "Nov."}, {"December", "Dec."},
		},
		monthNeedsNum: []string{"May"},
		timeWords:     []string{"a.m.", "p.m.", "am", "pm", "o'clock", "o’clock"},
		ordinals:      []string{"st", "nd", "rd", "th"},
		prefixes:      []string{"mid", "pre", "post", "early", "late", "top", "over", "under", "non", "sub", "ex", "anti", "all", "first", "second", "third"},
		words: map[string]float64{
			"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
			"ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
			"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
			"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
			"second": 2, "twice": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
			"ninth": 9, "tenth": 10, "tenfold": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
			"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
			"half": 0.5,
		},
		centuries: []string{"century", "centuries"},
	},
	"de": {
		decimal: ',', group: '.', groups: ".'’", minGroup: 1,
		scales: []scaleWord{
			{"Tausend", 1e3}, {"Tsd.", 1e3}, {"Tsd", 1e3}, {"Million", 1e6}, {"Millionen", 1e6},
			{"Mio.", 1e6}, {"Mio", 1e6}, {"Milliarde", 1e9}, {"Milliarden", 1e9}, {"Mrd.", 1e9},
			{"Mrd", 1e9}, {"Billion", 1e12}, {"Billionen", 1e12}, {"Bio.", 1e12}, {"Bio", 1e12},
			{"Billiarde", 1e15}, {"Billiarden", 1e15},
		},
		percent: []string{"Prozent", "Prozentpunkte", "Prozentpunkten", "Prozentpunkt", "v. H.", "vH"},
		currencies: []currencyWord{
			{"US-Dollar", "USD"}, {"US-Dollars", "USD"}, {"Dollar", "USD"}, {"Dollars", "USD"},
			{"Euro", "EUR"}, {"Euros", "EUR"}, {"Pfund Sterling", "GBP"}, {"Pfund", "GBP"},
			{"Franken", "CHF"}, {"Yen", "JPY"}, {"Yuan", "CNY"}, {"Renminbi", "CNY"}, {"Rupien", "INR"},
			{"Rubel", "RUB"}, {"Won", "KRW"}, {"Cent", "EUR"},
		},
		rangeTo: []string{"bis"},
		between: []string{"zwischen"},
		and:     []string{"und"},
		months: [12][]string{
			{"Januar", "Jänner", "Jan."}, {"Februar", "Feber", "Feb."}, {"März", "Mär."}, {"April", "Apr."},
			{"Mai"}, {"Juni"}, {"Juli"}, {"August", "Aug."}, {"September", "Sept.", "Sep."},
			{"Oktober", "Okt."}, {"November", "Nov."}, {"Dezember", "Dez."},
		},
		timeWords: []string{"Uhr"},
		ordinals:  []string{"er", "ern"},
		prefixes:  []string{"mitte", "top", "über", "unter", "ab", "bis", "ca", "rund", "fast"},
		words: map[string]float64{
			"null": 0, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
			"zehn": 10, "elf": 11, "zwölf": 12, "Dutzend": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
			"sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
			"vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
			"tausend": 1000, "zweite": 2, "zweiten": 2, "zweiter": 2, "zweites": 2, "zweimal": 2, "viermal": 4, "fünfmal": 5, "zehnmal": 10, "hundertmal": 100, "dritte": 3,
			"dritten": 3, "dritter": 3, "drittes": 3, "dreimal": 3, "vierte": 4, "vierten": 4, "vierter": 4,
			"viertes": 4, "fünfte": 5, "fünften": 5, "fünfter": 5, "sechste": 6, "sechsten": 6, "sechster": 6,
			"siebte": 7, "siebten": 7, "siebter": 7, "achte": 8, "achten": 8, "achter": 8, "neunte": 9, "neunten": 9,
			"zehnte": 10, "zehnten": 10, "zehnfache": 10, "zehnfachen": 10, "zehnfach": 10, "halb": 0.5, "halbe": 0.5,
			"Hälfte": 0.5,
		},
		centuries: []string{"Jahrhundert", "Jahrhunderts", "Jahrhunderte", "Jahrhunderten"},
	},
	"fr": {
		decimal: ',', group: '\u202f', groups: "\u202f\u00a0\u2009 .", minGroup: 1,
		scales: []scaleWord{
			{"mille", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"milliard", 1e9}, {"milliards", 1e9},
			{"Md", 1e9}, {"Mds", 1e9}, {"Mrd", 1e9}, {"billion", 1e12}, {"billions", 1e12},
		},
		percent: []string{"pour cent", "pourcent", "points de pourcentage", "point de pourcentage"},
		currencies: []currencyWord{
			{"de dollars", "USD"}, {"d'euros", "EUR"}, {"d’euros", "EUR"}, {"de livres", "GBP"},
			{"dollars américains", "USD"}, {"dollars", "USD"}, {"dollar", "USD"}, {"euros", "EUR"},
			{"euro", "EUR"}, {"livres sterling", "GBP"}, {"livres", "GBP"}, {"francs", "CHF"},
			{"yens", "JPY"}, {"yen", "JPY"}, {"yuans", "CNY"}, {"roupies", "INR"}, {"roubles", "RUB"},
			{"centimes", "EUR"},
		},
		rangeTo: []string{"à"},
		between: []string{"entre"},
		and:     []string{"et"},
		months: [12][]string{
			{"janvier", "janv."}, {"février", "févr."}, {"mars"}, {"avril", "avr."}, {"mai"}, {"juin"},
			{"juillet", "juil."}, {"août"}, {"septembre", "sept."}, {"octobre", "oct."},
			{"novembre", "nov."}, {"décembre", "déc."},
		},
		ordinals: []string{"e", "er", "re", "ère", "ème", "eme", "es", "èmes", "ers"},
		prefixes: []string{"mi", "top", "post", "pré", "sub", "non"},
		words: map[string]float64{
			"zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
			"dix": 10, "onze": 11, "douze": 12, "douzaine": 12, "treize": 13, "quatorze": 14, "quinze": 15,
			"seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
			"mille": 1000, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
			"sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "moitié": 0.5, "demi": 0.5,
		},
		centuries: []string{"siècle", "siècles"},
	},
	"es": {
		decimal: ',', group: '.', groups: ".\u00a0\u202f", minGroup: 2,
		scales: []scaleWord{
			{"mil millones", 1e9}, {"mil", 1e3}, {"millón", 1e6}, {"millones", 1e6},
			{"millardo", 1e9}, {"millardos", 1e9}, {"billón", 1e12}, {"billones", 1e12},
		},
		percent: []string{"por ciento", "puntos porcentuales", "punto porcentual"},
		currencies: []currencyWord{
			{"de dólares", "USD"}, {"de euros", "EUR"}, {"de pesos", "MXN"},
			{"dólares", "USD"}, {"dólar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"pesos", "MXN"},
			{"libras", "GBP"}, {"yenes", "JPY"}, {"yuanes", "CNY"}, {"rupias", "INR"}, {"rublos", "RUB"},
			{"centavos", "USD"}, {"céntimos", "EUR"},
		},
		rangeTo: []string{"a", "hasta"},
		between: []string{"entre"},
		and:     []string{"y"},
		months: [12][]string{
			{"enero"}, {"febrero"}, {"marzo"}, {"abril"}, {"mayo"}, {"junio"}, {"julio"}, {"agosto"},
			{"septiembre", "setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre"},
		},
		ordinals: []string{"o", "a", "er", "ra"},
		prefixes: []string{"top", "sub", "pre", "post"},
		words: map[string]float64{
			"cero": 0, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
			"diez": 10, "once": 11, "doce": 12, "docena": 12, "trece": 13, "catorce": 14, "quince": 15,
			"dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30,
			"cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
			"segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4,
			"quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
			"noveno": 9, "novena": 9, "décimo": 10, "décima": 10, "mitad": 0.5,
		},
		centuries: []string{"siglo", "siglos"},
	},
	"it": {
		decimal: ',', group: '.', groups: ".\u00a0\u202f'’", minGroup: 2,
		scales: []scaleWord{
			{"mila", 1e3}, {"mille", 1e3}, {"milione", 1e6}, {"milioni", 1e6}, {"mln", 1e6},
			{"mille miliardi", 1e12}, {"miliardo", 1e9}, {"miliardi", 1e9}, {"mld", 1e9}, {"mrd", 1e9},
			{"bilione", 1e12}, {"bilioni", 1e12},
		},
		percent: []string{"per cento", "percento", "punti percentuali", "punto percentuale"},
		currencies: []currencyWord{
			{"dollari", "USD"}, {"dollaro", "USD"}, {"euro", "EUR"}, {"sterline", "GBP"},
			{"franchi", "CHF"}, {"yen", "JPY"}, {"yuan", "CNY"}, {"rupie", "INR"}, {"rubli", "RUB"},
			{"centesimi", "EUR"},
		},
		rangeTo: []string{"a"},
		between: []string{"tra", "fra"},
		and:     []string{"e"},
		months: [12][]string{
			{"gennaio"}, {"febbraio"}, {"marzo"}, {"aprile"}, {"maggio"}, {"giugno"}, {"luglio"},
			{"agosto"}, {"settembre"}, {"ottobre"}, {"novembre"}, {"dicembre"},
		},
		ordinals: []string{"o", "a"},
		prefixes: []string{"top", "sub", "pre", "post"},
		words: map[string]float64{
			"zero": 0, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
			"dieci": 10, "undici": 11, "dodici": 12, "dozzina": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
			"sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30,
			"quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
			"cento": 100, "mille": 1000, "terzo": 3, "terza": 3, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6,
			"settimo": 7, "settima": 7, "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10,
			"metà": 0.5,
		},
		centuries: []string{"secolo", "secoli"},
	},
	"pt": {
		decimal: ',', group: '.', groups: ".\u00a0\u202f ", minGroup: 1,
		scales: []scaleWord{
			{"mil milhões", 1e9}, {"mil", 1e3}, {"milhão", 1e6}, {"milhões", 1e6}, {"bilhão", 1e9},
			{"bilhões", 1e9}, {"bilião", 1e12}, {"biliões", 1e12}, {"trilhão", 1e12}, {"trilhões", 1e12},
			{"trilião", 1e18}, {"triliões", 1e18}, {"mi", 1e6}, {"bi", 1e9}, {"tri", 1e12},
		},
		percent: []string{"por cento", "pontos percentuais", "ponto percentual"},
		currencies: []currencyWord{
			{"de dólares", "USD"}, {"de euros", "EUR"}, {"de reais", "BRL"},
			{"dólares", "USD"}, {"dólar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"reais", "BRL"},
			{"libras", "GBP"}, {"ienes", "JPY"}, {"iuanes", "CNY"}, {"centavos", "BRL"},
		},
		rangeTo: []string{"a", "até"},
		between: []string{"entre"},
		and:     []string{"e"},
		months: [12][]string{
			{"janeiro"}, {"fevereiro"}, {"março"}, {"abril"}, {"maio"}, {"junho"}, {"julho"},
			{"agosto"}, {"setembro"}, {"outubro"}, {"novembro"}, {"dezembro"},
		},
		ordinals: []string{"o", "a"},
		prefixes: []string{"top", "sub", "pré", "pós"},
		words: map[string]float64{
			"zero": 0, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
			"nove": 9, "dez": 10, "onze": 11, "doze": 12, "dúzia": 12, "treze": 13, "catorze": 14, "quatorze": 14,
			"quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
			"dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
			"sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "terceiro": 3, "terceira": 3,
			"quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "décimo": 10, "décima": 10, "metade": 0.5,
		},
		centuries: []string{"século", "séculos"},
	},
	"ru": {
		decimal: ',', group: '\u00a0', groups: "\u00a0\u202f\u2009 ", minGroup: 1,
		scales: []scaleWord{
			{"тыс.", 1e3}, {"тыс", 1e3}, {"тысяч*", 1e3}, {"млн.", 1e6}, {"млн", 1e6}, {"миллион*", 1e6},
			{"млрд.", 1e9}, {"млрд", 1e9}, {"миллиард*", 1e9}, {"трлн.", 1e12}, {"трлн", 1e12},
			{"триллион*", 1e12},
		},
		percent: []string{"процент*", "п.п.", "%"},
		currencies: []currencyWord{
			{"долл.", "USD"}, {"доллар*", "USD"}, {"евро", "EUR"}, {"руб.", "RUB"}, {"рубл*", "RUB"},
			{"фунт*", "GBP"}, {"юан*", "CNY"}, {"иен*", "JPY"}, {"копе*", "RUB"},
		},
		rangeTo: []string{"до"},
		between: []string{"между"},
		and:     []string{"и"},
		months: [12][]string{
			{"январ*"}, {"феврал*"}, {"март", "марта", "марте"}, {"апрел*"}, {"май", "мая", "мае"},
			{"июн*"}, {"июл*"}, {"август", "августа", "августе"}, {"сентябр*"}, {"октябр*"},
			{"ноябр*"}, {"декабр*"},
		},
		words: map[string]float64{
			"ноль": 0, "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3,
			"трем": 3, "трём": 3, "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "четырем": 4, "четырём": 4,
			"четырьмя": 4, "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6, "семь": 7,
			"семи": 7, "восемь": 8, "восьми": 8, "восемью": 8, "девять": 9, "девяти": 9, "девятью": 9, "десять": 10,
			"десяти": 10, "десятью": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
			"тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15,
			"пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17,
			"восемнадцать": 18, "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19, "двадцать": 20,
			"двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
			"пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
			"восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
			"второй": 2, "второго": 2, "втором": 2, "второму": 2, "вторая": 2, "второе": 2, "вторую": 2, "вторых": 2,
			"третий": 3, "третьего": 3, "третьем": 3, "третья": 3, "третье": 3, "третью": 3, "третьих": 3,
			"четвертый": 4, "четвёртый": 4, "четвертого": 4, "четвёртого": 4, "четвертом": 4, "четвёртом": 4,
			"четвертая": 4, "четвёртая": 4, "пятый": 5, "пятого": 5, "пятом": 5, "пятая": 5, "полтора": 1.5,
			"полторы": 1.5, "половина": 0.5, "половину": 0.5,
		},
		centuries: []string{"век*", "веке", "века"},
	},
	"pl": {
		decimal: ',', group: '\u00a0', groups: "\u00a0\u202f\u2009 .", minGroup: 2,
		scales: []scaleWord{
			{"tys.", 1e3}, {"tys", 1e3}, {"tysiąc*", 1e3}, {"tysięcy", 1e3}, {"mln", 1e6}, {"mln.", 1e6},
			{"milion*", 1e6}, {"mld", 1e9}, {"mld.", 1e9}, {"miliard*", 1e9}, {"bln", 1e12},
			{"bilion*", 1e12},
		},
		percent: []string{"proc.", "procent*", "punkt* procentow*"},
		currencies: []currencyWord{
			{"złotych", "PLN"}, {"złote", "PLN"}, {"złoty", "PLN"}, {"zł.", "PLN"}, {"zł", "PLN"},
			{"dolarów", "USD"}, {"dolary", "USD"}, {"dolar*", "USD"}, {"euro", "EUR"}, {"funtów", "GBP"},
			{"groszy", "PLN"},
		},
		rangeTo: []string{"do"},
		between: []string{"między", "pomiędzy"},
		and:     []string{"a"},
		months: [12][]string{
			{"styczeń", "stycznia", "styczniu"}, {"luty", "lutego", "lutym"}, {"marzec", "marca", "marcu"},
			{"kwiecień", "kwietnia", "kwietniu"}, {"maj", "maja", "maju"}, {"czerwiec", "czerwca", "czerwcu"},
			{"lipiec", "lipca", "lipcu"}, {"sierpień", "sierpnia", "sierpniu"},
			{"wrzesień", "września", "wrześniu"}, {"październik", "października", "październiku"},
			{"listopad", "listopada", "listopadzie"}, {"grudzień", "grudnia", "grudniu"},
		},
		words: map[string]float64{
			"zero": 0, "dwa": 2, "dwie": 2, "dwóch": 2, "dwoma": 2, "dwu": 2, "trzy": 3, "trzech": 3, "trzema": 3,
			"cztery": 4, "czterech": 4, "czterema": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7,
			"siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10,
			"jedenaście": 11, "jedenastu": 11, "dwanaście": 12, "dwunastu": 12, "tuzin": 12, "trzynaście": 13,
			"trzynastu": 13, "czternaście": 14, "czternastu": 14, "piętnaście": 15, "piętnastu": 15, "szesnaście": 16,
			"szesnastu": 16, "siedemnaście": 17, "siedemnastu": 17, "osiemnaście": 18, "osiemnastu": 18,
			"dziewiętnaście": 19, "dziewiętnastu": 19, "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30,
			"trzydziestu": 30, "czterdzieści": 40, "czterdziestu": 40, "pięćdziesiąt": 50, "pięćdziesięciu": 50,
			"sto": 100, "stu": 100, "drugi": 2, "drugiego": 2, "drugiej": 2, "drugim": 2, "druga": 2, "drugie": 2,
			"trzeci": 3, "trzeciego": 3, "trzeciej": 3, "trzecim": 3, "trzecia": 3, "trzecie": 3, "czwarty": 4,
			"czwartego": 4, "czwartej": 4, "czwarta": 4, "piąty": 5, "piątego": 5, "piątej": 5, "piąta": 5,
			"połowa": 0.5, "połowę": 0.5,
		},
		centuries: []string{"wiek*", "wieku"},
	},
	"cs": {
		decimal: ',', group: '\u00a0', groups: "\u00a0\u202f\u2009 .", minGroup: 1,
		scales: []scaleWord{
			{"tis.", 1e3}, {"tisíc*", 1e3}, {"mil.", 1e6}, {"milion*", 1e6}, {"mld.", 1e9},
			{"miliard*", 1e9}, {"bilion*", 1e12},
		},
		percent: []string{"procent*", "procentní* bod*"},
		currencies: []currencyWord{
			{"Kč", "CZK"}, {"korun*", "CZK"}, {"dolar*", "USD"}, {"eur", "EUR"}, {"euro", "EUR"},
			{"liber", "GBP"},
		},
		rangeTo: []string{"až", "do"},
		between: []string{"mezi"},
		and:     []string{"a"},
		months: [12][]string{
			{"leden", "ledna", "lednu"}, {"únor", "února", "únoru"}, {"březen", "března", "březnu"},
			{"duben", "dubna", "dubnu"}, {"květen", "května", "květnu"}, {"červen", "června", "červnu"},
			{"červenec", "července", "červenci"}, {"srpen", "srpna", "srpnu"}, {"září"},
			{"říjen", "října", "říjnu"}, {"listopad", "listopadu"}, {"prosinec", "prosince", "prosinci"},
		},
		words: map[string]float64{
			"nula": 0, "dva": 2, "dvě": 2, "dvou": 2, "dvěma": 2, "tři": 3, "tří": 3, "třem": 3, "třemi": 3,
			"čtyři": 4, "čtyř": 4, "čtyřem": 4, "čtyřmi": 4, "pět": 5, "pěti": 5, "šest": 6, "šesti": 6, "sedm": 7,
			"sedmi": 7, "osm": 8, "osmi": 8, "devět": 9, "devíti": 9, "deset": 10, "deseti": 10, "jedenáct": 11,
			"dvanáct": 12, "tucet": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15, "šestnáct": 16, "sedmnáct": 17,
			"osmnáct": 18, "devatenáct": 19, "dvacet": 20, "dvaceti": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50,
			"sto": 100, "druhý": 2, "druhé": 2, "druhého": 2, "druhou": 2, "třetí": 3, "čtvrtý": 4, "čtvrté": 4,
			"čtvrtého": 4, "pátý": 5, "páté": 5, "pátého": 5, "polovina": 0.5, "polovinu": 0.5,
		},
		centuries: []string{"století"},
	},
	"el": {
		decimal: ',', group: '.', groups: ".\u00a0\u202f", minGroup: 1,
		scales: []scaleWord{
			{"χιλ.", 1e3}, {"χιλιάδες", 1e3}, {"εκατ.", 1e6}, {"εκατομμύριο", 1e6}, {"εκατομμύρια", 1e6},
			{"δισ.", 1e9}, {"δισεκατομμύριο", 1e9}, {"δισεκατομμύρια", 1e9}, {"τρισ.", 1e12},
			{"τρισεκατομμύριο", 1e12}, {"τρισεκατομμύρια", 1e12},
		},
		percent:    []string{"τοις εκατό"},
		currencies: []currencyWord{{"ευρώ", "EUR"}, {"δολάρια", "USD"}, {"δολάριο", "USD"}},
		rangeTo:    []string{"έως", "ως"},
		between:    []string{"μεταξύ"},
		and:        []string{"και"},
	},
	"fi": {
		decimal: ',', group: '\u00a0', groups: "\u00a0\u202f\u2009 ", minGroup: 1,
		scales: []scaleWord{
			{"tuhatta", 1e3}, {"milj.", 1e6}, {"miljoona*", 1e6}, {"mrd.", 1e9}, {"miljardi*", 1e9},
			{"bilj.", 1e12}, {"biljoona*", 1e12},
		},
		percent:    []string{"prosentti*", "prosenttiyksik*"},
		currencies: []currencyWord{{"euroa", "EUR"}, {"euro*", "EUR"}, {"dollari*", "USD"}},
	},
	"id": {
		decimal: ',', group: '.', groups: ".", minGroup: 1,
		scales: []scaleWord{
			{"ribu", 1e3}, {"rb", 1e3}, {"juta", 1e6}, {"jt", 1e6}, {"miliar", 1e9}, {"milyar", 1e9},
			{"triliun", 1e12},
		},
		percent:    []string{"persen"},
		currencies: []currencyWord{{"rupiah", "IDR"}, {"dolar AS", "USD"}, {"dolar", "USD"}, {"euro", "EUR"}},
		rangeTo:    []string{"hingga", "sampai"},
		between:    []string{"antara"},
		and:        []string{"dan"},
	},
	"ja": {
		decimal: '.', group: ',', groups: ",", minGroup: 1, myriad: true,
		scales:     []scaleWord{{"百", 1e2}, {"千", 1e3}, {"万", 1e4}, {"萬", 1e4}, {"億", 1e8}, {"兆", 1e12}},
		percent:    []string{"%", "パーセント"},
		currencies: []currencyWord{{"円", "JPY"}, {"米ドル", "USD"}, {"ドル", "USD"}, {"ユーロ", "EUR"}, {"人民元", "CNY"}, {"元", "CNY"}, {"ウォン", "KRW"}, {"ポンド", "GBP"}},
		rangeTo:    []string{"~", "〜", "から"},
		eras:       []era{{"令和", 2018}, {"平成", 1988}, {"昭和", 1925}, {"大正", 1911}, {"明治", 1867}},
	},
	"zh": {
		decimal: '.', group: ',', groups: ",", minGroup: 1, myriad: true,
		scales:        []scaleWord{{"百", 1e2}, {"千", 1e3}, {"万", 1e4}, {"萬", 1e4}, {"亿", 1e8}, {"億", 1e8}},
		percent:       []string{"%"},
		percentBefore: []string{"百分之"},
		currencies: []currencyWord{
			{"美元", "USD"}, {"人民币", "CNY"}, {"元人民币", "CNY"}, {"元", "CNY"}, {"块", "CNY"},
			{"欧元", "EUR"}, {"日元", "JPY"}, {"英镑", "GBP"}, {"港元", "HKD"}, {"港币", "HKD"},
			{"韩元", "KRW"}, {"卢布", "RUB"}, {"澳元", "AUD"}, {"加元", "CAD"}, {"美金", "USD"},
		},
		rangeTo: []string{"至", "到", "~", "〜"},
	},
	"zh-Hant": {
		decimal: '.', group: ',', groups: ",", minGroup: 1, myriad: true,
		scales:        []scaleWord{{"百", 1e2}, {"千", 1e3}, {"万", 1e4}, {"萬", 1e4}, {"亿", 1e8}, {"億", 1e8}, {"兆", 1e12}},
		percent:       []string{"%"},
		percentBefore: []string{"百分之"},
		currencies: []currencyWord{
			{"美元", "USD"}, {"新台幣", "TWD"}, {"台幣", "TWD"}, {"人民幣", "CNY"}, {"元", "TWD"},
			{"歐元", "EUR"}, {"日圓", "JPY"}, {"日元", "JPY"}, {"英鎊", "GBP"}, {"港元", "HKD"}, {"港幣", "HKD"},
		},
		rangeTo: []string{"至", "到", "~", "〜"},
	},
	"ko": {
		decimal: '.', group: ',', groups: ",", minGroup: 1, myriad: true,
		scales:     []scaleWord{{"백", 1e2}, {"천", 1e3}, {"만", 1e4}, {"억", 1e8}, {"조", 1e12}},
		percent:    []string{"%", "퍼센트", "프로"},
		currencies: []currencyWord{{"원", "KRW"}, {"달러", "USD"}, {"유로", "EUR"}, {"엔", "JPY"}, {"위안", "CNY"}},
		rangeTo:    []string{"~", "〜"},
	},
	"hi": {
		decimal: '.', group: ',', groups: ",", minGroup: 1, indian: true,
		scales: []scaleWord{
			{"हज़ार", 1e3}, {"हजार", 1e3}, {"लाख", 1e5}, {"करोड़", 1e7}, {"करोड", 1e7}, {"अरब", 1e9},
			{"खरब", 1e11}, {"मिलियन", 1e6}, {"बिलियन", 1e9}, {"ट्रिलियन", 1e12},
		},
		percent: []string{"प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद", "फ़ीसद"},
		currencies: []currencyWord{
			{"रुपये", "INR"}, {"रुपए", "INR"}, {"रुपया", "INR"}, {"रुपयों", "INR"}, {"रु.", "INR"},
			{"डॉलर", "USD"}, {"यूरो", "EUR"}, {"पाउंड", "GBP"},
		},
		rangeTo: []string{"से"},
		months: [12][]string{
			{"जनवरी"}, {"फरवरी", "फ़रवरी"}, {"मार्च"}, {"अप्रैल"}, {"मई"}, {"जून"}, {"जुलाई"}, {"अगस्त"},
			{"सितंबर", "सितम्बर"}, {"अक्टूबर", "अक्तूबर"}, {"नवंबर", "नवम्बर"}, {"दिसंबर", "दिसम्बर"},
		},
		words: map[string]float64{
			"शून्य": 0, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8,
			"नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15,
			"सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50,
			"साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90, "सौ": 100, "तीसरा": 3, "तीसरे": 3, "तीसरी": 3,
			"चौथा": 4, "चौथे": 4, "चौथी": 4, "पांचवां": 5, "पांचवें": 5, "पांचवीं": 5, "आधा": 0.5, "आधे": 0.5,
			"आधी": 0.5,
		},
	},
	"sa": {
		decimal: '.', group: ',', groups: ",", minGroup: 1, indian: true,
		scales: []scaleWord{{"सहस्र", 1e3}, {"लक्ष", 1e5}, {"कोटि", 1e7}},
	},
	"la": {
		decimal: '.', group: ',', groups: ",", minGroup: 1,
		scales: []scaleWord{{"milia", 1e3}, {"milium", 1e3}},
	},
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

// cjkTimeMarks precede an hour and make it a time of day (下午3点).
var cjkTimeMarks = []string{"日", "号", "上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚", "午前", "午後", "夜", "朝"}
