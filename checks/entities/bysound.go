package entities

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/translit"
)

// A target in an abjad (Hebrew, Arabic, Persian, Urdu), in Devanagari or
// in Hangul writes a foreign person by the sounds of the name and has no
// capitals to tell a name by: the check reads a source person as kept
// when a target word, its prefixes aside, has the consonants of the
// surname, and reports the one person the target lacks whose given name
// it writes before another word ("עמנואל מיטראן" for Emmanuel Macron):
// the surname replaced.

// soundSkeletons returns the consonant skeletons of the target word w of
// script sc and language lang, as written and without each prefix it may
// open with (data/words.txt prefix.LANG).
func soundSkeletons(w, sc, lang string) []string {
	var spell func(string) []string
	switch sc {
	case "Hebr":
		spell = translit.HebrewSpellings
	case "Arab":
		spell = func(s string) []string { return []string{translit.Arabic(s)} }
	case "Deva":
		spell = func(s string) []string { return []string{translit.Devanagari(s)} }
	default:
		spell = translit.HangulSpellings
	}
	var out []string
	for _, form := range withoutPrefixes(w, lang) {
		for _, sp := range spell(form) {
			if sk := translit.Skeleton(sp); len(sk) >= 2 {
				out = append(out, sk)
			}
		}
	}
	return out
}

// latinSkeletons returns the skeletons of the source word s, as written,
// as its own language says it (Giroud, "jiru"; Scholz, "sholts"), as an
// abjad hears it (heardInAbjad) and without the r English leaves unsaid
// (Starmer, 스타머).
func latinSkeletons(s word) []string {
	var out []string
	for _, p := range s.parts {
		spellings := []string{p, heardInAbjad.Replace(p), germanSpelling.Replace(p), translit.UnsaidR(p)}
		for _, sp := range append(spellings, translit.ForeignReadings(p)...) {
			if sk := translit.Skeleton(sp); len(sk) >= 2 {
				out = append(out, sk)
			}
		}
	}
	return out
}

// heardInAbjad spells a Latin name as Hebrew, Arabic and Korean write its
// sounds: th as s (스미스, Smith), v as f (فلاديمير, Vladimir), z as s
// (סאנצ'ס, Sánchez), g before e or i as j (جورج, George), x as ks
// (פוקס, Foxx).
var heardInAbjad = strings.NewReplacer("th", "s", "v", "f", "z", "s", "ge", "je", "gi", "ji", "x", "ks")

// longSkeleton reports whether the source word s has three consonants or
// more as written: fewer match target words by chance and miss them by a
// letter alike.
func longSkeleton(s word) bool {
	for _, p := range s.parts {
		if len(translit.Skeleton(p)) >= 3 {
			return true
		}
	}
	return false
}

