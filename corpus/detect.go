package corpus

import (
	_ "embed"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

//go:embed data/stopwords.txt
var stopwordData string

//go:embed data/detectwords.txt
var detectWordData string

//go:embed data/alphabets.txt
var alphabetData string

//go:embed data/letters.txt
var letterData string

//go:embed data/scripts.txt
var scriptData string

// otherScript reports whether scripts.txt lists script family f for
// language lang, and the languages a text of lang in f reads like.
func otherScript(lang, f string) (alike []string, ok bool) {
	for line := range strings.SplitSeq(scriptData, "\n") {
		tag, scripts, found := strings.Cut(line, "\t")
		if !found || tag != lang {
			continue
		}
		for _, s := range strings.Fields(scripts) {
			if code, langs, _ := strings.Cut(s, "="); code == f {
				return strings.Split(langs, ","), true
			}
		}
	}
	return nil, false
}

var (
	stopOnce   sync.Once
	stopLang   map[string][]string // word → languages that use it
	stopIdx    map[string][]uint16 // word → the indices in stopTags of stopLang's languages
	stopTags   []string
	tagIdx     map[string]int  // the index of each of stopTags
	letterLang map[rune]string // letter → the one language that writes it
	// stopByFamily lists the languages of stopTags by the script family
	// they are written in: working it out for each text took a language
	// tag's parse per listed language.
	stopByFamily map[string][]string
	// inAlphabet holds, for each letter beyond ASCII, the set of the
	// languages of alphabets.txt (bits by index in stopTags) that write
	// it; judged, those that have a line there.
	inAlphabet map[rune]uint64
	judged     uint64
	// caseIdx holds the words of detectwords.txt that count only as
	// written (English I), by the indices of their languages.
	caseIdx map[string][]uint16
)

func loadStopwords() {
	stopLang = map[string][]string{}
	for _, line := range strings.Split(stopwordData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		tag, words, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		stopTags = append(stopTags, tag)
		seen := map[string]bool{}
		for _, w := range strings.Fields(words) {
			if !seen[w] {
				seen[w] = true
				stopLang[w] = append(stopLang[w], tag)
			}
		}
	}
	tagIdx = map[string]int{}
	for i, tag := range stopTags {
		if _, ok := tagIdx[tag]; !ok {
			tagIdx[tag] = i
		}
	}
	stopIdx = make(map[string][]uint16, len(stopLang))
	for w, tags := range stopLang {
		for _, tag := range tags {
			stopIdx[w] = append(stopIdx[w], uint16(tagIdx[tag]))
		}
	}
	addDetectWords()
	loadAlphabets()
	stopByFamily = map[string][]string{}
	for _, tag := range stopTags {
		s, _ := language.Make(tag).Script()
		stopByFamily[scriptFamily(s)] = append(stopByFamily[scriptFamily(s)], tag)
	}
	letterLang = map[rune]string{}
	for tag, l := range ownLetters() {
		r, _ := utf8.DecodeRuneInString(l)
		letterLang[r] = tag
	}
}

// addDetectWords counts the words of detectwords.txt for their
// languages, as the function words are counted, without making them
// function words; a word with a capital counts only as written.
func addDetectWords() {
	caseIdx = map[string][]uint16{}
	for _, line := range strings.Split(detectWordData, "\n") {
		tag, words, ok := strings.Cut(line, "\t")
		k, known := tagIdx[tag]
		if !ok || line[0] == '#' || !known {
			continue
		}
		for _, w := range strings.Fields(words) {
			idx := stopIdx
			if strings.ToLower(w) != w {
				idx = caseIdx
			}
			if !slices.Contains(idx[w], uint16(k)) {
				idx[w] = append(idx[w], uint16(k))
			}
		}
	}
}

// loadAlphabets reads alphabets.txt into inAlphabet and judged. The sets
// are bits of a word: the languages of stopwords.txt number fewer than
// 64 (TestDetectorData).
func loadAlphabets() {
	inAlphabet = map[rune]uint64{}
	for _, line := range strings.Split(alphabetData, "\n") {
		tag, letters, ok := strings.Cut(line, "\t")
		k, known := tagIdx[tag]
		if !ok || line[0] == '#' || !known || k >= 64 {
			continue
		}
		judged |= 1 << k
		for _, l := range strings.Fields(letters) {
			if l != "-" { // - for none beyond ASCII
				r, _ := utf8.DecodeRuneInString(l)
				inAlphabet[r] |= 1 << k
			}
		}
	}
}

// foreignTo returns the judged languages whose alphabet lacks a letter
// of word w, when w is in Latin letters and starts in lower case: a name
// in capitals says nothing of its text's language.
func foreignTo(w string) uint64 {
	if IsASCII(w) || !startsLower(w) {
		return 0
	}
	writes := judged
	for _, r := range w {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		if !unicode.Is(unicode.Latin, r) {
			return 0 // a word of another script: its languages are not judged here
		}
		writes &= inAlphabet[unicode.ToLower(r)]
	}
	return judged &^ writes
}

// englishClitic reports whether word w, at offset off of text, is the
// clitic of an English contraction or possessive: s, t, ll, re, ve, m or
// d right after an apostrophe that follows a letter (it's, don't,
// Germany's, I'm).
func englishClitic(text string, off int, w string) bool {
	switch w {
	case "s", "t", "ll", "re", "ve", "m", "d":
	default:
		return false
	}
	before := strings.TrimSuffix(text[:off], "'")
	if len(before) == off {
		before = strings.TrimSuffix(before, "’")
	}
	if len(before) == off || before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(r)
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// ownLetters yields the language and each letter of letters.txt.
func ownLetters() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, line := range strings.Split(letterData, "\n") {
			tag, letters, ok := strings.Cut(line, "\t")
			if !ok || line[0] == '#' {
				continue
			}
			for _, l := range strings.Fields(letters) {
				if !yield(tag, l) {
					return
				}
			}
		}
	}
}

