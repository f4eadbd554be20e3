package entities

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/bounded"
	"github.com/crossread/crossread/internal/gloss"
	"github.com/crossread/crossread/internal/translit"
	"golang.org/x/text/language"
)

// The place names are embedded as strings, not read from an embed.FS:
// reading copies them, and each run needs the names of two or three of
// their languages only.
var (
	//go:embed data/places.tsv
	placesTSV string
	//go:embed data/places-extra.tsv
	placesExtraTSV string
	//go:embed data/cities.tsv
	citiesTSV string
)

// place is one territory, city or language.
type place struct {
	id        string   // "T:CN"
	kind      byte     // 'T' territory, 'C' city, 'L' language
	country   bool     // a territory with a code of letters, not a region ("World")
	union     bool     // a body CLDR lists among territories: the EU, the UN, the eurozone
	world     bool     // the world, which a source names in "global" (世界的)
	continent bool     // a continent: Africa, the Americas, Asia, Europe, Oceania
	cldr      string   // CLDR's "lang=name|name" columns, each after a tab
	added     []string // the columns places-extra.tsv adds
}

// columns calls fn with the names ("name|name") of each column of p in
// lang, CLDR's first, saying which are CLDR's. A place's line is searched,
// not split: an article needs the names of two or three languages of
// thirty.
func (p *place) columns(lang string, fn func(names string, cldr bool)) {
	needle := "\t" + lang + "="
	for rest := p.cldr; ; {
		i := strings.Index(rest, needle)
		if i < 0 {
			break
		}
		rest = rest[i+len(needle):]
		names, _, _ := strings.Cut(rest, "\t")
		fn(names, true)
	}
	for _, col := range p.added {
		if l, names, _ := strings.Cut(col, "="); l == lang {
			fn(names, false)
		}
	}
}

// placeIndex finds places by a word of their name. The names of a
// language are read and indexed the first time a run asks for them.
type placeIndex struct {
	list  []place
	langs map[string]*langPlaces
	mu    sync.Mutex
	// every holds each place's names in every language, folded, read the
	// first time a check asks for them (anyPlaceName).
	every []everyName
}

// everyName is the names of one place in every language, made once.
type everyName struct {
	once  sync.Once
	names [][]string
}

// langPlaces holds the names of every place in one language.
type langPlaces struct {
	once   sync.Once
	names  [][][]string     // place → names → folded words
	cldr   []int            // place → how many of names are CLDR's, before the added ones
	byWord map[string][]int // folded word's prefix → places
	byHead map[string][]int // first two runes of a name → places
}

var places = sync.OnceValue(func() *placeIndex {
	more := map[string][]string{} // id → added columns
	for _, line := range strings.Split(placesExtraTSV, "\n") {
		id, cols, ok := strings.Cut(line, "\t")
		if ok && !strings.HasPrefix(line, "#") {
			more[id] = append(more[id], strings.Split(cols, "\t")...)
		}
	}
	ix := &placeIndex{langs: map[string]*langPlaces{}}
	// The cities CLDR lacks are read as its own. Each file is read in
	// place: joining them would copy a megabyte, which costs a fresh
	// process some milliseconds of page faults.
	for _, file := range []string{placesTSV, citiesTSV} {
		for line := range strings.SplitSeq(file, "\n") {
			id, _, ok := strings.Cut(line, "\t")
			if !ok || len(id) < 3 || strings.HasPrefix(line, "#") {
				continue
			}
			cols := line[len(id):]
			ix.list = append(ix.list, place{id: id, kind: id[0], country: id[0] == 'T' && !unicode.IsDigit(rune(id[2])), world: id == "T:001",
				union:     id == "T:EU" || id == "T:EZ" || id == "T:UN",
				continent: continents[id],
				cldr:      cols, added: more[id]})
		}
	}
	ix.every = make([]everyName, len(ix.list))
	return ix
})

// in returns the names of the places in lang, indexed.
func (ix *placeIndex) in(lang string) *langPlaces {
	ix.mu.Lock()
	lp := ix.langs[lang]
	if lp == nil {
		lp = &langPlaces{}
		ix.langs[lang] = lp
	}
	ix.mu.Unlock()
	lp.once.Do(func() { lp.read(ix.list, lang) })
	return lp
}

// read folds and indexes the names in lang of every place in list.
// zh-Hant stays apart from zh: its short forms (中美) are other words in
// Simplified Chinese.
func (lp *langPlaces) read(list []place, lang string) {
	lp.names = make([][][]string, len(list))
	lp.cldr = make([]int, len(list))
	lp.byWord, lp.byHead = map[string][]int{}, map[string][]int{}
	for k := range list {
		list[k].columns(lang, func(forms string, cldr bool) {
			for f := range strings.SplitSeq(forms, "|") {
				ws := placeWords(f)
				if len(ws) == 0 {
					continue
				}
				lp.names[k] = append(lp.names[k], ws)
				if cldr {
					lp.cldr[k]++
				}
				addIndex(lp.byHead, head(ws[0]), k)
				for _, w := range ws {
					if utf8.RuneCountInString(w) >= 2 {
						addIndex(lp.byWord, prefix(w), k)
					}
				}
			}
		})
	}
}

// placeName returns CLDR's first name in lang of place k as written, or
// "".
func placeName(k int, lang string) string {
	name := ""
	places().list[k].columns(lang, func(forms string, cldr bool) {
		if cldr && name == "" {
			name, _, _ = strings.Cut(forms, "|")
		}
	})
	return name
}

func addIndex(m map[string][]int, key string, k int) {
	if l := m[key]; len(l) == 0 || l[len(l)-1] != k {
		m[key] = append(l, k)
	}
}

