package entities

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/translit"
	"golang.org/x/text/language"
)

//go:embed data/givennames.txt
var givenNamesFile string

// givenNamesUS is data/givennames-us.txt, generated from the US Social
// Security Administration's national data: the breadth of names a
// hand-written list lacks ("Erwin Huber", "Jon Holmquist" put in for
// another person).
//
//go:embed data/givennames-us.txt
var givenNamesUS string

// givenNames holds data/givennames.txt and data/givennames-us.txt,
// folded as names are.
var givenNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(givenNamesFile+"\n"+givenNamesUS, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.Fields(line) {
			m[corpus.FoldName(f)] = true
		}
	}
	return m
})

// givenName reports whether the word w is a listed given name, or one in
// Cyrillic letters in a case of its own: a case ending on the stem
// ("Владимира", "Сергея", "Анны"), which Russian and Ukrainian give every
// name after a preposition or a noun.
func givenName(w string) bool {
	f := corpus.FoldName(w)
	if givenNames()[f] {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.Is(unicode.Cyrillic, r) {
		return false
	}
	for _, end := range cyrillicCaseEndings {
		if stem, ok := strings.CutSuffix(f, end); ok && utf8.RuneCountInString(stem) >= 3 && givenStems()[stem] {
			return true
		}
	}
	return false
}

// cyrillicCaseEndings are the endings of Russian and Ukrainian given names
// in the oblique cases.
var cyrillicCaseEndings = []string{"ові", "еві", "ом", "ем", "ой", "ою", "ей", "а", "я", "у", "ю", "е", "ы", "и", "і"}

// givenStems holds the stems the cases of the listed Cyrillic given names
// end on: the name, and the name without its final й (и once folded), ь,
// а or я ("Сергей", "Серге"; "Анна", "Анн").
var givenStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for f := range givenNames() {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.Is(unicode.Cyrillic, r) {
			continue
		}
		m[f] = true
		for _, end := range []string{"и", "ь", "а", "я"} {
			if stem, ok := strings.CutSuffix(f, end); ok {
				m[stem] = true
			}
		}
	}
	return m
})

// personName reports whether n names a person: a given name of the list
// followed by at least one more capitalised word ("Brad Smith", "Mayor
// Tom Jones"). Its words from the given name on count as a name even
// where each is a common word ("Smith", "Jones"), since a translation
// keeps a person's name; the title before ("Mayor") is translated.
func personName(n name) bool {
	_, ok := personAt(n)
	return ok
}

// personAt returns the index of the word of n that a person's name opens
// with (see personName), and whether one does.
func personAt(n name) (int, bool) {
	for k := 0; k+1 < len(n.words); k++ {
		if w := n.words[k]; !w.acro && givenName(w.text) {
			return k, true
		}
	}
	return 0, false
}

// personsAcrossScripts checks target paragraph i of a language written in
// Cyrillic or Greek letters, where the rest of the check does not run
// (capitalised adjectives, demonyms and inflected place names there read
// as names): a person the source names, a listed given name opening it,
// that the target lacks, in place of which the target has a run of two
// capitalised words or more that no source word explains, is a name
// replaced ("Mayor Brad Smith", "мэр Том Джонс"). Either side read alone
// says nothing.
func personsAcrossScripts(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	tb, _ := tgt.Lang.Base()
	tw := within(words(tgt, i), w.Target)
	// The surname tells: "Эммануэлем Миттераном" keeps the given name of
	// Emmanuel Macron, not the person.
	lost, sw, ok := lostPersons(p, i, w, func(person []word) bool {
		last := person[len(person)-1]
		return found(name{words: []word{last}}, tw, nil) || keptBySound(last, tw)
	})
	if !ok || len(lost) != 1 {
		return
	}
	var novel []name
	for _, n := range targetNames(tgt.Text, tw, tb) {
		n = withoutAcronymsBefore(n) // "ЕЦБ Изабель Шнабель": the bank's acronym, then the person
		if len(n.words) >= 2 && (!found(n, sw, nil) || surnameSwapped(n, lost[0].n, sw)) {
			novel = append(novel, n)
		}
	}
	if len(novel) != 1 {
		return
	}
	if sameSkeleton(lost[0].n, novel[0]) {
		return // "Стива Кука" is Steve Cook, declined
	}
	reportReplacedPerson(p, lost, []corpus.Span{novel[0].span})
}

