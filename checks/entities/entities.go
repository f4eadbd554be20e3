package entities

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/checkdoc"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/bounded"
	"github.com/crossread/crossread/internal/datalines"
	"github.com/crossread/crossread/internal/lcs"
	"github.com/crossread/crossread/internal/quantity"
	"github.com/crossread/crossread/internal/translit"
	"github.com/crossread/crossread/rules"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

//go:embed doc.go
var docFile string

// Check is the entities check. It reads the rules its pass hands it.
var Check = &checks.Check{Name: "entities", Severity: checks.Major, Fixes: true, Doc: checkdoc.Extract(docFile), Run: func(p *checks.Pass) error {
	r, err := p.Rules()
	if err != nil {
		return err
	}
	return Run(p, r.Exonyms)
}, Prepare: prepare}

// prepare reads the place names of the languages in play and the word
// lists, which every article needs.
func prepare(env checks.Env, target language.Tag, sources []language.Tag) {
	env.RulePacks()
	abbrevs()
	wordClass()
	counters()
	openers()
	ix := places()
	for _, t := range append([]language.Tag{target}, sources...) {
		b, _ := t.Base()
		ix.in(b.String())
	}
}

// word is one word of a paragraph, with what the check needs to know of it.
type word struct {
	*wordForms             // what its spelling says, shared by the words so spelt: read only
	span       corpus.Span // in the document's Text
	text       string
	start      bool // first word of a sentence, or after a colon
	latin      bool // written in Latin letters
	shout      bool // long and in capitals in a paragraph written in capitals
}

// name is a run of capitalised words (or, in a source without letter case,
// of Latin-script words) taken for one proper name.
type name struct {
	words []word
	span  corpus.Span
	place int // 1 + the index of the country or city the name is, when read as one (findPlaces); 0 otherwise
}

func (n name) text(d *corpus.Document) string { return d.Slice(n.span) }

// from returns the name of the words of n from its word k on ("Yoichi
// Tanaka" of "Financial Officer Yoichi Tanaka").
func (n name) from(k int) name {
	return name{words: n.words[k:], span: corpus.Span{Start: n.words[k].span.Start, End: n.span.End}}
}

// wordName returns the name of the one word w.
func wordName(w word) name { return name{words: []word{w}, span: w.span} }

// parts returns the folded parts of all the words of n, in order.
func (n name) parts() []string {
	var parts []string
	for _, w := range n.words {
		parts = append(parts, w.parts...)
	}
	return parts
}

// Run checks the pass knowing the localised name forms exo.
func Run(p *checks.Pass, exo []rules.Exonym) error {
	tgt := p.Target()
	tscript, _ := tgt.Lang.Script()
	// Organisations are read in every script, paragraph by paragraph side
	// by side as the rest of the check reads them.
	p.Each(len(tgt.Paragraphs), func(i int, p *checks.Pass) {
		for _, w := range linked.Windows(p, i) {
			orgsReplaced(p, i, w)
		}
	})
	if tscript.String() != "Latn" {
		for i := range tgt.Paragraphs {
			if !sourcesNamePlace(p, i) {
				continue // no windows to read: they align sentences
			}
			for _, w := range linked.Windows(p, i) {
				placesAcrossScripts(p, i, w)
			}
		}
	}
	if persons, ok := personChecks[tscript.String()]; ok {
		for i := range tgt.Paragraphs {
			if !sourcesNamePerson(p, i) {
				continue // no windows to read: they align sentences
			}
			for _, w := range linked.Windows(p, i) {
				persons(p, i, w)
			}
		}
		return nil
	}
	if tscript.String() != "Latn" {
		return nil
	}
	tb, _ := tgt.Lang.Base()
	// Each paragraph is read on its own, side by side with others: the
	// check takes the most time of all on an article. The paragraph's own
	// pass shadows the check's, so that every finding goes through it and
	// comes out in paragraph order.
	p.Each(len(tgt.Paragraphs), func(i int, p *checks.Pass) {
		srcs := linked.Sources(p, i)
		if len(srcs) == 0 {
			return
		}
		for _, w := range linked.Windows(p, i) {
			c := newParagraph(p, exo, i, tb, w)
			for _, sp := range srcs {
				c.readSource(sp)
			}
			c.findNew()
			c.findMisspelt()
			c.findCodeNamesTranslated()
			c.findRenderedNames()
			c.findArticleDropped()
			c.pairAcronyms()
			c.report()
		}
	})
	return nil
}

// personChecks are the checks of persons alone for the scripts whose
// targets the rest of the check does not read (see doc.go).
var personChecks = map[string]func(*checks.Pass, int, linked.Window){
	"Cyrl": personsAcrossScripts, "Grek": personsAcrossScripts,
	"Jpan": personsInJapanese, "Hans": personsInChinese, "Hant": personsInChinese,
	"Hebr": personsBySound, "Arab": personsBySound, "Deva": personsBySound, "Kore": personsBySound, "Hang": personsBySound,
}

// paragraph is what the check learns of one target paragraph and the
// source paragraphs aligned with it, stage by stage.
type paragraph struct {
	p   *checks.Pass
	exo []rules.Exonym
	i   int           // the target paragraph
	win linked.Window // the stretch of it read, with its sources
	tb  language.Base // the target language
	tw  []word        // the target words
	tnw []word        // the words of target names

	sw          []word     // every source word, for explaining target names
	rom         *romanised // the sources read in Latin letters, once findNew needs them
	srcParas    []srcPara
	texts       []srcText
	miss        []missing
	explainable bool         // every source can explain a target name
	romanisable bool         // every source can explain a target name's words
	placeGone   bool         // a place the source names is missing from the target
	gone        []gonePlace  // the places the sources name that the target lacks
	named       map[int]bool // every place the sources name, kept or not
	swap        *placeSwap   // a place the target names in place of one the source names
	descriptive int          // source names of common words, translated word by word

	novel       []name // target names with a word from elsewhere
	unexplained []name // target names that no source word explains
	translated  int    // target names of common words, translated from a source name
	commonOne   []name // target names of one common word, each maybe a one-word source name translated
}

// gonePlace is a place a source names that the target lacks.
type gonePlace struct {
	foundPlace
	doc int
}

// placeSwap is a target name of one country or city standing where the
// source names another.
type placeSwap struct {
	targets []corpus.Span // every mention of the target's place
	source  gonePlace
	place   bool // the target name is a place itself
	alone   bool // no source place is gone: the target's place is one no source names
}

// missing is a source name, or place, that the target lacks.
type missing struct {
	n   name
	doc int
}

func newParagraph(p *checks.Pass, exo []rules.Exonym, i int, tb language.Base, win linked.Window) *paragraph {
	tgt := p.Target()
	c := &paragraph{p: p, exo: exo, i: i, win: win, tb: tb, tw: within(words(tgt, i), win.Target), explainable: true, romanisable: true}
	if capitalisesNamesOnly(tb) {
		for _, n := range targetNames(tgt.Text, c.tw, tb) {
			c.tnw = append(c.tnw, n.words...)
		}
	}
	return c
}

// readSource reads the source paragraphs sp that the target paragraph
// translates. A source in the target's language, or in a script the check
// cannot read, explains no target name.
func (c *paragraph) readSource(sp align.SourceParas) {
	src := c.p.Source(sp.Doc)
	sb, _ := src.Lang.Base()
	if sb == c.tb {
		c.explainable, c.romanisable = false, false
		return
	}
	sscript, _ := src.Lang.Script()
	spaced := true
	switch sscript.String() {
	case "Latn", "Cyrl", "Deva", "Grek":
	case "Hans", "Hant", "Jpan":
		c.explainable, spaced = false, false
	default:
		c.explainable, c.romanisable = false, false
	}
	for _, si := range sp.Paras {
		c.readSourcePara(src, sp.Doc, si, sb, spaced)
	}
}

// readSourcePara gathers the words of paragraph si of source doc, and the
// names and places of it that the target lacks.
func (c *paragraph) readSourcePara(src *corpus.Document, doc, si int, sb language.Base, spaced bool) {
	ps, ok := sourceInWindow(c.win, doc, src.Paragraphs[si].Span)
	if !ok {
		return
	}
	ws := within(words(src, si), ps)
	if c.sw == nil {
		c.sw = ws // shared and clipped: a second paragraph's append copies
	} else {
		c.sw = append(c.sw, ws...)
	}
	c.srcParas = append(c.srcParas, srcPara{doc, si, ps, ws})
	st := srcText{lang: sb.String(), raw: src.Text[ps.Start:ps.End], start: ps.Start, words: ws, spaced: spaced}
	st.masked = maskedWords(st.raw)
	st.rom = src.Memo(romanKey{si, ps.Start}, func() any { r := romaniseText(st); return &r }).(*romanised)
	st.short = src.Memo(shortKey{si, ps.Start}, func() any { return shortPlaces(st) }).([]int)
	c.texts = append(c.texts, st)
	kept, gone := c.places(src, si, st)
	c.missingNames(src, doc, si, ps, ws, sb, kept)
	c.placeGone = c.placeGone || len(gone) > 0
	for _, fp := range gone {
		c.gone = append(c.gone, gonePlace{fp, doc})
	}
	for _, fp := range gone {
		if !c.missed(doc, fp.span) {
			c.miss = append(c.miss, missing{name{span: fp.span}, doc})
		}
	}
}

// eachSourceRead calls fn with each source paragraph that window w of
// target paragraph i reads: its document, its index and the part read.
func eachSourceRead(p *checks.Pass, i int, w linked.Window, fn func(doc int, src *corpus.Document, si int, ps corpus.Span)) {
	for _, sp := range linked.Sources(p, i) {
		src := p.Source(sp.Doc)
		for _, si := range sp.Paras {
			if ps, ok := sourceInWindow(w, sp.Doc, src.Paragraphs[si].Span); ok {
				fn(sp.Doc, src, si, ps)
			}
		}
	}
}

// sourceInWindow returns the part of source paragraph span ps of document
// doc that window w reads, and whether it reads any.
func sourceInWindow(w linked.Window, doc int, ps corpus.Span) (corpus.Span, bool) {
	if w.Sources == nil {
		return ps, true
	}
	sp, ok := w.Sources[doc]
	if !ok || !sp.Overlaps(ps) {
		return corpus.Span{}, false
	}
	return corpus.Span{Start: max(ps.Start, sp.Start), End: min(ps.End, sp.End)}, true
}

// places splits the territories and cities that source text st names, in
// its own language, into those the target names (kept) and those it does
// not (gone).
func (c *paragraph) places(src *corpus.Document, si int, st srcText) (kept []corpus.Span, gone []foundPlace) {
	found := src.Memo(placesKey{si, st.start}, func() any { return sourcePlaces(st) }).([]foundPlace)
	if c.named == nil {
		c.named = map[int]bool{}
	}
	for _, fp := range found {
		c.named[fp.k] = true
	}
	for _, fp := range found {
		if placeIn(fp.k, c.tb.String(), c.tw, fp.text) || placeDerived(fp, st.lang, c.tb.String(), c.tw) || commonNameWord(fp.text, st.lang, c.tw) ||
			c.exonymIn(fp.text) || // "UE" for "EU": a form the exonym data gives, which CLDR's names lack
			c.inLongerName(st, fp) || placeInAnyLanguage(fp.k, c.tw) || c.inTargetAcronym(name{span: fp.span}, st.words) ||
			len(places().in(c.tb.String()).names[fp.k]) == 0 { // no name in the target's language to look for
			kept = append(kept, fp.span)
		} else {
			gone = append(gone, fp)
		}
	}
	return kept, gone
}

// namesSourcePlace reports whether the target name n is, whole, the
// name in a language the place data has of a country or city a source
// names: "Napoli" for Neapel, the city's own name for its football club;
// not "American Samoa" for Samoa.
func (c *paragraph) namesSourcePlace(n name) bool {
	parts := n.parts()
	for k := range c.named {
		if placeNamedAnyhow(k, parts) {
			return true
		}
	}
	return false
}

// exonymIn reports whether a target word is a form the exonym data gives
// of the source's place name text, one word ("UE" for "EU", "ONU" for
// "UN").
func (c *paragraph) exonymIn(text string) bool {
	f := corpus.FoldName(text)
	mine := exonymsOf(f, c.exo)
	if len(mine) == 0 {
		return false
	}
	for _, t := range c.tw {
		for _, pt := range t.parts {
			if exonym(f, pt, mine) {
				return true
			}
		}
	}
	return false
}

// inLongerName reports whether the place fp stands, in source text st of
// a script without spaces, inside a longer name that the target renders
// by a word of its own: 德国之声 is Deutsche Welle, and the target lost
// no Germany.
func (c *paragraph) inLongerName(st srcText, fp foundPlace) bool {
	if st.spaced || c.tb.String() != "en" {
		return false // CC-CEDICT glosses in English
	}
	own := map[string]bool{}
	for _, ws := range places().in(c.tb.String()).names[fp.k] {
		for _, w := range ws {
			own[w] = true
		}
	}
	for _, words := range corpus.NamesAround(st.raw, fp.span.Start-st.start, fp.span.End-st.start) {
		for _, w := range words {
			if len(w) >= 3 && !own[w] && slices.ContainsFunc(c.tw, func(t word) bool { return slices.Contains(t.parts, w) }) {
				return true
			}
		}
	}
	return false
}

// placeDerived reports whether a target word of tw, in lower case or
// not, shares a start of five letters or more with a name in language tl
// of the place fp that a source in language sl names, or of the
// language the source word names ("German", "německy"; "English",
// "anglicky" from "angličtina"; "Norway", "norské"): a language that
// writes its adjectives of places in lower case names the place so.
func placeDerived(fp foundPlace, sl, tl string, tw []word) bool {
	ix := places()
	lt := ix.in(tl)
	names := lt.names[fp.k]
	src := corpus.FoldName(fp.text)
	ls := ix.in(sl)
	for _, k := range ls.byWord[prefix(src)] {
		if ix.list[k].kind == 'L' && slices.ContainsFunc(ls.names[k], func(ws []string) bool { return len(ws) == 1 && ws[0] == src }) {
			names = append(names[:len(names):len(names)], lt.names[k]...)
		}
	}
	adj := wordClass()["adjend."+tl]
	for _, ws := range names {
		for _, nw := range ws {
			stem := strings.TrimRight(nw, "aeiouyáéíóúýě")
			for _, w := range tw {
				for _, p := range w.parts {
					if utf8.RuneCountInString(nw) >= 5 && sharedStart(p, nw) >= 5 {
						return true
					}
					// "čínský" for Čína, "italský" for Itálie: the
					// name's stem and an ending of an adjective.
					if rest, ok := strings.CutPrefix(p, stem); ok && utf8.RuneCountInString(stem) >= 3 && adj[rest] {
						return true
					}
				}
			}
		}
	}
	return false
}

// sharedStart returns how many runes a and b share at their start.
func sharedStart(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, ka := utf8.DecodeRuneInString(a)
		rb, kb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[ka:], b[kb:]
	}
	return n
}

// missingNames adds the names of source words ws that the target lacks,
// and counts those it translates word by word.
func (c *paragraph) missingNames(src *corpus.Document, doc, si int, ps corpus.Span, ws []word, sb language.Base, kept []corpus.Span) {
	for _, n := range paraNames(src, si, ps, sb) {
		if n.words[0].start && !latinScript(c.tb) {
			// A given name opening the sentence is read into the
			// name only where the target spells names in letters:
			// elsewhere the sound of the whole is matched less
			// surely ("George Howarth", ジョージ・ハワース).
			var ok bool
			if n, ok = withoutOpener(n, sb); !ok {
				continue
			}
		}
		if k, ok := personAt(n); ok && k > 0 && overlaps(n.span, kept) && !overlaps(corpus.Span{Start: n.words[k].span.Start, End: n.span.End}, kept) {
			// A person after a place the target keeps ("России
			// Владимир Путин"): the person is a name of its own.
			n = n.from(k)
		}
		if t, ok := lostTail(n, c.tw, c.exo, sb); ok && !respeltIn(t, c.tw) && !overlaps(t.span, kept) {
			n = t
		} else if c.surnameReplaced(n) && !overlaps(n.span, kept) {
			// "Sergei Shoigu" for "Сергей Лавров": the person is gone.
		} else if c.surnameGone(n, sb) && !overlaps(n.span, kept) {
			// "Martin Andanar and Vladimir Zelensky" for "Владимира
			// Путина и Владимира Зеленского": the given name is another's.
		} else if found(n, c.tw, c.exo) || respeltIn(n, c.tw) || overlaps(n.span, kept) || phraseTranslated(n, ws, sb, c.tnw) ||
			joinedToFound(src.Text, n, ws, c.tw, c.exo) || translatedName(n, sb.String(), c.tw, c.foundWord) {
			continue
		}
		if shoutedIn(n) && c.shouts() {
			continue // "HOCHSPANNUNG" for "HIGH VOLTAGE"
		}
		if c.inTargetAcronym(n, ws) {
			continue // "US" of "US Geological Survey", which the target writes "USGS"
		}
		if c.closedUp(src.Text, n) || c.initialsSpaced(n) {
			continue // "SW1" for "SW 1", "D K" for "D.K."
		}
		if k := acronymLength(n.words[0]); len(n.words) == 1 && k >= 2 && !n.words[0].latin && c.rendersAcronym(k) {
			// "МКС", "МВД": an acronym in another script than the
			// target's (Latin) that no spelling carries over is
			// translated ("ISS", "Interior Ministry"); one that it
			// carries over ("НАТО", "NATO") was found above.
			continue
		}
		if described(n, ws, sb) && spareWords(c.tnw, ws, c.tb, c.exo) || ofCommonWords(n, sb) {
			c.descriptive++
			continue
		}
		if len(n.words) == 1 && wordClass()["form"][n.words[0].lower] {
			continue // "40 degrees Celsius" as "40 gradi": a unit's name, no one's
		}
		c.miss = append(c.miss, missing{n, doc})
	}
}

