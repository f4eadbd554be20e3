package align

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/lazyre"
)

// nounCapitalising lists languages that capitalise every noun, so that a
// capital letter there says nothing about names.
var nounCapitalising = map[string]bool{"de": true, "lb": true, "gsw": true, "nds": true}

// kind classifies a token type.
type kind uint8

const (
	kWord   kind = iota // an ordinary word
	kIdent              // identifier-like: H100, OpenAI, GPUs, NASA
	kNumber             // a numeral, keyed by its normalised value
	kURL                // a URL or e-mail address, keyed by its normalised form
	kPunct              // a mark of punctuation that translations keep (sentences only)
	kSound              // the consonant skeleton of a name, across scripts (see addSounds)
	kGloss              // a Chinese or Japanese word of a gloss lexicon (see addGlosses)
)

// tokType is one distinct token of a document.
type tokType struct {
	key  string // folded form; for numbers the normalised value
	kind kind
	name bool // capitalised mid-sentence where capitals mark names, or identifier-like
	// spelled is a number only its words spell (addNumberWords): what
	// it matches is evidence, what it does not proves little ("second",
	// the Persian سه of سه‌شنبه, Tuesday).
	spelled bool
	num     number // for kNumber
	df      int    // number of paragraphs holding it
	w       float64
	// runes of key, for cognate comparison
	r []rune
	// low is a word in lower case with its diacritics, as dictionaries'
	// indexes list headwords.
	low string
}

// paraFeat holds what the scorer needs about one paragraph.
type paraFeat struct {
	types   []int32 // distinct token types, ascending
	chars   int     // letters and digits, a length measure that ignores spacing and markup
	urlOnly bool    // the paragraph is mostly a URL and may only match one
}

// docFeat is a document reduced to comparable features.
type docFeat struct {
	types  []tokType
	byKind [kGloss + 1]map[string]int32 // type ids by kind and key
	paras  []paraFeat
	lang   string // ISO 639-3 code, for dictionaries
	base   language.Base
	// glosses holds the kGloss types with their English glosses, in the
	// order they were found: matches are made in it, the same every run.
	glosses []glossed
	// caseless is set when the document's letters are mostly without
	// case (caseless): no capital marks its names.
	caseless bool
}

// lookup returns the id of the type of kind k and key key.
func (f *docFeat) lookup(k kind, key string) (int32, bool) {
	id, ok := f.byKind[k][key]
	return id, ok
}

// urlRE finds URLs, bare www. hosts and e-mail addresses.
// A bare host needs a path ("theverge.com/2024/...") so that "e.g." and
// "3.1" are not taken for hosts. A URL ends where Chinese, Japanese or
// Korean text goes on without a space (breitbart.com/downrangeで).
var urlRE = lazyre.New(`(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"“”«»` + corpus.CJKText + `]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,12}/[^\s<>"“”«»` + corpus.CJKText + `]*|\b[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`)

// foldChain builds a fresh folding transformer: transformers keep state, so
// every user needs its own.
func foldChain() transform.Transformer {
	return transform.Chain(width.Fold, norm.NFD, runes.Remove(runes.In(unicode.Mn)), cases.Fold(), norm.NFC)
}

// folder folds tokens for comparison: full-width forms to ASCII, no
// diacritics, case folded. It caches results and is not safe for concurrent use.
type folder struct {
	t     transform.Transformer // made on first use: most words need none
	plain transform.Transformer // for scripts whose marks are letters' parts
	cache map[string]string
}

func newFolder() *folder {
	return &folder{cache: map[string]string{}}
}

// chain returns the transformer that folds s, made once.
func (f *folder) chain(s string) transform.Transformer {
	if !markedScript(s) {
		if f.plain == nil {
			f.plain = transform.Chain(width.Fold, cases.Fold(), norm.NFC)
		}
		return f.plain
	}
	if f.t == nil {
		f.t = foldChain()
	}
	return f.t
}

// markedScript reports whether s is in a script whose combining marks are
// accents that translations drop or change (Latin, Greek, Cyrillic). In kana
// or Devanagari a mark is part of the letter: ブ is not フ.
func markedScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) {
			return true
		}
	}
	return false
}

