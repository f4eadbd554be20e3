package align

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// stemLen is how many letters of an inflection stem are compared: five
// keep a Slavic, Greek or Hindi word's root and drop its endings and
// suffixes (платить, оплатили). English words need none: they are looked up by their lemmas
// (gloss.Lemmas), and a core list's translations are never English.
const stemLen = 5

// slavicEndings are the letters Russian and Ukrainian case, gender and
// verb endings are made of: новых, новым and новый meet at нов.
const slavicEndings = "аеийоуыэюяіїєьъхм"

// hebrewPrefixes are the letters Hebrew writes joined before a word: and,
// the, in, to, from, that, as.
const hebrewPrefixes = "ובהלמשכ"

// inflectionStems returns the keys under which a folded word and its
// inflections meet, for the languages whose words change their endings
// or take prefixes; none for a word too short to tell or a language the
// aligner does not inflect.
func inflectionStems(lang, key string) []string {
	switch lang {
	case "rus", "ukr":
		return slavicStems(key)
	case "pol", "ces":
		return oneStem(endingStem(key, westSlavicEndings))
	case "tur":
		return turkishStems(key)
	case "ind":
		return indonesianStems(key)
	case "fas":
		return oneStem(persianVariants.Replace(key))
	case "ell":
		return oneStem(endingStem(key, greekEndings))
	case "hin":
		return oneStem(endingStem(key, hindiEndings))
	case "heb":
		return hebrewStems(key)
	case "ara":
		return arabicStems(key)
	case "kor":
		return koreanStems(key)
	}
	return nil
}

// endingStem drops a word's endings and cuts it to stemLen.
func endingStem(key, endings string) string {
	return truncStem(trimEndings([]rune(key), endings))
}

// trimEndings drops up to three final letters of endings, keeping three.
func trimEndings(r []rune, endings string) []rune {
	for k := 0; k < 3 && len(r) > 3 && strings.ContainsRune(endings, r[len(r)-1]); k++ {
		r = r[:len(r)-1]
	}
	return r
}

// westSlavicEndings are the letters Polish and Czech endings are
// made of, folded (no diacritics; ł kept): płacić, płacił; platit,
// zaplatil; škola, školy.
const westSlavicEndings = "aeiouyłlmhjct"