// Detect guesses the language of text: by script where the script is
// written for one language (Hangul, kana, Han, Greek, Hebrew, Thai,
// Georgian…), otherwise by counting the frequent function words of the
// languages written in it (stopwords.txt), falling back, outside Latin
// script, to the script's most likely language (Cyrillic: Russian; Arabic
// script: Arabic). It returns language.Und when it cannot tell.
func Detect(text string) language.Tag { return detect(text, &scores{text: text}) }

// scores counts the function words of a text by language on first use:
// detecting and contradicting both may need them.
type scores struct {
	text string
	m    map[string]int
}

func (s *scores) get() map[string]int {
	if s.m == nil {
		s.m = stopwordScores(s.text)
	}
	return s.m
}

// detectLetters bounds the letters detect reads: enough to tell.
const detectLetters = 20000

func detect(text string, sc *scores) language.Tag {
	var hangul, kana, han, latin int
	counts := map[string]int{}
	n := 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				n++
				latin++
			}
		} else if unicode.IsLetter(r) {
			n++
			switch {
			case unicode.Is(unicode.Hangul, r):
				hangul++
			case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
				kana++
			case unicode.Is(unicode.Han, r):
				han++
			default:
				counts[familyOf(r)]++
			}
		}
		if n >= detectLetters {
			break
		}
	}
	if n == 0 {
		return language.Und
	}
	if latin > 0 {
		counts["Latn"] += latin // counted apart: a map's increment a letter was a tenth of detecting
	}
	cjk := hangul + kana + han
	switch {
	case hangul*5 > n:
		return language.Korean
	case kana*20 > n && cjk*2 > n:
		return language.Japanese
	case han*2 > n:
		return language.Chinese
	}
	top, topN := "", 0
	for f, c := range counts {
		if f != "" && (c > topN || c == topN && f < top) {
			top, topN = f, c
		}
	}
	if top == "" || topN*2 <= n {
		return language.Und
	}
	return byScript(sc, top)
}

// byScript returns the language of a text mostly in script family f: the
// one of the languages written in f whose function words it uses most,
// or, when none or no language of f has a list, the likely language of
// the script outside Latin (a text in Latin letters without function words
// may be in any of dozens of languages).
func byScript(sc *scores, f string) language.Tag {
	if got := byStopwords(sc, stopTagsIn(f)...); got != language.Und || f == "Latn" {
		return got
	}
	script, err := language.ParseScript(f)
	if err != nil {
		return language.Und
	}
	tag, err := language.Compose(language.Und, script)
	if err != nil {
		return language.Und
	}
	b, conf := tag.Base()
	if conf == language.No {
		return language.Und
	}
	return language.Make(b.String())
}