// surnameReplaced reports whether the source person n (a listed given
// name and a surname) is named in the target by the given name and
// another capitalised word that is none of the sources' in place of the
// surname, which no target word renders ("Sergei Shoigu" for "Сергей
// Лавров", "Donald Duck" for "Donald Trump").
func (c *paragraph) surnameReplaced(n name) bool {
	k, listed := personAt(n)
	if !listed {
		// A given name the list lacks in the source's letters
		// ("Εδουάρδο"): a name of two words, whose first the target
		// writes as a listed given name, is a person too.
		k = 0
	}
	if k+2 != len(n.words) {
		return false
	}
	given, surname := n.words[k], n.words[k+1]
	if given.acro || surname.acro || len(surname.parts) != 1 || wordFound(surname, c.tw, c.exo) || respeltIn(name{words: []word{surname}}, c.tw) {
		return false
	}
	for i, t := range c.tw {
		if !listed && !givenNames()[corpus.FoldName(t.text)] {
			continue
		}
		if i+1 < len(c.tw) && !t.acro && wordFound(t, []word{given}, c.exo) {
			next := c.tw[i+1]
			// By letters, by sound or by its consonants a transliteration
			// keeps ("Yates" for "Иейтс", "Bay" for "Бэй").
			if next.cap && !next.start && !next.acro && len(next.parts) == 1 && !wordFound(next, c.sw, c.exo) &&
				!mayRender(next, surname) && !sameConsonants(next, surname) &&
				(listed || !spellingsAlike(surname, next)) { // "Cage" may be "Кейдж" by its sounds
				return true
			}
		}
	}
	return false
}

// surnameGone reports whether the source person n, a listed given name
// and a surname that is no common word of the source's language sb
// ("Paul Kirchen", Paul visited churches), keeps only the given name in
// the target: no target word spells, sounds or respells the surname, so
// the given name found is another person's or stands alone.
func (c *paragraph) surnameGone(n name, sb language.Base) bool {
	k, ok := personAt(n)
	if !ok || k+2 != len(n.words) {
		return false
	}
	surname := n.words[k+1]
	if surname.acro || len(surname.parts) != 1 || commonWord(surname.text, sb) || commonWordOf(surname, sb) {
		return false
	}
	alone := wordName(surname)
	if found(alone, c.tw, c.exo) || respeltIn(alone, c.tw) || keptBySound(surname, c.tw) {
		return false
	}
	// By its consonants or most of its letters, or, right after the
	// given name, by its sounds ("David Yates" for "Дэвид Иейтс").
	given := n.words[k]
	for i, t := range c.tw {
		if !t.cap || t.acro || len(t.parts) != 1 {
			continue
		}
		afterGiven := i > 0 && wordFound(c.tw[i-1], []word{given}, c.exo)
		if sameConsonants(t, surname) || rendersAt(t, surname, 0.7) || afterGiven && (mayRender(t, surname) || spellingsAlike(surname, t)) {
			return false
		}
	}
	return true
}

// sameConsonants reports whether the target word t and the source word s,
// or one of its Latin spellings, have one consonant skeleton.
func sameConsonants(t, s word) bool {
	sk := translit.Skeleton(t.parts[0])
	for _, p := range append(slices.Clip(s.parts), s.alts...) {
		if translit.Skeleton(p) == sk {
			return true
		}
	}
	return false
}

// spellingsAlike reports whether a spelling of the word a (its parts
// and their alternatives: "Кейдж", keydzh or keyj) and one of b ("Cage",
// caje) have consonant skeletons that sound alike.
func spellingsAlike(a, b word) bool {
	skels := func(w word) []string {
		var out []string
		for _, p := range append(slices.Clip(w.parts), w.alts...) {
			if sk := translit.Skeleton(p); len(sk) >= 2 {
				out = append(out, sk)
			}
		}
		return out
	}
	return skeletonsAlike(skels(a), skels(b))
}

// inTargetAcronym reports whether the source name n lies inside a run of
// source words ws whose initials a target acronym is.
func (c *paragraph) inTargetAcronym(n name, ws []word) bool {
	for _, t := range c.tw {
		if !t.acro || len(t.parts) != 1 {
			continue
		}
		if run, ok := initialsRun(t.parts[0], ws); ok && run.Start <= n.span.Start && n.span.End <= run.End {
			return true
		}
	}
	return false
}

// closedUp reports whether the source name n, one word, stands before a
// space and digits in text that the target writes closed up with it
// ("SW 1", "SW1"; "B 19", "B19").
func (c *paragraph) closedUp(text string, n name) bool {
	if len(n.words) != 1 || !strings.HasPrefix(text[n.span.End:], " ") {
		return false
	}
	rest := text[n.span.End+1:]
	k := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
	if k < 0 {
		k = len(rest)
	}
	if k == 0 {
		return false
	}
	code := n.words[0].text + rest[:k]
	return slices.ContainsFunc(c.tw, func(w word) bool { return w.text == code })
}

// initialsSpaced reports whether the source name n is one word of
// initials with points ("D.K.", "J.R.R.") that the target writes as
// letters apart, with points or without ("D K", "D. K.").
func (c *paragraph) initialsSpaced(n name) bool {
	if len(n.words) != 1 {
		return false
	}
	letters := strings.Split(strings.TrimSuffix(n.words[0].text, "."), ".")
	if len(letters) < 2 {
		return false
	}
	for _, l := range letters {
		if utf8.RuneCountInString(l) != 1 {
			return false
		}
	}
	for i := 0; i+len(letters) <= len(c.tw); i++ {
		if slices.EqualFunc(c.tw[i:i+len(letters)], letters, func(w word, l string) bool { return strings.TrimSuffix(w.text, ".") == l }) {
			return true
		}
	}
	return false
}

// rendersAcronym reports whether the target text read may render a
// source acronym of k letters in another script: it has an acronym of k
// letters ("ISS" for "МКС"), or a run of capitalised words that spells
// one out as spellsOut reads it ("Interior Ministry" for "МВД").
func (c *paragraph) rendersAcronym(k int) bool {
	if slices.ContainsFunc(c.tw, func(w word) bool { return acronymLength(w) == k }) {
		return true
	}
	spelt := map[int]bool{k: true}
	for _, n := range runs(c.p.Target().Text, c.tw, func(w word) bool { return w.cap && !w.acro }) {
		if spellsOut(n, spelt, c.tb) {
			return true
		}
	}
	return false
}

// foundWord reports whether the source word w is in the target text read.
func (c *paragraph) foundWord(w word) bool { return wordFound(w, c.tw, c.exo) }

// shoutedIn reports whether the source name n is words of four letters
// or more in capitals, which a language without a lexicon cannot tell
// from emphasis ("HOCHSPANNUNG", "JEDOCH KEINE").
func shoutedIn(n name) bool {
	for _, w := range n.words {
		if !isAcronym(w.text) || utf8.RuneCountInString(w.text) < 4 {
			return false
		}
	}
	return len(n.words) > 0
}

// shouts reports whether the target paragraph writes a common word of
// three letters or more in capitals for emphasis ("HIGH", "YOU"): then
// the source's words in capitals are emphasis too.
func (c *paragraph) shouts() bool {
	for _, w := range c.tw {
		lower := w.lower
		if isAcronym(w.text) && utf8.RuneCountInString(w.text) >= 3 && !wordClass()["acronym"][w.text] &&
			(corpus.HasLexicon(c.tb) && corpus.IsWord(lower, c.tb) || corpus.IsStopword(lower, c.tb)) {
			return true
		}
	}
	return false
}

// missed reports whether a missing name of source doc overlaps s.
func (c *paragraph) missed(doc int, s corpus.Span) bool {
	for _, m := range c.miss {
		if m.doc == doc && m.n.span.Overlaps(s) {
			return true
		}
	}
	return false
}

// findNew finds the target names that the sources do not explain.
func (c *paragraph) findNew() {
	tgt := c.p.Target()
	novel := c.romanisable && capitalisesNamesOnly(c.tb) && corpus.HasLexicon(c.tb)
	unexplained := c.explainable && capitalisesNamesOnly(c.tb)
	if !novel && !unexplained {
		if c.explainable {
			c.findPersons()
		}
		c.findPlaces()
		c.surnamesBySound()
		return
	}
	rom := romanise(c.texts) // once for both, and for fromNowhere
	c.rom = &rom
	if novel {
		c.novel = slices.DeleteFunc(novelNames(tgt.Text, c.tw, c.tb, c.sw, c.texts, c.exo, rom), c.namesSourcePlace)
	}
	if !unexplained {
		return
	}
	for _, n := range targetNames(tgt.Text, c.tw, c.tb) {
		if t, ok := lostTail(n, c.sw, c.exo, c.tb); ok {
			n = t // "President Erwin Huber" for "Präsident Donald Trump"
		}
		if (found(n, c.sw, c.exo) || placeNamed(n, c.tb.String(), c.texts) || rom.explainsName(n) || respeltIn(n, c.sw) ||
			len(n.words) == 1 && n.words[0].acro && len(n.words[0].parts) == 1 && initialsOf(n.words[0].parts[0], c.sw)) && !c.swapsSurname(n) || c.namedByCurrency(n) {
			continue
		}
		if j, ok := personAt(n); ok && j > 0 && c.swapsSurname(n) {
			// "Défense Boris Johnson": the title stays, the person is the name.
			n = n.from(j)
		}
		// A missing place has a known English name, which no
		// common words translate ("North Harbour" for "Sofii").
		common := commonWords(n, c.tb) && !personName(n) // "Tom Jones" is a person, not two words
		switch {
		case common && !c.placeGone && len(n.words) > 1:
			c.translated++
		case common && !c.placeGone:
			// One common word ("Cabinet", "Rules") is no
			// replacement: it translates a one-word source name.
			c.commonOne = append(c.commonOne, n)
		case !commonAcronym(n):
			c.unexplained = append(c.unexplained, n)
		}
	}
}

// findPersons finds, in a target language that capitalises its nouns
// (German), the names no source explains that a given name opens ("Tom
// Jones"): capitals alone tell no name there, a given name does.
func (c *paragraph) findPersons() {
	tgt := c.p.Target()
	for _, n := range targetNames(tgt.Text, c.tw, c.tb) {
		k, ok := personAt(n)
		if !ok {
			continue
		}
		n.words = n.words[k:] // "Bürgermeister Tom Jones": the title is a noun
		n.span.Start = n.words[0].span.Start
		if (found(n, c.sw, c.exo) || placeNamed(n, c.tb.String(), c.texts) || respeltIn(n, c.sw)) && !c.swapsSurname(n) {
			continue
		}
		c.unexplained = append(c.unexplained, n)
	}
}

// findPlaces adds to the unexplained names the countries and cities the
// target names whole and no source names, where capitals mark no name
// (German) or the script has none (Japanese, Arabic): only a place's
// whole name tells a name there ("in Paris" for "in Frankfurt", パリ).
// It looks only where a source place is gone, which such a name may
// replace.
func (c *paragraph) findPlaces() {
	if len(c.gone) == 0 {
		return
	}
	tgt := c.p.Target()
	w := c.win.Target
	st := srcText{lang: c.tb.String(), raw: tgt.Text[w.Start:w.End], start: w.Start, words: c.tw, spaced: spacedLang(tgt)}
	for _, fp := range sourcePlaces(st) {
		pl := places().list[fp.k]
		// "Turkish" or "Palestinians" names a people, no place.
		if c.named[fp.k] || pl.union || !pl.country && pl.kind != 'C' || !wholeName(fp, c.tb.String()) {
			continue
		}
		c.unexplained = append(c.unexplained, name{words: within(c.tw, fp.span), span: fp.span, place: fp.k + 1})
	}
}

// pairAcronyms drops a missing Cyrillic acronym that the target writes as
// an English one ("ОАЭ", "UAE"; "АПЛ", "EPL"): the letters differ, not the
// count.
func (c *paragraph) pairAcronyms() {
	roman := romanAcronym(c.tw) // "MCI" reads as a number, and no name holds it
	for k := 0; k < len(c.miss); k++ {
		if c.writtenOut(c.miss[k].n) || c.expanded(c.miss[k].n) || c.spelledInTarget(c.miss[k].n) {
			c.miss = append(c.miss[:k], c.miss[k+1:]...)
			k--
			continue
		}
		if j := c.alikeTarget(c.miss[k].n); j >= 0 {
			// "HGM" written "MHM": the museum's words translated.
			at := c.unexplained[j].span
			c.unexplained, c.novel = without(c.unexplained, at), without(c.novel, at)
			c.miss = append(c.miss[:k], c.miss[k+1:]...)
			k--
			continue
		}
		if !cyrillicAcronym(c.miss[k].n) {
			continue
		}
		if j := acronymAt(c.unexplained); j >= 0 {
			at := c.unexplained[j].span
			c.unexplained, c.novel = without(c.unexplained, at), without(c.novel, at)
		} else if j := acronymAt(c.novel); j >= 0 {
			c.novel = without(c.novel, c.novel[j].span)
		} else if roman {
			roman = false
		} else {
			break
		}
		c.miss = append(c.miss[:k], c.miss[k+1:]...)
		k--
	}
}

// alikeTarget returns the index among the unexplained target names of
// one acronym that renders the missing source name n, a Latin acronym,
// as acronymsAlike reads it; -1 when there is none.
func (c *paragraph) alikeTarget(n name) int {
	if len(n.words) != 1 || !n.words[0].acro || !n.words[0].latin {
		return -1
	}
	for j, u := range c.unexplained {
		if len(u.words) == 1 && alikeAny(u.words[0], []string{n.words[0].text}) {
			return j
		}
	}
	return -1
}

// writtenOut reports whether the missing source name n is an acronym in
// Latin letters whose letters are the initials, in another order, of a
// target name the sources do not explain: the target wrote it out in a
// language that orders its words the other way ("UE", "European Union";
// "OTAN", "North Atlantic Treaty Organization"). Both go.
func (c *paragraph) writtenOut(n name) bool {
	if len(n.words) != 1 || !n.words[0].acro || !n.words[0].latin || n.words[0].trans {
		return false
	}
	letters := sorted(strings.ToLower(n.words[0].text))
	if k := utf8.RuneCountInString(letters); k < 2 || k > 5 {
		return false
	}
	for _, list := range []*[]name{&c.novel, &c.unexplained} {
		for _, t := range *list {
			if initials := c.initials(t); len(initials) > 1 && sorted(initials) == letters {
				c.novel, c.unexplained = without(c.novel, t.span), without(c.unexplained, t.span)
				return true
			}
		}
	}
	return false
}

// spelledInTarget reports whether the missing source name n is one
// acronym in Latin letters whose letters, in order, are the initials of
// capitalised words in a row of the target, whether or not the sources
// explain them ("JR東日本", "East Japan Railway Company").
func (c *paragraph) spelledInTarget(n name) bool {
	if len(n.words) != 1 || !n.words[0].acro || !n.words[0].latin || n.words[0].trans {
		return false
	}
	for _, t := range runs(c.p.Target().Text, c.tw, func(w word) bool { return w.cap && !w.acro }) {
		if c.spelledWithin(t, n.words[0].text) {
			return true
		}
	}
	return false
}

// spelledWithin reports whether words of target name t in a row, two or
// more, have the letters of acronym a as their initials, in order: "East
// Japan Railway Company" holds "JR".
func (c *paragraph) spelledWithin(t name, a string) bool {
	a = strings.ToLower(a)
	if utf8.RuneCountInString(a) < 2 {
		return false
	}
	initials := c.initials(t)
	return len(initials) >= len(a) && strings.Contains(initials, a)
}

// initials returns the first letters, in lower case, of the capitalised
// words of target name t, the words that name nothing on their own
// ("of", "the") left out; "" when a word of it is an acronym.
func (c *paragraph) initials(t name) string {
	var b strings.Builder
	for _, w := range t.words {
		if w.acro {
			return ""
		}
		if !w.cap || corpus.IsStopword(w.lower, c.tb) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.lower)
		b.WriteRune(r)
	}
	return b.String()
}

// expanded reports whether the missing source name n is one acronym in
// Latin letters that a target language without a lexicon wrote out or
// as its own acronym ("DHS", "Ministerstvo vnitřní bezpečnosti"; "EEA",
// "EHP"): the target names something the sources do not explain, which
// is dropped with it. Without a lexicon, the target's words cannot show
// whether they translate it.
func (c *paragraph) expanded(n name) bool {
	if corpus.HasLexicon(c.tb) || len(n.words) != 1 || !n.words[0].acro || n.words[0].trans || !n.words[0].latin {
		return false
	}
	if len(c.unexplained) == 0 {
		return false
	}
	u := c.unexplained[0]
	c.unexplained, c.novel = without(c.unexplained, u.span), without(c.novel, u.span)
	return true
}

// dropNationalNames drops the target names that write out, in words of
// the target language, a source acronym the target does not keep and
// whose letters hold the initial of a country it names: a party or body
// named after its country ("ÖVP", "Austrian People's Party"; "BRD",
// "Federal Republic of Germany"). The initials change with the words,
// so the country, and a count of words that fits the letters, tell.
func (c *paragraph) dropNationalNames() {
	if !corpus.HasLexicon(c.tb) || len(c.novel)+len(c.unexplained) == 0 {
		return
	}
	for _, sp := range c.srcParas {
		sb, _ := c.p.Source(sp.doc).Lang.Base()
		for _, w := range sp.words {
			k := acronymLength(w)
			if !w.acro || !w.latin || w.trans || k < 2 || k > 5 || c.foundWord(w) {
				continue
			}
			letters := strings.ToLower(corpus.FoldName(w.text))
			dropped := false
			for _, list := range []*[]name{&c.novel, &c.unexplained} {
				for _, u := range *list {
					if whole := c.withTitleBefore(u); c.wordsOfAcronym(whole, k) && c.namesCountryOf(whole, letters, sb.String()) {
						*list = without(*list, u.span)
						dropped = true
					}
				}
			}
			if dropped {
				c.miss = slices.DeleteFunc(c.miss, func(m missing) bool { return m.doc == sp.doc && m.n.span == w.span })
			}
		}
	}
}

