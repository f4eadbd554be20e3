package entities

import (
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/linked"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/translit"
)

// An abjad target (Hebrew, Arabic, Persian, Urdu) writes a foreign person
// by the consonants of the name and has no capitals to tell a name by:
// the check reads a source person as kept when a target word, its
// prefixes aside, has the consonants of the surname, and reports the one
// person the target lacks whose given name it writes before another
// word ("עמנואל מיטראן" for Emmanuel Macron): the surname replaced.

// abjadSkeletons returns the consonant skeletons of the target word w of
// script sc and language lang, as written and without each prefix it may
// open with (data/words.txt prefix.LANG).
func abjadSkeletons(w, sc, lang string) []string {
	spell := translit.HebrewSpellings
	if sc == "Arab" {
		spell = func(s string) []string { return []string{translit.Arabic(s)} }
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
// as its own language says it (Giroud, "jiru"; Scholz, "sholts") and as
// an abjad hears it (heardInAbjad).
func latinSkeletons(s word) []string {
	var out []string
	for _, p := range s.parts {
		for _, sp := range append([]string{p, heardInAbjad.Replace(p), germanSpelling.Replace(p)}, translit.ForeignReadings(p)...) {
			if sk := translit.Skeleton(sp); len(sk) >= 2 {
				out = append(out, sk)
			}
		}
	}
	return out
}

// heardInAbjad spells a Latin name as Hebrew and Arabic write its sounds:
// v as f (فلاديمير, Vladimir), z as s (סאנצ'ס, Sánchez), g before e
// or i as j (جورج, George), x as ks (פוקס, Foxx).
var heardInAbjad = strings.NewReplacer("v", "f", "z", "s", "ge", "je", "gi", "ji", "x", "ks")

// soundsAlikeSkeleton reports whether the source skeleton a and the
// target skeleton b are the same, or, of three consonants or more, nearly
// so, or b opens a: a source that declines the name ("Scholziga", with
// Scholz, in Estonian) adds consonants the target does not write.
func soundsAlikeSkeleton(a, b string) bool {
	return a == b || len(a) >= 3 && len(b) >= 3 && (similarity(a, b) >= 0.8 || strings.HasPrefix(a, b))
}

// personsInAbjad checks target paragraph i of a Hebrew or Arabic-script
// target (see the comment at the top of this file).
func personsInAbjad(p *checks.Pass, i int, w linked.Window) {
	tgt := p.Target()
	sc, _ := tgt.Lang.Script()
	raw := tgt.Slice(w.Target)
	tw := within(words(tgt, i), w.Target)
	tb, _ := tgt.Lang.Base()
	skels := make([][]string, len(tw))
	for k, x := range tw {
		skels[k] = abjadSkeletons(x.text, sc.String(), tb.String())
	}
	has := func(s word) (int, bool) {
		for _, ss := range latinSkeletons(s) {
			for k, ts := range skels {
				for _, t := range ts {
					if soundsAlikeSkeleton(ss, t) {
						return k, true
					}
				}
			}
		}
		return -1, false
	}
	lost, sw, ok := lostPersons(p, i, w, func(person []word) bool {
		_, kept := has(person[len(person)-1])
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
		len(skels[k+1]) == 0 || corpus.IsStopword(tw[k+1].lower, tb) {
		return
	}
	// The word after the given name is no word of the sources.
	for _, s := range sw {
		for _, ss := range latinSkeletons(s) {
			for _, t := range skels[k+1] {
				if soundsAlikeSkeleton(ss, t) {
					return
				}
			}
		}
	}
	reportReplacedPerson(p, lost, []corpus.Span{{Start: tw[k].span.Start, End: tw[k+1].span.End}})
}