// stopTagsIn returns the languages of stopwords.txt written in script
// family f, in the file's order.
func stopTagsIn(f string) []string {
	stopOnce.Do(loadStopwords)
	return stopByFamily[f]
}

// byStopwords picks, among the candidate tags, the language whose function
// words are most frequent in text.
func byStopwords(sc *scores, candidates ...string) language.Tag {
	score := sc.get()
	best, bestN := "", 0
	for _, c := range candidates {
		if score[c] > bestN {
			best, bestN = c, score[c]
		}
	}
	if best == "" {
		return language.Und
	}
	return language.Make(best)
}

// stopwordScores counts, for each language, the function words of the
// first 5,000 words of text that it uses.
func stopwordScores(text string) map[string]int {
	stopOnce.Do(loadStopwords)
	// Counted by index, and put in a map once: a map's increment per
	// function word was most of a short text's detection.
	counts := make([]int, len(stopTags))
	other := map[string]int{} // letters of a language without a list
	fold := cases.Fold()
	var buf []byte
	var foreign [64]int // words a judged language's alphabet cannot write
	en, hasEn := tagIdx["en"]
	pos := 0 // where the last word ended: the words come in order
	for i, w := range letterRuns(text) {
		if i > 5000 {
			break
		}
		off := pos + strings.Index(text[pos:], w)
		pos = off + len(w)
		if hasEn && englishClitic(text, off, w) {
			counts[en]++ // it's, don't: no Czech s, no word of its own
			continue
		}
		var idx []uint16
		if IsASCII(w) { // most words: folding them is lowering them, without an allocation
			buf = append(buf[:0], w...)
			for k, c := range buf {
				if 'A' <= c && c <= 'Z' {
					buf[k] = c + 'a' - 'A'
				}
			}
			idx = stopIdx[string(buf)]
		} else {
			idx = stopIdx[fold.String(w)]
		}
		for _, k := range idx {
			counts[k]++
		}
		for _, k := range caseIdx[w] {
			counts[k]++
		}
		if tag := ownLetter(w); tag != "" {
			if k, ok := tagIdx[tag]; ok {
				counts[k]++
			} else {
				other[tag]++
			}
		}
		for f := foreignTo(w); f != 0; f &= f - 1 {
			foreign[bits.TrailingZeros64(f)]++
		}
	}
	for k := range min(len(counts), len(foreign)) {
		counts[k] -= min(counts[k], foreign[k])
	}
	for k, n := range counts {
		if n > 0 {
			other[stopTags[k]] += n
		}
	}
	return other
}

// notInWord reports whether r separates the words stopwordScores reads:
// no letter and no combining mark. Below U+0300 no rune is a mark.
func notInWord(r rune) bool {
	if r < 0x300 {
		return !unicode.IsLetter(r)
	}
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r)
}

// ownLetter returns the language of the first letter of word w that only
// one language writes (letters.txt), or "".
func ownLetter(w string) string {
	if IsASCII(w) {
		return ""
	}
	for _, r := range w {
		if tag, ok := letterLang[unicode.ToLower(r)]; ok {
			return tag
		}
	}
	return ""
}