// withTitleBefore returns target name u with the capitalised words and
// the stop words between them that stand right before it, as one name:
// "Austria" read as "Social Democratic Party of Austria".
func (c *paragraph) withTitleBefore(u name) name {
	text := c.p.Target().Text
	i := slices.IndexFunc(c.tw, func(w word) bool { return w.span == u.words[0].span })
	if i < 0 {
		return u
	}
	j := i
	for j > 0 && text[c.tw[j-1].span.End:c.tw[j].span.Start] == " " &&
		(c.tw[j-1].cap && !c.tw[j-1].start || corpus.IsStopword(c.tw[j-1].lower, c.tb) && j-1 > 0 && c.tw[j-2].cap) {
		j--
	}
	for j < i && !c.tw[j].cap {
		j++ // a name opens with a capital
	}
	if j == i {
		return u
	}
	return name{words: append(slices.Clip(c.tw[j:i]), u.words...), span: corpus.Span{Start: c.tw[j].span.Start, End: u.span.End}}
}

// wordsOfAcronym reports whether target name u could write out an
// acronym of k letters: k-1 to k+2 words besides the stop words, none an
// acronym, each a common word or one that names a country or is formed
// from its name ("Austria", "Austrian").
func (c *paragraph) wordsOfAcronym(u name, k int) bool {
	content := 0
	for _, w := range u.words {
		if w.acro {
			return false
		}
		if corpus.IsStopword(w.lower, c.tb) {
			continue
		}
		if !commonWord(w.text, c.tb) && len(c.placesOf(w)) == 0 {
			return false
		}
		content++
	}
	return content >= 2 && content >= k-1 && content <= k+2
}

// placesOf returns the countries whose target-language name has w or a
// form of it.
func (c *paragraph) placesOf(w word) []int {
	if len(w.parts) != 1 {
		return nil
	}
	ix := places()
	lp := ix.in(c.tb.String())
	var out []int
	for _, k := range lp.byWord[prefix(w.parts[0])] {
		if ix.list[k].country && lp.hasWord(k, w.parts[0]) {
			out = append(out, k)
		}
	}
	return out
}

// namesCountryOf reports whether a word of target name u names a country
// whose name in the source language sl opens with a letter of the folded
// acronym letters ("ovp": Österreich).
func (c *paragraph) namesCountryOf(u name, letters, sl string) bool {
	lp := places().in(sl)
	for _, w := range u.words {
		for _, k := range c.placesOf(w) {
			for _, ws := range lp.names[k] {
				if len(ws) > 0 && strings.Contains(letters, firstRunes(ws[0], 1)) {
					return true
				}
			}
		}
	}
	return false
}

// report reports what the stages found. A gap a dropped name left is the
// surest sign; without one, target names in place of the missing ones,
// and then the missing ones the target has no new names for.
func (c *paragraph) report() {
	tgt := c.p.Target()
	gaps := c.withoutSourceDrops(dropped(tgt.Text, c.win.Target, c.tw, c.tb))
	if len(gaps) == 0 {
		c.pairCommon()
	}
	c.swap = c.placeSwapped()
	c.dropNationalNames()
	c.reportForeignSentences()
	newNames := c.reportNovel(gaps)
	c.reportSurnamesByReading()
	c.reportGaps(gaps)
	if len(c.miss) == 0 && len(gaps) == 0 {
		c.reportPersonsFromNowhere()
	}
	if len(c.miss) == 0 || len(gaps) > 0 {
		return
	}
	c.reportReplaced()
	// A target language that capitalises nouns gives no count of its
	// names to weigh the missing ones against.
	if len(c.miss) > newNames+c.translated-c.descriptive && capitalisesNamesOnly(c.tb) {
		c.reportOmitted()
	} else if !capitalisesNamesOnly(c.tb) {
		c.reportKeptNamesLost()
	}
}

// reportKeptNamesLost reports, in a target that capitalises its nouns
// (German), each missing source name that such a target keeps as the
// source spells it: words in Latin letters, no acronym, place, common
// word or cognate of the source's language ("Nvidia", "Friedrich
// Merz"), which the target writes nowhere. An info hint: whether a word
// in capitals took its place the target's nouns do not tell.
func (c *paragraph) reportKeptNamesLost() {
	for _, m := range c.miss {
		sb, _ := c.p.Source(m.doc).Lang.Base()
		if !keptAsSpelt(m.n, sb) || demonym(m.n, sb.String()) || c.namedInTarget(m) || germanised(m.n, c.tw) {
			continue
		}
		c.p.Report(c.omitted(m))
	}
}

// omitted returns the info finding that the source name m is missing.
func (c *paragraph) omitted(m missing) checks.Finding {
	return checks.Finding{
		Severity: checks.Info,
		Category: checks.Omission,
		Span:     c.win.Target,
		Source:   c.evidence(m),
		Message:  fmt.Sprintf("source %q: the name is missing from the target", c.sourceText(m)),
		Tag:      checks.NameLost,
	}
}

// keptAsSpelt reports whether every word of the source name n, of
// language sb, is one a translation keeps as spelt: in Latin letters, no
// acronym, no common word or English cognate, and n names no place.
func keptAsSpelt(n name, sb language.Base) bool {
	if len(n.words) == 0 || namesAPlace(n, sb.String()) {
		return false
	}
	for _, w := range n.words {
		// A hyphenated word is a coinage or a title ("Dad-ification",
		// "Wi-Fi"), which a translation renders.
		if !w.latin || w.trans || w.acro || w.shout || len(w.parts) != 1 || strings.ContainsAny(w.text, "-‐") ||
			commonWord(w.text, sb) || englishCognate(w.folded) {
			return false
		}
	}
	return true
}

// germanised reports whether a target word spells a word of the source
// name n as German respells loanwords, c as k or z, with another ending
// ("Zylonen" for Cylons, "Kalifornien" for California).
func germanised(n name, tw []word) bool {
	for _, p := range n.parts() {
		if !strings.Contains(p, "c") {
			continue
		}
		keep := max(5, utf8.RuneCountInString(p)-2)
		for _, alt := range []string{strings.ReplaceAll(p, "c", "k"), strings.ReplaceAll(p, "c", "z")} {
			head := string([]rune(alt)[:min(keep, utf8.RuneCountInString(alt))])
			for _, t := range tw {
				if len(t.parts) == 1 && strings.HasPrefix(t.parts[0], head) {
					return true
				}
			}
		}
	}
	return false
}

// foreignNames is how many names from elsewhere one target sentence may
// hold before it reads as the translation of another text: one or two
// are a rendering the data cannot explain, three are seldom that (DEMETR
// dev: 63 of 810 unrelated sentences, 3 of 3,240 clean ones; wmt23
// references: 3 of 25,000 records).
const foreignNames = 3

// reportForeignSentences reports a target sentence that holds
// foreignNames names or more from elsewhere (novel ones) as major: it
// may translate another text.
func (c *paragraph) reportForeignSentences() {
	tgt := c.p.Target()
	bySentence := map[corpus.Span][]string{}
	var order []corpus.Span
	// Only names with a word no lexicon knows: where the target language
	// has none, a capital in text typed without full stops opens a
	// sentence as often as a name ("…dlouho Teď už je únor").
	for _, u := range c.novel {
		sent := tgt.SentenceAround(u.span)
		text := u.text(tgt)
		if slices.Contains(bySentence[sent], text) {
			continue
		}
		if bySentence[sent] == nil {
			order = append(order, sent)
		}
		bySentence[sent] = append(bySentence[sent], text)
	}
	for _, sent := range order {
		names := bySentence[sent]
		if len(names) < foreignNames {
			continue
		}
		c.p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     sent,
			Message:  fmt.Sprintf("%d names the source does not have (%s): the sentence may translate another text", len(names), strings.Join(names, ", ")),
		})
	}
}

// pairCommon drops a missing one-word source name for each target name
// of one common word ("Кабмін", "Cabinet"; "Правилам", "Rules"): the
// target translated it. A name of two words or more, or an acronym, is no
// common noun a translation would render so ("Jesse Lingard"), and a name
// in Latin letters is one the target would spell as the source does
// ("Ortega"), so that its absence is a sign.
func (c *paragraph) pairCommon() {
	for k := 0; k < len(c.miss) && len(c.commonOne) > 0; k++ {
		ws := c.miss[k].n.words
		if len(ws) != 1 || ws[0].acro || ws[0].latin {
			continue
		}
		c.commonOne = c.commonOne[1:]
		c.miss = append(c.miss[:k], c.miss[k+1:]...)
		k--
	}
	// Those left stand in place of a name the target should have kept;
	// a German source's capitalised nouns are no such names.
	if c.missingBeyondNouns() {
		c.unexplained = append(c.unexplained, c.commonOne...)
	}
}

// missingBeyondNouns reports whether a missing source name comes from
// a source language that capitalises its names only, so that a target's
// common word in its place stands for a name, not for a noun.
func (c *paragraph) missingBeyondNouns() bool {
	for _, m := range c.miss {
		if sb, _ := c.p.Source(m.doc).Lang.Base(); capitalisesNamesOnly(sb) {
			return true
		}
	}
	return false
}

// reportNovel reports the novel target names, except those to be reported
// as in place of a missing name, and returns how many target names stand
// in place of source ones.
func (c *paragraph) reportNovel(gaps []corpus.Span) int {
	// Names in place of missing ones are reported by reportReplaced,
	// and so is a novel name one of them ends ("President Erwin Huber").
	replacing := len(c.miss) > 0 && len(gaps) == 0
	reported := map[corpus.Span]bool{}
	if replacing {
		for _, u := range c.unexplained {
			reported[u.span] = true
		}
	}
	newNames := len(c.unexplained)
	for _, u := range c.novel {
		if !reported[u.span] {
			newNames++
		}
	}
	for _, u := range c.novel {
		if reported[u.span] || replacing && slices.ContainsFunc(c.unexplained, func(x name) bool { return x.span.Overlaps(u.span) }) {
			continue
		}
		reported[u.span] = true
		f := checks.Finding{
			Severity: checks.Info,
			Category: checks.Mistranslation,
			Span:     u.span,
			Message:  fmt.Sprintf("target %q: a name the source does not have", u.text(c.p.Target())),
			Tag:      checks.NameFromElsewhere,
		}
		if len(c.miss) > 0 {
			f.Source = c.evidence(c.miss[0])
			if m, ok := c.wellKnownGone(u); ok {
				c.replaced(&f, u, m)
			} else if len(c.miss) == 1 && givenNameKept(u, c.miss[0].n, c.sw) {
				c.replaced(&f, u, c.miss[0])
			}
		} else if m, ok := c.loneNounlessName(u); ok {
			c.replaced(&f, u, m)
		} else if m, ok := c.openerReplaced(u); ok {
			c.replaced(&f, u, m)
		} else if c.fromNowhere(u) {
			f.Severity = checks.Major
			f.Message = fmt.Sprintf("target %q: a name that no source has, nor anything in its place", u.text(c.p.Target()))
		} else if ev, ok := c.surnameBySound(u); ok {
			f.Severity, f.Source = checks.Major, ev
			f.Message = fmt.Sprintf("target %q, source %q: the source's person with another surname", u.text(c.p.Target()), c.p.Source(ev.Doc).Slice(ev.Span))
		} else if c.surnameByReading(u) {
			f.Severity = checks.Major
			f.Message = fmt.Sprintf("target %q: the source's person with another surname, which no source word reads", u.text(c.p.Target()))
		}
		c.placeFinding(&f, u)
		c.p.Report(f)
	}
	return newNames
}

// swapsSurname reports whether the target name n keeps the given name
// of the one source person the target lacks but ends in a word no source
// word explains: "Eduardo Paes" for Eduardo Leite, which the given name
// alone would explain (see surnameReplaced for the source's side).
func (c *paragraph) swapsSurname(n name) bool {
	if len(n.words) < 2 || len(c.miss) != 1 {
		return false
	}
	return surnameSwapped(n, c.miss[0].n, c.sw) && !sameSkeleton(c.miss[0].n, n)
}

// uncommonWords reports whether the name n has two words or more, none
// an acronym or a common word of language tl: a person or a place, not
// a name the target translated ("Bavarian Broadcasting Service").
func uncommonWords(n name, tl language.Base) bool {
	if len(n.words) < 2 || !corpus.HasLexicon(tl) {
		return false
	}
	for _, w := range n.words {
		if w.acro || commonWord(w.text, tl) {
			return false
		}
	}
	return true
}

// fromNowhere reports whether the target name u is surely a name, a
// person's (a listed given name and one word more open it: "Samantha
// Stosur") or two words or more none of which is a common word ("Marek
// Rudnicki", "Corpus Christi"), with no word in any source by spelling,
// sound, inflection, transliteration or known respelling, where every
// source writes words apart: a name from another text, or put in by the
// translator. A source in Chinese characters is left out, and a Japanese
// one but for a Western person's name: a reading crossread lacks ("Keith
// Tan" for 陈建隆) would look the same.
func (c *paragraph) fromNowhere(u name) bool {
	k, person := personAt(u)
	ok := person
	if !ok {
		k, ok = 0, uncommonWords(u, c.tb)
	}
	if !ok || len(c.texts) == 0 {
		return false
	}
	for _, st := range c.texts {
		// A Japanese text writes a Western person or name in katakana,
		// which crossread reads; Chinese characters have no such tell.
		if !st.spaced && !(st.lang == "ja" && westernPerson(u.words[k:])) {
			return false
		}
	}
	who := u.from(k)
	return !found(who, c.sw, c.exo) && !respeltIn(who, c.sw) && !c.romanisedName(who)
}

// westernPerson reports whether no word of the person's name ws, or of a
// name of uncommon words, reads as Japanese in Hepburn's romanisation
// ("Samantha Stosur", "Khabib Nurmagomedov", not "Kenji Tanaka" nor
// "Anna"): a Japanese text writes such a name in katakana, which crossread
// reads.
func westernPerson(ws []word) bool {
	for _, w := range ws {
		for _, p := range w.parts {
			if translit.Hepburn(p) {
				return false
			}
		}
	}
	return true
}

// romanisedName reports whether a word of n is the reading of a source
// word (kana, pinyin, a transliteration).
func (c *paragraph) romanisedName(n name) bool {
	if c.rom == nil {
		rom := romanise(c.texts)
		c.rom = &rom
	}
	return c.rom.explainsName(n)
}

// reportPersonsFromNowhere reports, where no source name is missing, the
// persons the target names that no source has, nor any name in their
// place ("Samantha Stosur" in "Der Minister traf Samantha Stosur" for
// "the minister met union leaders"): in a target language that
// capitalises its nouns (German), where only a given name tells a person,
// and elsewhere a person of common words, which no novel name holds
// ("Sean Bailey", for a Hindi source's उपासने). reportNovel reads the
// others.
func (c *paragraph) reportPersonsFromNowhere() {
	for _, u := range c.unexplained {
		if !personName(u) || !c.fromNowhere(u) || c.novelAt(u.span) {
			continue
		}
		c.p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     u.span,
			Message:  fmt.Sprintf("target %q: a name that no source has, nor anything in its place", u.text(c.p.Target())),
			Tag:      checks.NameFromElsewhere,
		})
	}
}

// novelAt reports whether a novel name overlaps span: reportNovel has
// reported it.
func (c *paragraph) novelAt(span corpus.Span) bool {
	return slices.ContainsFunc(c.novel, func(n name) bool { return n.span.Overlaps(span) })
}

// reportReplaced reports the unexplained target names as in place of the
// missing source names.
func (c *paragraph) reportReplaced() {
	var gone []string
	for _, m := range c.miss {
		gone = append(gone, fmt.Sprintf("%q", c.sourceText(m)))
	}
	for _, u := range c.unexplained {
		f := checks.Finding{
			Severity: checks.Info,
			Category: checks.Mistranslation,
			Span:     u.span,
			Source:   c.evidence(c.miss[0]),
			Message: fmt.Sprintf("target %q, source %s: a name the source does not have, in place of one it has",
				u.text(c.p.Target()), strings.Join(gone, ", ")),
			Tag: checks.NameFromElsewhere,
		}
		m, ok := c.confidentPair(u)
		if !ok {
			m, ok = c.replacedOutright(u)
		}
		if ok {
			c.replaced(&f, u, m)
			f.Fixes = c.replacement(u, m)
		} else if m, ok := c.wellKnownGone(u); ok {
			// No fix: the source's spelling of a place or person may
			// not be the target's (Spanien, Spain; Дмитрий, Dmitry).
			c.replaced(&f, u, m)
		}
		c.placeFinding(&f, u)
		c.p.Report(f)
	}
}

// continuesName reports whether a capitalised target word inside its
// sentence stands right before the target name u: a given name whose
// surname u is ("Greg" of "Greg Abbott"), which a fix replacing u alone
// would strand ("Greg Barack Obama").
func (c *paragraph) continuesName(u name) bool {
	for i, w := range c.tw {
		if w.span == u.words[0].span {
			if i == 0 {
				return false
			}
			prev := c.tw[i-1]
			gap := strings.TrimSpace(c.p.Target().Text[prev.span.End:w.span.Start])
			return prev.cap && gap == "" && (!prev.start || givenNames()[corpus.FoldName(prev.text)])
		}
	}
	return false
}

// replaced makes f the major finding that the target name u replaces
// the source name m.
func (c *paragraph) replaced(f *checks.Finding, u name, m missing) {
	f.Severity, f.Source = checks.Major, c.evidence(m)
	f.Message = fmt.Sprintf("target %q, source %q: name replaced", u.text(c.p.Target()), c.sourceText(m))
}