func (f *folder) fold(s string) string {
	switch asciiCase(s) {
	case 0:
		return s // folding changes nothing
	case 1:
		return strings.ToLower(s) // folding ASCII is lowering it
	}
	if v, ok := foldLatin(s); ok {
		return v
	}
	if foldsAsIs(s) {
		return s // no width, case, marks or decomposition to fold
	}
	if v, ok := f.cache[s]; ok {
		return v
	}
	v, _, err := transform.String(f.chain(s), s)
	if err != nil {
		v = strings.ToLower(s)
	}
	f.cache[s] = v
	return v
}

// latinFold holds the folded form of each rune below latinFoldEnd (Latin-1
// and Latin Extended-A and -B), computed once by the full chain.
const latinFoldEnd = 0x250

var latinFold = sync.OnceValue(func() []string {
	// One pass of the chain over all the runes, each after a NUL, which
	// nothing folds into or combines with: a pass per rune allocated a
	// chain's buffers each time.
	var b strings.Builder
	for r := rune(1); r < latinFoldEnd; r++ {
		b.WriteByte(0)
		b.WriteRune(r)
	}
	v, _, err := transform.String(foldChain(), b.String())
	out := strings.Split(v, "\x00") // "", then rune 1's
	if err != nil || len(out) != latinFoldEnd {
		panic("align: folding the Latin runes failed") // tested
	}
	out[0] = "\x00" // NUL folds to itself
	return out
})

// foldLatin folds a word of Latin letters rune by rune, which gives what
// the full chain gives: these runes decompose into a letter and marks
// that folding drops, and none combines with its neighbours. It reports
// false for a word with other runes.
func foldLatin(s string) (string, bool) {
	for _, r := range s {
		if r >= latinFoldEnd {
			return "", false
		}
	}
	tab := latinFold()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteString(tab[r])
	}
	return b.String(), true
}

// foldsAsIs reports whether s holds only characters the folding chain
// leaves as they are, with no combining mark to compose: unified
// ideographs, hiragana and full-width katakana, Hangul syllables. Most
// words of Chinese, Japanese and Korean text are.
func foldsAsIs(s string) bool {
	for _, r := range s {
		if !(r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || // unified ideographs
			r >= 0x3041 && r <= 0x3096 || r >= 0x309D && r <= 0x30FF || // kana, without the combining voicing marks
			r >= 0xAC00 && r <= 0xD7A3) { // Hangul syllables
			return false
		}
	}
	return s != ""
}

// asciiCase reports 0 if s holds only ASCII without capitals, which
// folding leaves as it is, 1 if it holds only ASCII, and 2 otherwise.
func asciiCase(s string) int {
	k := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			return 2
		case 'A' <= c && c <= 'Z':
			k = 1
		}
	}
	return k
}

// normURL reduces a URL to a comparable key: no scheme, no www., no
// trailing punctuation or slash, lower case.
func normURL(u string) string {
	u = strings.TrimRight(u, ".,;:!?)]}'’")
	l := strings.ToLower(u)
	for _, p := range []string{"https://", "http://", "ftp://", "www."} {
		l = strings.TrimPrefix(l, p)
	}
	return strings.TrimRight(l, "/")
}

// capsMeanNames reports whether a capital letter inside a sentence marks a
// name in lang.
func capsMeanNames(lang language.Tag) bool {
	base, _ := lang.Base()
	return !nounCapitalising[base.String()]
}

// caseless reports whether the document's letters are mostly without case
// (Han, kana, Hangul, Arabic...), so that a Latin word stands out as a name.
func caseless(d *corpus.Document) bool {
	var cased, other int
	for _, r := range d.Text {
		switch {
		case r < utf8.RuneSelf:
			// ASCII, most of a text in Latin letters: a cheap test.
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				cased++
			}
		case !unicode.IsLetter(r):
		case unicode.IsUpper(r) || unicode.IsLower(r):
			cased++
		default:
			other++
		}
		if cased+other >= 5000 {
			break
		}
	}
	return other > cased
}

// extract reduces a document to features.
func extract(d *corpus.Document) *docFeat { return extractCased(d, caseless(d)) }