// Contradicts reports whether text is confidently in another language than
// declared, and which. Only text of some length can contradict: at least
// minLetters letters, nearly all of them (90 %) in a script that declared's
// language is not written in, with hardly any (under 10 %) in its own
// (Cyrillic text declared ja), nor in one data/scripts.txt lists for it
// (Serbian in Latin letters) unless the tag names the script; or, in Latin
// and Devanagari script, far
// more function words of another language the detector knows than of
// declared, when it knows declared. Names and acronyms in another script,
// mixed-script text and languages the detector does not know contradict
// nothing.
func Contradicts(text string, declared language.Tag) (language.Tag, bool) {
	counts, n := scriptCounts(text)
	if n < minLetters || declared == language.Und {
		return language.Und, false // too short to tell: no need to detect
	}
	sc := &scores{text: text}
	got := detect(text, sc)
	if got == language.Und {
		return got, false
	}
	ds, named := declared.Script()
	own := counts[scriptFamily(ds)]
	top, topN := "", 0
	for f, c := range counts {
		if c > topN {
			top, topN = f, c
		}
	}
	db, _ := declared.Base()
	gb, _ := got.Base()
	const minEvidence, margin = 12, 3
	if top != scriptFamily(ds) {
		if alike, ok := otherScript(db.String(), top); ok && named != language.Exact {
			// Serbian in Latin letters: only many function words of a
			// language it does not read like contradict it.
			return got, gb != db && !slices.Contains(alike, gb.String()) && sc.get()[gb.String()] >= minEvidence
		}
		return got, own*10 < n && topN*10 >= 9*n
	}
	if gb == db || len(stopTagsIn(top)) < 2 || !slices.Contains(stopTagsIn(top), db.String()) {
		// Only function words of declared in top's script can weigh
		// against another language's (sr-Latn read as hr).
		return got, false
	}
	score := sc.get()
	// Correct translations of one news text in 26 languages have at most
	// 0.9 times their own function words of another's (Indonesian and
	// Malay, Catalan and Spanish); Ukrainian read as Russian has 3.7.
	return got, score[gb.String()] >= minEvidence && score[gb.String()] >= margin*score[db.String()]
}

// minLetters is the least text, in letters, that can contradict a
// declared language: a headline of a few words may be a name.
const minLetters = 60

// scriptCounts counts the letters of text by script family (see
// scriptFamily), and all letters.
func scriptCounts(text string) (map[string]int, int) {
	counts := map[string]int{}
	n, ascii := 0, 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				ascii++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if f := familyOf(r); f != "" {
			counts[f]++
		}
	}
	if ascii > 0 {
		counts["Latn"] += ascii
		n += ascii
	}
	return counts, n
}

// letterRuns yields the runs of letters and combining marks of text
// (the runes notInWord is false of), numbered, one at a time: a reader of
// the first words of a long text splits no more of it. ASCII is read a
// byte at a time.
func letterRuns(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n, start := 0, -1
		for i := 0; i < len(text); {
			c := text[i]
			size, sep := 1, false
			if c < utf8.RuneSelf {
				sep = 'a' > c|0x20 || c|0x20 > 'z'
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				sep = notInWord(r)
			}
			switch {
			case sep && start >= 0:
				if !yield(n, text[start:i]) {
					return
				}
				n, start = n+1, -1
			case !sep && start < 0:
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(n, text[start:])
		}
	}
}

// IsASCII reports whether s is all ASCII: most words are, and take a
// quick path.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// families are the script families scriptCounts tells apart, by their
// ISO 15924 codes; a script written for one language (Thai, Georgian)
// tells that language by itself.
var families = []struct {
	name   string
	tables []*unicode.RangeTable
}{
	{"Latn", []*unicode.RangeTable{unicode.Latin}},
	{"Cyrl", []*unicode.RangeTable{unicode.Cyrillic}},
	{"Grek", []*unicode.RangeTable{unicode.Greek}},
	{"Hebr", []*unicode.RangeTable{unicode.Hebrew}},
	{"Arab", []*unicode.RangeTable{unicode.Arabic}},
	{"Deva", []*unicode.RangeTable{unicode.Devanagari}},
	{"CJK", []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul}},
	{"Thai", []*unicode.RangeTable{unicode.Thai}},
	{"Geor", []*unicode.RangeTable{unicode.Georgian}},
	{"Armn", []*unicode.RangeTable{unicode.Armenian}},
	{"Beng", []*unicode.RangeTable{unicode.Bengali}},
	{"Taml", []*unicode.RangeTable{unicode.Tamil}},
	{"Telu", []*unicode.RangeTable{unicode.Telugu}},
	{"Knda", []*unicode.RangeTable{unicode.Kannada}},
	{"Mlym", []*unicode.RangeTable{unicode.Malayalam}},
	{"Gujr", []*unicode.RangeTable{unicode.Gujarati}},
	{"Guru", []*unicode.RangeTable{unicode.Gurmukhi}},
	{"Sinh", []*unicode.RangeTable{unicode.Sinhala}},
	{"Khmr", []*unicode.RangeTable{unicode.Khmer}},
	{"Laoo", []*unicode.RangeTable{unicode.Lao}},
	{"Mymr", []*unicode.RangeTable{unicode.Myanmar}},
	{"Ethi", []*unicode.RangeTable{unicode.Ethiopic}},
}

