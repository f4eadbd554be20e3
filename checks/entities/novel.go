package entities

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/translit"
	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"
)

// novelNames returns the target names with a word that is no common word
// of the target language and that nothing in the sources explains: no
// source word spells it, the rule data and the place names do not
// localise it, and it is not the pinyin or the sound of a source word. A
// name the translator made up or took from elsewhere ("Oprah Winfrey" for
// "Tracy Ullman", "Singapore" for 地球) shows so; a name translated word
// by word does not, its words being common ones.
func novelNames(text string, tw []word, lang language.Base, sw []word, srcs []srcText, exo []rules.Exonym, rom romanised) []name {
	cased := true // every source writes in a cased script
	for _, s := range srcs {
		cased = cased && s.spaced && s.lang != "hi"
	}
	nv := &novelty{lang: lang, tl: lang.String(), sw: sw, srcs: srcs, exo: exo, rom: rom, cased: cased,
		memo: map[string]bool{}, foreign: foreignAcronyms(srcs), latin: latinAcronyms(srcs, tw)}
	// The quoted stretches of the sources the target does not keep,
	// found once: a title translated leaves one.
	dropped := sync.OnceValue(func() bool {
		for _, q := range sourceQuotes(srcs) {
			if !strings.Contains(text, q) {
				return true
			}
		}
		return false
	})
	var out []name
	for _, n := range runs(text, tw, nv.keep) {
		if adjectiveOpening(n, tw) {
			continue
		}
		if spellsOut(n, nv.foreign, lang) || translatedTitle(text, n, dropped) && !namesPlace(n, nv.tl, nil, nv.explained) {
			continue
		}
		if namesPlace(n, nv.tl, srcs, nv.explained) || nv.novel(n) {
			out = append(out, n)
		}
	}
	return out
}

// novelty judges the target names of one paragraph against its sources
// for novelNames.
type novelty struct {
	lang    language.Base
	tl      string
	sw      []word
	srcs    []srcText
	exo     []rules.Exonym
	rom     romanised
	cased   bool            // every source writes in a cased script
	memo    map[string]bool // explained, by part: a long paragraph names its places and persons again and again
	foreign map[int]bool    // the lengths of the sources' acronyms in other scripts
	latin   []string        // the sources' acronyms in Latin letters the target lacks
}

// keep reports whether the target word w may be part of a name.
func (nv *novelty) keep(w word) bool {
	if !w.cap || isNumber(w.text) || isRoman(w.text) || len(w.parts) == 0 || shouting(w) {
		return false
	}
	f := corpus.FoldName(w.text)
	if wordClass()["calendar"][f] || wordClass()["calendar"][w.parts[0]] || corpus.IsStopword(f, nv.lang) || emphatic(w, nv.lang) ||
		wordClass()["particle"][f] {
		return false
	}
	// A sentence opens with a capital: only a word that is no common word
	// is a name there, or a country's or city's whole name, which the
	// word list may hold too ("Philippines").
	return !w.start || !corpus.IsWord(w.lower, nv.lang) || onePlaceWord(w, nv.tl)
}

// explained reports whether the sources explain the name part part,
// worked out once per part.
func (nv *novelty) explained(part string) bool {
	if v, ok := nv.memo[part]; ok {
		return v
	}
	sw, exo := nv.sw, nv.exo
	v := matchesAny(part, phonetic(part), false, sw, exo) || shortened(word{wordForms: &wordForms{}}, part, sw) ||
		placeExplains(part, nv.tl, nv.srcs) || nv.rom.explains(part) || inCompound(part, nv.srcs) || spacedCode(part, nv.srcs) ||
		joinsWords(part, sw) || initialsOf(part, sw) || slices.ContainsFunc(sw, func(x word) bool { return respelt(part, x.text) })
	// "Marxist" for 马克思主义: a word made from a name the sources
	// spell.
	for _, stem := range nameStems(part, nv.tl) {
		v = v || nv.rom.explains(stem) || matchesAny(stem, phonetic(stem), false, sw, exo)
	}
	nv.memo[part] = v
	return v
}

// inSources reports whether part is a source word, or a sound spelling of
// one in other letters (トランプ, Трамп): stronger than the sounds of Han
// characters.
func (nv *novelty) inSources(part string) bool {
	sk := translit.Skeleton(part)
	return matchesAny(part, phonetic(part), false, nv.sw, nv.exo) || len(sk) >= 3 && nv.rom.skeletons[sk]
}

