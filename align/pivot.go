package align

import (
	"maps"
	"slices"
	"sync"
)

// Two languages with core word lists (Czech and Ukrainian, Polish and
// Russian) have no list between them, and news is translated between
// them too. Their lists meet in English: a Czech word and a Ukrainian one
// that translate the same English word are paired (pokuta and штраф
// through "fine"), at a core list's weight. An English word's senses
// multiply through both lists (jemný and гарний meet through "fine"
// too), yet on documents built from the WMT23 cs-uk references a lower
// weight gained nothing: 0.8 scored as 1, 0.5 lost a five-paragraph
// article written for the tests.

// pivot is a dictionary joined from two core lists through their English
// headwords.
type pivot struct {
	lists [2]*Dict
	// byStem maps, for each list, the inflection stems of its
	// translations to their English headwords: the words of a text
	// inflect, the lists give dictionary forms.
	byStem [2]map[string][]string
}

// pivots memoises the joined dictionaries by their pair of lists.
var pivots sync.Map // [2]*Dict -> *Dict

// pivotDict returns the dictionary that joins core lists a and b, one
// for either order: pivotMatches tells the sides by language.
func pivotDict(a, b *Dict) *Dict {
	if a.to > b.to {
		a, b = b, a
	}
	if d, ok := pivots.Load([2]*Dict{a, b}); ok {
		return d.(*Dict)
	}
	p := &pivot{lists: [2]*Dict{a, b}}
	for k, l := range p.lists {
		// In the order of the forms, and each headword once, so that
		// the matches come in the same order on every run.
		p.byStem[k] = map[string][]string{}
		for _, form := range slices.Sorted(maps.Keys(l.rev)) {
			for _, st := range inflectionStems(l.to, form) {
				for _, en := range l.rev[form] {
					if !slices.Contains(p.byStem[k][st], en) {
						p.byStem[k][st] = append(p.byStem[k][st], en)
					}
				}
			}
		}
	}
	d := &Dict{strength: coreStrength, inflect: true, pivot: p}
	d2, _ := pivots.LoadOrStore([2]*Dict{a, b}, d)
	return d2.(*Dict)
}

// pivotMatches adds the pairs of a source and a target word that
// translate one English word, through the lists of their languages.
func pivotMatches(tw, sw *dictWords, d *Dict, add func(ti, si int32, m float32)) {
	p := d.pivot
	ks, kt := 0, 1
	if p.lists[0].to != sw.f.lang {
		ks, kt = 1, 0
	}
	if p.lists[ks].to != sw.f.lang || p.lists[kt].to != tw.f.lang {
		return
	}
	for si := range sw.f.types {
		ty := &sw.f.types[si]
		if !dictWord(sw.f, ty) {
			continue
		}
		ens, m := p.lists[ks].rev[ty.key], float32(dictStrength)
		if len(ens) == 0 {
			ens, m = p.englishByStem(ks, sw.f.lang, ty.key), stemStrength
		}
		for _, en := range ens {
			for _, tr := range p.lists[kt].fwd[en] {
				tw.find(tr, true, func(ti int32, mt float32) { add(ti, int32(si), m*mt*d.strength) })
			}
		}
	}
}

// englishByStem returns the English headwords of list k whose
// translations share an inflection stem with key.
func (p *pivot) englishByStem(k int, lang, key string) []string {
	var out []string
	for _, st := range inflectionStems(lang, key) {
		out = append(out, p.byStem[k][st]...)
	}
	return out
}
