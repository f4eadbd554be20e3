package sentences

import (
	"math"

	"github.com/crossread/crossread/align"
)

// The nats each token of evidence is worth when a target shares none of
// it: roughly -ln P(a translation drops it). A number nearly always
// survives, a small one less surely, as a translation may write it as a
// word ("three", "second"); a name and a kept mark of punctuation mostly;
// a word of a language in the same script turns up as the same word or a
// cognate now and then. Across scripts names match only by their sound,
// which translations by meaning (Стрелец, Sagittarius) defeat, so they
// count for less, a target's names (which a source in a caseless script
// may not mark) least; words never match there.
const (
	numberNats      = 2.0
	smallNumberNats = 1.0
	nameNats        = 1.0
	targetNameNats  = 0.5
	sourceSoundNats = 0.25
	targetSoundNats = 0.25
	punctNats       = 1.0
	wordNats        = 0.2
	// matchNats is what each match counts against, times the larger of
	// its kind's worth and minMatchWorth: one match is weak evidence of a
	// translation, as chance pairs share a word or a comma now and then.
	matchNats     = 3.0
	minMatchWorth = 0.5
	// lengthNats is the worth of each standard deviation of the length
	// ratio beyond lengthFree: a translation of another text has, on
	// average, another length.
	lengthNats = 1.0
	lengthFree = 1.5
	// unrelatedNats is the bar for an unrelated translation.
	unrelatedNats = 6.0
)

// unrelatedScore returns the nats of evidence that a target renders
// another text than its source: what the two sides hold that a
// translation keeps and the other side lacks, less what they share,
// plus the length's departure from the pair's ratio (z; 0 when unknown).
// The target's words are not counted: the source's say what the two
// share.
func unrelatedScore(e align.Shared, z float64) float64 {
	sName, tName, word := nameNats, targetNameNats, wordNats
	if e.Across {
		sName, tName, word = sourceSoundNats, targetSoundNats, 0
	}
	var missing, shared float64
	for _, k := range []counted{
		{e.Source.Numbers, numberNats}, {e.Source.Small, smallNumberNats}, {e.Source.Names, sName},
		{e.Source.Punct, punctNats}, {e.Source.Words, word},
		{e.Target.Numbers, numberNats}, {e.Target.Small, smallNumberNats}, {e.Target.Names, tName},
		{e.Target.Punct, punctNats},
	} {
		missing += float64(k.n[0]-k.n[1]) * k.nats
		shared += float64(k.n[1]) * max(k.nats, minMatchWorth)
	}
	return missing - matchNats*shared + lengthNats*max(0, math.Abs(z)-lengthFree)
}

// counted is one kind of token of a side: how many, how many matched, and
// what each is worth.
type counted struct {
	n    [2]int
	nats float64
}