// placeWords folds a name and splits it into words; a name in a script
// without spaces stays one word.
func placeWords(s string) []string {
	for _, r := range s {
		if translit.IsHan(r) || translit.IsKana(r) {
			return []string{strings.ReplaceAll(s, " ", "")}
		}
	}
	return strings.FieldsFunc(undotted(foldPlace(s)), func(r rune) bool { return !inPlaceWord(r) })
}

// undotted returns an initialism without its full stops ("u.s." is
// "us"), and any other word as it is.
func undotted(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, ".") {
		return w
	}
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i+1] != '.' || !unicode.IsLetter(rune(w[i])) {
			return w
		}
	}
	return strings.ReplaceAll(w, ".", "")
}

// inPlaceWord reports whether r stays inside a word of a place name: a
// word character, or a typewriter apostrophe ("Mi'kmaw"). The typographic
// one splits ("N’Djamena" is "n" and "djamena"), as the index was built.
func inPlaceWord(r rune) bool { return corpus.IsWordRune(r) || r == '\'' }

// foldPlace folds a name for looking it up, except in Devanagari, whose
// vowel signs folding would drop.
func foldPlace(s string) string {
	for _, r := range s {
		if unicode.Is(unicode.Devanagari, r) {
			return s
		}
	}
	return corpus.FoldName(s)
}

// formRunes is how many letters the forms of a place's name share, as
// their stems alternate past them: "europe" and "european", "Япония" and
// "японский", "Marruecos" and "marroquí", "Москва" and "московский".
const formRunes = 4

// prefix keys the index of name words by the letters their forms share.
func prefix(w string) string { return firstRunes(w, formRunes) }

// head keys the index of names in scripts without spaces by their first
// two characters.
func head(w string) string { return firstRunes(w, 2) }

// firstRunes returns the first n characters of w, reading no further:
// head is taken at every character of a paragraph.
func firstRunes(w string, n int) string {
	k := 0
	for ; n > 0 && k < len(w); n-- {
		_, size := utf8.DecodeRuneInString(w[k:])
		k += size
	}
	return w[:k]
}

// stemOf leaves out the last two letters of a long word that ends in a
// vowel (one of a word of six), where inflection changes it ("Hiszpania",
// "Hiszpanii"); a word ending in a consonant stays whole ("Schwestern" is
// no form of "Schweiz"), and so does a Devanagari word.
func stemOf(w string) (string, bool) {
	first, _ := utf8.DecodeRuneInString(w)
	n := utf8.RuneCountInString(w)
	if n <= 5 || unicode.Is(unicode.Devanagari, first) {
		return w, false
	}
	cut := 2
	if n == 6 { // "Regina" is no stem of "Regierung"
		cut = 1
	}
	if r, _ := utf8.DecodeLastRuneInString(w); !strings.ContainsRune(stemVowels, r) {
		return w, false
	}
	st := w
	for ; cut > 0; cut-- {
		_, k := utf8.DecodeLastRuneInString(st)
		st = st[:len(st)-k]
	}
	return st, true
}

// stemVowels are the final letters inflection replaces, folded.
const stemVowels = "aeiouyаеёиоуыэюяйьіїє"

// maxEnding is the longest ending an inflected or derived form adds to a
// place's name that ends in a vowel, which inflection replaces ("Москве",
// "российскими").
const maxEnding = 3

// endsInVowel reports whether the folded word w ends in a vowel.
func endsInVowel(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(stemVowels, r)
}

// stemMatch reports whether the folded word w is the name word fw or an
// inflection of it.
func stemMatch(w, fw string) bool {
	st, cut := stemOf(fw)
	if !cut {
		first, _ := utf8.DecodeRuneInString(fw)
		if unicode.Is(unicode.Devanagari, first) {
			// Hindi makes an adjective with -īya: यूरोप, यूरोपीय.
			return w == fw || w == fw+"ीय"
		}
		// An ending, not another word: "Сёва" does not start
		// "Севастополе". A name that ends in a consonant takes longer
		// suffixes whole ("Rzym", "Rzymianin").
		if w == fw || strings.HasPrefix(w, fw) && utf8.RuneCountInString(fw) >= 4 && (utf8.RuneCountInString(w[len(fw):]) <= maxEnding || !endsInVowel(fw)) {
			return true
		}
		// A short name changes its last vowel alone ("Азия", "Азии"),
		// softening the consonant before it in Ukrainian and Polish
		// ("Осака", "Осаці"; "Praga", "Pradze").
		n := utf8.RuneCountInString(fw)
		last, k := utf8.DecodeLastRuneInString(fw)
		// Changes, not drops: "Mal" is no Mali.
		nw := utf8.RuneCountInString(w)
		stem := fw[:len(fw)-k]
		return n >= 4 && strings.ContainsRune(stemVowels, last) && nw >= n && nw <= n+1 &&
			(strings.HasPrefix(w, stem) || softenedCase(w, stem))
	}
	return strings.HasPrefix(w, st)
}

// softenedCase reports whether w is stem in the locative or dative,
// whose ending softens its last consonant: Ukrainian к, г, х as ц, з, с
// before і, Polish k, g, ch as c, dz, sz before e ("Осаці", "Pradze").
func softenedCase(w, stem string) bool {
	for _, a := range [...][3]string{{"к", "ц", "і"}, {"г", "з", "і"}, {"х", "с", "і"}, {"ch", "sz", "e"}, {"k", "c", "e"}, {"g", "dz", "e"}} {
		if st, ok := strings.CutSuffix(stem, a[0]); ok {
			return w == st+a[1]+a[2]
		}
	}
	return false
}

// closeForm reports whether the folded word w is the name word fw with
// at most a two-letter ending changed or added. A word opening a sentence
// has its capital from its place, so only such a close form makes it a
// place there: "Армению" is Armenia, but "Читайте" (read) is no form of
// Chita, nor "Самое" (the most) of Samoa.
func closeForm(w, fw string) bool {
	if w == fw {
		return true
	}
	st, _ := stemOf(fw)
	if !strings.HasPrefix(w, st) {
		return false
	}
	return utf8.RuneCountInString(w)-utf8.RuneCountInString(st) <= 2
}