// caselessText returns caseless of d, computed once per document: the
// unit documents of its sentences share its text, and so the answer,
// which scanning the text's first letters anew for each cost a tenth of
// the sentence aligner's time in an article of short paragraphs.
func caselessText(d *corpus.Document) bool {
	return d.Memo(caselessKey{}, func() any { return caseless(d) }).(bool)
}

// caselessKey keys caselessText in a document's memo.
type caselessKey struct{}

// extractCased is extract of d, whose letters are mostly without case
// when noCase is set.
func extractCased(d *corpus.Document, noCase bool) *docFeat {
	x := newFeatReader(d, noCase)
	for pi, p := range d.Paragraphs {
		x.paragraph(pi, p)
	}
	for id := range x.f.types {
		x.f.types[id].df = int(x.df[id])
	}
	x.f.byKind = x.byKind
	x.f.caseless = noCase
	return x.f
}

// featReader reads a document's features paragraph by paragraph.
type featReader struct {
	d           *corpus.Document
	f           *docFeat
	noCase      bool
	namesByCase bool
	words       int // in the whole document
	// One map a kind while reading: a string key hashes faster than a
	// struct, and there is one lookup a token.
	byKind [kGloss + 1]map[string]int32
	// The runes of every key share slabs: one allocation per thousands
	// of types.
	slab     []rune
	slabSize int
	// Per type, dense so that a token touches little memory: 1 + the
	// last paragraph that held it, the paragraphs holding it, and whether
	// low is set.
	seen, df []int32
	hasLow   []bool
	starts   []int // first words of the paragraph's sentences, sorted
	// The paragraph's types are collected in ptypes and then copied to
	// slabs shared by many paragraphs.
	ptypes, tslab []int32
	fo            *folder
}

func newFeatReader(d *corpus.Document, noCase bool) *featReader {
	base, _ := d.Lang.Base()
	x := &featReader{d: d, noCase: noCase, namesByCase: capsMeanNames(d.Lang), fo: newFolder(),
		f: &docFeat{paras: make([]paraFeat, len(d.Paragraphs)), lang: iso3(d.Lang), base: base}}
	// Sized for the vocabulary of a document of this length, so that the
	// maps rarely grow: words a distinct type about one time in four.
	for _, p := range d.Paragraphs {
		x.words += len(p.Words)
	}
	// A long document repeats its words: Heaps' law, about 40·√words
	// types in news text, bounds the guess, which sizes tables that every
	// token touches.
	vocab := min(x.words/4, 40*int(math.Sqrt(float64(x.words))))
	hint := [kGloss + 1]int{kWord: vocab + 8, kIdent: vocab/16 + 4, kNumber: vocab/16 + 4, kURL: 4}
	x.f.types = make([]tokType, 0, vocab+8)
	for k := range x.byKind {
		x.byKind[k] = make(map[string]int32, hint[k])
	}
	// The first slab is sized to the text, which bounds its keys' runes
	// but for case folds that expand: a one-sentence document (a batch
	// record) should not clear 32 KB.
	x.slabSize = min(8192, len(d.Text)+16)
	return x
}

// runesOf returns the runes of s, in a slab.
func (x *featReader) runesOf(s string) []rune {
	n := utf8.RuneCountInString(s)
	if cap(x.slab)-len(x.slab) < n {
		x.slab = make([]rune, 0, max(x.slabSize, n))
		x.slabSize = 8192
	}
	start := len(x.slab)
	for _, r := range s {
		x.slab = append(x.slab, r)
	}
	return x.slab[start:len(x.slab):len(x.slab)]
}

// add counts a token of kind k and key in paragraph pi and returns its
// type.
func (x *featReader) add(pi int, k kind, key string, name bool, num number) int32 {
	id, ok := x.byKind[k][key]
	if !ok {
		id = int32(len(x.f.types))
		x.f.types = append(x.f.types, tokType{key: key, kind: k, num: num, r: x.runesOf(key)})
		x.byKind[k][key] = id
		x.seen = append(x.seen, 0)
		x.df = append(x.df, 0)
		x.hasLow = append(x.hasLow, false)
	}
	if name {
		x.f.types[id].name = true
	}
	if x.seen[id] != int32(pi)+1 {
		x.seen[id] = int32(pi) + 1
		x.ptypes = append(x.ptypes, id)
		x.df[id]++
	}
	return id
}