// placeSwapped returns the target name of a country or city that stands
// where the source names another, when the stretch read has exactly one
// of each: a place the sources name and the target lacks, and a place
// the target names and no source does ("посетить Армению", "visit Iran");
// or, with no such place, the one target name from elsewhere that is
// surely a name ("Paris" as "Soma").
// Places are CLDR's countries and cities, not regions, so that a country
// added for clarity ("in Tehran, Iran") or a region for a country leaves
// it alone; where only regions are gone, a country or city no source
// names is still one from elsewhere ("Spain" for "Südostasien").
func (c *paragraph) placeSwapped() *placeSwap {
	var gone []gonePlace
	for _, g := range c.gone {
		if pl := places().list[g.k]; (pl.country || pl.kind == 'C') && !pl.union {
			gone = append(gone, g)
		}
	}
	if len(gone) == 0 {
		return c.placeFromElsewhere()
	}
	if len(gone) != 1 {
		return nil
	}
	var swap *placeSwap
	switch ps := c.newPlaces(func(_ name, k int) bool { return k != gone[0].k }); len(ps) {
	case 0:
	case 1:
		swap = &placeSwap{targets: ps[0], source: gone[0], place: true}
	default:
		return nil // two countries from elsewhere: no pair to tell
	}
	if swap == nil && len(c.novel) == 1 && len(c.unexplained) <= 1 {
		// No place in its stead but one name from elsewhere, surely a
		// name: a word no lexicon knows, no acronym, no people's name.
		// The name read as unexplained may hold it with common words
		// ("Tver Region" for "Tver").
		u := c.novel[0]
		at := u.span
		if len(c.unexplained) == 1 {
			if !c.unexplained[0].span.Contains(u.span) {
				return nil
			}
			at = c.unexplained[0].span
		}
		// A name of several words that ends in a place's name is no
		// people's name for holding a word formed from one ("Eastern
		// Paraguay"); a rendering of the gone place stays one
		// ("Russian Navy" for флот России).
		if len(u.words) > 0 && !u.words[0].acro && !demonym(lastWord(u), c.tb.String()) &&
			(len(u.words) == 1 || !c.rendersPlace(u, gone[0])) {
			swap = &placeSwap{targets: []corpus.Span{at}, source: gone[0]}
		}
	}
	if swap == nil && len(c.novel) == 0 && len(c.unexplained) == 1 {
		// Nor a name from elsewhere, but one capitalised run the sources
		// do not explain: a common word in capitals where a country or
		// city is gone names something else ("Soma" for "Paris",
		// "Earth" for "Spanien"), unless it renders the place.
		// Only a place the source spells in Latin letters: Russian
		// "флота России" is the Russian navy, which "Navy Day" renders.
		u := c.unexplained[0]
		if len(u.words) > 0 && !u.words[0].acro && !demonym(u, c.tb.String()) && c.spelledPlace(gone[0]) &&
			!c.rendersPlace(u, gone[0]) {
			swap = &placeSwap{targets: []corpus.Span{u.span}, source: gone[0]}
		}
	}
	if swap == nil && len(c.novel) == 0 && len(c.unexplained) == 0 {
		// A source in Chinese characters explains no name of common
		// words, but its glosses tell one it does not render.
		if u, ok := c.unglossedName(); ok && !c.rendersPlace(u, gone[0]) {
			_, place := placeNamedWhole(u, c.tb.String())
			c.unexplained = append(c.unexplained, u)
			swap = &placeSwap{targets: []corpus.Span{u.span}, source: gone[0], place: place}
		}
	}
	return swap
}

// lastWord returns the name of the last word of n.
func lastWord(n name) name { return wordName(n.words[len(n.words)-1]) }

// spelledPlace reports whether the source spells the gone place g in
// Latin letters as one of its names, or in a language that declines
// names as a form of one: a word the place index reads loosely may be
// none ("Serviço" is no Sérvia).
func (c *paragraph) spelledPlace(g gonePlace) bool {
	text := c.p.Source(g.doc).Slice(g.span)
	if strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) {
		return false
	}
	sb, _ := c.p.Source(g.doc).Lang.Base()
	if wordClass()["declines"][sb.String()] {
		return true
	}
	f := strings.Join(strings.Fields(corpus.FoldName(text)), " ")
	for _, ws := range places().in(sb.String()).names[g.k] {
		if strings.Join(ws, " ") == f {
			return true
		}
	}
	return false
}

// rendersPlace reports whether a word of the target name u opens like,
// or shares most letters in order with, the gone place g as its source
// spells it or as the target's language names it.
func (c *paragraph) rendersPlace(u name, g gonePlace) bool {
	forms := []string{corpus.FoldName(c.p.Source(g.doc).Slice(g.span))}
	if n := placeName(g.k, c.tb.String()); n != "" {
		forms = append(forms, corpus.FoldName(n))
	}
	for _, p := range u.parts() {
		for _, f := range forms {
			for _, fw := range strings.Fields(f) {
				if sharedStart(p, fw) >= 3 || similarity(p, fw) >= 0.6 {
					return true
				}
			}
		}
	}
	return false
}

// placeFromElsewhere returns the one country or city that the target
// names whole and no source names, where every source's language has a
// name for it that the source would have used ("Singapore" where a
// Chinese source names no 新加坡). A country beside a city the source
// names may be added for clarity ("in Tehran, Iran"), so a source naming
// a city leaves countries alone.
func (c *paragraph) placeFromElsewhere() *placeSwap {
	ps := c.newPlaces(func(u name, k int) bool {
		return !(places().list[k].country && c.namesCity()) && c.sourcesNameable(k) && !c.leftUnnamed(k) &&
			!inLongerTargetName(c.p.Target().Text, u.span) && !c.writersOwn(u, k) && !c.currencyCountry(k)
	})
	if len(ps) != 1 {
		return nil
	}
	return &placeSwap{targets: ps[0], place: true, alone: true}
}

// newPlaces returns the countries and cities whole that the novel and
// unexplained target names are, which no source names and keep holds
// for: for each place, the spans of its mentions ("Singapore ... how
// Singapore formed" is one place from elsewhere, not two).
func (c *paragraph) newPlaces(keep func(u name, k int) bool) [][]corpus.Span {
	var out [][]corpus.Span
	at := map[int]int{} // a place's index in out
	seen := map[corpus.Span]bool{}
	for _, list := range [][]name{c.novel, c.unexplained} {
		for _, u := range list {
			k, ok := placeNamedWhole(u, c.tb.String())
			if u.place > 0 {
				k, ok = u.place-1, true
			}
			if !ok || seen[u.span] || c.named[k] || !keep(u, k) {
				continue
			}
			seen[u.span] = true
			if x, ok := at[k]; ok {
				out[x] = append(out[x], u.span)
				continue
			}
			at[k] = len(out)
			out = append(out, []corpus.Span{u.span})
		}
	}
	return out
}

// leftUnnamed reports whether a source may leave place k unnamed: the
// writer's own country (a Chinese text need not say China), a city
// where a source says "the capital" (столичная невеста, "the Moscow
// bride"), a country or city where it says "that country" or "that
// city" (同国, 该市) of one named before.
func (c *paragraph) leftUnnamed(k int) bool {
	sf := abbrevs()
	for _, st := range c.texts {
		if sf.inHomeland(st.lang, k) || places().list[k].kind == 'C' && sf.namesCapital(st) || sf.refersTo(st, k) {
			return true
		}
	}
	return false
}

// namedByCurrency reports whether the target name n is the whole name of
// a country in whose currency a source gives an amount (see
// currencyCountry).
func (c *paragraph) namedByCurrency(n name) bool {
	k, ok := placeNamedWhole(n, c.tb.String())
	return ok && c.currencyCountry(k)
}

// currencyCountry reports whether a source gives an amount in the
// currency of country k: "$3.7 billion" is "3,7 miliar dolar AS", "3,7
// tỷ đô la Mỹ", "3,7 miliardi di dollari USA", the country the sign
// leaves unsaid. A national currency's ISO 4217 code opens with its
// country's ISO 3166 code.
func (c *paragraph) currencyCountry(k int) bool {
	region, ok := strings.CutPrefix(places().list[k].id, "T:")
	if !ok || !places().list[k].country {
		return false
	}
	for _, st := range c.texts {
		for _, q := range quantity.Extract(st.raw, language.Make(st.lang)) {
			if strings.HasPrefix(q.Currency, region) {
				return true
			}
		}
	}
	return false
}

// writersOwn reports whether the target name u is country k in the
// possessive ("Spain's", "Germany’s") and a source is written in a
// language of k's press: a translation names the writer's own country
// so for clarity ("the CNMV, Spain's market regulator"), where "of
// Germany" or "in Germany" for an Austrian party stays a place from
// elsewhere.
func (c *paragraph) writersOwn(u name, k int) bool {
	text := c.p.Target().Slice(u.span)
	if !strings.HasSuffix(text, "'s") && !strings.HasSuffix(text, "’s") {
		return false
	}
	for _, st := range c.texts {
		if abbrevs().writtenIn(st.lang, k) {
			return true
		}
	}
	return false
}

// inLongerTargetName reports whether the name at span of text goes on
// past a word for "of" with a capitalised one ("the United States of
// Odaiba"): the place is part of another name. Other short words link
// two names ("Denver w Kalifornii", in California).
func inLongerTargetName(text string, span corpus.Span) bool {
	rest := strings.TrimLeft(text[span.End:], " ")
	link, after, ok := strings.Cut(rest, " ")
	if !ok || !wordClass()["nameof"][link] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r)
}

// namesCity reports whether the sources name a city.
func (c *paragraph) namesCity() bool {
	for k := range c.named {
		if places().list[k].kind == 'C' {
			return true
		}
	}
	return false
}

// sourcesNameable reports whether the language of every source text read
// has a name of its own, CLDR's, for place k.
func (c *paragraph) sourcesNameable(k int) bool {
	for _, st := range c.texts {
		lp := places().in(st.lang)
		if len(lp.names[k]) == 0 || lp.cldr[k] == 0 {
			return false
		}
	}
	return len(c.texts) > 0
}

// placeNamedWhole returns the country or city whose whole name in
// language tl, as CLDR writes it, the target name n is ("Iran", "South
// Korea", "Munich"), in a language that declines names in any of its
// cases ("Londýně", "Londynie"); the forms the data adds ("Turkish") name
// a people or a language as well.
func placeNamedWhole(n name, tl string) (int, bool) {
	parts := n.parts()
	if len(parts) == 0 {
		return 0, false
	}
	declines := wordClass()["declines"][tl]
	ix := places()
	lp := ix.in(tl)
	for _, k := range lp.byWord[prefix(parts[0])] {
		if !ix.list[k].country && ix.list[k].kind != 'C' && !ix.list[k].continent || ix.list[k].union {
			continue
		}
		for _, ws := range lp.names[k][:lp.cldr[k]] {
			if slices.Equal(ws, parts) || declines && slices.EqualFunc(parts, ws, closeForm) {
				return k, true
			}
		}
	}
	return 0, false
}

// placeFinding makes f, about target name u, a major finding when u is
// a country or city in place of the one the source names, with the
// source's place as fix into English.
func (c *paragraph) placeFinding(f *checks.Finding, u name) {
	if c.swap == nil || !slices.Contains(c.swap.targets, u.span) {
		return
	}
	if c.swap.alone {
		f.Severity, f.Fixes = checks.Major, nil
		f.Message = fmt.Sprintf("target %q: a country or city that no source names", u.text(c.p.Target()))
		return
	}
	g := c.swap.source
	src := c.p.Source(g.doc)
	f.Severity, f.Source = checks.Major, &checks.Evidence{Doc: g.doc, Span: g.span}
	f.Message = fmt.Sprintf("target %q, source %q: another country or city than the source's", u.text(c.p.Target()), src.Slice(g.span))
	f.Fixes = nil
	if !c.swap.place {
		// The name may stand for more than the place: no fix.
		f.Message = fmt.Sprintf("target %q, source %q: a name from elsewhere where the source names a country or city", u.text(c.p.Target()), src.Slice(g.span))
		return
	}
	// Only into English: elsewhere a country's name brings an article
	// or a case its neighbour may not take ("l'Irlande", "la Pologne").
	if right := placeName(g.k, c.tb.String()); right != "" && c.tb == english {
		// A possessive stays: "Iran's president" becomes "Armenia's
		// president".
		span := withBareApostrophe(c.p.Target().Text, u.span)
		right += possessiveFor(c.p.Target().Slice(span), right)
		f.Fixes = []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: span, New: right}}}}
	}
}

// withBareApostrophe returns span widened over an apostrophe right after
// it that ends the word, the possessive of a name in s ("Paris' mayor"),
// which a name does not hold.
func withBareApostrophe(text string, span corpus.Span) corpus.Span {
	for _, apos := range []string{"'", "’"} {
		if rest := text[span.End:]; strings.HasPrefix(rest, apos) {
			next, _ := utf8.DecodeRuneInString(rest[len(apos):])
			if !unicode.IsLetter(next) {
				return corpus.Span{Start: span.Start, End: span.End + len(apos)}
			}
		}
	}
	return span
}

// possessiveFor returns the possessive ending that name, put in place of
// text, needs to stay a possessive as text was: "'s" for "Iran's",
// "'s" for "Paris'" when the new name does not end in s, "" for none.
func possessiveFor(text, name string) string {
	for _, apos := range []string{"'", "’"} {
		switch {
		case strings.HasSuffix(text, apos+"s"):
			return apos + "s"
		case strings.HasSuffix(text, apos) && strings.HasSuffix(name, "s"):
			return apos
		case strings.HasSuffix(text, apos):
			return apos + "s"
		}
	}
	return ""
}

// confidentPair returns the missing source name that the unexplained
// target name u stands in place of when both are surely names: u has a
// word that is no common word of the target language and that nothing in
// the sources explains (it is novel), and the source name is one name
// of letters, no acronym, which a translation spells out or translates,
// and no place, whose English name the data may not know, or a person a
// listed given name opens, whatever the source's letter case says
// ("Latenight-Moderator Stephen Colbert"). With more than one such
// source name, the first stands for them.
func (c *paragraph) confidentPair(u name) (missing, bool) {
	// A person's name counts as novel though its words are common ones
	// ("Tom Jones").
	novel := personName(u)
	for _, n := range c.novel {
		// or it ends it, a person a title came with ("President Erwin
		// Huber"; lostTail)
		novel = novel || n.span == u.span || len(u.words) >= 2 && n.span.Start <= u.span.Start && u.span.End == n.span.End
	}
	if len(u.words) == 0 || u.words[0].acro || demonym(u, c.tb.String()) {
		return missing{}, false
	}
	if !novel {
		return c.personReplaced(u)
	}
	for _, m := range c.miss {
		sb, _ := c.p.Source(m.doc).Lang.Base()
		if confidentName(m.n, sb) || c.personLike(m, sb) || personName(m.n) || givenNameKept(u, m.n, c.sw) {
			return m, true
		}
	}
	return missing{}, false
}

// givenNameKept reports whether the target person u (a listed given name
// and a surname) opens with the given name of the lost source name m, of
// two words, and ends in a word no source word explains: "Eduardo
// Zimmermann" for "Εδουάρδο Λέιτε", whose given name no list holds.
func givenNameKept(u, m name, sw []word) bool {
	k, ok := personAt(u)
	if !ok || k+2 != len(u.words) || len(m.words) != 2 {
		return false
	}
	return found(name{words: u.words[k : k+1]}, m.words[:1], nil) && !found(name{words: u.words[k+1:]}, sw, nil)
}

// replacedOutright returns the one name the source has and the target
// lacks when the target name u, a name of its own (nameOfItsOwn: not
// "Ministry of Interior", which spells "MSWiA" out) and the only one
// among the names no source explains, stands in its place with nothing
// of it: no word of u spells, sounds or reads like a word of the source
// name ("Anna" for "Ганно", "African Americans" for "Afroamerykanów"
// render it). A source language that capitalises its nouns must name a
// place or a person there, and a name cut at an abbreviation is left
// alone.
func (c *paragraph) replacedOutright(u name) (missing, bool) {
	if len(c.miss) != 1 || !corpus.HasLexicon(c.tb) || !c.nameOfItsOwn(u) {
		return missing{}, false
	}
	// Other unexplained names may be words the target capitalised
	// ("Security", "Organization"): they must be no name of their own.
	for _, o := range c.unexplained {
		if o.span != u.span && c.nameOfItsOwn(o) {
			return missing{}, false
		}
	}
	// A country or city gone (a name of no words here) is the place
	// check's: placeSwapped pairs it.
	m := c.miss[0]
	sb, _ := c.p.Source(m.doc).Lang.Base()
	if len(m.n.words) == 0 || !capitalisesNamesOnly(sb) && !namesAPlace(m.n, sb.String()) && !c.personLike(m, sb) ||
		abbreviatedEnd(c.p.Source(m.doc).Text, m.n) {
		return missing{}, false
	}
	for _, s := range m.n.words {
		if s.shout || len(s.parts) == 0 || !oneWordEnough(u, s, c.tb) {
			return missing{}, false
		}
		for _, w := range u.words {
			if mayRender(w, s) {
				return missing{}, false
			}
		}
	}
	return m, true
}

// wellKnownGone returns the one name the source has and the target lacks
// when it is a name whatever its words, a country or city of CLDR's or a
// person a listed given name opens ("Paris", "Steven Tyler", "Markus
// Söder"), in Latin letters (a person in Cyrillic or Greek ones too, read
// through transcription), which a translation keeps or spells its own
// way; and the target name u, the only one no source explains and no
// demonym, stands in its place with nothing of it: no word of u spells,
// sounds or reads like a word of the source name. A common word in
// capitals then names something else ("Glitter" for "Steven Tyler"),
// which nameOfItsOwn alone would not trust, and so does a name from
// elsewhere ("Prime Minister Falklands" for "Ministerpräsident Markus
// Söder"), which a source that capitalises its nouns cannot otherwise
// tell missing.
func (c *paragraph) wellKnownGone(u name) (missing, bool) {
	if len(c.miss) != 1 || !c.onlyNewName(u) || len(u.words) == 0 {
		return missing{}, false
	}
	if k, ok := personAt(u); ok && k > 0 {
		u.words = u.words[k:] // "Russian Foreign Minister Sergei Shoigu": the person
	}
	for len(u.words) > 1 && initialsWord(u.words[0].text) && !commonWord(u.words[1].text, c.tb) {
		u.words = u.words[1:] // "A.R. Rahman": initials open a person's name
	}
	if u.words[0].acro || demonym(u, c.tb.String()) {
		return missing{}, false
	}
	m := c.miss[0]
	sb, _ := c.p.Source(m.doc).Lang.Base()
	if len(m.n.words) == 0 || !isPlace(m.n, sb.String()) && !personName(m.n) {
		return missing{}, false
	}
	if k, ok := personAt(m.n); ok && k > 0 {
		// "Trainer Thomas Tuchel": the person is the name.
		m.n = m.n.from(k)
	}
	person := personName(m.n)
	for i, s := range m.n.words {
		if person && i == 0 && len(m.n.words) == 2 && c.surnameReplaced(m.n) {
			continue // the given name the target keeps: "Sergei" of "Sergei Shoigu"
		}
		// A person in Cyrillic or Greek letters is read in Latin ones;
		// a place there may stand for its adjective (флот России).
		if !(s.latin || s.trans && person) || s.acro || s.shout || len(s.parts) == 0 {
			return missing{}, false
		}
		for _, w := range u.words {
			// Half the letters in order is chance between names of
			// five to seven letters ("Glitter", "Tyler").
			if rendersAt(w, s, 0.6) {
				return missing{}, false
			}
		}
	}
	return m, true
}