// soundsAlikeSkeleton reports whether the source skeleton a and the
// target skeleton b are the same, or, of three consonants or more, nearly
// so, or one opens the other: a source that declines the name
// ("Scholziga", with Scholz, in Estonian) adds consonants the target does
// not write, and a Korean target glues its particles (마크롱과).
func soundsAlikeSkeleton(a, b string) bool {
	return a == b || len(a) >= 3 && len(b) >= 3 && (similarity(a, b) >= 0.8 || strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// skeletonsAlike reports whether a source skeleton of src and a target
// one of tgt sound alike (soundsAlikeSkeleton).
func skeletonsAlike(src, tgt []string) bool {
	for _, a := range src {
		for _, b := range tgt {
			if soundsAlikeSkeleton(a, b) {
				return true
			}
		}
	}
	return false
}

// personsBySound checks target paragraph i of a target in an abjad,
// Devanagari or Hangul (see the comment at the top of this file).
func personsBySound(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	sc, _ := tgt.Lang.Script()
	raw := tgt.Slice(w.Target)
	tw := within(words(tgt, i), w.Target)
	tb, _ := tgt.Lang.Base()
	skels := make([][]string, len(tw))
	for k, x := range tw {
		skels[k] = soundSkeletons(x.text, sc.String(), tb.String())
	}
	has := func(s word) (int, bool) {
		src := latinSkeletons(s)
		k := slices.IndexFunc(skels, func(ts []string) bool { return skeletonsAlike(src, ts) })
		return k, k >= 0
	}
	lost, sw, ok := lostPersons(p, i, w, func(person []word) bool {
		last := person[len(person)-1]
		if !longSkeleton(last) {
			return true // "Abe": too few consonants to tell it missing
		}
		_, kept := has(last)
		return kept || inLatin(raw, person)
	})
	if !ok || len(lost) != 1 {
		return
	}
	person := lost[0].n.words
	if len(person) != 2 {
		return // a given name and a surname: what comes after the given name is the surname
	}
	k, ok := has(person[0])
	if !ok || k+1 >= len(tw) || strings.TrimSpace(tgt.Text[tw[k].span.End:tw[k+1].span.Start]) != "" ||
		!slices.ContainsFunc(skels[k+1], func(sk string) bool { return len(sk) >= 3 }) || corpus.IsStopword(tw[k+1].lower, tb) {
		return
	}
	// The word after the given name is no word of the sources.
	if slices.ContainsFunc(sw, func(s word) bool { return skeletonsAlike(latinSkeletons(s), skels[k+1]) }) {
		return
	}
	reportReplacedPerson(p, lost, []corpus.Span{{Start: tw[k].span.Start, End: tw[k+1].span.End}})
}

// surnameBySound returns the span of the person that a source in an
// abjad, in Devanagari or in Hangul writes, whose given name the target
// person u keeps by its sound but not the surname: the source word after
// the given name sounds like no target word, and u's surname like no
// source word ("Eduardo Zimmermann" for "에두아르두 레이치", Eduardo
// Leite). The mirror of personsBySound, for a target in Latin letters.
func (c *paragraph) surnameBySound(u name) (*checks.Evidence, bool) {
	k, ok := personAt(u)
	if !ok || k+2 != len(u.words) || !longSkeleton(u.words[k+1]) || corpus.IsCommonWord(u.words[k+1].lower, c.tb) {
		// A frequent word after a given name may name what the person
		// is named for ("Mitchell Garden", גן מיטשל), which the source
		// may write the other way round.
		return nil, false
	}
	given, surname := latinSkeletons(u.words[k]), latinSkeletons(u.words[k+1])
	for _, sp := range c.srcParas {
		src := c.p.Source(sp.doc)
		sc, _ := src.Lang.Script()
		sb, _ := src.Lang.Base()
		switch sc.String() {
		case "Hebr", "Arab", "Deva", "Kore", "Hang":
		default:
			continue
		}
		skels := make([][]string, len(sp.words))
		for j, x := range sp.words {
			skels[j] = soundSkeletons(x.text, sc.String(), sb.String())
		}
		if slices.ContainsFunc(skels, func(ss []string) bool { return skeletonsAlike(surname, ss) }) {
			return nil, false // the surname is the source's
		}
		for j := 0; j+1 < len(sp.words); j++ {
			next := sp.words[j+1]
			if !skeletonsAlike(given, skels[j]) || strings.TrimSpace(src.Text[sp.words[j].span.End:next.span.Start]) != "" ||
				!slices.ContainsFunc(skels[j+1], func(sk string) bool { return len(sk) >= 3 }) || corpus.IsStopword(next.lower, sb) {
				continue
			}
			if slices.ContainsFunc(c.tw, func(t word) bool { return skeletonsAlike(latinSkeletons(t), skels[j+1]) }) {
				continue // the source's surname is in the target
			}
			return &checks.Evidence{Doc: sp.doc, Span: corpus.Span{Start: sp.words[j].span.Start, End: next.span.End}}, true
		}
	}
	return nil, false
}

// surnamesBySound reports, in a target in Latin letters whose sources
// are in an abjad or in Hangul (which the rest of the check cannot
// read), each person the target names whose surname replaces the
// source's (surnameBySound).
func (c *paragraph) surnamesBySound() {
	if !capitalisesNamesOnly(c.tb) && c.tb != english || !latinScript(c.tb) {
		return
	}
	tgt := c.p.Target()
	for _, n := range targetNames(tgt.Text, c.tw, c.tb) {
		ev, ok := c.surnameBySound(n)
		if !ok {
			continue
		}
		c.p.Report(checks.Finding{
			Severity: checks.Major,
			Category: checks.Mistranslation,
			Span:     n.span,
			Source:   ev,
			Message:  fmt.Sprintf("target %q, source %q: the source's person with another surname", n.text(tgt), c.p.Source(ev.Doc).Slice(ev.Span)),
			Tag:      checks.NameFromElsewhere,
		})
	}
}