// paragraph reads paragraph pi, p: its addresses, numbers and words.
func (x *featReader) paragraph(pi int, p corpus.Paragraph) {
	x.ptypes = x.ptypes[:0]
	text := x.d.Slice(p.Span)
	urls, urlChars := x.readURLs(pi, text)
	inURL := func(off int) bool {
		for _, m := range urls {
			if off >= m[0] && off < m[1] {
				return true
			}
		}
		return false
	}
	for _, nm := range scanNumerals(text, x.d.Lang) {
		if inURL(nm.start) {
			continue
		}
		if nm.ok {
			x.add(pi, kNumber, nm.num.canon, false, nm.num)
		} else {
			x.add(pi, kWord, nm.num.canon, true, number{})
		}
	}
	x.f.paras[pi].chars = x.readWords(pi, p, inURL)
	x.f.paras[pi].urlOnly = len(urls) > 0 && urlChars*2 >= len(text)
	if n := len(x.ptypes); n > 0 {
		if cap(x.tslab)-len(x.tslab) < n {
			x.tslab = make([]int32, 0, max(min(8192, x.words), n))
		}
		start := len(x.tslab)
		x.tslab = append(x.tslab, x.ptypes...)
		x.f.paras[pi].types = x.tslab[start:len(x.tslab):len(x.tslab)]
	}
	sortInt32(x.f.paras[pi].types)
}

// readURLs adds the addresses of paragraph pi's text, tokens of their
// own whose insides are not prose, and returns where they are and how
// many bytes they hold.
func (x *featReader) readURLs(pi int, text string) (urls [][]int, chars int) {
	var found [][]int
	if strings.IndexByte(text, '/') >= 0 || strings.IndexByte(text, '@') >= 0 || strings.Contains(text, "www.") {
		found = urlRE().FindAllStringIndex(text, -1)
	}
	for _, m := range found {
		u := normURL(text[m[0]:m[1]])
		if strings.Count(u, ".") == 0 && !strings.Contains(u, "@") {
			continue
		}
		urls = append(urls, m)
		chars += m[1] - m[0]
		x.add(pi, kURL, u, false, number{})
	}
	return urls, chars
}

// readWords adds the words of paragraph pi, p, outside addresses, and
// returns the paragraph's letters and digits.
func (x *featReader) readWords(pi int, p corpus.Paragraph, inURL func(int) bool) int {
	d := x.d
	// Sentence starts matter only where capitals mark names.
	x.starts = x.starts[:0]
	cased := x.namesByCase && !x.noCase
	if cased {
		x.starts = sentenceStarts(p, x.starts)
	}
	chars := 0
	for _, w := range p.Words {
		raw := d.Slice(w)
		chars += alnumCount(raw)
		if inURL(w.Start - p.Span.Start) {
			continue
		}
		raw = mainPart(raw)
		if raw == "" || isNumeral(raw) {
			continue
		}
		key := x.fo.fold(raw)
		n := utf8.RuneCountInString(key)
		k, name := classify(raw, x.noCase)
		if !name && cased && startsUpper(raw) && !sortedHas(x.starts, w.Start) && !afterOpener(d.Text, w.Start) {
			name = true
		}
		switch {
		case k == kIdent && n >= 2, n >= 3, n >= 2 && !isLatinish(raw):
			if id := x.add(pi, k, key, name, number{}); !x.hasLow[id] {
				x.f.types[id].low = strings.ToLower(raw)
				x.hasLow[id] = true
			}
		}
	}
	return chars
}

// afterOpener reports whether the word at off follows an opening quote,
// a colon or a dash, after which a capital may start a quoted sentence
// rather than mark a name.
func afterOpener(text string, off int) bool {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:off])
		switch {
		case r == ' ' || r == '\u00A0':
			off -= n
			continue
		case strings.ContainsRune("\"“„«‹'‘‚:—–-([", r):
			return true
		}
		return false
	}
	return false
}

