package sentences

import (
	"math"

	"github.com/crossread/crossread/align"
)

// The nats each token of evidence is worth when a target shares none of
// it: roughly -ln P(a translation drops it). A number nearly always
// survives, a small one less surely, as a translation may write it as a
// word ("three", "second"); a name and a kept mark of punctuation mostly.
// Across scripts names match only by their sound, which translations by
// meaning (Стрелец, Sagittarius) and inflection defeat, so they count for
// little there; a target's names count for less than a source's, since
// a translation spells out what the source abbreviates.
const (
	numberNats      = 2.0
	smallNumberNats = 1.0
	nameNats        = 1.0
	targetNameNats  = 0.5
	soundNats       = 0.25
	punctNats       = 1.0
	// wordNats is the worth of a word of a language in the same script,
	// which turns up as the same word or a cognate now and then; the
	// words of a side are worth maxWordNats at most, and the target's
	// evidence maxTargetNats: long texts in unrelated-looking languages
	// (German and English reviews) share few cognates, and a target's
	// names may all be renderings of one source name.
	wordNats      = 0.2
	maxWordNats   = 1.0
	maxTargetNats = 1.0
	// minSourceNats is what the source must hold before its absence from
	// the target says anything: "several" pieces of evidence.
	minSourceNats = 3.0
	// lengthNats is the worth of each standard deviation of the length
	// ratio beyond lengthFree: a translation of another text has, on
	// average, another length.
	lengthNats = 1.0
	lengthFree = 1.5
	// UnrelatedNats is the bar for an unrelated translation; the
	// corroborate check weighs a sentence's evidence against it too.
	UnrelatedNats = 6.0
)

// unrelatedScore returns the nats of evidence that a target renders
// another text than its source, or 0 when the two share any token at
// all or the source holds too little evidence to tell: what the two
// sides hold that a translation keeps, plus the length's departure from
// the pair's ratio (z; 0 when unknown). words is the worth of the
// source's words none of which the target renders, by wordshare.tsv (0
// when the table has no figure for the pair).
func unrelatedScore(e align.Shared, z, words float64) float64 {
	if e.Source.Matched()+e.Target.Matched() > 0 {
		return 0
	}
	sName := nameNats
	if e.Across {
		sName = soundNats
	}
	if nats(e.Source, sName)+words < minSourceNats {
		return 0
	}
	return evidenceNats(e, z, words)
}

// evidenceNats returns what a pair that shares nothing holds as evidence
// of another text (see unrelatedScore), however little.
func evidenceNats(e align.Shared, z, words float64) float64 {
	sName, tName := nameNats, targetNameNats
	if e.Across {
		sName, tName = soundNats, soundNats
	}
	src := nats(e.Source, sName) + words
	if words == 0 && !e.Across {
		src += min(float64(e.Source.Words[0])*wordNats, maxWordNats)
	}
	tgt := min(nats(e.Target, tName), maxTargetNats)
	return src + tgt + lengthNats*max(0, math.Abs(z)-lengthFree)
}

// nats is the worth of a side's numbers, names and marks of punctuation,
// a name being worth name.
func nats(t align.Tally, name float64) float64 {
	return float64(t.Numbers[0])*numberNats + float64(t.Small[0])*smallNumberNats +
		float64(t.Names[0])*name + float64(t.Punct[0])*punctNats
}