// srcText is a source paragraph as the place and transliteration rules
// read it.
type srcText struct {
	lang   string
	raw    string // the paragraph as written
	start  int    // of raw in the document's Text
	words  []word
	spaced bool       // the script separates words (not Chinese or Japanese)
	masked []string   // words with letters masked by asterisks ("р*сійськими"), folded
	rom    *romanised // the text romanised, shared; nil until asked for
	short  []int      // the places its short forms stand for; nil until asked for
}

// has reports whether the name ws (folded words) is written in the
// source, allowing inflected endings in a spaced script.
func (s srcText) has(ws []string) bool {
	if !s.spaced {
		return strings.Contains(s.raw, strings.Join(ws, ""))
	}
	compounds := wordClass()["compounds"][s.lang]
	declines := wordClass()["declines"][s.lang]
	suffixed := wordClass()["apostrophesuffix"][s.lang]
	for _, fw := range ws {
		ok := false
		for _, w := range s.words {
			if strings.Contains(w.folded, "-") && slices.ContainsFunc(strings.Split(w.folded, "-"), func(p string) bool { return stemMatch(p, fw) }) {
				ok = true // "рассказчика-англичанина": a compound of two nouns
				break
			}
			if suffixed && stemMatch(beforeApostrophe(w.folded), fw) {
				ok = true // "Fas'ta": in Morocco
				break
			}
			if stemMatch(w.folded, fw) || declines && declinedForm(w.folded, fw) || s.lang == "de" && germanAdjectiveOf(w.folded, fw) ||
				compounds && compoundOf(w.folded, fw) {
				ok = true
				break
			}
		}
		for _, m := range s.masked {
			ok = ok || stemMatch(unmask(m, fw), fw)
		}
		ok = ok || s.prefixed(fw)
		if !ok {
			return false
		}
	}
	return true
}

// compoundOf reports whether the folded word w, of a language that joins
// words into compounds (data/words.txt compounds), ends with the place
// name fw, maybe with a case ending: "Mitteleuropa", "Ostdeutschlands",
// "Westeuropas" name Europe and Germany.
func compoundOf(w, fw string) bool {
	if utf8.RuneCountInString(fw) < 4 {
		return false
	}
	k := strings.LastIndex(w, fw)
	return k >= 3 && len(w)-k-len(fw) <= 2
}

// germanAdjectiveOf reports whether the folded German word w is an
// adjective made from the place name fw, its last two letters dropped
// and -isch added: "brasilianischen" of Brasilien, "sibirischen" of
// Sibirien, "italienische" of Italien.
func germanAdjectiveOf(w, fw string) bool {
	rs := []rune(fw)
	if len(rs) < 7 {
		return false
	}
	stem := string(rs[:len(rs)-2])
	return strings.HasPrefix(w, stem) && strings.Contains(w[len(stem):], "isch")
}

// placeExplains reports whether the folded target word tw, of language
// tl, is a word of the name of a place that a source writes in its own
// language ("south" for 南非).
func placeExplains(tw, tl string, srcs []srcText) bool {
	if shortFormExplains(tw, tl, srcs) {
		return true
	}
	ix := places()
	for _, k := range ix.in(tl).byWord[prefix(tw)] {
		if !ix.in(tl).hasWord(k, tw) {
			continue
		}
		demonym := !ix.in(tl).cldrWord(k, tw)
		for _, s := range srcs {
			for _, ws := range ix.in(s.lang).names[k] {
				if s.has(ws) || demonym && s.hasAdjective(ws) {
					return true
				}
			}
		}
	}
	return false
}

// hasAdjective reports whether the source has a word, longer than the
// stem, formed from the one-word place name ws: the adjective or people
// that a target demonym renders ("Japanese" for "японский"), which most
// languages write in lower case and no list of names holds.
func (s srcText) hasAdjective(ws []string) bool {
	if !s.spaced || len(ws) != 1 || utf8.RuneCountInString(ws[0]) <= formRunes {
		return false
	}
	stem := prefix(ws[0])
	for _, w := range s.words {
		if strings.HasPrefix(w.folded, stem) && utf8.RuneCountInString(w.folded) > formRunes {
			return true
		}
	}
	return false
}

