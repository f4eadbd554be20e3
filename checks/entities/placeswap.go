package entities

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
)

// placesAcrossScripts checks a window of target paragraph i in a script
// whose names the rest of the check does not read (Cyrillic, Greek,
// Japanese, Chinese, Korean, Devanagari): where the sources name exactly
// one country or city the target does not and the target exactly one
// the sources do not, of the same kind (a city for a city), the target
// names another place ("в Париже" for "in Frankfurt", パリ). A city
// for a country, or the reverse, is left alone: "Washington" and
// "Beijing" stand for their governments.
func placesAcrossScripts(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	tb, _ := tgt.Lang.Base()
	if len(places().in(tb.String()).byHead) == 0 {
		return // no names of places in the target's language
	}
	// The sources' places, read once per paragraph, inside the window,
	// and the text of each source paragraph read.
	type srcPlace struct {
		foundPlace
		doc  int
		lang string
	}
	var srcPlaces []srcPlace
	var texts []srcText
	eachSourceRead(p, i, w, func(doc int, src *corpus.Document, si int, ps corpus.Span) {
		sb, _ := src.Lang.Base()
		texts = append(texts, srcText{lang: sb.String(), raw: src.Text[ps.Start:ps.End], start: ps.Start, words: within(words(src, si), ps), spaced: spacedLang(src)})
		for _, fp := range paragraphPlaces(src, si) {
			if ps.Start <= fp.span.Start && fp.span.End <= ps.End {
				srcPlaces = append(srcPlaces, srcPlace{fp, doc, sb.String()})
			}
		}
	})
	if !slices.ContainsFunc(srcPlaces, func(x srcPlace) bool { return swappable(x.k) }) {
		return
	}
	tw := within(words(tgt, i), w.Target)
	tt := srcText{lang: tb.String(), raw: tgt.Slice(w.Target), start: w.Target.Start, words: tw, spaced: spacedLang(tgt)}
	inTarget := map[int]bool{}
	found := sourcePlaces(tt)
	for _, fp := range found {
		inTarget[fp.k] = true
	}
	named := map[int]bool{}
	var gone []gonePlace
	for _, x := range srcPlaces {
		named[x.k] = true
		// The target's adjective or people of the place keeps it
		// ("українців" for "Ukrajince").
		if !inTarget[x.k] && swappable(x.k) && wholeName(x.foundPlace, x.lang) && !adjectiveOf(tt, x.k) &&
			len(places().in(tb.String()).names[x.k]) > 0 {
			gone = append(gone, gonePlace{x.foundPlace, x.doc})
		}
	}
	var added []foundPlace
	for _, fp := range found {
		if named[fp.k] || !swappable(fp.k) || !wholeName(fp, tb.String()) {
			continue
		}
		// A source's adjective of the place explains it ("Kazakh
		// rescuers", カザフスタン救助隊).
		if slices.ContainsFunc(texts, func(st srcText) bool { return adjectiveOf(st, fp.k) }) {
			continue
		}
		added = append(added, fp)
	}
	if len(gone) != 1 || len(added) != 1 || places().list[gone[0].k].country != places().list[added[0].k].country {
		return
	}
	g, a := gone[0], added[0]
	f := checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     a.span,
		Source:   &checks.Evidence{Doc: g.doc, Span: g.span},
		Message:  fmt.Sprintf("target %q, source %q: another country or city than the source's", tgt.Slice(a.span), p.Source(g.doc).Slice(g.span)),
		Tag:      checks.NameFromElsewhere,
	}
	// The target's name of the source's place, where the language
	// neither declines names nor glues endings to them as written.
	if right := placeName(g.k, tb.String()); right != "" && !wordClass()["declines"][tb.String()] && tgt.Slice(a.span) == placeName(a.k, tb.String()) {
		f.Fixes = []checks.Fix{{Message: "Use " + right, Edits: []checks.Edit{{Span: a.span, New: right}}}}
	}
	p.Report(f)
}

// wholeName reports whether the place fp, found in a text of language
// lang, is written as its name or a case of it, not as an adjective
// formed from it ("Російські", Russian, is no Росія): at most
// caseRunes letters longer than the shortest of its names there, none
// in a language that keeps names as they are but for a possessive
// ("Turkish" is no Turkey).
func wholeName(fp foundPlace, lang string) bool {
	shortest := -1
	for _, ws := range places().in(lang).names[fp.k] {
		if n := utf8.RuneCountInString(strings.Join(ws, " ")); shortest < 0 || n < shortest {
			shortest = n
		}
	}
	if keepsNames[lang] {
		return shortest >= 0 && utf8.RuneCountInString(possessiveless(fp.text)) <= shortest
	}
	return shortest >= 0 && utf8.RuneCountInString(fp.text) <= shortest+caseRunes
}

// caseRunes is the most letters a case ending adds to a place's name
// ("Париже", "Frankfurtu", "Tokiju").
const caseRunes = 2

// adjectiveOf reports whether text st holds an adjective or a people's
// name formed from a one-word name of place k in st's language.
func adjectiveOf(st srcText, k int) bool {
	for _, ws := range places().in(st.lang).names[k] {
		if st.hasAdjective(ws) {
			return true
		}
	}
	return false
}

// sourcesNamePlace reports whether a source paragraph aligned with target
// paragraph i names a country or a city, read once per paragraph.
func sourcesNamePlace(p *checks.Pass, i int) bool {
	for _, sp := range linked.Sources(p, i) {
		for _, si := range sp.Paras {
			if slices.ContainsFunc(paragraphPlaces(p.Source(sp.Doc), si), func(fp foundPlace) bool { return swappable(fp.k) }) {
				return true
			}
		}
	}
	return false
}

// paragraphPlaces returns the places paragraph si of source src names,
// read once per paragraph.
func paragraphPlaces(src *corpus.Document, si int) []foundPlace {
	sb, _ := src.Lang.Base()
	ps := src.Paragraphs[si].Span
	return src.Memo(placesKey{si, ps.Start}, func() any {
		raw := src.Text[ps.Start:ps.End]
		if spacedLang(src) && !mayNamePlace(raw, sb.String()) {
			return []foundPlace{} // no word to read: most paragraphs name no place
		}
		return sourcePlaces(srcText{lang: sb.String(), raw: raw, start: ps.Start, words: words(src, si), spaced: spacedLang(src)})
	}).([]foundPlace)
}

// mayNamePlace reports whether text, in a spaced script, holds a word not
// in lower case whose first letters are those of a word of a place's
// name in lang: a look before reading its words, which costs more.
func mayNamePlace(text, lang string) bool {
	byWord := places().in(lang).byWord
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLower(r) || !unicode.IsLetter(r) || i > 0 && corpus.IsWordRune(lastRune(text[:i])) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !corpus.IsWordRune(r2) {
				break
			}
			j += n2
		}
		if len(byWord[prefix(undotted(foldPlace(text[i:j])))]) > 0 {
			return true
		}
		i = j
	}
	return false
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// swappable reports whether place k is a country or a city, not a union,
// the world or a region, whose name a translation keeps.
func swappable(k int) bool {
	pl := places().list[k]
	return (pl.country || pl.kind == 'C') && !pl.union && !pl.world
}

// spacedLang reports whether d's script spaces its words.
func spacedLang(d *corpus.Document) bool {
	script, _ := d.Lang.Script()
	switch script.String() {
	case "Hans", "Hant", "Jpan", "Thai":
		return false
	}
	return true
}