// keptBySound reports whether a target word has the consonants of the
// source word s read as its own language says it
// (translit.ForeignReadings: Giroud is "jiru", Жіру).
func keptBySound(s word, tw []word) bool {
	for _, p := range s.parts {
		for _, f := range translit.ForeignReadings(p) {
			fsk := translit.Skeleton(f)
			if len(fsk) < 2 {
				continue
			}
			for _, t := range tw {
				for _, tp := range append(slices.Clip(t.parts), t.alts...) {
					if translit.Skeleton(tp) == fsk { // exactly: "mtrn" is not "msrn", Macron read as Polish
						return true
					}
				}
			}
		}
	}
	return false
}

// inLatin reports whether the surname of person, the last of its words,
// is written in the target text raw as a word, as the source writes it: a Chinese
// or Japanese translation may keep a name in Latin letters ("律师 Steve
// Cook").
func inLatin(raw string, person []word) bool {
	last := person[len(person)-1].text
	return len(last) >= 2 && hasWord(raw, last) // a word of its own: "Cook" is not in "Facebook"
}

// surnameSwapped reports whether the target name n opens with the given
// name of the lost source person but ends in a word no source word
// explains: "Эммануэлем Миттераном" for "Emmanuel Macron".
func surnameSwapped(n, person name, sw []word) bool {
	k, ok := personAt(person)
	if !ok || k+2 != len(person.words) {
		return false
	}
	// The target's run may open with a title the target capitalises
	// ("Défense Boris Johnson"): its given name is where the list says.
	first, last := n.words[:1], n.words[len(n.words)-1:]
	if j, ok := personAt(n); ok {
		first = n.words[j : j+1]
	}
	return found(name{words: first}, person.words[k:k+1], nil) && !found(name{words: last}, sw, nil)
}

// withoutAcronymsBefore returns n without the acronyms that open it, a
// body's name before its head's ("глава ЕЦБ Кристин Лагард").
func withoutAcronymsBefore(n name) name {
	for len(n.words) > 1 && n.words[0].acro {
		n.words = n.words[1:]
		n.span.Start = n.words[0].span.Start
	}
	return n
}

// sameSkeleton reports whether the names a and b, in any scripts, have
// about the same consonants (translit.Skeleton of their transliterated
// words, joined): a declined or respelt rendering of one name, which the
// word-by-word matching misses ("Стива Кука", genitive, for "Steve Cook").
func sameSkeleton(a, b name) bool {
	x, y := translit.Skeleton(strings.Join(a.parts(), "")), translit.Skeleton(strings.Join(b.parts(), ""))
	return len(x) >= 3 && len(y) >= 3 && similarity(x, y) >= 0.75
}

