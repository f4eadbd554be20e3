package lcs

import (
	"math/bits"
	"sync"
)

// Length returns the length of the longest common subsequence of a and b.
// The first bitTable entries of scratch are the position masks of
// bitsLength, zero between calls; the rows of the table follow them.
func Length(a, b []rune, scratch *[]int) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	n := len(b) + 1
	if cap(*scratch) < bitTable+2*n {
		*scratch = make([]int, bitTable+2*n)
	}
	if len(b) <= 64 {
		return bitsLength(a, b, (*scratch)[:bitTable])
	}
	prev := (*scratch)[bitTable : bitTable+n]
	cur := (*scratch)[bitTable+n : bitTable+2*n]
	clear(prev)
	for i := range a {
		cur[0] = 0
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// pool holds scratch space between uses of Of: Length leaves its table
// clear.
var pool = sync.Pool{New: func() any { return new([]int) }}

// bitTable is the number of runes, from 0, whose position masks bitsLength
// keeps in a table.
const bitTable = 256

// bitsLength is lcs for len(b) <= 64, a column of the table in the bits of
// a word (Hyyrö's bit-parallel LCS length, 2004): bit j of v is clear
// where the table's value steps up at b[j]. pm holds the masks of b's
// runes below bitTable and is left zero.
func bitsLength(a, b []rune, pm []int) int {
	wide := false // b has runes beyond the table
	for j, r := range b {
		if r >= 0 && r < bitTable {
			pm[r] |= 1 << j
		} else {
			wide = true
		}
	}
	v := ^uint64(0)
	for _, r := range a {
		var m uint64
		switch {
		case r >= 0 && r < bitTable:
			m = uint64(pm[r])
		case wide:
			for j, x := range b {
				if x == r {
					m |= 1 << j
				}
			}
		}
		u := v & m
		v = (v + u) | (v - u)
	}
	for _, r := range b {
		if r >= 0 && r < bitTable {
			pm[r] = 0
		}
	}
	return len(b) - bits.OnesCount64(v&(1<<len(b)-1))
}

// Of is Length with scratch space from a pool, for callers that keep none.
func Of(a, b []rune) int {
	s := pool.Get().(*[]int)
	defer pool.Put(s)
	return Length(a, b, s)
}