// familyOf returns the script family of letter r, or "" for a script
// families does not list.
func familyOf(r rune) string {
	for _, f := range families {
		if unicode.In(r, f.tables...) {
			return f.name
		}
	}
	return ""
}

// scriptFamily names the family of a script as scriptCounts counts it:
// Japanese and Korean include Han characters, simplified and traditional
// Chinese are both Han.
func scriptFamily(s language.Script) string {
	switch s.String() {
	case "Jpan", "Hira", "Kana", "Hani", "Hans", "Hant", "Kore", "Hang":
		return "CJK"
	}
	return s.String()
}

// LangContradicted reports whether the text of d contradicts the language
// it was declared in (see Contradicts), and the language it reads as. A
// detected language contradicts nothing.
func (d *Document) LangContradicted() (language.Tag, bool) {
	if d.LangDetected {
		return language.Und, false
	}
	if d.facts == nil {
		return Contradicts(d.Text, d.Lang)
	}
	// Asked by the command line's warning and by the language check.
	d.facts.langOnce.Do(func() { d.facts.readsAs, d.facts.contradicted = Contradicts(d.Text, d.Lang) })
	return d.facts.readsAs, d.facts.contradicted
}

// DetectApart returns the language other than not's that a good part of
// text is written in, or language.Und: a script other than not's holding
// a fifth of the letters (a Han character, kana or Hangul syllable
// counting twice), or, in not's own script, function words of another
// language, five or more and at least a third as many as not's. A
// translation whose detector saw mostly the source's language (an English
// paragraph left in a Thai or German target) is in that other language.
func DetectApart(text string, not language.Tag) language.Tag {
	ns, _ := not.Script()
	own := scriptFamily(ns)
	var other strings.Builder
	theirs, all := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			other.WriteRune(r)
			continue
		}
		f, weight := "Latn", 1
		if r >= utf8.RuneSelf {
			f = familyOf(r)
		}
		if f == "CJK" {
			weight = 2
		}
		all += weight
		if f != own {
			theirs += weight
			other.WriteRune(r)
		}
		if all >= 2*detectLetters {
			break
		}
	}
	if theirs >= 20 && 5*theirs >= all {
		if tag := Detect(other.String()); tag != language.Und && tag != not {
			return tag
		}
		return language.Und
	}
	nb, _ := not.Base()
	score := (&scores{text: text}).get()
	best, bestN := "", 0
	for _, tag := range stopTagsIn(own) {
		if tag != nb.String() && score[tag] > bestN {
			best, bestN = tag, score[tag]
		}
	}
	if best == "" || bestN < 5 || 3*bestN < score[nb.String()] {
		return language.Und
	}
	return language.Make(best)
}

// TellApart returns target t, when its language was detected as one of
// its sources', as a document in the other language a good part of it is
// written in (see DetectApart), its sentences split by that language's
// rules; otherwise t itself. A target in its source's language alone (a
// revision checked against the version before it) keeps it. t is not
// changed.
func TellApart(t *Document, srcs []*Document) *Document {
	if t == nil || !t.LangDetected {
		return t
	}
	tb, _ := t.Lang.Base()
	for _, s := range srcs {
		if s == nil {
			continue
		}
		if sb, _ := s.Lang.Base(); sb != tb {
			continue
		}
		tag := DetectApart(t.Text, t.Lang)
		if tag == language.Und {
			return t
		}
		u := *t
		u.Lang, u.facts = tag, &facts{}
		base, _ := tag.Base()
		u.Paragraphs = slices.Clone(t.Paragraphs)
		for i, p := range u.Paragraphs {
			u.Paragraphs[i].Sentences = sentences(u.Text, p.Span, base)
		}
		return &u
	}
	return t
}