// turkishStems returns the first five letters of a Turkish word, and of
// the word cut before a plural suffix: a case suffix follows the stem
// (bütçe, bütçeyi; okul, okullar).
func turkishStems(key string) []string {
	out := oneStem(truncStem([]rune(key)))
	for _, pl := range []string{"lar", "ler"} {
		if i := strings.Index(key, pl); i > 0 && utf8.RuneCountInString(key[:i]) >= 3 {
			if s := truncStem([]rune(key[:i])); !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// indonesianStems returns an Indonesian word with and without
// the affixes it takes: a suffix (-kan, -an, -i, -nya, -lah), a prefix
// (meN-, ber-, ter-, di-, peN-, per-, ke-, se-), or both, when three
// letters or more remain: membayar, dibayar, pembayaran meet at bayar.
func indonesianStems(key string) []string {
	if utf8.RuneCountInString(key) < 3 {
		return nil
	}
	out := []string{key}
	add := func(w string) string {
		if utf8.RuneCountInString(w) >= 3 && !slices.Contains(out, w) {
			out = append(out, w)
		}
		return w
	}
	bare := key
	for _, suffix := range []string{"nya", "kan", "lah", "an", "i"} {
		if st, ok := strings.CutSuffix(key, suffix); ok && utf8.RuneCountInString(st) >= 3 {
			bare = add(st)
			break
		}
	}
	for _, w := range []string{key, bare} {
		for _, prefix := range []string{"meng", "meny", "mem", "men", "me", "peng", "pem", "pen", "per", "pe", "ber", "ter", "di", "ke", "se"} {
			if st, ok := strings.CutPrefix(w, prefix); ok && utf8.RuneCountInString(st) >= 3 {
				add(st)
				break
			}
		}
	}
	return out
}

// persianVariants writes the Arabic forms of ya and kaf as Persian ones.
var persianVariants = strings.NewReplacer("ي", "ی", "ك", "ک", "ى", "ی")

// greekEndings are the letters Greek case, number and verb endings are
// made of, folded (no accents, final sigma as σ): συμβούλιο,
// συμβουλίου.
const greekEndings = "αεηιουωσν"

// hindiEndings are the letters Hindi endings leave on a folded word: the
// spacing vowel signs (the others are combining marks folding removes)
// and the न, य, त of verb endings: कीमत, कीमतों; चुकाना, चुकाया.
const hindiEndings = "\u093e\u093f\u0940\u0949\u094a\u094b\u094cनयत"

// arabicStems returns an Arabic word with ى as ي and ة as ه (as often
// written either way), and without the prefixes it may carry joined: و
// or ف, then the article ال (with ب ك before it, or as لل) or one of
// ب ل ك, when three letters or more remain.
func arabicStems(key string) []string {
	r := []rune(arabicVariants.Replace(key))
	if len(r) < 2 {
		return nil
	}
	out := []string{string(r)}
	add := func(w, prefix string) {
		if rest, ok := strings.CutPrefix(w, prefix); ok && utf8.RuneCountInString(rest) >= 3 && !slices.Contains(out, rest) {
			out = append(out, rest)
		}
	}
	// and, so; then the article with in, as or to before it, or those
	// alone.
	for _, c := range []string{"و", "ف"} {
		add(out[0], c)
	}
	for _, w := range slices.Clone(out) {
		for _, p := range []string{"بال", "كال", "لل", "ال", "ب", "ل", "ك"} {
			add(w, p)
		}
	}
	return out
}

// arabicVariants writes alif maqsura as ya and ta marbuta as ha.
var arabicVariants = strings.NewReplacer("ى", "ي", "ة", "ه")

// koreanStems returns a Korean word with and without its last one or two
// syllables, keeping two: a particle or an ending follows a noun or a
// verb's stem (예산을, 예산; 논의하기, 논의하다, 논의).
func koreanStems(key string) []string {
	r := []rune(key)
	if len(r) < 2 {
		return nil
	}
	out := []string{string(r)}
	for k := 1; k <= 2 && len(r)-k >= 2; k++ {
		out = append(out, string(r[:len(r)-k]))
	}
	return out
}

func oneStem(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// truncStem cuts r to stemLen letters; "" when fewer than three remain.
func truncStem(r []rune) string {
	if len(r) < 3 {
		return ""
	}
	return string(r[:min(len(r), stemLen)])
}

// slavicStems drops up to three ending letters, keeping three; a word
// that ends in a consonant after o or e also meets the forms that drop
// that vowel (квиток, квитки; отец, отца).
func slavicStems(key string) []string {
	r := trimEndings([]rune(key), slavicEndings)
	out := oneStem(truncStem(r))
	if n := len(r); n >= 4 && strings.ContainsRune(fleetingVowels, r[n-2]) && !strings.ContainsRune(slavicEndings, r[n-1]) {
		if s := truncStem(append(r[:n-2:n-2], r[n-1])); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// fleetingVowels are the vowels Slavic words drop before their last
// consonant when an ending follows.
const fleetingVowels = "оеєё"

// hebrewStems returns a Hebrew word with its final letters in their
// ordinary form, and without each run of up to three joined prefixes
// that leaves three letters or more.
func hebrewStems(key string) []string {
	r := []rune(key)
	for i, c := range r {
		if o, ok := hebrewOrdinary[c]; ok {
			r[i] = o
		}
	}
	if len(r) < 2 {
		return nil
	}
	out := []string{string(r)}
	for p := 1; p <= 3 && len(r)-p >= 3 && strings.ContainsRune(hebrewPrefixes, r[p-1]); p++ {
		out = append(out, string(r[p:]))
	}
	return out
}

// hebrewOrdinary maps the final forms of Hebrew letters to their forms
// elsewhere in a word: a prefix or suffix moves a word's end.
var hebrewOrdinary = map[rune]rune{'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ'}