// initialsWord reports whether w is initials: capitals, each followed by
// a full stop ("A.R.", "J.").
func initialsWord(w string) bool {
	if w == "" {
		return false
	}
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !strings.HasPrefix(w[n:], ".") {
			return false
		}
		w = w[n+1:]
	}
	return true
}

// onlyNewName reports whether u is the one target name, novel or
// unexplained, that the sources do not explain.
func (c *paragraph) onlyNewName(u name) bool {
	for _, n := range append(slices.Clip(c.unexplained), c.novel...) {
		if n.span != u.span {
			return false
		}
	}
	return true
}

// abbreviatedEnd reports whether the name n of text ends in a short word
// and a full stop, an abbreviation the name goes on after ("Placu Św.
// Piotra", St. Peter's Square): n is cut short, and its rendering may
// stand on the rest.
func abbreviatedEnd(text string, n name) bool {
	last := n.words[len(n.words)-1]
	return utf8.RuneCountInString(last.text) <= 3 && strings.HasPrefix(text[n.span.End:], ".")
}

// nameOfItsOwn reports whether the target name u is a name by its words:
// no acronym, and a word that is no common one or is a place or given
// name ("Yangtze River", "Harry"), a lone word no demonym.
func (c *paragraph) nameOfItsOwn(u name) bool {
	if len(u.words) == 1 && demonym(u, c.tb.String()) {
		return false
	}
	anchored := false
	for _, w := range u.words {
		if w.acro || w.shout || len(w.parts) == 0 {
			return false
		}
		anchored = anchored || !commonWord(w.text, c.tb) || properWord(w, c.tb)
	}
	return anchored
}

// oneWordEnough reports whether target name u may stand in place of
// source word s as far as its length tells. An acronym has many
// renderings ("OTAN" as "Atlantic Alliance") but no single uncommon word
// of other initials ("Werth" for "PZPN"); a word read from another
// script may be a form the reading misses ("Iowa" for "Айовы"), so one
// target word says too little there.
func oneWordEnough(u name, s word, tl language.Base) bool {
	switch {
	case s.acro:
		w := u.words[0]
		first, _ := utf8.DecodeRuneInString(s.parts[0])
		return len(u.words) == 1 && !commonWord(w.text, tl) && !strings.HasPrefix(w.folded, string(first))
	case s.trans:
		return len(u.words) > 1
	}
	return true
}

// properWord reports whether w, a word of the language's lexicon, is
// a name there too: a country or city ("Spain") or a given name
// ("Harry").
func properWord(w word, lang language.Base) bool {
	return placeWord(w.parts, lang.String()) || givenNames()[corpus.FoldName(w.text)]
}

// mayRender reports whether target word w may render source word s: they
// open alike in letters or sound, are known spellings of one name, or
// share half their letters in order, however spelt.
func mayRender(w, s word) bool { return rendersAt(w, s, 0.5) }

// rendersAt is mayRender with the share of letters in order the words
// need: minSim.
func rendersAt(w, s word, minSim float64) bool {
	if respelt(s.text, w.text) {
		return true
	}
	for i, a := range w.parts {
		for j, b := range s.parts {
			if sharedStart(a, b) >= 3 || sharedStart(w.phon[i], s.phon[j]) >= 3 || similarity(a, b) >= minSim {
				return true
			}
		}
		for _, b := range s.alts {
			if similarity(a, b) >= minSim {
				return true
			}
		}
	}
	return false
}

// personReplaced returns the missing source name that the target name u
// replaces, where the target's language capitalises names only but has no
// word list to tell a name from words (French, Spanish, Turkish): a
// source name of two or three words none of which is a word of its
// language (a person, "Kylian Mbappé"; not "Security Council"), and a
// target name of as many capitalised words that shares no word's first
// letters with it (no rendering: "Consejo", "Naciones"), stand for two
// persons ("Erling Haaland").
func (c *paragraph) personReplaced(u name) (missing, bool) {
	if corpus.HasLexicon(c.tb) || !capitalisesNamesOnly(c.tb) || len(u.words) < 2 || len(u.words) > 3 || len(c.miss) != 1 {
		return missing{}, false
	}
	for _, w := range u.words {
		if !w.cap || w.acro || len(w.parts) != 1 {
			return missing{}, false
		}
	}
	m := c.miss[0]
	sb, _ := c.p.Source(m.doc).Lang.Base()
	if len(m.n.words) != len(u.words) || !corpus.HasLexicon(sb) || !confidentName(m.n, sb) {
		return missing{}, false
	}
	for _, s := range m.n.words {
		if len(s.parts) != 1 || commonWord(s.text, sb) {
			return missing{}, false
		}
		for _, w := range u.words {
			// By letters or by sound: "Wołodymyr" is "Volodymyr".
			if sharedStart(s.parts[0], w.parts[0]) >= 3 || sharedStart(s.phon[0], w.phon[0]) >= 3 || respelt(s.text, w.text) {
				return missing{}, false
			}
		}
	}
	return m, true
}

// demonym reports whether a word of the target name n is formed from
// the name of a territory or city in language tl without being one of
// its CLDR names ("African Americans", "Siberian"): a source word for
// the people or the adjective ("Afroamerykanów") is seldom a name the
// data knows, and the pair looks replaced. A place's own name ("Austria")
// in place of a source name is a replacement as sure as any.
func demonym(n name, tl string) bool {
	lp := places().in(tl)
	for _, w := range n.words {
		for _, p := range w.parts {
			if givenNames()[p] {
				continue // "Samantha" is no form of Samara, "John" none of St. John's
			}
			for _, k := range lp.byWord[prefix(p)] {
				if lp.hasWord(k, p) && !lp.cldrWord(k, p) && lp.formedFrom(k, p) {
					return true
				}
			}
		}
	}
	return false
}

// formedFrom reports whether w is a word of a name of place k, or
// formed from one by an ending: it holds all of a name's word of four
// letters or more but its last letter ("Siberian", "Korean", "German").
// A word that only sounds like one is not ("Region" is no form of
// Regina, "Europe" none of Europa Island, "Mswati" none of Eswatini):
// taken for people's names, they kept names from elsewhere at hints.
func (lp *langPlaces) formedFrom(k int, w string) bool {
	for _, ws := range lp.names[k] {
		for _, x := range ws {
			_, last := utf8.DecodeLastRuneInString(x)
			if x == w || utf8.RuneCountInString(x) >= 4 && strings.HasPrefix(w, x[:len(x)-last]) {
				return true
			}
		}
	}
	return false
}

// cldrWord reports whether w is a word of one of CLDR's names of place k.
func (lp *langPlaces) cldrWord(k int, w string) bool {
	for _, ws := range lp.names[k][:lp.cldr[k]] {
		if slices.Contains(ws, w) {
			return true
		}
	}
	return false
}

// englishCognate reports whether the folded source word f is an English
// word, or one with a final vowel changed or dropped ("Labour",
// "Congresso", "Parti"): a name of common words, which a translation
// renders in its own ("Labour Party", "Congress"), so that the source's
// spelling is no fix.
func englishCognate(f string) bool {
	if corpus.IsWord(f, english) {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(f)
	stem := f[:len(f)-n]
	if !strings.ContainsRune("aeiou", r) || utf8.RuneCountInString(stem) < 4 {
		return false
	}
	return corpus.IsWord(stem, english) || corpus.IsWord(stem+"y", english) || corpus.IsWord(stem+"e", english)
}

// keepsNames are the source languages that write a name the same in
// every case, so that the source's spelling is the name's: Polish, Czech
// or Russian inflect names ("Miłosza", "Gryfowi").
var keepsNames = map[string]bool{"en": true, "fr": true, "es": true, "it": true, "pt": true, "nl": true, "ca": true}

// namesAPlace reports whether the name n holds the whole name of a
// territory or city in language l, maybe inflected ("Noruega", "Europa",
// "Grande-Bretagne"), which the target's language names in its own way.
func namesAPlace(n name, l string) bool { return wholeOrPartPlace(n, l, false) }

// isPlace reports whether the name n is the name of a place in language
// l, not one with more words ("Statistics Finland", an office whose name
// a translation renders in its own words).
func isPlace(n name, l string) bool { return wholeOrPartPlace(n, l, true) }

// wholeOrPartPlace reports whether a place's name in l is among the words of n,
// or, whole, is all of them.
func wholeOrPartPlace(n name, l string, whole bool) bool {
	parts := n.parts()
	lp := places().in(l)
	for _, p := range parts {
		for _, k := range lp.byWord[prefix(p)] {
			if places().list[k].kind == 'L' { // "Mari", a language
				continue
			}
			for _, ws := range lp.names[k] {
				if allIn(ws, parts) && (!whole || len(ws) == len(parts)) {
					return true
				}
			}
		}
	}
	return false
}

// allIn reports whether each of the words ws is one of parts or a form
// of it.
func allIn(ws, parts []string) bool {
	for _, w := range ws {
		if !slices.ContainsFunc(parts, func(p string) bool { return stemMatch(p, w) }) {
			return false
		}
	}
	return len(ws) > 0
}

// cutShort reports whether a capitalised word inside its sentence,
// which the name n leaves out, stands right before it in source words
// sw ("Del" of "Del Potro"): the name the source writes is longer than
// n, and n alone is no fix.
func cutShort(text string, n name, sw []word) bool {
	for _, w := range sw {
		if w.span.End <= n.span.Start && strings.TrimSpace(text[w.span.End:n.span.Start]) == "" && w.span.End < n.span.Start {
			return w.cap && !w.start
		}
	}
	return false
}

// confidentName reports whether the missing source name n, of language
// lang, is surely a name: words (a place has none here), none an
// acronym, and not German, which capitalises its nouns ("Tausenden
// Panzern"). A name in Cyrillic needs two words: one alone may be a
// first name in a case ("Олей", Olya) or a localised one ("Миколаю",
// Nicholas).
func confidentName(n name, lang language.Base) bool {
	if len(n.words) == 0 || !capitalisesNamesOnly(lang) {
		return false
	}
	for _, w := range n.words {
		if w.acro || w.shout || len(w.parts) == 0 {
			return false
		}
	}
	return !n.words[0].trans || len(n.words) > 1
}

// personLike reports whether the missing name m of a German source is
// surely a name though German capitalises its nouns: two words or more,
// none an acronym, none ending as a German noun or adjective does
// (data/words.txt nounend), and no article before them ("Henry
// Kissinger", "Eroll Flynn"; not "Stern Abzug", "den Farben Weiß").
func (c *paragraph) personLike(m missing, lang language.Base) bool {
	n := m.n
	if capitalisesNamesOnly(lang) || len(n.words) < 2 || len(wordClass()["nounend."+lang.String()]) == 0 {
		return false
	}
	for _, w := range n.words {
		if w.acro || w.shout || w.trans || len(w.parts) == 0 || endsLike(w.text, "nounend."+lang.String(), 3) ||
			counters()[lang.String()][w.lower] {
			return false
		}
	}
	var ws []word
	for _, sp := range c.srcParas {
		if sp.doc == m.doc && sp.span.Start <= n.span.Start && n.span.End <= sp.span.End {
			ws = sp.words
		}
	}
	for i := 1; i < len(ws); i++ {
		if ws[i].span == n.words[0].span {
			return !wordClass()["article."+lang.String()][ws[i-1].lower]
		}
	}
	return len(ws) > 0 && ws[0].span == n.words[0].span
}

// replacement offers the source name m in place of the target name u
// when the source writes names in the target's letters and u is the one
// name the paragraph replaced, so that the fix is not a guess between
// several.
func (c *paragraph) replacement(u name, m missing) []checks.Fix {
	if len(c.unexplained) != 1 || len(c.miss) != 1 {
		return nil
	}
	sl := c.p.Source(m.doc).Lang
	sb, _ := sl.Base()
	if len(m.n.words) == 0 || !keepsNames[sb.String()] || namesAPlace(m.n, sb.String()) || namesAPlace(m.n, c.tb.String()) {
		return nil
	}
	// An acronym is the source language's ("UE", "VIH"): the target's
	// may differ.
	for _, w := range m.n.words {
		if !w.latin || w.trans || w.acro || englishCognate(w.folded) {
			return nil
		}
	}
	if cutShort(c.p.Source(m.doc).Text, m.n, c.sw) || c.continuesName(u) {
		return nil
	}
	// A language that declines names wants the right one in the wrong
	// one's case ("z Erlingiem Haalandem"): the source's form is no fix.
	if wordClass()["declines"][c.tb.String()] {
		return nil
	}
	right := c.sourceText(m)
	// A possessive stays: "Koa-san's cohesion" becomes "Eatonville's
	// cohesion".
	span := withBareApostrophe(c.p.Target().Text, u.span)
	right += possessiveFor(c.p.Target().Slice(span), right)
	return []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: span, New: right}}}}
}

// reportOmitted reports each missing source name as omitted.
func (c *paragraph) reportOmitted() {
	for _, m := range c.miss {
		f := c.omitted(m)
		// A person's name, lost with nothing in its place, is seldom
		// left out on purpose; a pronoun or a title may stand for a
		// person the target names elsewhere ("she", "the chancellor").
		if len(c.novel)+len(c.unexplained) == 0 && (c.surelyAName(m) || c.loneName(m)) && !c.namedInTarget(m) {
			f.Severity = checks.Major
		}
		c.p.Report(f)
	}
}

// namedInTarget reports whether a word of the missing source name m is
// in the target: spelt as a source word folds anywhere in it, or, within
// namedNear paragraphs of this one, in any form the source word takes
// (an inflection, a transliteration). The bound keeps a long article
// linear.
func (c *paragraph) namedInTarget(m missing) bool {
	tgt := c.p.Target()
	all := tgt.Memo(foldedKey{}, func() any { return foldedParts(tgt) }).(map[string]bool)
	for _, w := range m.n.words {
		for _, p := range w.parts {
			if all[p] {
				return true
			}
		}
	}
	for i := max(0, c.i-namedNear); i < min(len(tgt.Paragraphs), c.i+namedNear+1); i++ {
		for _, w := range m.n.words {
			if wordFound(w, words(tgt, i), c.exo) {
				return true
			}
		}
	}
	return false
}

// namedNear is how many paragraphs around a missing name namedInTarget
// searches in every form: a title or pronoun stands for a person named
// a little earlier.
const namedNear = 20

// foldedKey keys the folded word parts of a target in its memo.
type foldedKey struct{}

// foldedParts returns the folded parts of every word of document d.
func foldedParts(d *corpus.Document) map[string]bool {
	out := map[string]bool{}
	for i := range d.Paragraphs {
		for _, w := range words(d, i) {
			for _, p := range w.parts {
				out[p] = true
			}
		}
	}
	return out
}

// surelyAName reports whether the missing source name m is two words or
// more, none an acronym, that a listed given name opens ("Jarosław
// Kaczyński"), that in a language with a word list has no common word,
// or that in a language capitalising its nouns looks like a person
// (personLike: "Eroll Flynn"): a person, not an institution the target
// translated ("Procuraduría General", "Regno Unito", "Landratsamt
// Dingolfing").
func (c *paragraph) surelyAName(m missing) bool {
	sb, _ := c.p.Source(m.doc).Lang.Base()
	if len(m.n.words) < 2 {
		return false
	}
	for _, w := range m.n.words {
		if w.acro || w.shout || corpus.HasLexicon(sb) && commonWord(w.text, sb) {
			return false
		}
	}
	_, person := personAt(m.n)
	return person || corpus.HasLexicon(sb) || c.personLike(m, sb)
}

// loneName reports whether the missing source name m is one word that
// an English target would keep as it is: in Latin letters, no acronym,
// from a source in Latin script whose capitals mark names only (Spanish,
// Polish; not German nouns, nor English adjectives of people, "Jains",
// which other targets translate) and whose words are no syllables
// (data/words.txt syllables: Vietnamese "Trung", of Trung Quốc); and a
// word that stands alone: no month ("Haziran 2021'den"), no English word
// or cognate ("Institut", head of a French agency's name the target
// renders), no neighbour in capitals ("Kementerian Dalam Negeri"), as
// a country or city of CLDR's may have.
func (c *paragraph) loneName(m missing) bool {
	sb, _ := c.p.Source(m.doc).Lang.Base()
	if c.tb != english || sb == english || !latinScript(sb) || !capitalisesNamesOnly(sb) || wordClass()["syllables"][sb.String()] ||
		len(m.n.words) != 1 {
		return false
	}
	w := m.n.words[0]
	if !w.latin || w.acro || w.shout || w.trans || len(w.parts) != 1 || quantity.IsMonthName(w.text, language.Make(sb.String())) {
		return false
	}
	if namesAPlace(m.n, sb.String()) {
		return true
	}
	return !englishCognate(w.parts[0]) && !corpus.IsWord(w.parts[0]+"e", english) && !c.capitalNeighbour(m)
}

// capitalNeighbour reports whether a word next to the one-word source
// name m is capitalised, but for one that opens its sentence unless the
// target keeps it: m may be a part of a longer name that its words split
// ("Guaíba Nehri", the Guaíba river).
func (c *paragraph) capitalNeighbour(m missing) bool {
	for _, sp := range c.srcParas {
		if sp.doc != m.doc || m.n.span.Start < sp.span.Start || sp.span.End < m.n.span.End {
			continue
		}
		for i, w := range sp.words {
			if w.span != m.n.words[0].span {
				continue
			}
			prev := i > 0 && sp.words[i-1].cap && (!sp.words[i-1].start || writtenAlike(sp.words[i-1], c.tw))
			return prev || i+1 < len(sp.words) && sp.words[i+1].cap
		}
	}
	return false
}