// personsInJapanese checks target paragraph i of a Japanese target, where
// the rest of the check does not run: a person of the source (see
// personsAcrossScripts) that the target's kana do not spell, where the
// target writes one foreign person, katakana names joined by "・", that
// no source word sounds like, is a name replaced ("ブラッド・スミス" is Brad
// Smith; "トム・ジョーンズ" for him is not).
func personsInJapanese(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	raw := tgt.Slice(w.Target)
	// Romanised only for a source that names a person: most name none.
	rom := sync.OnceValue(func() romanised { return personReadings("ja", raw) })
	runs := append(dottedPersons(raw, func(r rune) bool { return katakana(r) || r == 'ー' }), titledKatakana(raw)...)
	var kept [][]word // the source persons the target names
	lost, sw, ok := lostPersons(p, i, w, func(person []word) bool {
		// Spelt by the kana, or a katakana person opening each name with
		// its consonants ("ショルツ" for Scholz, which the skeletons miss).
		// Japanese news names a foreign person by the surname alone
		// ("メルツ首相").
		if spelledBy(rom(), person) || spelledBy(rom(), person[len(person)-1:]) || inLatin(raw, person) ||
			slices.ContainsFunc(runs, func(s corpus.Span) bool { return sameInitialsOrSurname(raw[s.Start:s.End], person) }) {
			kept = append(kept, person)
			return true
		}
		return false
	})
	if !ok || len(lost) != 1 {
		return
	}
	var skeletons []string // of every source word, also as German spells its sounds
	for _, x := range sw {
		for _, part := range x.parts {
			for _, sp := range []string{part, germanSpelling.Replace(part)} {
				if sk := translit.Skeleton(sp); len(sk) >= 2 {
					skeletons = append(skeletons, sk)
				}
			}
		}
	}
	var novel []corpus.Span
	for _, s := range runs {
		run := raw[s.Start:s.End]
		readings := sync.OnceValue(func() romanised { return personReadings("ja", run) })
		keeps := slices.ContainsFunc(kept, func(person []word) bool {
			return sameInitialsOrSurname(run, person) || spelledBy(readings(), person[len(person)-1:])
		})
		if !soundsLikeAny(run, skeletons) && !sameInitialsOrSurname(run, lost[0].n.words) && !keeps {
			novel = append(novel, corpus.Span{Start: w.Target.Start + s.Start, End: w.Target.Start + s.End})
		}
	}
	reportReplacedPerson(p, lost, novel)
}

// personsInChinese is personsInJapanese for a Chinese target, whose
// foreign persons are runs of the characters Chinese spells sounds with,
// joined by "·" ("布拉德·史密斯" is Brad Smith; "汤姆·琼斯" for him is not).
func personsInChinese(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	raw := tgt.Slice(w.Target)
	rom := sync.OnceValue(func() romanised { return personReadings("zh", raw) })
	lost, all, named, ok := readPersons(p, i, w, func(person []word) bool { return spelledBy(rom(), person) || inLatin(raw, person) })
	if !ok || len(lost) != 1 {
		return
	}
	// Only words that may name someone, of two sounds or more: a short
	// or common word sounds like too much ("Chancellor" like 琼斯).
	twoSounds := func(x word) bool { return len(x.parts) == 0 || len(translit.Sounds(x.parts[0])) < 2 }
	sw := slices.DeleteFunc(named, twoSounds)
	var novel []corpus.Span
	dotted := dottedPersons(raw, translit.SpellsSound)
	for _, s := range dotted {
		run := personReadings("zh", raw[s.Start:s.End])
		if !slices.ContainsFunc(sw, func(x word) bool { return spelledBy(run, []word{x}) }) {
			novel = append(novel, corpus.Span{Start: w.Target.Start + s.Start, End: w.Target.Start + s.End})
		}
	}
	// A surname alone, as Chinese news names a foreign person (特朗普,
	// 默克尔): three sound characters or more that no source word sounds
	// like, common words included (马拉松, marathon).
	words := slices.DeleteFunc(slices.Clone(all), twoSounds)
	for _, s := range soundRuns(raw, 3) {
		if slices.ContainsFunc(dotted, func(d corpus.Span) bool { return d.Overlaps(s) }) {
			continue
		}
		run := personReadings("zh", raw[s.Start:s.End])
		if !slices.ContainsFunc(words, func(x word) bool { return spelledBy(run, []word{x}) }) {
			novel = append(novel, corpus.Span{Start: w.Target.Start + s.Start, End: w.Target.Start + s.End})
		}
	}
	reportReplacedPerson(p, lost, novel)
}

// soundRuns returns the spans in s of its runs of at least least
// characters that Chinese spells foreign names with.
func soundRuns(s string, least int) []corpus.Span {
	var out []corpus.Span
	start, n := -1, 0
	for i, r := range s {
		if translit.SpellsSound(r) {
			if start < 0 {
				start, n = i, 0
			}
			n++
			continue
		}
		if start >= 0 && n >= least {
			out = append(out, corpus.Span{Start: start, End: i})
		}
		start = -1
	}
	if start >= 0 && n >= least {
		out = append(out, corpus.Span{Start: start, End: len(s)})
	}
	return out
}

