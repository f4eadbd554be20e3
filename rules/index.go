package rules

import (
	"github.com/crossread/crossread/corpus"
	"math/bits"
	"slices"
)

// Index lists items (rules, by their number) under the keys of their
// patterns, so that a text is tried only against the items one of whose
// patterns may match it: with a thousand rules into a language, looking
// at each of them was most of the cost of checking a short segment.
type Index struct {
	always []int32          // items tried on every text
	byBit  [keyBits][]int32 // items by the hash of a pattern key
}

// Add lists item i under the keys of ps. A pattern without a key (see
// Pattern.Key) may match anywhere: the item is then tried on every text.
func (x *Index) Add(i int, ps []Pattern) {
	for _, p := range ps {
		key, ok := p.Key()
		if !ok {
			key, ok = p.innerKey()
		}
		if !ok {
			x.Always(i)
			return
		}
		h := keyHash(key)
		if l := x.byBit[h]; len(l) == 0 || l[len(l)-1] != int32(i) {
			x.byBit[h] = append(l, int32(i))
		}
	}
}

// Always lists item i as one to try on every text.
func (x *Index) Always(i int) {
	if l := x.always; len(l) == 0 || l[len(l)-1] != int32(i) {
		x.always = append(l, int32(i))
	}
}

// Candidates returns, in increasing order and once each, the items that
// may match a text with keys k: every item Add'ed with a pattern for
// which k.MayMatch holds, and every Always item.
func (x *Index) Candidates(k *Keys) []int32 {
	out := slices.Clone(x.always)
	for w, set := range k.bits {
		for set != 0 {
			b := bits.TrailingZeros64(set)
			set &= set - 1
			out = append(out, x.byBit[w*64+b]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Union adds the keys of o to k.
func (k *Keys) Union(o *Keys) {
	for i := range k.bits {
		k.bits[i] |= o.bits[i]
	}
}

// Positions lists the tokens of a text by their leading bytes, one to
// keyLen of them, as Pattern.Key gives a pattern's: FindAnyIn then tries
// a pattern only where its first word may stand, not at every token of
// a long text.
type Positions map[string][]int32

// PositionsOf returns the positions of toks.
func PositionsOf(toks []corpus.Token) Positions {
	x := Positions{}
	for i, t := range toks {
		for n := 1; n <= keyLen && n <= len(t.Fold); n++ {
			k := t.Fold[:n]
			x[k] = append(x[k], int32(i))
		}
	}
	return x
}

// FindAnyIn is FindAny over toks, whose positions are at, trying each
// pattern with a key only at the tokens that start with it.
func FindAnyIn(ps []Pattern, toks []corpus.Token, at Positions) []corpus.Span {
	var all []corpus.Span
	for _, p := range ps {
		key, ok := p.Key()
		if !ok {
			all = append(all, p.Find(toks)...)
			continue
		}
		for _, i := range at[key] {
			if s, ok := p.matchAt(toks, int(i)); ok {
				all = append(all, s)
			}
		}
	}
	return nonOverlapping(all)
}