// sentenceStarts appends to out the start of the first word at or after
// the start of each of p's sentences (-1 if none), and sorts them.
// Sentences come in order, so the search resumes where the last one
// stopped: the words it passed start before the previous sentence, so
// before this one too.
func sentenceStarts(p corpus.Paragraph, out []int) []int {
	k, prev := 0, -1
	for _, s := range p.Sentences {
		if s.Start < prev {
			k = 0
		}
		prev = s.Start
		for k < len(p.Words) && p.Words[k].Start < s.Start {
			k++
		}
		if k < len(p.Words) {
			out = append(out, p.Words[k].Start)
		} else {
			out = append(out, -1)
		}
	}
	slices.Sort(out)
	return out
}

func sortedHas(a []int, x int) bool {
	_, ok := slices.BinarySearch(a, x)
	return ok
}

// mainPart strips elisions and clitics joined by an apostrophe ("Meta's",
// "l'intelligence", "dell'anno") down to their longest part.
func mainPart(s string) string {
	// ’ is encoded with a leading 0xE2 byte.
	if strings.IndexByte(s, '\'') < 0 && (strings.IndexByte(s, 0xE2) < 0 || !strings.Contains(s, "’")) {
		return s
	}
	best := ""
	// On a tie the later part wins: elided articles come first (dell'anno).
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '\'' || r == '’' }) {
		if len(p) >= len(best) {
			best = p
		}
	}
	return best
}

func isNumeral(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case digitValue(r) >= 0:
			digit = true
		case r == '.' || r == ',' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return digit
}

// classify tells identifiers (letters with digits, inner capitals, all
// capitals) from ordinary words. Latin words in caseless text are names.
func classify(s string, noCase bool) (kind, bool) {
	var letters, upper, digits, innerUpper int
	latin := false
	rest := s // what the rune loop below still has to read
	if asciiCase(s) == 0 {
		// The common case, counted bytewise: no capitals.
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'a' <= c && c <= 'z':
				letters++
				latin = true
			case '0' <= c && c <= '9':
				digits++
			}
		}
		rest = ""
	}
	for i, r := range rest {
		if r < utf8.RuneSelf { // ASCII, where Latin letters are a-z and A-Z
			switch {
			case 'A' <= r && r <= 'Z':
				upper++
				letters++
				if i > 0 {
					innerUpper++
				}
				latin = true
			case 'a' <= r && r <= 'z':
				letters++
				latin = true
			case '0' <= r && r <= '9':
				digits++
			}
			continue
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
			if i > 0 {
				innerUpper++
			}
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
		if unicode.Is(unicode.Latin, r) {
			latin = true
		}
	}
	switch {
	case digits > 0 && letters > 0:
		return kIdent, true
	case innerUpper > 0 && (upper >= 2 || !startsUpper(s)):
		return kIdent, true // NASA, OpenAI, GPUs, iPhone
	case noCase && latin:
		return kWord, true
	}
	return kWord, false
}

// alnumCount returns the number of letters and digits in s.
func alnumCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					n++
				}
			}
			return n
		}
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			n++
		}
	}
	return n
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isLatinish reports whether s is written in a script with short words
// that carry little (Latin, Cyrillic, Greek): there, two-letter words are
// function words.
func isLatinish(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r) {
			return true
		}
	}
	return false
}

// sortInt32 sorts a paragraph's types. They come mostly in order, new
// types with growing ids, so insertion sort does little work on a
// paragraph; it hands long ones to slices.Sort.
func sortInt32(a []int32) {
	if len(a) > 64 {
		slices.Sort(a)
		return
	}
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && a[j-1] > x {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}

// weigh sets each type's weight from its document frequency: a type found
// in every paragraph weighs next to nothing, a rare one about log N. The
// smoothing (N+2) keeps short documents usable: in a one-paragraph source
// every word still weighs log 3.
func (f *docFeat) weigh() {
	n := float64(len(f.paras))
	for i := range f.types {
		t := &f.types[i]
		t.w = math.Log((n + 2) / float64(t.df))
		if t.w < 0 {
			t.w = 0
		}
		// Short words are mostly function words (Zipf's law of
		// abbreviation), which a short document's counts cannot reveal.
		if t.kind == kWord && !t.name && len(t.r) < 6 {
			t.w *= float64(len(t.r)+1) / 7
		}
	}
}