// reportReplacedPerson reports the one target person novel in place of
// the one source person lost, when there is one of each.
func reportReplacedPerson(p *checks.Pass, lost []missing, novel []corpus.Span) {
	if len(lost) != 1 || len(novel) != 1 {
		return
	}
	tgt, m := p.Target(), lost[0]
	p.Report(checks.Finding{
		Severity: checks.Major,
		Category: checks.Mistranslation,
		Span:     novel[0],
		Source:   &checks.Evidence{Doc: m.doc, Span: m.n.span},
		Message:  fmt.Sprintf("target %q, source %q: name replaced", tgt.Slice(novel[0]), m.n.text(p.Source(m.doc))),
		Tag:      checks.NameFromElsewhere,
	})
}

// spelledBy reports whether every word of ws is explained by the
// romanised target rom, as written or as Japanese hears it (th as s:
// "Smith", スミス).
func spelledBy(rom romanised, ws []word) bool {
	for _, w := range ws {
		for _, part := range w.parts {
			if !rom.explains(part) && !rom.explains(strings.ReplaceAll(part, "th", "s")) {
				return false
			}
		}
	}
	return true
}

// sameInitials reports whether the katakana names of run, joined by "・",
// are as many as the words of ws and open with the same consonants, b
// standing for v as katakana writes it: a rendering of the person the
// skeletons miss ("カミーユ・バスケス", Camille Vasquez), no other one.
func sameInitials(run string, ws []word) bool {
	segs := strings.FieldsFunc(run, dot)
	if len(segs) != len(ws) {
		return false
	}
	for k, seg := range segs {
		if len(ws[k].parts) == 0 {
			return false
		}
		src := translit.Skeleton(ws[k].parts[0])
		ok := false
		for _, ksk := range katakanaSkeletons(seg) {
			ok = ok || src != "" && ksk != "" && src[0] == ksk[0]
		}
		if !ok {
			return false
		}
	}
	return true
}

// sameInitialsOrSurname is sameInitials, or, for a run of one name, the
// surname's ("メルツ" for Friedrich Merz, "プーチン" for Vladimir Putin): a
// rendering the skeletons miss. Another person's name of the same initial
// keeps the person too ("マクロン" beside Merz): a miss, not a false alarm.
func sameInitialsOrSurname(run string, ws []word) bool {
	return sameInitials(run, ws) || len(ws) > 1 && !strings.ContainsFunc(run, dot) && sameInitials(run, ws[len(ws)-1:])
}

// titledKatakana returns the byte spans in s of single katakana names
// right before a title that follows persons only (data/words.txt
// persontitle.ja: "ショルツ首相"), that name no place ("フランス大統領",
// the French president).
func titledKatakana(s string) []corpus.Span {
	var out []corpus.Span
	start := -1
	for i, r := range s {
		if katakana(r) && !dot(r) || r == 'ー' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && utf8.RuneCountInString(s[start:i]) >= 2 && titleAt(s[i:]) && !namesPlaceJa(s[start:i]) &&
			(start == 0 || !dot(lastRune(s[:start]))) {
			out = append(out, corpus.Span{Start: start, End: i})
		}
		start = -1
	}
	return out
}