// novel reports whether the target name n has a word that nothing in the
// sources explains.
func (nv *novelty) novel(n name) bool {
	// "New Zealand", "Hong Kong": one word in the source.
	var joined []string
	for _, w := range n.words {
		joined = append(joined, w.parts...)
	}
	if len(joined) > 1 && nv.rom.explains(strings.Join(joined, "")) {
		return false
	}
	novel, national, anchored := 0, 0, 0
	for i, w := range n.words {
		switch {
		case novelWord(w, nv.lang, nv.cased, nv.explained) && !nv.foreign[acronymLength(w)] && !alikeAny(w, nv.latin):
			if addedGivenName(n, i, nv.explained, nv.inSources) {
				continue // "Donald Trump" for "Trump"
			}
			novel++
			if !w.acro && len(w.parts) == 1 && countryForm(w.parts[0], nv.srcs) {
				national++
			}
		case !w.acro && !commonWord(w.text, nv.lang):
			anchored++ // a word the sources explain, no common one
		}
	}
	// "Deutsche Bahn" for "die Bahn": the source's name completed by the
	// word for its country in the source's language. A common word
	// anchors nothing: "Russian Navy" for "the navy" adds a country.
	return novel > 0 && (anchored == 0 || national < novel)
}

// addedGivenName reports whether word i of n is a listed given name
// right before the rest of the name, all of it explained by the sources:
// the person's first name, which a translation adds where the source
// gives the surname alone ("Donald Trump" for "Trump", "Sergei Lavrov"
// for "Лавров").
func addedGivenName(n name, i int, explained, inSources func(string) bool) bool {
	w := n.words[i]
	if w.acro || i+1 >= len(n.words) || !givenNames()[corpus.FoldName(w.text)] {
		return false
	}
	var rest []string
	for _, x := range n.words[i+1:] {
		if x.acro || !x.cap || len(x.parts) == 0 {
			return false
		}
		rest = append(rest, x.parts...)
	}
	// One part must be a source word ("Trump", トランプ); sounds the
	// source's Han characters may spell explain two or more ("Hui
	// Ching-yu", 许正宇), not one ("Merkel").
	for _, p := range rest {
		if !explained(p) || len(rest) == 1 && !inSources(p) {
			return false // "George Bush" for "Netanjahu": Bush is a word, not the source's
		}
	}
	return true
}

// nameStems returns the names that the folded word part of language tl
// may be made from by a suffix of followers or doctrines (data/words.txt
// namesuffix: "marxist", "thatcherism", "darwinian"), shortest suffix
// last.
func nameStems(part, tl string) []string {
	var out []string
	for suf := range wordClass()["namesuffix."+tl] {
		stem, ok := strings.CutSuffix(part, suf)
		// A bare n follows a name's final a only, and a long name's
		// ("Majorca-n", "Alaska-n"; "Phan" is no "Pha-n").
		if ok && utf8.RuneCountInString(stem) >= 3 && (suf[0] != 'n' || strings.HasSuffix(stem, "a") && utf8.RuneCountInString(stem) >= 5) {
			out = append(out, stem)
		}
	}
	slices.Sort(out)
	return out
}

// adjectiveOpening reports whether n is one word opening a sentence
// with an English adjective ending before a lower-case word ("Cyanuric
// acid"): a term, no name.
func adjectiveOpening(n name, tw []word) bool {
	w := n.words[0]
	if len(n.words) != 1 || !w.start || w.acro {
		return false
	}
	lower := w.lower
	adj := false
	for _, e := range []string{"ic", "ous", "ive", "ical", "ary"} {
		adj = adj || strings.HasSuffix(lower, e) && len(lower) > len(e)+3
	}
	for i, x := range tw {
		if x.span == w.span {
			return adj && i+1 < len(tw) && !tw[i+1].cap
		}
	}
	return false
}