// writtenAlike reports whether a target word is the source word s as
// written, but for case: the name itself, not an inflection or a
// cognate ("Proti" is not "protested").
func writtenAlike(s word, tw []word) bool {
	return slices.ContainsFunc(tw, func(t word) bool { return t.lower == s.lower })
}

func (c *paragraph) evidence(m missing) *checks.Evidence {
	return &checks.Evidence{Doc: m.doc, Span: m.n.span}
}

func (c *paragraph) sourceText(m missing) string { return m.n.text(c.p.Source(m.doc)) }

// placeNamed reports whether a word of the target name n is a word of a
// place the sources name ("Swedish" for "Швеции").
func placeNamed(n name, tl string, srcs []srcText) bool {
	for _, w := range n.words {
		for _, p := range w.parts {
			if placeExplains(p, tl, srcs) {
				return true
			}
		}
	}
	return false
}

func overlaps(s corpus.Span, in []corpus.Span) bool {
	for _, x := range in {
		if s.Overlaps(x) {
			return true
		}
	}
	return false
}

// capitalisesNamesOnly reports whether lang writes common nouns in lower
// case, so that a capital inside a sentence marks a name. German does not.
func capitalisesNamesOnly(lang language.Base) bool {
	switch lang.String() {
	case "de", "lb":
		return false
	}
	return true
}

// words splits paragraph para of d into words. A word is a run of letters,
// digits and marks, joined across an inner hyphen or apostrophe; URLs and
// addresses are skipped.
func words(d *corpus.Document, para int) []word {
	ws := d.Memo(wordsKey{para}, func() any { return readWords(d, para) }).([]word)
	return ws[:len(ws):len(ws)] // shared: an append must copy
}

// wordsKey keys the words of a paragraph in its document's memo.
type wordsKey struct{ para int }

// placesKey and namesKey key what a source paragraph names, which no
// target changes: a batch checks many targets against one source.
type placesKey struct{ para, start int }
type namesKey struct{ para int }

// romanKey keys a source paragraph's romanised forms.
type romanKey struct{ para, start int }

// shortKey keys the places a source paragraph's short forms stand for.
type shortKey struct{ para, start int }

// paraNames is sourceNames of paragraph para of src (in language lang),
// computed once per document, those within span s.
func paraNames(src *corpus.Document, para int, s corpus.Span, lang language.Base) []name {
	ns := src.Memo(namesKey{para}, func() any { return sourceNames(src.Text, words(src, para), lang) }).([]name)
	if ps := src.Paragraphs[para].Span; s == ps {
		return ns[:len(ns):len(ns)] // shared: an append must copy
	}
	lo := sort.Search(len(ns), func(k int) bool { return ns[k].span.Start >= s.Start })
	hi := sort.Search(len(ns), func(k int) bool { return ns[k].span.End > s.End })
	return ns[lo:max(lo, hi):max(lo, hi)]
}

// within returns the words of ws, in text order, that lie inside s.
func within(ws []word, s corpus.Span) []word {
	lo := sort.Search(len(ws), func(k int) bool { return ws[k].span.Start >= s.Start })
	hi := sort.Search(len(ws), func(k int) bool { return ws[k].span.End > s.End })
	hi = max(lo, hi)
	return ws[lo:hi:hi]
}

func readWords(d *corpus.Document, para int) []word {
	ps := d.Paragraphs[para].Span
	text := d.Text[ps.Start:ps.End]
	var skip []corpus.Span // the document's addresses, relative to the paragraph
	for _, a := range d.AddressesIn(ps) {
		skip = append(skip, corpus.Span{Start: a.Start - ps.Start, End: a.End - ps.Start})
	}
	starts := make([]bool, len(text)+1) // the sentences' first bytes
	for _, s := range d.Paragraphs[para].Sentences {
		if k := s.Start - ps.Start; k >= 0 && k <= len(text) {
			starts[k] = true
		}
	}
	out := make([]word, 0, strings.Count(text, " ")+1) // a word a space, in most scripts
	sentence := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if starts[i] {
			sentence = true
		}
		if !corpus.IsWordRune(r) {
			if r == ':' {
				sentence = true
			}
			i += n
			continue
		}
		j := initialismEnd(text, i, wordEnd(text, i))
		i = afterElision(text, i, j, sentence)
		sentence = sentence || quotedStart(text, i, starts) || afterSentenceEnd(text, i)
		if !overlaps(corpus.Span{Start: i, End: j}, skip) {
			out = append(out, makeWord(text[i:j], corpus.Span{Start: ps.Start + i, End: ps.Start + j}, sentence))
		}
		sentence = false
		i = j
	}
	lang, _ := d.Lang.Base()
	markShouting(text, out, lang)
	splitDirections(out, lang)
	return out
}

// splitDirections gives a word that joins a point of the compass to a
// name or an adjective of one, in a language that compounds so
// (data/words.txt direction.LANG: "Unterfranken", "Niederbayern";
// Czech "východoněmecký", East German), the name as a part of its own,
// which a translation writes apart ("Lower Franconia").
func splitDirections(ws []word, lang language.Base) {
	dirs := wordClass()["direction."+lang.String()]
	if len(dirs) == 0 {
		return
	}
	for i, w := range ws {
		if w.acro || len(w.parts) != 1 {
			continue
		}
		// The longest prefix, whatever the order of the class's set:
		// "Nordostdeutschland" is Deutschland, not Ostdeutschland.
		rest := ""
		for d := range dirs {
			if r, ok := strings.CutPrefix(w.lower, d); ok && utf8.RuneCountInString(r) >= 4 && (rest == "" || len(r) < len(rest)) {
				rest = r
			}
		}
		if rest != "" {
			f := corpus.FoldName(rest)
			ws[i].parts = append(ws[i].parts[:1:1], f)
			ws[i].phon = append(ws[i].phon[:1:1], phonetic(f))
		}
	}
}

// markShouting marks the words of a paragraph written in capitals for
// emphasis, as headlines are ("ВСЕРОССИЙСКИЕ СОРЕВНОВАНИЯ", "INDOOR
// PRODUCTION"): there, a long word in capitals is no more a name than it
// is in lower case. Elsewhere "UNESCO" stays an acronym, but a word of
// four letters or more in capitals that is a common word of lang
// ("AGREED", "HIGH VOLTAGE") is emphasis wherever it stands.
func markShouting(text string, ws []word, lang language.Base) {
	for i, w := range ws {
		// "NESNÁŠÍM", "KAŽDOU": acronyms seldom carry diacritics.
		ws[i].shout = utf8.RuneCountInString(w.text) >= 5 && isAcronym(w.text) && strings.IndexFunc(w.text, accented) >= 0
	}
	if corpus.HasLexicon(lang) {
		for i, w := range ws {
			ws[i].shout = ws[i].shout || utf8.RuneCountInString(w.text) >= 4 && isAcronym(w.text) && corpus.IsWord(w.lower, lang)
		}
	}

	upper, letters := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 || 5*upper < 4*letters {
		return
	}
	for i := range ws {
		ws[i].shout = ws[i].shout || utf8.RuneCountInString(ws[i].text) >= 6 && isAcronym(ws[i].text) && strings.IndexFunc(ws[i].text, unicode.IsDigit) < 0
	}
}

// accented reports whether r is a Latin letter beyond ASCII ("Š", "Í").
func accented(r rune) bool { return r > unicode.MaxASCII && unicode.Is(unicode.Latin, r) }

// wordEnd returns the end of the word that starts at byte i of text.
func wordEnd(text string, i int) int {
	r, n := utf8.DecodeRuneInString(text[i:])
	j := i + n
	for j < len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		// "IT関連会社": Latin letters and Han or kana are two words.
		if corpus.IsWordRune(r2) && unspaced(r) == unspaced(r2) {
			j += n2
			continue
		}
		if joinsWord(r2) {
			if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); corpus.IsWordRune(r3) {
				j += n2
				continue
			}
		}
		break
	}
	return j
}

// initialismEnd returns the end of the word text[i:j], taking a single
// capital on over the initialism it opens: "U.S.", "U.N." are one word.
func initialismEnd(text string, i, j int) int {
	r, n := utf8.DecodeRuneInString(text[i:])
	if j != i+n || !unicode.IsUpper(r) {
		return j
	}
	for j+2 < len(text) && text[j] == '.' && j+2 <= len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[j+1:])
		after, _ := utf8.DecodeRuneInString(text[j+1+n2:])
		if !unicode.IsUpper(r2) || corpus.IsWordRune(after) {
			break
		}
		j += 1 + n2
	}
	if j > i+n && j < len(text) && text[j] == '.' {
		j++
	}
	return j
}

// afterElision returns where the word text[i:j] starts once an elided
// article, no part of the name, is left out: "l'ONU", "dell'Amazzonia",
// and at the start of a sentence "L'ASUS" as well.
func afterElision(text string, i, j int, sentence bool) int {
	k := strings.IndexAny(text[i:j], "'’")
	if k <= 0 || k > 4 {
		return i
	}
	_, an := utf8.DecodeRuneInString(text[i+k:])
	first, _ := utf8.DecodeRuneInString(text[i:])
	after, _ := utf8.DecodeRuneInString(text[i+k+an:])
	if unicode.IsUpper(after) && (unicode.IsLower(first) || sentence && wordClass()["elision"][strings.ToLower(text[i:i+k])]) {
		return i + k + an
	}
	return i
}

// quotedStart reports whether a sentence starts at a quote, bracket or
// symbol right before byte i, as sentence spans may ("☘️ Утвориться"),
// or whether the word at i opens a quotation or a title in quotes
// («Хищники», „Zeit“): its capital is the quotation's, not a name's.
func quotedStart(text string, i int, starts []bool) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if starts[k] && strings.IndexFunc(text[k:i], isLetterOrDigit) < 0 {
			return true
		}
	}
	return opensQuote(text, i)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// opensQuote reports whether an opening quotation mark stands right
// before byte i: one that only opens («, „, “, ‹, 「, 『), or a straight
// double quote after a space or at the start.
func opensQuote(text string, i int) bool {
	q, n := utf8.DecodeLastRuneInString(text[:i])
	switch q {
	case '«', '„', '“', '‹', '「', '『':
		return true
	case '"':
		before, _ := utf8.DecodeLastRuneInString(text[:i-n])
		return i == n || unicode.IsSpace(before) || unicode.In(before, unicode.Ps)
	}
	return false
}

// afterSentenceEnd reports whether the word at byte i follows the end of
// a sentence that the segmenter did not split there: a full stop with no
// space after it ("дерева.Тому"), an ellipsis ("…Але"), or a dash that
// opens the next line of a dialogue (". – Тому"). Quotes, brackets and
// spaces may stand between. A full stop counts after a lower-case word
// of three letters or more only: "U.S. Army" and "Dr. Smith" go on.
// isPictograph reports whether r is an emoji or a pictographic symbol
// (the Unicode blocks from U+2600 and from U+1F300 that hold them).
func isPictograph(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF
}

func afterSentenceEnd(text string, i int) bool {
	k := i
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Pd, r) && !unicode.In(r, unicode.Pi, unicode.Pf, unicode.Ps) && r != '"' && r != '\'' {
			break
		}
		k -= n
	}
	r, n := utf8.DecodeLastRuneInString(text[:k])
	if k < i && isPictograph(r) {
		return true // "…не чує 😅 Думаю": an emoji ends a sentence as a mark does
	}
	switch r {
	case '!', '?', '…':
		return true
	case '.':
		j := k - n
		letters := 0
		for j > 0 {
			p, m := utf8.DecodeLastRuneInString(text[:j])
			if !unicode.IsLetter(p) {
				break
			}
			letters++
			j -= m
		}
		first, _ := utf8.DecodeRuneInString(text[j:])
		return letters >= 3 && unicode.IsLower(first)
	}
	return false
}

// unspaced reports whether r is written without spaces between words:
// Han characters and kana.
func unspaced(r rune) bool { return translit.IsHan(r) || translit.IsKana(r) }

// joinsWord reports whether r, a hyphen or an apostrophe, joins the word
// characters either side of it into one word ("US-amerikanisch",
// "dell'Amazzonia", "Netanyahu’s").
func joinsWord(r rune) bool { return r == '-' || corpus.IsApostrophe(r) }

func makeWord(s string, span corpus.Span, start bool) word {
	first, _ := utf8.DecodeRuneInString(s)
	return word{wordForms: formsOfWord(s), span: span, text: s, start: start, latin: unicode.Is(unicode.Latin, first)}
}

// wordForms is what a word's spelling alone says of it. Words share
// them: a word is a span and a pointer, cheap to copy and to keep.
type wordForms struct {
	lower  string   // the word in lower case
	folded string   // folded, in its own script
	parts  []string // folded (or transliterated) parts between hyphens; full: appending copies
	phon   []string // phonetic of each part, for same
	alts   []string // other Latin spellings of a Cyrillic word's parts ("dzhek" is "jek"), or other readings of a Latin name's ("georgia" as "jeorjia"), for its sound only
	altPh  []string // phonetic of each of alts
	acro   bool     // a part is an acronym: "USGS", "US-amerikanisch"
	trans  bool     // transliterated from Cyrillic or Devanagari
	cap    bool     // starts with an upper-case letter
}

// narrow writes full-width letters and digits as ASCII: "Ｊ３" is "J3".
func narrow(s string) string {
	if corpus.IsASCII(s) {
		return s // transforming would only allocate
	}
	return width.Narrow.String(s)
}

// formsOf folds, transliterates and splits the word s.
func formsOf(s string) wordForms {
	first, _ := utf8.DecodeRuneInString(s)
	w := wordForms{folded: foldPlace(s), lower: strings.ToLower(s), cap: unicode.IsUpper(first)}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' }) {
		part = strings.TrimRight(strings.ReplaceAll(part, ".", ""), "'’")
		// "Netanyahu's": the possessive is no part of the name.
		if k := strings.LastIndexAny(part, "'’"); k > 0 && utf8.RuneCountInString(part[k:]) <= 3 {
			part = part[:k]
		}
		// "APs", "CEOs": the plural is the acronym, which a source
		// without plurals keeps as it is ("AP").
		if stem, ok := pluralAcronym(part); ok {
			part = stem
		}
		if isAcronym(part) {
			w.acro = true
		}
		f, did := transliterate(part)
		if !did {
			f = corpus.FoldName(narrow(part))
		}
		w.trans = w.trans || did
		if utf8.RuneCountInString(f) >= 2 || isAcronym(part) {
			w.parts = append(w.parts, f)
			w.phon = append(w.phon, phonetic(f))
			if did && isAcronym(part) {
				// "ЦСКА" is "CSKA": an acronym keeps one letter of
				// each, where a word spells ц as "ts".
				if a := cyrillicInitials(part); a != "" && a != f {
					w.alts = append(w.alts, a)
					w.altPh = append(w.altPh, phonetic(a))
				}
			}
			if w.cap { // names only: a common word is matched as spelt
				alts := respellings
				if !did {
					// "Georgia" and "Hermitage" as Джорджія and Ермітаж
					// say them: a soft g.
					alts = translit.ForeignReadings
				}
				for _, a := range alts(f) {
					w.alts = append(w.alts, a)
					w.altPh = append(w.altPh, phonetic(a))
				}
			}
		}
	}
	w.parts, w.phon = slices.Clip(w.parts), slices.Clip(w.phon)
	w.alts, w.altPh = slices.Clip(w.alts), slices.Clip(w.altPh)
	return w
}

// forms remembers the forms of the words seen lately: news repeats its
// words, and folding and transliterating them was a fifth of a batch's
// time.
// It holds pointers: a map of small slots stays in the processor's cache.
var forms = bounded.New[string, *wordForms](1 << 15)

// formsOfWord returns the forms of s, remembered or worked out.
func formsOfWord(s string) *wordForms {
	if unifiedHan(s) {
		// A run of Han characters folds, splits and transliterates to
		// itself, and a clause of Chinese rarely recurs: no work, no cache.
		w := &wordForms{folded: s, lower: s}
		if utf8.RuneCountInString(s) >= 2 {
			w.parts, w.phon = []string{s}, []string{phonetic(s)}
		}
		return w
	}
	if f, ok := forms.Get(s); ok {
		return f
	}
	d := detached(formsOf(s))
	forms.Put(strings.Clone(s), &d)
	return &d
}

// unifiedHan reports whether s is all CJK unified ideographs (the main
// block and extension A), which no normalisation changes: compatibility
// ideographs decompose.
func unifiedHan(s string) bool {
	for _, r := range s {
		if (r < 0x4E00 || r > 0x9FFF) && (r < 0x3400 || r > 0x4DBF) {
			return false
		}
	}
	return s != ""
}

// detached copies the strings of f, which may be slices of a document
// that the cache must not keep alive.
func detached(f wordForms) wordForms {
	f.folded = strings.Clone(f.folded)
	f.lower = strings.Clone(f.lower)
	for _, l := range []*[]string{&f.parts, &f.phon, &f.alts, &f.altPh} {
		*l = slices.Clone(*l)
		for i := range *l {
			(*l)[i] = strings.Clone((*l)[i])
		}
	}
	return f
}

// cyrillicRespellings are the letters English spellings of names give a
// Cyrillic letter other than the plain transliteration does: Дж is J
// ("Джек", Jack), Г often H ("Гарри", Harry), Ц a German Z ("Цукерберг"),
// З an S between vowels ("Рози", Rosie), and У before a vowel W
// ("Уиллис", Willis).
var cyrillicRespellings = strings.NewReplacer("dzh", "j", "kh", "h", "g", "h", "ts", "z", "z", "s",
	"ui", "wi", "uay", "whi", "ua", "wa", "ue", "we", "uo", "wo")

// caseEndings are the Russian and Ukrainian case endings of names and of
// the adjectives made of them, as transliterated ("Джексоном" is
// "dzheksonom", "Иркутского" "irkutskogo"), longest first.
var caseEndings = []string{"ogo", "ego", "aya", "ykh", "ikh", "ymi", "imi", "uyu", "oyu", "oye", "ami", "akh", "om", "em", "ym", "im", "oy", "ey", "ov", "ev", "am", "yu", "ya", "u", "a", "e", "y", "i"}