// titleAt reports whether s opens with a Japanese title of persons.
func titleAt(s string) bool {
	for t := range wordClass()["persontitle.ja"] {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// namesPlaceJa reports whether the katakana word w is the whole name of a
// place in Japanese.
func namesPlaceJa(w string) bool {
	for _, fp := range sourcePlaces(srcText{lang: "ja", raw: w}) {
		if fp.span.Start == 0 && fp.span.End == len(w) {
			return true
		}
	}
	return false
}

// dottedPersons returns the byte spans in s of runs of names, each of
// letters in, joined by a middle dot ("・", "·") or "＝", as Japanese and
// Chinese write a foreign person: two names or more.
func dottedPersons(s string, in func(rune) bool) []corpus.Span {
	var out []corpus.Span
	start, names, inName := -1, 0, false
	flush := func(end int) {
		if start >= 0 && names >= 2 {
			out = append(out, corpus.Span{Start: start, End: end})
		}
		start, names, inName = -1, 0, false
	}
	for i, r := range s {
		switch {
		case in(r) && !dot(r):
			if start < 0 {
				start = i
			}
			if !inName {
				names++
			}
			inName = true
		case dot(r) && inName:
			inName = false
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// germanSpelling spells German sounds as English letters do, as
// katakana hears them: "Scholz" is "sholts", ショルツ.
var germanSpelling = strings.NewReplacer("sch", "sh", "tz", "ts", "z", "ts")

// soundsLikeAny reports whether a name of the katakana run s has about the
// consonants of one of the source words' skeletons.
func soundsLikeAny(s string, skeletons []string) bool {
	for _, part := range strings.FieldsFunc(s, dot) {
		for _, ksk := range katakanaSkeletons(part) {
			for _, sk := range skeletons {
				if ksk == sk || len(ksk) >= 3 && similarity(ksk, sk) >= 0.75 {
					return true
				}
			}
		}
	}
	return false
}

// lostPersons reads the sources of target paragraph i in window w: the
// persons they name (see personName) that kept does not find in the
// target, and all their words. ok is false when a source is not in Latin
// letters, whose names the persons' list does not hold.
func lostPersons(p *checks.Pass, i int, w linked.Window, kept func([]word) bool) (lost []missing, sw []word, ok bool) {
	lost, sw, _, ok = readPersons(p, i, w, kept)
	return lost, sw, ok
}

// readPersons is lostPersons that also returns the words that may name
// someone: those of every person the sources name, and the capitalised
// words that are no common word of their source's language ("Berlin",
// not "Chancellor").
func readPersons(p *checks.Pass, i int, w linked.Window, kept func([]word) bool) (lost []missing, sw, named []word, ok bool) {
	tb, _ := p.Target().Lang.Base()
	for _, sp := range linked.Sources(p, i) {
		src := p.Source(sp.Doc)
		if s, _ := src.Lang.Script(); s.String() != "Latn" {
			return nil, nil, nil, false
		}
		sb, _ := src.Lang.Base()
		for _, si := range sp.Paras {
			ps, in := sourceInWindow(w, sp.Doc, src.Paragraphs[si].Span)
			if !in || !mayNamePerson(src.Slice(ps)) {
				continue
			}
			ws := within(words(src, si), ps)
			sw = append(sw, ws...)
			for _, x := range ws {
				if x.cap && !x.start && !commonWord(x.text, sb) {
					named = append(named, x)
				}
			}
			for _, n := range paraNames(src, si, ps, sb) {
				if n.words[0].start && !latinScript(tb) {
					var ok bool
					if n, ok = withoutOpener(n, sb); !ok {
						continue // as missingNames reads it
					}
				}
				k, is := personAt(n)
				if !is {
					continue
				}
				named = append(named, n.words[k:]...)
				if !kept(n.words[k:]) {
					lost = append(lost, missing{n.from(k), sp.Doc})
				}
			}
		}
	}
	return lost, sw, named, true
}

// dot reports whether r joins the names of a foreign person in Japanese or
// Chinese.
func dot(r rune) bool { return r == '・' || r == '＝' || r == '·' || r == '•' }

// mayNamePerson reports whether text holds a capitalised word that is a
// listed given name: most paragraphs name no person, and reading their
// words and names for that would cost a batch of segments more than the
// rest of the check does.
func mayNamePerson(text string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) && givenNames()[corpus.FoldName(f)] {
			return true
		}
	}
	return false
}

// sourcesNamePerson reports whether a source paragraph aligned with
// target paragraph i may name a person (see mayNamePerson).
func sourcesNamePerson(p *checks.Pass, i int) bool {
	for _, sp := range linked.Sources(p, i) {
		src := p.Source(sp.Doc)
		for _, si := range sp.Paras {
			if mayNamePerson(src.ParaText(si)) {
				return true
			}
		}
	}
	return false
}

// personReadings romanises text of lang for the persons' checks: by sound
// alone, without the dictionary's glosses, which name no foreign person
// and cost the most to look up.
func personReadings(lang, text string) romanised {
	r := romaniseText(srcText{lang: lang, raw: text})
	r.glossed = nil
	return r
}

// personJoins returns the words that join a person's name though a
// name's run would leave them out, before a capitalised word inside the
// sentence that is no common word of lang: a listed given name opening
// the sentence ("Gordon Johndroe, vocero de Bush"), unless an
// abbreviation ends before it ("sv. Jana Křtitele") or it is a common
// word too ("Theo Cơ quan", according to the agency); and the lower-case
// particles after a given name ("Olivia de Havilland"), none an article
// of lang ("Bob der Baumeister", "trat Lula das Amt an").
func personJoins(text string, ws []word, lang language.Base) map[corpus.Span]bool {
	out := map[corpus.Span]bool{}
	for i, w := range ws {
		if !w.cap || w.acro || !givenNames()[corpus.FoldName(w.text)] || w.start && (afterAbbreviation(text, w) || commonOpener(w, lang)) {
			continue
		}
		j := i + 1
		for j < len(ws) && !ws[j].cap && wordClass()["particle"][ws[j].lower] && !wordClass()["article."+lang.String()][ws[j].lower] &&
			spaceBetween(text, ws[j-1], ws[j]) {
			j++
		}
		if j == i+1 && !w.start || j >= len(ws) || !ws[j].cap || ws[j].start || !spaceBetween(text, ws[j-1], ws[j]) ||
			commonWordOf(ws[j], lang) {
			continue
		}
		if w.start {
			out[w.span] = true
		}
		for _, p := range ws[i+1 : j] {
			out[p.span] = true
		}
	}
	return out
}

// withoutOpener returns source name n without its first word, a given
// name that opens its sentence, and whether the rest is a name alone in
// language sb (one word is, where only names are capitalised).
func withoutOpener(n name, sb language.Base) (name, bool) {
	n.words = n.words[1:]
	if len(n.words) == 0 || len(n.words) < 2 && !capitalisesNamesOnly(sb) {
		return n, false
	}
	n.span.Start = n.words[0].span.Start
	return n, true
}

// latinScript reports whether language b is written in the Latin script.
func latinScript(b language.Base) bool {
	s, _ := language.Make(b.String()).Script()
	return s.String() == "Latn"
}

// givenThenName reports whether the run n opens with a listed given name
// and goes on with words that are no nouns lang lists: a person
// ("Danielle Lantagne"), though German endings read the run as nouns.
func givenThenName(n name, lang language.Base) bool {
	if len(n.words) < 2 || n.words[0].acro || !givenNames()[corpus.FoldName(n.words[0].text)] {
		return false
	}
	for _, w := range n.words[1:] {
		if w.cap && commonWordOf(w, lang) {
			return false
		}
	}
	return true
}

// commonOpener reports whether w, opening its sentence, is a common word
// of lang as well as a given name: Vietnamese "Theo" (according to),
// English "Will".
func commonOpener(w word, lang language.Base) bool {
	return corpus.IsStopword(w.lower, lang) || wordClass()["function."+lang.String()][w.lower] ||
		corpus.HasLexicon(lang) && corpus.IsWord(w.lower, lang)
}

// afterAbbreviation reports whether the sentence w opens was split
// after a short word and a full stop ("sv. Jana Křtitele", "Dr. Anna
// Schmidt"): an abbreviation, not a sentence's end.
func afterAbbreviation(text string, w word) bool {
	before := strings.TrimRight(text[:w.span.Start], " ")
	rest, ok := strings.CutSuffix(before, ".")
	if !ok {
		return false
	}
	i := strings.LastIndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	return utf8.RuneCountInString(rest[i+1:]) <= 3
}

// spaceBetween reports whether only spaces stand between words a and b.
func spaceBetween(text string, a, b word) bool {
	return a.span.End < b.span.Start && strings.TrimSpace(text[a.span.End:b.span.Start]) == ""
}

// commonWordOf reports whether w is a word of lang's word list or a noun
// its noun list holds itself (no compound reading: "Havilland" is no
// noun though it ends in "Land"), not a name.
func commonWordOf(w word, lang language.Base) bool {
	return corpus.IsWord(w.lower, lang) || corpus.IsListedNoun(w.lower, lang)
}