// namesPlace reports whether the target name n holds the whole name of a
// territory or city ("United States", "Shanghai") that the sources do not
// name: common words or not, it came from elsewhere.
func namesPlace(n name, tl string, srcs []srcText, explained func(string) bool) bool {
	var parts []string
	for _, w := range n.words {
		if w.acro {
			return false
		}
		parts = append(parts, w.parts...)
	}
	if len(parts) == 0 {
		return false
	}
	ix := places()
	lp := ix.in(tl)
	for start := range parts {
		for _, k := range lp.byWord[prefix(parts[start])] {
			p := ix.list[k]
			if !p.country && p.kind != 'C' {
				continue
			}
			// CLDR's own names, not demonyms ("Polish"), and no city
			// that is a frequent word ("Center"); a rare one is the
			// city ("Boston", "Berlin").
			for _, ws := range lp.names[k][:lp.cldr[k]] {
				if p.kind == 'C' && len(ws) == 1 && corpus.IsCommonWord(ws[0], langBase(tl)) {
					continue
				}
				if len(ws) > len(parts)-start || ws[0] != parts[start] {
					continue
				}
				whole := true
				for j, w := range ws {
					whole = whole && parts[start+j] == w
				}
				if !whole {
					continue
				}
				for _, w := range ws {
					if explained(w) {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// novelWord reports whether a part of w is no common word of lang and
// not explained.
func novelWord(w word, lang language.Base, cased bool, explained func(string) bool) bool {
	if len(w.parts) > 1 && explained(strings.Join(w.parts, "")) {
		return false
	}
	if w.acro {
		// Only a source that writes acronyms as English does ("UE" for
		// "EU") can leave one unexplained; Chinese, Japanese or Hindi
		// spell the name out.
		// "HE", "YOU": a pronoun in capitals is emphasis.
		return cased && len(w.parts) == 1 && len(w.parts[0]) >= 2 && !wordClass()["acronym"][strings.ToUpper(w.parts[0])] &&
			!corpus.IsStopword(w.lower, lang) && !explained(w.parts[0])
	}
	if stem, ok := pluralAcronym(w.text); ok {
		// "CDs", "CEOs": the acronym's plural.
		return cased && !wordClass()["acronym"][stem] && !explained(strings.ToLower(stem))
	}
	if commonWord(w.text, lang) && strings.ContainsAny(w.text, "'’") {
		return false // "Doesn't", "They'll": a contraction in a title
	}
	for _, p := range w.parts {
		if len(p) < 3 || corpus.IsWord(p, lang) || corpus.IsStopword(p, lang) || wordClass()["calendar"][p] || wordClass()["form"][p] {
			continue
		}
		if !explained(p) {
			return true
		}
	}
	return false
}

// pluralAcronym returns the acronym that w is the plural of: capitals and
// a lower-case s ("CDs", "CEOs"; not "Cs").
func pluralAcronym(w string) (string, bool) {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 2 {
		return "", false
	}
	for _, r := range stem {
		if r < 'A' || r > 'Z' {
			return "", false
		}
	}
	return stem, true
}

// inCompound reports whether the folded target word part, of five letters
// or more, is written inside a longer word of a source in a language that
// joins nouns into one word (German): "Lippe" in "Nordlippe", "Europe"
// in "Mitteleuropa", "Bundestag" in "Bundestagsabgeordnete". The word
// less its last letter will do, as the compound may inflect it.
// countryForm reports whether the folded word part is formed from the
// name of a country in the language of a source: its first formRunes
// letters open that name ("deutsche", Deutschland).
func countryForm(part string, srcs []srcText) bool {
	if utf8.RuneCountInString(part) < formRunes+1 {
		return false
	}
	ix := places()
	for _, s := range srcs {
		lp := ix.in(s.lang)
		for _, k := range lp.byWord[prefix(part)] {
			if !ix.list[k].country {
				continue
			}
			for _, ws := range lp.names[k] {
				if len(ws) == 1 && prefix(ws[0]) == prefix(part) {
					return true
				}
			}
		}
	}
	return false
}

// translatedTitle reports whether the target name n stands alone in
// quotation marks where a source in Latin letters quotes words of its own
// that the target does not keep (dropped): a title translated ('the "Wallbound"
// exhibition' for 'die Ausstellung "Wandgebunden"'). A script without
// capitals quotes names ("“廷巴克图”"), and the caller keeps a quoted place.
func translatedTitle(text string, n name, dropped func() bool) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:n.span.Start])
	after, _ := utf8.DecodeRuneInString(text[n.span.End:])
	return isQuote(before) && isQuote(after) && dropped()
}

// sourceQuotes returns the quoted stretches of the sources in Latin
// letters: a script without capitals quotes names ("“廷巴克图”").
func sourceQuotes(srcs []srcText) []string {
	var out []string
	for _, s := range srcs {
		if script, _ := language.Make(s.lang).Script(); s.spaced && script.String() == "Latn" {
			out = append(out, quotedStretches(s.raw)...)
		}
	}
	return out
}

// quotedStretches returns the stretches of one to four words that text
// sets in quotation marks.
func quotedStretches(text string) []string {
	var out []string
	open := -1
	for i, r := range text {
		if !isQuote(r) {
			continue
		}
		if open >= 0 {
			q := strings.TrimSpace(text[open:i])
			if n := len(strings.Fields(q)); n >= 1 && n <= 4 {
				out = append(out, q)
			}
			open = -1
			continue
		}
		open = i + utf8.RuneLen(r)
	}
	return out
}

// isQuote reports whether r is a quotation mark of any language.
func isQuote(r rune) bool {
	return unicode.In(r, unicode.Quotation_Mark, unicode.Pi, unicode.Pf)
}

// spacedCode reports whether part, letters and then digits ("b19",
// "sw1"), stands in a source with a space between the two ("B 19", "SW
// 1"): a road or a switch, written closed up.
func spacedCode(part string, srcs []srcText) bool {
	k := strings.IndexAny(part, "0123456789")
	if k <= 0 || strings.IndexFunc(part[k:], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	letters, digits := part[:k], " "+part[k:]
	for _, s := range srcs {
		for at := 0; ; {
			i := strings.Index(s.raw[at:], digits)
			if i < 0 {
				break
			}
			i += at
			end := i + len(digits)
			if i >= len(letters) && strings.EqualFold(s.raw[i-len(letters):i], letters) && (end == len(s.raw) || s.raw[end] < '0' || s.raw[end] > '9') {
				return true
			}
			at = i + 1
		}
	}
	return false
}

func inCompound(part string, srcs []srcText) bool {
	n := utf8.RuneCountInString(part)
	if n < 5 {
		return false
	}
	_, k := utf8.DecodeLastRuneInString(part)
	stem := part[:len(part)-k]
	if n == 5 {
		stem = part
	}
	for _, s := range srcs {
		if capitalisesNamesOnly(langBase(s.lang)) {
			continue
		}
		for _, w := range s.words {
			if len(w.folded) > len(stem) && strings.Contains(w.folded, stem) {
				return true
			}
		}
	}
	return false
}

// foreignAcronyms returns the lengths of the source's acronyms in a script
// other than Latin ("АЕС", "ЗСУ"): a translation writes its own acronym
// for them ("NPP", "UAF"), of as many letters more often than not, which
// no spelling or sound relates. A country's acronym (США, ОАЭ) is left
// out: the place data reads it.
func foreignAcronyms(srcs []srcText) map[int]bool {
	out := map[int]bool{}
	for _, s := range srcs {
		for _, w := range s.words {
			if n := acronymLength(w); n >= 2 && !w.latin && !placeWord([]string{w.folded}, s.lang) {
				out[n] = true
			}
		}
	}
	return out
}

// latinAcronyms returns the acronyms in Latin letters of three letters or
// more that the sources write, alone or before a hyphen ("EVP-Fraktion"),
// and no target word of tw (or part of one between hyphens) is: a translation may have rendered them as
// acronyms of its own words.
func latinAcronyms(srcs []srcText, tw []word) []string {
	var out []string
	for _, s := range srcs {
		for _, w := range s.words {
			if !w.latin {
				continue
			}
			a, _, _ := strings.Cut(w.text, "-")
			if isAcronym(a) && utf8.RuneCountInString(a) >= 3 {
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 {
		return nil // most sources: the target's words need no reading
	}
	kept := map[string]bool{}
	for _, w := range tw {
		for p := range strings.SplitSeq(w.text, "-") {
			kept[p] = true
		}
	}
	return slices.DeleteFunc(out, func(a string) bool { return kept[a] })
}

// alikeAny reports whether the target word w is an acronym that renders
// one of the source acronyms srcs: as many letters, all but one of them
// shared, in any order ("EPP" for "EVP", "MHM" for "HGM": the words
// translated, their initials reordered).
func alikeAny(w word, srcs []string) bool {
	if !w.acro || !w.latin || len(w.parts) != 1 {
		return false
	}
	for _, a := range srcs {
		if acronymsAlike(w.text, a) {
			return true
		}
	}
	return false
}

// acronymsAlike reports whether acronyms a and b have as many letters,
// three or more, all but one shared (counted with repeats).
func acronymsAlike(a, b string) bool {
	ra, rb := []rune(strings.ToUpper(a)), []rune(strings.ToUpper(b))
	if len(ra) != len(rb) || len(ra) < 3 || a == b {
		return false
	}
	left := map[rune]int{}
	for _, r := range rb {
		left[r]++
	}
	shared := 0
	for _, r := range ra {
		if left[r] > 0 {
			left[r]--
			shared++
		}
	}
	return shared >= len(ra)-1
}

// acronymLength returns the letters of w when it is one acronym, or the
// plural of one ("MCIs"), else 0.
func acronymLength(w word) int {
	if stem, ok := pluralAcronym(w.text); ok {
		return len(stem)
	}
	if !w.acro || len(w.parts) != 1 {
		return 0
	}
	// Letters as written: РЖД is three, though its transliteration
	// "rzhd" has four.
	n := 0
	for _, r := range w.text {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// spellsOut reports whether the target name n, of two words or more,
// writes out a source acronym in another script: one whose letters are
// as many as its words, give or take one ("Moscow International Film
// Festival" for ММКФ, "Russian Railways" for РЖД, a railway being two
// words in Russian).
func spellsOut(n name, foreign map[int]bool, lang language.Base) bool {
	k := 0
	for _, w := range n.words {
		if w.acro || !w.cap {
			continue
		}
		for _, p := range w.parts {
			if !corpus.IsStopword(p, lang) {
				k++
			}
		}
	}
	return k >= 2 && (foreign[k-1] || foreign[k] || foreign[k+1])
}

// joinsWords reports whether part is two or three words of ws that a
// space apart written as one ("Hanoi" for "Hà Nội", "Kyivstar" for "Kyiv Star").
func joinsWords(part string, ws []word) bool {
	for k := range ws {
		rest, n := part, 0
		for j := k; j < len(ws) && j < k+3 && len(ws[j].parts) == 1 && (j == k || ws[j].span.Start-ws[j-1].span.End == 1); j++ {
			p, ok := strings.CutPrefix(rest, ws[j].parts[0])
			if !ok {
				break
			}
			rest, n = p, n+1
			if rest == "" {
				return n >= 2
			}
		}
	}
	return false
}

// initialsOf reports whether the folded acronym part, of three letters or
// more, is the initials of a run of capitalised source words ws, an
// acronym among them giving all its letters and small function words
// none ("USGS" for "US Geological Survey", "UNSC" for "UN Security
// Council", "ECB" for "European Central Bank").
func initialsOf(part string, ws []word) bool {
	_, ok := initialsRun(part, ws)
	return ok
}

// initialsRun returns the span of the run of words ws whose initials
// the folded acronym part is (see initialsOf).
func initialsRun(part string, ws []word) (corpus.Span, bool) {
	if utf8.RuneCountInString(part) < 3 {
		return corpus.Span{}, false
	}
	for i := range ws {
		var b strings.Builder
		for _, w := range ws[i:] {
			switch {
			case w.acro:
				b.WriteString(strings.ToLower(w.text))
			case w.cap:
				r, _ := utf8.DecodeRuneInString(w.lower)
				b.WriteRune(r)
			case b.Len() > 0 && utf8.RuneCountInString(w.lower) <= 3:
				continue // "of", "for", "the"
			}
			if !w.cap && !w.acro || !strings.HasPrefix(part, b.String()) {
				break
			}
			if b.String() == part {
				return corpus.Span{Start: ws[i].span.Start, End: w.span.End}, true
			}
		}
	}
	return corpus.Span{}, false
}

// onePlaceWord reports whether the word w is the whole name, one word, of
// a country or city in language tl.
func onePlaceWord(w word, tl string) bool {
	if len(w.parts) != 1 || w.acro { // "US" opening a sentence may be the pronoun in capitals
		return false
	}
	_, ok := placeNamedWhole(name{words: []word{w}}, tl)
	return ok
}