// respellings returns the other spellings of the transliterated part f
// of a name, respelt as English spells names and without its case
// ending: "dzheksonom" is also "jeksonom" and "jekson", as "Jackson".
func respellings(f string) []string {
	var out []string
	a := cyrillicRespellings.Replace(f)
	if a != f {
		out = append(out, a)
	}
	// A short feminine name in the instrumental: Олей is Оля, Машей Маша.
	if stem, ok := strings.CutSuffix(f, "ey"); ok && len(stem) >= 2 && len(stem) < 4 {
		out = append(out, stem+"ya")
	} else if stem, ok := strings.CutSuffix(f, "oy"); ok && len(stem) >= 2 && len(stem) < 4 {
		out = append(out, stem+"a")
	}
	// Ай for an English I said "ai": Айова is Iowa, Айдахо Idaho.
	if rest, ok := strings.CutPrefix(a, "ay"); ok && len(rest) >= 3 {
		out = append(out, "i"+rest)
		for _, e := range caseEndings {
			if stem := strings.TrimSuffix(rest, e); stem != rest && len(stem) >= 2 {
				out = append(out, "i"+stem+"a") // Айовы, of Iowa
				break
			}
		}
	}
	for _, e := range caseEndings {
		if stem := strings.TrimSuffix(a, e); stem != a && len(stem) >= 4 {
			return append(out, stem)
		}
	}
	return out
}

func isAcronym(s string) bool {
	if len(s) >= 2 && 'a' <= s[1] && s[1] <= 'z' && corpus.IsASCII(s) {
		return false // most words: a small letter, no Cyrillic
	}
	up, low, cyrillic := 0, 0, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
		cyrillic = cyrillic || unicode.Is(unicode.Cyrillic, r)
	}
	// A Cyrillic acronym may hold one small letter, of a word inside it
	// or of a case ending: СПбГУ, ЦУПе.
	return up >= 2 && (low == 0 || cyrillic && low == 1 && up >= 3)
}

// shouting reports whether w is a long word in capitals in a paragraph
// written in capitals (see markShouting).
func shouting(w word) bool { return w.shout }

func isRoman(s string) bool {
	if s != "" && strings.Trim(s, "IVXLCDM") == "" {
		return true
	}
	// An ordinal: "XXIe siècle", "Ier", "IIIème", "XXº". A letter
	// alone after one numeral letter may be a name ("Ma").
	numeral := strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyzèºª")
	suffix := s[len(numeral):]
	return numeral != "" && strings.Trim(numeral, "IVXLCDM") == "" && romanOrdinal[suffix] &&
		(len(numeral) >= 2 || utf8.RuneCountInString(suffix) >= 2)
}

// romanOrdinal holds the endings that make a Roman numeral an ordinal in
// the languages that write them glued (French XXIe, Ier; Spanish and
// Italian XXº, XXª).
var romanOrdinal = map[string]bool{"e": true, "er": true, "re": true, "ère": true, "ème": true, "eme": true, "es": true, "º": true, "ª": true}

func isNumber(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) < 0
}

// runs groups adjacent words that pass keep into names; words are adjacent
// when only spaces, or an initial's full stop, stand between them.
func runs(text string, ws []word, keep func(word) bool) []name {
	var out []name
	var cur []word
	flush := func() {
		if len(cur) > 0 {
			out = append(out, name{words: cur, span: corpus.Span{Start: cur[0].span.Start, End: cur[len(cur)-1].span.End}})
			cur = nil
		}
	}
	for _, w := range ws {
		if !keep(w) {
			flush()
			continue
		}
		if len(cur) > 0 {
			gap := text[cur[len(cur)-1].span.End:w.span.Start]
			initial := utf8.RuneCountInString(cur[len(cur)-1].text) == 1 && strings.TrimSpace(gap) == "."
			if strings.TrimSpace(gap) != "" && !initial {
				flush()
			}
		}
		cur = append(cur, w)
	}
	flush()
	return out
}

// sourceNames returns the proper names of a source paragraph: runs of
// capitalised words inside sentences in a cased script, and runs of
// Latin-script words in an uncased one ("USGS" in Japanese). A language
// that capitalises every noun (German) only yields acronyms and runs of
// two or more capitalised words.
func sourceNames(text string, ws []word, lang language.Base) []name {
	if len(ws) == 0 {
		return nil
	}
	cased := false
	for _, w := range ws {
		if w.cap {
			cased = true
			break
		}
	}
	unstopped := typedWithoutStops(text, ws)
	days := weekdaySpans(text, ws, lang)
	joins := personJoins(text, ws, lang)
	keep := func(w word) bool {
		if isNumber(w.text) || len(w.parts) == 0 || shouting(w) || insideAny(w.span, days) {
			return false
		}
		if joins[w.span] {
			return true
		}
		if !cased || (!w.latin && !w.trans && !unicode.IsUpper([]rune(w.text)[0])) {
			// "km2" is a unit: a name has a capital ("USGS", "iPhone").
			return w.latin && utf8.RuneCountInString(w.text) >= 2 && strings.IndexFunc(w.text, unicode.IsUpper) >= 0 &&
				!englishLabel(w, lang)
		}
		if unstopped && !w.acro && !w.latin && !placeWord(w.parts, lang.String()) {
			return false
		}
		if pairedWithOpening(text, ws, w) {
			return false // "Цена/Качество": the pair's capital is the first word's
		}
		return w.cap && !w.start && !englishLabel(w, lang) && !isRoman(w.text) && !corpus.IsStopword(corpus.FoldName(w.text), lang) &&
			!corpus.IsStopword(w.lower, lang) && !abbreviation(text, w) && !namesNoOne(w, lang) && !dateMonth(text, ws, w, lang) && !monthPhrase(text, ws, w, lang) &&
			!currencyPart(text, 0, ws, w, lang)
	}
	var out []name
	for _, n := range runs(text, ws, keep) {
		if !capitalisesNamesOnly(lang) && len(n.words) > 1 && (afterNumber(text, ws, n.words[0], lang) ||
			counters()[lang.String()][strings.ToLower(n.words[0].text)]) {
			// "6 Zoll Regen", "viele Unternehmen Kurzarbeit": the
			// noun a number counts opens no name, nor does a
			// number as a noun ("Zehntausende Besucher").
			n.words = n.words[1:]
			n.span.Start = n.words[0].span.Start
		}
		if !capitalisesNamesOnly(lang) && len(n.words) < 2 && (!n.words[0].acro || nounCompound(n.words[0])) {
			continue
		}
		if !capitalisesNamesOnly(lang) && !givenThenName(n, lang) && (afterArticle(text, ws, n, lang) || nounsOnly(n, lang) || commonNouns(n, lang)) {
			continue
		}
		if len(n.words) == 1 && utf8.RuneCountInString(n.words[0].text) < 2 {
			continue
		}
		if capitalisesNamesOnly(lang) && len(n.words) == 1 && !n.words[0].acro && endsLike(n.words[0].text, "nounend."+lang.String(), 2) {
			continue // "Мероприятие": a noun no name is
		}
		out = append(out, n)
	}
	return out
}

// pairedWithOpening reports whether w follows a slash right after a word
// that opens its sentence ("Цена/Качество", "Preis/Leistung"): the second
// word of such a pair takes the capital of the first.
func pairedWithOpening(text string, ws []word, w word) bool {
	if w.span.Start == 0 || text[w.span.Start-1] != '/' {
		return false
	}
	for _, p := range ws {
		if p.span.End == w.span.Start-1 {
			return p.start
		}
	}
	return false
}

// unstoppedWords is how many words a paragraph without a full stop,
// question or exclamation mark must have to read as typed without them
// (a transcript, a chat), where a capital opens a sentence as often as a
// name ("ви будете Ввечері вдома", "маю освіту Закінчила 11 класів").
const unstoppedWords = 8

// typedWithoutStops reports whether the paragraph of words ws has
// unstoppedWords words or more and no mark that ends a sentence: there
// only a place the data knows, an acronym or a word in Latin letters is
// surely a name.
func typedWithoutStops(text string, ws []word) bool {
	if len(ws) < unstoppedWords {
		return false
	}
	end := ws[len(ws)-1].span.End
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		end += k
	} else {
		end = len(text)
	}
	return !strings.ContainsAny(text[ws[0].span.Start:end], ".!?…。！？")
}

// afterArticle reports whether the run n of capitalised words of lang
// follows an article (data/words.txt) and opens with no adjective nor
// acronym: in German, a noun and another noun ("der Zeit Nahrung"). A
// word of English ("die Sentinel Range", "die All Blacks") or joined by
// a hyphen ("das Landratsamt Dingolfing-Landau") makes it a name.
func afterArticle(text string, ws []word, n name, lang language.Base) bool {
	first := n.words[0]
	if first.acro || endsLike(first.text, "nounend."+lang.String(), 1) {
		return false
	}
	for _, w := range n.words {
		if strings.Contains(w.text, "-") || corpus.IsWord(w.lower, english) {
			return false
		}
	}
	for i := 1; i < len(ws); i++ {
		if ws[i].span == first.span {
			prev := ws[i-1]
			return wordClass()["article."+lang.String()][prev.lower] &&
				strings.TrimSpace(text[prev.span.End:first.span.Start]) == ""
		}
	}
	return false
}

// nounsOnly reports whether every word of the run n ends as a common
// noun, adjective or number of lang does (data/words.txt, counters.txt):
// "Gesunde Ernährung", "Zehntausende Geflüchtete".
func nounsOnly(n name, lang language.Base) bool {
	for _, w := range n.words {
		if w.acro || !endsLike(w.text, "nounend."+lang.String(), 3) && !counters()[lang.String()][w.lower] {
			return false
		}
	}
	return true
}

// commonNouns reports whether every word of the run n is a common noun of
// lang by its lexicon, a compound ending in one, or the abbreviation of
// one (data/words.txt nounabbrev: "Stern Nr 1"): "Stern Abzug",
// "Gelegenheitsspieler Spaß", "Justizbehörden Haftbefehl" are nouns a
// German sentence runs together, not a name.
func commonNouns(n name, lang language.Base) bool {
	abbr := wordClass()["nounabbrev."+lang.String()]
	for _, w := range n.words {
		if w.acro || !corpus.IsNoun(w.lower, lang) && !abbr[strings.TrimSuffix(w.lower, ".")] {
			return false
		}
	}
	return len(n.words) > 0
}

// endsLike reports whether w ends in one of the endings of kind, past a
// stem of at least stem letters more than two.
func endsLike(w, kind string, stem int) bool {
	lower := strings.ToLower(w)
	n := utf8.RuneCountInString(lower)
	for e := range wordClass()[kind] {
		if len(e) <= 2 && stem > 1 && n < 6 {
			continue // "Weiß", "Tage": short words keep their own ending
		}
		if strings.HasSuffix(lower, e) && n >= utf8.RuneCountInString(e)+2+stem {
			return true
		}
	}
	return false
}

// namesNoOne reports whether the capitalised source word w of lang names
// no one whatever its capital: a rank (rankMark), a month, weekday or title of English, a
// pronoun of polite address ("Вам", "Ihnen"), a function word that text
// without full stops capitalises ("Мені", "Чи"), or an acronym of a
// common noun ("TV", "ДТП"), which a translation writes out.
func namesNoOne(w word, lang language.Base) bool {
	lower := w.lower
	if lang.String() == "en" && (wordClass()["calendar"][corpus.FoldName(w.text)] || wordClass()["calendar"][w.parts[0]]) {
		return true
	}
	if rankMark(w.text) {
		return true
	}
	return wordClass()["pronoun."+lang.String()][lower] || wordClass()["function."+lang.String()][lower] ||
		w.acro && len(w.parts) == 1 && wordClass()["acronym"][strings.ToUpper(narrow(w.text))]
}

// weekdaySpans returns where the words ws of text name a weekday of lang
// by CLDR and the lexicon ("Selasa", "Τρίτη", "Thứ Ba"): a day, no name,
// which the numbers check compares by date.
func weekdaySpans(text string, ws []word, lang language.Base) []corpus.Span {
	lo, hi := ws[0].span.Start, ws[len(ws)-1].span.End
	var out []corpus.Span
	for _, d := range quantity.Weekdays(text[lo:hi], language.Make(lang.String())) {
		out = append(out, corpus.Span{Start: d.Span.Start + lo, End: d.Span.End + lo})
	}
	return disjoint(out)
}

// disjoint sorts spans and joins those that overlap, so that insideAny
// can search them: a paragraph of thousands of dates asked a linear scan
// for each of its words.
func disjoint(spans []corpus.Span) []corpus.Span {
	slices.SortFunc(spans, func(a, b corpus.Span) int { return cmp.Compare(a.Start, b.Start) })
	out := spans[:0]
	for _, x := range spans {
		if n := len(out); n > 0 && x.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}

// insideAny reports whether s lies inside one of spans, which are sorted
// and disjoint (as disjoint leaves them).
func insideAny(s corpus.Span, spans []corpus.Span) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].Start > s.Start })
	return i > 0 && s.End <= spans[i-1].End
}

// rankMark reports whether s is "No" and a number, with or without a full
// stop ("No1", "No.1", "ＮＯ１"): a rank, number one, no name.
func rankMark(s string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(narrow(s)), "no")
	rest = strings.TrimPrefix(rest, ".")
	return ok && rest != "" && strings.Trim(rest, "0123456789") == ""
}

// dateMonth reports whether w, of words ws of text, is a month of lang
// by CLDR beside a number, a date typed with capitals ("11 Февраля
// 2023"): no name, though "Julio" or "Mayo" may be one elsewhere.
func dateMonth(text string, ws []word, w word, lang language.Base) bool {
	if lang == english || w.acro {
		return false // English months are calendar words
	}
	k := sort.Search(len(ws), func(i int) bool { return ws[i].span.Start >= w.span.Start })
	if k == len(ws) || ws[k].span != w.span {
		return false
	}
	beside := func(a, b word) bool { return strings.Trim(text[a.span.End:b.span.Start], " ,.") == "" }
	dated := k > 0 && isNumber(ws[k-1].text) && beside(ws[k-1], w) ||
		k+1 < len(ws) && isNumber(ws[k+1].text) && beside(w, ws[k+1])
	return dated && quantity.IsMonthName(w.text, language.Make(lang.String()))
}

// currencyPart reports whether the acronym w qualifies a currency: glued
// to its sign ("AS$", "HK$") or ending its name in lang ("dolar AS"). The
// country is the currency's, which a translation may write as a sign
// alone, and the numbers check compares the amount. text starts at
// offset off of the document that the spans of ws point into.
func currencyPart(text string, off int, ws []word, w word, lang language.Base) bool {
	if !w.acro {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[w.span.End-off:]); unicode.Is(unicode.Sc, r) {
		return true
	}
	k := sort.Search(len(ws), func(i int) bool { return ws[i].span.Start >= w.span.Start })
	return k > 0 && k < len(ws) && ws[k].span == w.span &&
		quantity.IsCurrencyName(text[ws[k-1].span.Start-off:w.span.End-off], language.Make(lang.String()))
}

// monthPhrase reports whether w ends a month's name of two words of
// lang ("tháng Ba", March): no name, number or none beside it.
func monthPhrase(text string, ws []word, w word, lang language.Base) bool {
	k := sort.Search(len(ws), func(i int) bool { return ws[i].span.Start >= w.span.Start })
	if k == 0 || k == len(ws) || ws[k].span != w.span || text[ws[k-1].span.End:w.span.Start] != " " {
		return false
	}
	return quantity.IsMonthName(text[ws[k-1].span.Start:w.span.End], language.Make(lang.String()))
}

// abbreviation reports whether w is cut short by a full stop that a
// lower-case letter follows ("Dott.ssa", "Sig.ra"): a title, no name.
func abbreviation(text string, w word) bool {
	rest := text[w.span.End:]
	if !strings.HasPrefix(rest, ".") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(next)
}

// nounCompound reports whether w joins an acronym to a noun
// ("WM-Punkte", "BIP-Einheit"), or a German noun to an acronym
// ("Heim-WM", "Frauen-EM"): in German, a common noun.
func nounCompound(w word) bool {
	parts := strings.Split(w.text, "-")
	if len(parts) != 2 {
		return false
	}
	if isAcronym(parts[1]) && !isAcronym(parts[0]) {
		return corpus.IsListedNoun(strings.ToLower(parts[0]), langBase("de"))
	}
	if !isAcronym(parts[0]) {
		return false
	}
	last := []rune(parts[1])
	return len(last) >= 4 && unicode.IsUpper(last[0]) && !isAcronym(parts[1])
}

// afterNumber reports whether w comes right after a number or a word
// that counts (data/counters.txt), only a space between.
func afterNumber(text string, ws []word, w word, lang language.Base) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i].span == w.span {
			prev := ws[i-1]
			return (isNumber(prev.text) || counters()[lang.String()][prev.lower]) &&
				strings.TrimSpace(text[prev.span.End:w.span.Start]) == ""
		}
	}
	return false
}

//go:embed data/counters.txt
var countersFile string

var counters = sync.OnceValue(func() map[string]map[string]bool { return datalines.KindSets(countersFile) })

// calendar lists capitalised English words that are no names of the
// source: the pronoun I, months, days and titles.

// targetNames returns the runs of capitalised words inside the sentences of
// a target paragraph, except function words and calendar words.
func targetNames(text string, ws []word, lang language.Base) []name {
	keep := func(w word) bool {
		if !w.cap || w.start || isNumber(w.text) || isRoman(w.text) || len(w.parts) == 0 || shouting(w) {
			return false
		}
		f := corpus.FoldName(w.text)
		return !wordClass()["calendar"][f] && !wordClass()["calendar"][w.parts[0]] && !corpus.IsStopword(f, lang) && !emphatic(w, lang)
	}
	return runs(text, ws, keep)
}

// emphatic reports whether w is a small word of lang in capitals for
// emphasis ("HE or SHE", "NOT"), data/words.txt emphatic; "US" is no
// such word, a country.
func emphatic(w word, lang language.Base) bool {
	return w.acro && wordClass()["emphatic."+lang.String()][strings.ToLower(w.text)]
}

