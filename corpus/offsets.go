package corpus

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// offsetMap maps byte offsets between a text and the NFC normalisation of
// it, or the text extracted from an HTML page. Only the stretches that
// changed are stored, so the common case (input already in NFC) costs
// nothing; a stretch may be empty on the text side (tags, furniture).
type offsetMap struct {
	segs []changed
}

// changed says that norm[ts:te] came from orig[os:oe].
type changed struct{ ts, te, os, oe int }

// normalizeNFC returns the NFC form of s and the map from its offsets to s.
func normalizeNFC(s string) (string, offsetMap) {
	if norm.NFC.IsNormalString(s) {
		return s, offsetMap{}
	}
	var (
		it   norm.Iter
		b    strings.Builder
		m    offsetMap
		prev int
	)
	b.Grow(len(s))
	it.InitString(norm.NFC, s)
	for !it.Done() {
		out := it.Next()
		pos := it.Pos()
		if string(out) != s[prev:pos] {
			m.segs = append(m.segs, changed{b.Len(), b.Len() + len(out), prev, pos})
		}
		b.Write(out)
		prev = pos
	}
	return b.String(), m
}

// orig maps a normalised offset to an original one; an offset inside a
// changed stretch maps to its start.
func (m offsetMap) orig(off int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].te > off })
	if i < len(m.segs) && m.segs[i].ts <= off {
		return m.segs[i].os
	}
	if i == 0 {
		return off
	}
	p := m.segs[i-1]
	return off + p.oe - p.te
}

// origEnd is orig for the end of a span: an offset inside a changed stretch
// maps to its end, and one at an empty stretch (bytes of the original
// that produced no text, such as HTML tags) to its start, so that a span
// ends where its last byte came from.
func (m offsetMap) origEnd(off int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].te > off })
	if i < len(m.segs) && m.segs[i].ts < off {
		return m.segs[i].oe
	}
	if i == 0 {
		return off
	}
	p := m.segs[i-1]
	if p.ts == off && p.te == off {
		return p.os
	}
	return off + p.oe - p.te
}

// text maps an original offset to a normalised one.
func (m offsetMap) text(off int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].oe > off })
	if i < len(m.segs) && m.segs[i].os <= off {
		return m.segs[i].ts
	}
	if i == 0 {
		return off
	}
	p := m.segs[i-1]
	return off + p.te - p.oe
}