// placeWord reports whether the folded parts spell the whole name of a
// territory or city in language tl ("China", "Jersey").
func placeWord(parts []string, tl string) bool {
	if len(parts) != 1 {
		return false
	}
	lp := places().in(tl)
	for _, k := range lp.byWord[prefix(parts[0])] {
		for _, ws := range lp.names[k] {
			if len(ws) == 1 && ws[0] == parts[0] {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether a name of place k has a word that is tw or a
// form of it ("european" for "Europe").
func (lp *langPlaces) hasWord(k int, tw string) bool {
	tp := phonetic(tw)
	for _, ws := range lp.names[k] {
		for _, w := range ws {
			if samePhonetic(tw, tp, w, phonetic(w), false) {
				return true
			}
		}
	}
	return false
}

// sourcePlaces returns the territories and cities a source paragraph
// names, with the words that name them: capitalised words in a cased
// script, any run in a script without spaces.
func sourcePlaces(s srcText) []foundPlace {
	ix := places()
	lp := ix.in(s.lang)
	idx := lp.byHead
	if len(idx) == 0 {
		return nil
	}
	var out []foundPlace
	seen := map[int]bool{}
	add := func(k int, text string, span corpus.Span) {
		if !seen[k] && ix.list[k].kind != 'L' && !ix.list[k].world {
			seen[k] = true
			out = append(out, foundPlace{k, text, span})
		}
	}
	if !s.spaced {
		var not []corpus.Span // words that hold a place's name and name none (发展中国家)
		for w := range wordClass()["notplace."+s.lang] {
			for at := 0; ; {
				k := strings.Index(s.raw[at:], w)
				if k < 0 {
					break
				}
				not = append(not, corpus.Span{Start: at + k, End: at + k + len(w)})
				at += k + len(w)
			}
		}
		for i := 0; i < len(s.raw); {
			rest := s.raw[i:]
			best, bestLen := -1, 0
			for _, k := range idx[head(rest)] {
				for _, ws := range lp.names[k] {
					f := strings.Join(ws, "")
					if len(f) > bestLen && utf8.RuneCountInString(f) >= 2 && strings.HasPrefix(rest, f) {
						best, bestLen = k, len(f)
					}
				}
			}
			_, n := utf8.DecodeRuneInString(rest)
			if best < 0 {
				i += n
				continue
			}
			// 马里 in 马里兰 (Maryland): part of a longer name spelled
			// by sound.
			before, _ := utf8.DecodeLastRuneInString(s.raw[:i])
			after, _ := utf8.DecodeRuneInString(rest[bestLen:])
			if inKatakanaWord(rest[:bestLen], before, after) || overlaps(corpus.Span{Start: i, End: i + bestLen}, not) {
				// タイ in スタイル (style), クチン in ワクチン
				// (vaccine): Japanese writes a foreign word as one
				// run of katakana, and a place is a whole one.
				i += bestLen
				continue
			}
			if utf8.RuneCountInString(rest[:bestLen]) > 2 || !translit.SpellsSound(before) && !translit.SpellsSound(after) ||
				s.lang == "zh" && (!translit.SpellsSound(before) || !translit.SpellsSound(after)) && !inLongerWord(s.raw, i, i+bestLen) {
				add(best, rest[:bestLen], corpus.Span{Start: s.start + i, End: s.start + i + bestLen})
			}
			i += bestLen
		}
		return out
	}
	declines := wordClass()["declines"][s.lang]
	suffixed := wordClass()["apostrophesuffix"][s.lang]
	for i, w := range s.words {
		if first, _ := utf8.DecodeRuneInString(w.text); !w.cap && unicode.IsLower(first) || len(w.parts) == 0 ||
			corpus.IsStopword(w.lower, langBase(s.lang)) || wordClass()["function."+s.lang][w.lower] || // "Pero" is no "Perú", "Того" (that) no Togo
			currencyPart(s.raw, s.start, s.words, w, langBase(s.lang)) || // "dolar AS", "AS$": the currency's country
			opensPerson(s.words, i) { // "Daniel Cyrnek" is no form of Dania, "Jordan Henderson" no Jordan
			continue
		}
		for _, first := range withoutPrefixes(undotted(w.folded), s.lang) {
			if wordClass()["notplace."+s.lang][first] {
				continue // הודו: India, and "they thanked"
			}
			for _, k := range idx[head(first)] {
				for _, ws := range lp.names[k] {
					if placeAt(s, i, ws, first, declines, suffixed, &ix.list[k]) {
						add(k, w.text, corpus.Span{Start: w.span.Start, End: s.words[i+len(ws)-1].span.End})
					}
				}
			}
		}
	}
	return out
}

// withoutPrefixes returns the folded word w and, in a language that
// glues prepositions, conjunctions and the article to the next word
// (Hebrew בירושלים, Arabic بالقاهرة; data/words.txt prefix.LANG), w
// without each prefix it opens with that leaves two letters or more.
// Arabic's ل before the article's ال writes one lam (للقاهرة).
func withoutPrefixes(w, lang string) []string {
	out := []string{w}
	for p := range wordClass()["prefix."+lang] {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			out = append(out, rest)
		}
	}
	if rest, ok := strings.CutPrefix(w, "لل"); ok && lang == "ar" {
		out = append(out, "ال"+rest)
	}
	slices.Sort(out[1:])
	return out
}

// placeAt reports whether the words of source text s from word i on,
// the first read as first, spell the place name ws of place p.
func placeAt(s srcText, i int, ws []string, first string, declines, suffixed bool, p *place) bool {
	if i+len(ws) > len(s.words) {
		return false
	}
	for j, fw := range ws {
		sw := s.words[i+j]
		folded := undotted(sw.folded)
		if j == 0 {
			folded = first
		}
		if suffixed {
			folded = beforeApostrophe(folded) // "Fas'ın", "İstanbul'da"
		}
		if wordClass()["wholename"][s.lang] && folded != fw {
			return false // "הודות" (thanks) is no form of הודו (India)
		}
		if !stemMatch(folded, fw) && !(declines && declinedForm(folded, fw)) || sw.start && !closeForm(folded, fw) ||
			!declines && vowelChanged(folded, fw) {
			return false
		}
	}
	return declines || !addsMarks(s.words[i].lower, p, s.lang)
}

// beforeApostrophe returns the folded word w up to an apostrophe inside
// it, where a language writes a name's case endings after one (Turkish
// "Fas'ın", of Morocco).
func beforeApostrophe(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}

// declinedForm reports whether the folded word w is a case form of the
// place name fw whose nominative ends in -s, as Lithuanian, Latvian and
// Greek names do: the ending is replaced ("Niujorkas", "Niujorko";
// "Vilnius", "Vilniuje").
func declinedForm(w, fw string) bool {
	for _, e := range []string{"as", "is", "us", "ys", "s"} {
		if st, ok := strings.CutSuffix(fw, e); ok && utf8.RuneCountInString(st) >= 4 {
			return strings.HasPrefix(w, st) && utf8.RuneCountInString(w)-utf8.RuneCountInString(st) <= maxEnding
		}
	}
	return false
}

// vowelChanged reports whether the folded word w reads as the place name
// fw only by the last vowel of a short name changed, as Slavic case
// endings change it ("Азия", "Азии"). Where names do not decline, such a
// word is another word: German "Kübel" is no form of "Kuba".
func vowelChanged(w, fw string) bool {
	st, _ := stemOf(fw)
	return w != fw && !strings.HasPrefix(w, fw) && !strings.HasPrefix(w, st)
}

// addsMarks reports whether the lower-case word w bears a mark on a letter
// where every name of place p in lang has the bare letter: a writer may
// leave out a name's accents, but does not add them, and in German "ä" is
// another letter than "a" ("Mäher" is no "Mahé"). Languages that decline
// names mark their derived words ("Portugalsko", "portugalština").
func addsMarks(w string, p *place, lang string) bool {
	adds := true
	p.columns(lang, func(names string, _ bool) {
		for _, n := range strings.Split(names, "|") {
			if !marksAdded(w, strings.ToLower(n)) {
				adds = false
			}
		}
	})
	return adds
}

// marksAdded reports whether w has a letter outside ASCII where the name
// n has an ASCII one, comparing letter by letter from the start, short of
// the name's last two letters, which case endings replace ("Kubě" for
// "Kuba" in Czech).
func marksAdded(w, n string) bool {
	nr := []rune(n)
	for i, r := range []rune(w) {
		if i >= len(nr)-2 {
			break
		}
		if r != nr[i] && r > unicode.MaxASCII && nr[i] <= unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// inKatakanaWord reports whether the name, in katakana, is part of a
// longer katakana word: the rune before or after it is katakana or the
// prolonged sound mark.
func inKatakanaWord(name string, before, after rune) bool {
	for _, r := range name {
		if !katakana(r) {
			return false
		}
	}
	return katakana(before) || katakana(after) || before == 'ー' || after == 'ー'
}

func langBase(s string) language.Base {
	b, _ := language.ParseBase(s)
	return b
}

type foundPlace struct {
	k    int
	text string // as the source writes it
	span corpus.Span
}

// placeIn reports whether the target words tw name place k in language tl.
func placeIn(k int, tl string, tw []word, srcWord string) bool {
	for _, ws := range places().in(tl).names[k] {
		for _, fw := range ws {
			if !corpus.IsStopword(fw, langBase(tl)) && spelt(tw, fw) {
				return true
			}
		}
	}
	// The source's own spelling kept ("Maurice" the man, not Mauritius).
	return spelt(tw, corpus.FoldName(srcWord))
}

// placeInAnyLanguage reports whether the target words tw spell place k by
// its name in any language the data has, all its words: a translation
// may keep the local name ("Napoli" for German "Neapel" in English).
func placeInAnyLanguage(k int, tw []word) bool {
	// Spelt exactly, each word, and not short: a foreign name matched by
	// its sound or of two letters ("US") is any word.
	return anyPlaceName(k, func(ws []string) bool {
		return !slices.ContainsFunc(ws, func(w string) bool { return !hasPart(tw, w) })
	})
}

// placeNamedAnyhow reports whether parts, folded, are a whole name of
// place k in a language of the data.
func placeNamedAnyhow(k int, parts []string) bool {
	return anyPlaceName(k, func(ws []string) bool { return slices.Equal(ws, parts) })
}

// anyPlaceName reports whether match holds for the folded words of a
// name of place k, in any language of the data, of formRunes letters or
// more: a name of two letters ("US") is any word. The names are folded
// once a place: every paragraph that names a place asks for them.
func anyPlaceName(k int, match func(ws []string) bool) bool {
	e := &places().every[k]
	e.once.Do(func() {
		pl := places().list[k]
		for _, col := range append(strings.Split(pl.cldr, "\t"), pl.added...) {
			_, names, ok := strings.Cut(col, "=")
			if !ok {
				continue
			}
			for n := range strings.SplitSeq(names, "|") {
				if ws := placeWords(n); len(ws) > 0 && utf8.RuneCountInString(strings.Join(ws, "")) >= formRunes {
					e.names = append(e.names, ws)
				}
			}
		}
	})
	return slices.ContainsFunc(e.names, match)
}

// hasPart reports whether a part of one of the words tw is f.
func hasPart(tw []word, f string) bool {
	return slices.ContainsFunc(tw, func(w word) bool { return slices.Contains(w.parts, f) })
}

// spelt reports whether a part of one of the words tw is the folded word
// f (see same), comparing with the parts' phonetic forms worked out once.
func spelt(tw []word, f string) bool {
	fp := phonetic(f)
	for _, w := range tw {
		for j, part := range w.parts {
			if samePhonetic(part, w.phon[j], f, fp, false) {
				return true
			}
		}
	}
	return false
}

// romanised holds the Latin spellings a source in a script without
// letters for names offers: the pinyin of every run of one to four Han
// characters (Chinese) and the skeletons of kana runs and of Cyrillic and
// Devanagari words.
type romanised struct {
	kanji     bool            // a Japanese source writes names in kanji, which have no one reading
	sounds    []string        // consonant classes of foreign names spelled in Han characters
	hanRuns   [][]hanReadings // runs of Han characters, each character's readings
	skeletons map[string]bool
	affixes   map[string]bool // skeletons of the start and end of katakana runs
	glossed   *glossary       // names a dictionary gives Han words of the source (corpus.NamesGlossed)
	clipped   []string        // skeletons of short katakana words, which may clip a loanword (インスタ)
}

// glossary holds the names CC-CEDICT's glosses give the Han words of
// texts, looked up on first use: most sources need no name explained.
type glossary struct {
	texts []string
	once  sync.Once
	names map[string]bool
}

// has reports whether part is a name the glosses give; a nil glossary
// has none.
func (g *glossary) has(part string) bool {
	if g == nil {
		return false
	}
	g.once.Do(func() {
		for _, t := range g.texts {
			for w := range corpus.NamesGlossed(t) {
				if g.names == nil {
					g.names = map[string]bool{}
				}
				g.names[w] = true
			}
		}
	})
	return g.names[part]
}

// hanReadings are the readings of a Han character: pinyin, the Korean and
// Vietnamese ones (translit.SinoReadings), the Japanese ones
// (translit.JapaneseReadings) and the Cantonese ones
// (translit.CantoneseReadings), all static data, and the pinyin as
// Wade-Giles spells it.
type hanReadings struct{ pinyin, sino, japanese, wade, cantonese []string }

// hanCache remembers the readings of the Han characters read lately: a
// character's readings are static, and gathering them, the Wade-Giles
// spellings above all, cost more than the rest of reading a source.
var hanCache = bounded.New[rune, hanReadings](1 << 14)

// readingsOfHan returns the readings of c, and whether it is a Han
// character with a pinyin reading.
func readingsOfHan(c rune) (hanReadings, bool) {
	if c < 0x2e80 { // below every CJK block: no lock taken for Latin text
		return hanReadings{}, false
	}
	if h, ok := hanCache.Get(c); ok {
		return h, true
	}
	py := translit.Pinyin(c)
	if len(py) == 0 {
		return hanReadings{}, false
	}
	h := hanReadings{py, translit.SinoReadings(c), translit.JapaneseReadings(c), wadeSpellings(py), translit.CantoneseReadings(c)}
	hanCache.Put(c, h)
	return h, true
}

// wadeSpellings returns pinyin readings py with their Wade-Giles
// spellings after them, py itself when Wade-Giles spells them all alike:
// a syllable spelt as in pinyin ("wan" in "Chiang Wan-an") is read in
// either.
func wadeSpellings(py []string) []string {
	out := py
	for _, p := range py {
		if w := translit.WadeGiles(p); w != p && !slices.Contains(out, w) {
			if len(out) == len(py) {
				out = slices.Clone(py)
			}
			out = append(out, w)
		}
	}
	return out
}

// katakanaSkeletons returns the skeletons of a run of kana, of two
// consonants or more: as read, and with b dropped before reducing, as
// katakana writes v as b ("ネバーランド", Neverland; "レバンテ", Levante)
// and the skeleton drops v.
func katakanaSkeletons(run string) []string {
	romaji := translit.Romaji(run)
	var out []string
	for _, sk := range []string{translit.Skeleton(romaji), translit.Skeleton(strings.ReplaceAll(romaji, "b", ""))} {
		if len(sk) >= 2 && !slices.Contains(out, sk) {
			out = append(out, sk)
		}
	}
	return out
}

// katakana reports whether r is katakana (or the prolonged sound mark).
func katakana(r rune) bool { return unicode.In(r, unicode.Katakana) }

// romanise returns what the source texts srcs offer romanised.
func romanise(srcs []srcText) romanised {
	if len(srcs) == 1 {
		return srcs[0].romanised()
	}
	r := romanised{skeletons: map[string]bool{}, affixes: map[string]bool{}}
	for _, s := range srcs {
		o := s.romanised()
		r.kanji = r.kanji || o.kanji
		r.sounds = append(r.sounds, o.sounds...)
		r.hanRuns = append(r.hanRuns, o.hanRuns...)
		maps.Copy(r.skeletons, o.skeletons)
		maps.Copy(r.affixes, o.affixes)
		r.clipped = append(r.clipped, o.clipped...)
		if o.glossed != nil {
			if r.glossed == nil {
				r.glossed = &glossary{}
			}
			r.glossed.texts = append(r.glossed.texts, o.glossed.texts...)
		}
	}
	return r
}

// romanised returns what s offers romanised: worked out once per source
// paragraph when s was read from a document (rom), else now.
func (s srcText) romanised() romanised {
	if s.rom != nil {
		return *s.rom
	}
	return romaniseText(s)
}

// romaniseText romanises one source text: its result is read only.
func romaniseText(s srcText) romanised {
	r := romanised{skeletons: map[string]bool{}, affixes: map[string]bool{}}
	if s.lang == "zh" || s.lang == "ja" {
		// Names in Han characters: Chinese ones read in pinyin (also in
		// Japanese text: 習近平, Xi Jinping), Korean and Vietnamese ones
		// as those languages read the characters (金正恩, Kim Jong-un).
		var syl []hanReadings
		for _, c := range s.raw {
			if h, ok := readingsOfHan(c); ok {
				syl = append(syl, h)
				continue
			}
			if len(syl) > 0 {
				r.hanRuns = append(r.hanRuns, syl)
				syl = nil
			}
		}
		if len(syl) > 0 {
			r.hanRuns = append(r.hanRuns, syl)
		}
	}
	if s.lang == "zh" {
		r.sounds = append(r.sounds, foreignSounds(s.raw)...)
	}
	if s.lang == "zh" || s.lang == "ja" {
		// "Reuters" for 路透社, "Panasonic" for 松下: no sound explains them.
		r.glossed = &glossary{texts: []string{s.raw}}
	}
	if s.lang == "ja" && strings.IndexFunc(s.raw, translit.IsHan) >= 0 {
		r.kanji = true
	}
	if s.lang == "ja" {
		var run []rune
		flush := func() {
			for _, sk := range katakanaSkeletons(string(run)) {
				r.skeletons[sk] = true
			}
			if katakana(run[0]) {
				// "エボラウイルス" is Ebola and a virus: the name may
				// open or close a run of katakana.
				for k := 2; k < len(run); k++ {
					for _, part := range []string{string(run[:k]), string(run[k:])} {
						for _, sk := range katakanaSkeletons(part) {
							r.affixes[sk] = true
						}
					}
				}
				// "インスタ" is Instagram: Japanese clips loanwords.
				if sk := translit.Skeleton(translit.Romaji(string(run))); len(sk) >= 3 && len(run) <= 5 {
					r.clipped = append(r.clipped, sk)
				}
			}
			run = run[:0]
		}
		for _, c := range s.raw {
			// Hiragana particles glue to no name: "このフェラーリを".
			if len(run) > 0 && c != 'ー' && translit.IsKana(c) && katakana(c) != katakana(run[0]) {
				flush()
			}
			if translit.IsKana(c) && c != 'ー' || c == 'ー' && len(run) > 0 {
				run = append(run, c)
				continue
			}
			if len(run) > 0 {
				flush()
			}
		}
		if len(run) > 0 {
			flush()
		}
	}
	for _, w := range s.words {
		if !w.trans {
			continue
		}
		// "मोहन-जोदड़ो" is also "mohanjodaro", as one word.
		for _, p := range append(append(w.parts, strings.Join(w.parts, "")), w.alts...) {
			if sk := translit.Skeleton(p); len(sk) >= 2 {
				r.skeletons[sk] = true
			}
		}
	}
	return r
}

// spelledInPinyin reports whether part is the pinyin of one to four
// consecutive characters of a run of Han characters of the source, each
// read any of its ways, Korean and Vietnamese ones too ("jong" for 正). Matching on demand, not listing every reading of
// every stretch, keeps polyphonic text cheap.
func (r romanised) spelledInPinyin(part string) bool {
	// Shaanxi doubles its vowel to tell itself from Shanxi (山西).
	if i := strings.Index(part, "aa"); i >= 0 && r.spelledInPinyin(part[:i]+part[i+1:]) {
		return true
	}
	// A part is read one way throughout: in pinyin, as Korean or
	// Vietnamese read the characters, or as Japanese does; mixing them
	// explains too much ("bushi" from 付 read bu in Korean and 十 shi in
	// pinyin).
	var from func(run []hanReadings, sys readingSystem, i, n int, rest string) bool
	from = func(run []hanReadings, sys readingSystem, i, n int, rest string) bool {
		for _, py := range sys.of(run[i]) {
			if n > 1 && sys == japanese && !strings.HasPrefix(rest, py) {
				py = translit.Voiced(py) // 岸田 Kishida
			}
			if py == "" || !strings.HasPrefix(rest, py) {
				continue
			}
			if len(py) == len(rest) || n < 4 && i+1 < len(run) && from(run, sys, i+1, n+1, rest[len(py):]) {
				return true
			}
		}
		// Inside a Japanese compound a final chi, tsu, ku or ki doubles
		// the next consonant (日東 Nitto, 日本 Nippon).
		if sys == japanese && n < 4 && i+1 < len(run) {
			for _, py := range sys.of(run[i]) {
				if next, ok := geminatedRest(py, rest); ok && from(run, sys, i+1, n+1, next) {
					return true
				}
			}
		}
		return false
	}
	for _, run := range r.hanRuns {
		for i := range run {
			for _, sys := range []readingSystem{pinyin, sino, japanese, wadeGiles, cantonese} {
				if part != "" && from(run, sys, i, 1, part) {
					return true
				}
			}
		}
	}
	return false
}

// geminatedRest returns what of rest the next character must read when
// rest opens with reading py geminated before it (nichi as "nit" before
// "to" in "nitto"; as "nip" before "hon", read "pon", in "nippon").
func geminatedRest(py, rest string) (string, bool) {
	stem, ok := translit.GeminationStem(py)
	if !ok || len(rest) < len(stem)+3 || rest[:len(stem)] != stem {
		return "", false
	}
	c, next := rest[len(stem)], rest[len(stem)+1:]
	switch {
	case next[0] != c:
		return "", false
	case c == 'k' || c == 's' || c == 't':
		return next, true
	case c == 'p':
		return "h" + next[1:], true // 本 is read hon, spelled pon after the p
	}
	return "", false
}

// readingSystem is one way of reading Han characters in Latin letters.
type readingSystem int

const (
	pinyin    readingSystem = iota
	sino                    // Korean and Vietnamese
	japanese                // kun and on
	wadeGiles               // Taiwan's and older spellings of Chinese (Chiang, Kaohsiung)
	cantonese               // Hong Kong's spellings (Wong, Cheung, Chan)
)

func (s readingSystem) of(h hanReadings) []string {
	switch s {
	case sino:
		return h.sino
	case japanese:
		return h.japanese
	case cantonese:
		return h.cantonese
	case wadeGiles:
		return h.wade
	}
	return h.pinyin
}

// explainsName reports whether a part of a word of the target name n is
// the romanised form of a source word: a transliteration that matches,
// inflected or not ("Jacobson" for "Джейкобсона"), explains the name.
func (r romanised) explainsName(n name) bool {
	if len(r.skeletons) == 0 {
		return false
	}
	for _, w := range n.words {
		if w.acro { // letters, not sounds: "EPL" for "АПЛ" is paired apart
			continue
		}
		for _, p := range w.parts {
			if r.explains(p) {
				return true
			}
		}
	}
	return false
}

func (r romanised) explains(part string) bool {
	if r.glossed.has(part) || r.spelledInPinyin(part) || r.kanji && translit.Hepburn(part) {
		return true
	}
	sk := translit.Skeleton(part)
	if len(sk) >= 2 && r.skeletons[sk] || len(sk) >= 2 && r.affixes[sk] {
		return true
	}
	for _, c := range r.clipped {
		if len(sk) > len(c) && strings.HasPrefix(sk, c) {
			return true
		}
	}
	// "Gilles Lellouche" for Жиль Лелуш: French sounds in Cyrillic letters.
	for _, f := range translit.ForeignReadings(part) {
		if fsk := translit.Skeleton(f); len(fsk) >= 2 && r.skeletons[fsk] {
			return true
		}
	}
	// Spellings differ in a letter or two ("kaplowitz", "kaiplovitj").
	if len(sk) >= 3 {
		for ssk := range r.skeletons {
			if len(ssk) >= 3 && similarity(sk, ssk) >= 0.8 {
				return true
			}
		}
	}
	if len(r.sounds) > 0 {
		ps := translit.Sounds(part)
		if len(ps) < 2 {
			return true // "Rio", "Iowa": too few sounds to tell
		}
		heard := translit.Sounds(heardSpelling(part))
		for _, cs := range r.sounds {
			if similarity(ps, cs) >= 0.75 || similarity(heard, cs) >= 0.75 {
				return true
			}
		}
	}
	return false
}

var silentSpellings = strings.NewReplacer("gh", "", "sch", "sh", "ch", "k")

// heardSpelling spells a Latin name closer to how Chinese hears it: no
// adjective -ic, a final m as n, no silent gh, a German ch as k, and no
// r closing a syllable
// ("schumacher" is "shumake", 舒马赫; "pittsburgh" is "pittsbug", 匹兹堡).
func heardSpelling(s string) string {
	// "Islamic" is said from "Islam", and Mandarin ends no syllable in
	// m: 伊斯兰.
	if len(s) > 5 && strings.HasSuffix(s, "ic") {
		s = strings.TrimSuffix(s, "ic")
	}
	if strings.HasSuffix(s, "m") {
		s = strings.TrimSuffix(s, "m") + "n"
	}
	s = silentSpellings.Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 'r' && i > 0 && (i+1 == len(s) || !strings.ContainsRune("aeiouy", rune(s[i+1]))) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// foreignSounds returns the consonant classes of every stretch of two to
// six characters inside the runs of a Chinese text that spell foreign
// names by sound (休斯敦 for Houston).
func foreignSounds(text string) []string {
	var out []string
	var run []rune
	flush := func() {
		for i := range run {
			spellings := []string{""} // every reading of run[i:j], a few at most
			for j := i; j < len(run) && j < i+6; j++ {
				var next []string
				for _, sp := range spellings {
					for _, py := range translit.Pinyin(run[j]) {
						if len(next) < 16 {
							next = append(next, sp+py)
						}
					}
				}
				spellings = next
				if j == i {
					continue
				}
				for _, sp := range spellings {
					if cs := translit.Sounds(sp); len(cs) >= 2 {
						out = append(out, cs)
					}
				}
			}
		}
		run = run[:0]
	}
	for _, c := range text {
		if translit.SpellsSound(c) {
			run = append(run, c)
			continue
		}
		flush()
	}
	flush()
	return out
}

// prefixed reports whether a word of s is the place name fw, or a word
// formed from its stem, with a prefix of data/words.txt placeprefix
// before it ("подмосковье" and "подмосковный" for "Москва").
func (s srcText) prefixed(fw string) bool {
	pre := wordClass()["placeprefix."+s.lang]
	if len(pre) == 0 || utf8.RuneCountInString(fw) < 4 {
		return false
	}
	for _, w := range s.words {
		for p := range pre {
			if rest, ok := strings.CutPrefix(w.folded, p); ok && (stemMatch(rest, fw) || strings.HasPrefix(rest, prefix(fw))) {
				return true
			}
		}
	}
	return false
}

// maskedWords returns the words of text that asterisks mask letters of,
// as news in some countries writes the name of an enemy ("р*сійськими",
// "рос*яни"), folded, the asterisks kept: letters on both sides of each.
func maskedWords(text string) []string {
	var out []string
	for off := 0; ; {
		k := strings.IndexByte(text[off:], '*')
		if k < 0 {
			return out
		}
		k += off
		start, end := k, k+1
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if !unicode.IsLetter(r) && r != '*' {
				break
			}
			start -= n
		}
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r) && r != '*' {
				break
			}
			end += n
		}
		if w := text[start:end]; start < k && end > k+1 && strings.Count(w, "*") <= 2 {
			parts := strings.Split(w, "*")
			for i, p := range parts {
				parts[i] = foldPlace(p)
			}
			out = append(out, strings.Join(parts, "*"))
		}
		off = end
	}
}

// unmask returns the masked word m with each asterisk replaced by the
// letter of fw at its place: the reading of m as fw, if any.
func unmask(m, fw string) string {
	want := []rune(fw)
	got := []rune(m)
	for i, r := range got {
		if r == '*' && i < len(want) {
			got[i] = want[i]
		}
	}
	return string(got)
}

// inLongerWord reports whether text[i:j], a place's name of two Han
// characters beside one that spells sound, lies inside a longer name or
// word CC-CEDICT knows: 马里兰 (Maryland) around 马里 (Mali), 马赛克
// (mosaic) around 马赛 (Marseille). A place with no such word around it
// and sound on one side only stands alone (北京多阴雨, much rain in
// Beijing); with sound on both sides it may be inside a name CC-CEDICT
// lacks (波特马里恩, Point Marion).
func inLongerWord(text string, i, j int) bool {
	return len(corpus.NamesAround(text, i, j)) > 0 || gloss.For(language.Chinese).Holds(text, i, j)
}

// continents are CLDR's territories that are continents (UN M49 codes),
// which a target may name from elsewhere as it names a country.
var continents = map[string]bool{"T:002": true, "T:009": true, "T:019": true, "T:142": true, "T:150": true}

// opensPerson reports whether word i of ws is a listed given name that a
// capitalised word follows: a person's name opens there.
func opensPerson(ws []word, i int) bool {
	return i+1 < len(ws) && ws[i+1].cap && givenNames()[corpus.FoldName(ws[i].text)]
}