// found reports whether a word of n matches one of ws.
func found(n name, ws []word, exo []rules.Exonym) bool {
	for _, a := range n.words {
		if wordFound(a, ws, exo) {
			return true
		}
	}
	if len(n.words) > 1 {
		// A name written as one word in the target: "Hà Nội", "Hanoi".
		if joined := strings.Join(n.parts(), ""); matchesAny(joined, phonetic(joined), false, ws, exo) {
			return true
		}
	}
	return consonantsIn(n, ws)
}

// wordFound reports whether the source word a matches one of ws.
func wordFound(a word, ws []word, exo []rules.Exonym) bool {
	for i, pa := range a.parts {
		if matchesAny(pa, a.phon[i], a.acro, ws, exo) || soundsAlike(a, pa, ws) || shortened(a, pa, ws) {
			return true
		}
	}
	if len(a.parts) > 1 {
		joined := strings.Join(a.parts, "")
		if matchesAny(joined, phonetic(joined), a.acro, ws, exo) {
			return true // "Wi-Fi" for "Wifi"
		}
	}
	for i, pa := range a.alts {
		if a.trans && matchesAny(pa, a.altPh[i], false, ws, nil) || soundsAlike(a, pa, ws) {
			return true
		}
	}
	return false
}

// lostTail returns the words that end the name n, found by an earlier
// word, when none of them is found and they are a name of their own, two
// words or more: a title the target renders and the person it lost ("US-Präsident
// Donald Trump", "President Erwin Huber"). Common words and words ending
// as a German noun does are no such name.
func lostTail(n name, ws []word, exo []rules.Exonym, lang language.Base) (name, bool) {
	k := len(n.words)
	for k > 0 && !wordFound(n.words[k-1], ws, exo) {
		k--
	}
	tail := n.words[k:]
	if k == 0 || len(tail) < 2 {
		return name{}, false
	}
	for _, w := range tail {
		if w.acro || w.shout || w.trans || len(w.parts) == 0 || endsLike(w.text, "nounend."+lang.String(), 3) ||
			corpus.HasLexicon(lang) && commonWord(w.text, lang) {
			return name{}, false // "Australian Prime Minister"
		}
	}
	return name{words: tail, span: corpus.Span{Start: tail[0].span.Start, End: n.span.End}}, true
}

// consonantsIn reports whether every word of the transliterated source
// name n has the consonants of a capitalised target word: a
// transliteration spells the vowels of a foreign name one way and its
// own spelling another ("Пайк", payk, is "Pike"; "Шон Бин" "Sean Bean").
func consonantsIn(n name, ws []word) bool {
	for _, a := range n.words {
		if !a.trans || a.acro || !a.cap {
			return false
		}
		ok := false
		for _, pa := range append(a.parts[:len(a.parts):len(a.parts)], a.alts...) {
			sk := translit.Skeleton(pa)
			if len(sk) < 2 {
				continue
			}
			for _, b := range ws {
				if b.cap && !b.acro && !b.trans && slices.ContainsFunc(b.parts, func(pb string) bool { return translit.Skeleton(pb) == sk }) {
					ok = true
					break
				}
			}
			if ok {
				break
			}
		}
		if !ok {
			return false
		}
	}
	return len(n.words) > 0
}

// shortened reports whether a is a name cut to its first letters that
// a word of ws spells out, or the other way round: "Rz" for
// "Rzeczpospolita".
func shortened(a word, pa string, ws []word) bool {
	for _, b := range ws {
		for _, pb := range b.parts {
			if abbreviates(a, pa, pb) || abbreviates(b, pb, pa) {
				return true
			}
		}
	}
	return false
}

// abbreviates reports whether the word w (part p) of two or three
// letters, a capital and then lower case, is the start of the long word.
func abbreviates(w word, p, long string) bool {
	n := utf8.RuneCountInString(w.text)
	first, _ := utf8.DecodeRuneInString(w.text)
	return n >= 2 && n <= 3 && unicode.IsUpper(first) && !w.acro && len(w.parts) == 1 &&
		utf8.RuneCountInString(long) >= n+4 && strings.HasPrefix(long, p)
}

// soundsAlike reports whether the part pa of a and a part of one of ws
// have one consonant skeleton of three or more, one of the two words
// being transliterated: "prays" (Прайс) is Price, "Pryce".
func soundsAlike(a word, pa string, ws []word) bool {
	sk := ""
	for _, b := range ws {
		if a.trans == b.trans {
			continue
		}
		if sk == "" {
			if sk = translit.Skeleton(pa); len(sk) < 3 {
				return false
			}
		}
		for _, pb := range b.parts {
			if translit.Skeleton(pb) == sk {
				return true
			}
		}
		for _, pb := range b.alts {
			if translit.Skeleton(pb) == sk {
				return true
			}
		}
	}
	return false
}

// matchesAny reports whether the part pa (phonetic ph) matches a part of
// one of ws.
func matchesAny(pa, ph string, acro bool, ws []word, exo []rules.Exonym) bool {
	mine := exonymsOf(pa, exo) // the few exonyms that pa is a form of
	for _, b := range ws {
		for j, pb := range b.parts {
			if samePhonetic(pa, ph, pb, b.phon[j], acro && b.acro) || exonym(pa, pb, mine) {
				return true
			}
		}
		if len(b.parts) > 1 && pa == strings.Join(b.parts, "") {
			return true // "Wifi" for "Wi-Fi"
		}
		for j, pb := range b.alts {
			if b.trans && samePhonetic(pa, ph, pb, b.altPh[j], false) {
				return true
			}
		}
	}
	return false
}

// exonymsOf returns the exonyms of exo that the folded word w is a form
// of.
func exonymsOf(w string, exo []rules.Exonym) []rules.Exonym {
	if len(exo) == 0 {
		return nil
	}
	var out []rules.Exonym
	for _, k := range indexOf(exo)[formKey(w)] {
		if e := exo[k]; formOf(w, e.Name) || formOf(w, e.Variants) {
			out = append(out, e)
		}
	}
	return out
}

// formKey is what a word shares with every form it may be of: its first
// three bytes, the shortest prefix formOf allows, or the whole of a
// shorter word.
func formKey(w string) string { return w[:min(len(w), 3)] }

// exonymIndex lists, under each formKey, the exonyms with a form of that
// key: trying all of them for every word was a tenth of a batch's time.
type exonymIndex struct {
	n  int // the length of the list indexed
	by map[string][]int
}

// exonymIndexes holds the index of each exonym list seen, by its first
// element: the rules a run loads are one list.
var exonymIndexes sync.Map

func indexOf(exo []rules.Exonym) map[string][]int {
	if ix, ok := exonymIndexes.Load(&exo[0]); ok && ix.(*exonymIndex).n == len(exo) {
		return ix.(*exonymIndex).by
	}
	ix := &exonymIndex{n: len(exo), by: map[string][]int{}}
	for k, e := range exo {
		for _, f := range slices.Concat(e.Name, e.Variants) {
			key := formKey(f)
			if l := ix.by[key]; len(l) == 0 || l[len(l)-1] != k {
				ix.by[key] = append(l, k)
			}
		}
	}
	exonymIndexes.Store(&exo[0], ix)
	return ix.by
}

// formOf reports whether w is one of forms or an inflection of it, as
// Exonym.Matches reads them.
func formOf(w string, forms []string) bool {
	for _, f := range forms {
		if w == f || len(f) >= 3 && strings.HasPrefix(w, f) {
			return true
		}
	}
	return false
}

func exonym(a, b string, exo []rules.Exonym) bool {
	for _, e := range exo {
		if e.Matches(a, b) {
			return true
		}
	}
	return false
}

// samePhonetic reports whether two folded name parts a and b, of
// phonetic forms pa and pb, are one name, allowing for case endings
// ("stepinskiego", "stepinski"), transliteration ("kennedi", "kennedy")
// and reordered acronyms ("cedh", "echr").
func samePhonetic(a, pa, b, pb string, acronyms bool) bool {
	if a == b {
		return true
	}
	if stem(a, b) {
		return true
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if acronyms && na == nb && na <= 5 && sorted(a) == sorted(b) {
		return true
	}
	if pa == pb || stem(pa, pb) {
		return true
	}
	if min(na, nb) >= 5 && similarEnough(a, b, na, nb, 0.75) {
		return true
	}
	// "antykorupcyjne", "anticorruption": spelt apart, said alike.
	return min(na, nb) >= 8 && similarEnough(pa, pb, utf8.RuneCountInString(pa), utf8.RuneCountInString(pb), 0.8)
}

// stem: a common prefix that leaves at most a case ending on either word.
func stem(a, b string) bool {
	cp, i := 0, 0
	for i < len(a) && i < len(b) {
		ra, n := utf8.DecodeRuneInString(a[i:])
		rb, _ := utf8.DecodeRuneInString(b[i:])
		if ra != rb {
			break
		}
		cp++
		i += n
	}
	if cp < 3 {
		return false
	}
	short := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	return (cp >= 4 && cp >= short-3) || (cp >= 3 && cp >= short-2)
}

func sorted(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

// similarEnough reports whether the similarity of a and b, of na and nb
// runes, is at least at. Their lengths bound it, the common subsequence
// being no longer than the shorter word: a quick no for most pairs.
func similarEnough(a, b string, na, nb int, at float64) bool {
	if 2*float64(min(na, nb)) < at*float64(na+nb) {
		return false
	}
	return similarity(a, b) >= at
}

// similarity is twice the longest common subsequence of a and b over
// their total length, in runes. Names are short: their runes stay on the
// stack.
func similarity(a, b string) float64 {
	var ab, bb [24]rune
	ra, rb := ab[:0], bb[:0]
	for _, r := range a {
		ra = append(ra, r)
	}
	for _, r := range b {
		rb = append(rb, r)
	}
	return 2 * float64(lcs.Of(ra, rb)) / float64(len(ra)+len(rb))
}

// cyrillicAcronym reports whether n is one acronym in Cyrillic letters.
func cyrillicAcronym(n name) bool {
	return len(n.words) == 1 && n.words[0].acro && n.words[0].trans
}

// acronymAt returns the index of the first one-acronym name of ns in
// Latin letters ("EPL", "MCIs"), or -1.
func acronymAt(ns []name) int {
	for j, u := range ns {
		if len(u.words) == 1 && u.words[0].latin && (u.words[0].acro || isAcronym(strings.TrimSuffix(u.words[0].text, "s"))) {
			return j
		}
	}
	return -1
}

// without returns ns less the name at span at.
func without(ns []name, at corpus.Span) []name {
	var out []name
	for _, n := range ns {
		if n.span != at {
			out = append(out, n)
		}
	}
	return out
}

// romanAcronym reports whether a word of tw is an acronym of three or
// more letters that reads as a Roman number too ("MCI"), which no name
// list holds.
func romanAcronym(tw []word) bool {
	for _, w := range tw {
		if w.latin && isAcronym(w.text) && isRoman(w.text) && utf8.RuneCountInString(w.text) >= 3 {
			return true
		}
	}
	return false
}

// commonAcronym reports whether n is one acronym that names no one in
// particular ("GDP" for "BIP", "PLN" for "zł").
func commonAcronym(n name) bool {
	return len(n.words) == 1 && n.words[0].acro && len(n.words[0].parts) == 1 &&
		wordClass()["acronym"][strings.ToUpper(n.words[0].parts[0])]
}

// commonWords reports whether every word of the target name n is a common
// word of lang ("National Treasure", "Fatherland", "Cabinet"): a name
// translated word by word, not one put in place of another. The list
// holds "china" and "shanghai" as common words: one word that names a
// country or city is no evidence.
func commonWords(n name, lang language.Base) bool {
	if !corpus.HasLexicon(lang) {
		return false
	}
	for _, w := range n.words {
		if w.acro || !commonWord(w.text, lang) {
			return false
		}
	}
	return len(n.words) > 1 || !placeWord(n.words[0].parts, lang.String())
}

// ofCommonWords reports whether every word of the source name n is a
// common word of its language lang ("Justice Department", "Supreme Court",
// a headline in title case): a translation renders such a name in words
// of its own, capitalised or not (Czech "ministerstvo spravedlnosti"), so
// no target word spelling it is no sign that it was dropped. Only a
// language with a lexicon can tell; an acronym is no common word.
func ofCommonWords(n name, lang language.Base) bool {
	if !corpus.HasLexicon(lang) || personName(n) {
		return false
	}
	for _, w := range n.words {
		if w.acro || !commonWord(w.text, lang) {
			return false
		}
	}
	return true
}

// commonWord reports whether the word w is a common word of lang, maybe
// with an English possessive ("Department's") or as a contraction
// ("Doesn't", "Can't").
func commonWord(w string, lang language.Base) bool {
	return corpus.IsWord(strings.ToLower(possessiveless(w)), lang) || corpus.IsWord(uncontracted(w), lang)
}

// uncontracted returns the lower-case word an English contraction
// shortens: "Doesn't" is "does", "Can't" "can", "They'll" "they".
func uncontracted(w string) string {
	l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	switch l {
	case "can't":
		return "can"
	case "won't":
		return "will"
	case "shan't":
		return "shall"
	}
	for _, e := range []string{"n't", "'ll", "'re", "'ve", "'d", "'m"} {
		if strings.HasSuffix(l, e) && len(l) > len(e) {
			return strings.TrimSuffix(l, e)
		}
	}
	return l
}

// possessiveless returns w without an English possessive ending
// ("Department's").
func possessiveless(w string) string {
	for _, e := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return strings.TrimSuffix(w, e)
		}
	}
	return w
}

// phraseTranslated reports whether the one-word source name n opens a
// phrase of common words that the target translated as a name: the next
// word of the source (past a function word) is in lower case and a word
// of a target name translates it ("Центристская партия", "Center Party";
// "Chambre des représentants", "House of Representatives").
func phraseTranslated(n name, ws []word, lang language.Base, tnw []word) bool {
	if len(n.words) != 1 {
		return false
	}
	for i, w := range ws {
		if w.span != n.words[0].span {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			next := ws[j]
			if next.cap || next.start || len(next.parts) == 0 {
				return false
			}
			if corpus.IsStopword(next.lower, lang) {
				continue
			}
			for k, p := range next.parts {
				if matchesAny(p, next.phon[k], false, tnw, nil) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// described reports whether the one-word source name n is an adjective
// of lang (adjective endings in corpus/data/lexicon/endings.txt) before a lower-case word: the start of a
// descriptive name ("Центристская партия").
func described(n name, ws []word, lang language.Base) bool {
	if len(n.words) != 1 || !adjective(n.words[0].text, lang) {
		return false
	}
	for i, w := range ws {
		if w.span == n.words[0].span {
			return i+1 < len(ws) && !ws[i+1].cap && !ws[i+1].start && len(ws[i+1].parts) > 0
		}
	}
	return false
}

// adjective reports whether the word w of lang ends as an adjective of
// lang does ("Центристской"), past a stem of three letters.
func adjective(w string, lang language.Base) bool {
	lower := strings.ToLower(w)
	for _, e := range corpus.Endings(lang, corpus.AdjectiveEnding) {
		if strings.HasSuffix(lower, e) && utf8.RuneCountInString(lower) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// spareWords reports whether a target name has a common word that no
// source word explains, which may translate a descriptive source name.
func spareWords(tnw []word, sw []word, lang language.Base, exo []rules.Exonym) bool {
	for _, w := range tnw {
		if w.acro || !corpus.IsWord(w.lower, lang) {
			continue
		}
		for k, p := range w.parts {
			if !matchesAny(p, w.phon[k], false, sw, exo) {
				return true
			}
		}
	}
	return false
}

// joinedToFound reports whether the one-word source name n and a name
// the target has are one long name, joined by "de" or "di" and maybe an
// article ("Organización Mundial de la Salud", "Borsa di Sydney"): a
// translation renders the rest of such a name in words of its own.
func joinedToFound(text string, n name, ws []word, tw []word, exo []rules.Exonym) bool {
	if len(n.words) != 1 {
		return false
	}
	for i, w := range ws {
		if w.span != n.words[0].span {
			continue
		}
		for _, step := range []int{-1, 1} {
			var between []string
			for j := i + step; j >= 0 && j < len(ws) && len(between) <= 2; j += step {
				a, b := ws[j-step], ws[j]
				if step < 0 {
					a, b = b, a
				}
				if strings.TrimSpace(text[a.span.End:b.span.Start]) != "" {
					break
				}
				x := ws[j]
				if !x.cap {
					between = append(between, x.lower)
					continue
				}
				if !joins(between, step) {
					break
				}
				// The name on the other side, a word of which the
				// target has.
				for k := j; k >= 0 && k < len(ws) && ws[k].cap && !ws[k].start; k += step {
					if found(name{words: []word{ws[k]}}, tw, exo) {
						return true
					}
				}
				break
			}
		}
	}
	return false
}

// joins reports whether the words between two names, read from left to
// right, are a linker and maybe an article.
func joins(between []string, step int) bool {
	if step < 0 {
		for l, r := 0, len(between)-1; l < r; l, r = l+1, r-1 {
			between[l], between[r] = between[r], between[l]
		}
	}
	switch len(between) {
	case 1:
		return wordClass()["linker"][between[0]]
	case 2:
		return wordClass()["linker"][between[0]] && wordClass()["article"][between[1]]
	}
	return false
}

//go:embed data/words.txt
var wordsFile string

// wordClass holds the word classes of data/words.txt by kind.
var wordClass = sync.OnceValue(func() map[string]map[string]bool { return datalines.KindSets(wordsFile) })

// englishLabel reports whether w is a common English word in Latin
// letters inside a source whose script has no Latin letters ("Using",
// "OPTIONS" in Chinese, "UP" in Japanese): a label of a screen, a manual
// or an advertisement, which a translation renders in words of its own.
func englishLabel(w word, lang language.Base) bool {
	if !w.latin {
		return false
	}
	switch script, _ := language.Make(lang.String()).Script(); script.String() {
	case "Latn", "Cyrl", "Grek":
		return false
	}
	// A word under four letters is as often an acronym or a code ("TI",
	// "GB/T"): only those of data/words.txt label count.
	if utf8.RuneCountInString(w.text) < 4 {
		return wordClass()["label"][w.lower]
	}
	return corpus.IsWord(w.lower, english)
}

// english is the language whose words a source may hold in Latin letters.
var english = language.MustParseBase("en")
