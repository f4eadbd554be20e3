package align

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/bounded"
)

// Shared is what a stretch of target text and a stretch of source text
// have in common, by the evidence the aligner uses: a check that asks
// whether a target renders its source at all reads it.
type Shared struct {
	// TargetChars and SourceChars count letters and digits.
	TargetChars, SourceChars int
	// Across says that the two sides are in different scripts, where
	// words cannot be cognates and names match only by their sound.
	Across bool
	// Source and Target count each side's distinct tokens by kind, and
	// those with a partner on the other side.
	Source, Target Tally
}

// Tally counts the distinct tokens of one side by kind: [0] all of them,
// [1] those with a partner on the other side.
type Tally struct {
	Numbers [2]int // numbers, by value, but for Small ones
	Small   [2]int // whole numbers up to 12, which a translation may write as words ("three", "second")
	Names   [2]int // names, identifiers and URLs; across scripts a name matches by its sound too
	Punct   [2]int // marks of punctuation translations keep (a question, a parenthesis, a quotation)
	Words   [2]int // other words of three letters or more, matched as the same word or a cognate
}

// Matched returns the number of tokens of t with a partner.
func (t Tally) Matched() int {
	return t.Numbers[1] + t.Small[1] + t.Names[1] + t.Punct[1] + t.Words[1]
}

// Evidence compares target spans ts of t with source spans ss of s, each
// side taken as one unit, with the aligner's token matches (no
// dictionary). Punctuation counts, as between sentences; sounds count
// when the two documents are in different scripts.
func Evidence(t *corpus.Document, ts []corpus.Span, s *corpus.Document, ss []corpus.Span) Shared {
	if t == nil || s == nil || len(ts) == 0 || len(ss) == 0 {
		return Shared{}
	}
	across := inLatin(t) != inLatin(s)
	tf := unitOf(t, ts, across)
	sf := unitOf(s, ss, across)
	mt := buildMatches(tf, sf)
	out := Shared{Across: across}
	for _, p := range tf.paras {
		out.TargetChars += p.chars
	}
	for _, p := range sf.paras {
		out.SourceChars += p.chars
	}
	tHit := make([]bool, len(tf.types))
	sHit := make([]bool, len(sf.types))
	for ti, ms := range mt {
		for _, m := range ms {
			if m.m >= minEvidenceMatch {
				sHit[m.s] = true
				tHit[ti] = true
			}
		}
	}
	looseNumbers(tf, sf, tHit, sHit)
	out.Target = tally(tf, tHit)
	out.Source = tally(sf, sHit)
	return out
}

// SharesIdentity reports whether target spans ts of t and source spans
// ss of s share a token by identity (a number, name, identifier,
// address, mark of punctuation or word) that Evidence counts as shared:
// when it is true, Evidence's Matched counts are not both zero. A check
// that needs Evidence only for texts that share nothing asks this first,
// which spares the cognate and transliteration passes most of the time.
func SharesIdentity(t *corpus.Document, ts []corpus.Span, s *corpus.Document, ss []corpus.Span) bool {
	if t == nil || s == nil || len(ts) == 0 || len(ss) == 0 {
		return false
	}
	across := inLatin(t) != inLatin(s)
	tf, sf := unitOf(t, ts, across), unitOf(s, ss, across)
	found := false
	identityMatches(tf, sf, func(ti, si int32, m float32) {
		found = found || m >= minEvidenceMatch && counted(tf.types[ti]) && counted(sf.types[si])
	})
	return found
}

// counted reports whether tally counts a type of its own, whatever the
// rest of its side: a sound counts only through its name, and a short
// common word not at all.
func counted(ty tokType) bool {
	return ty.kind != kSound && (ty.kind != kWord || ty.name || len(ty.r) >= 3)
}

// unitFeatures returns the features of a unit document as Evidence
// compares them: with punctuation, and with sounds across scripts.
func unitFeatures(u *corpus.Document, noCase, across bool) *docFeat {
	f := extractCased(u, noCase)
	addPunct(f, u)
	if across {
		addSounds(f, false)
	}
	return f
}

// unitOf returns the features of spans ss of document s as Evidence
// compares them, kept in a bounded cache of the document: they depend on
// the document alone, a batch compares many targets with one source, and
// the checks ask for one target's spans more than once, close together
// (SharesIdentity, then Evidence). Kept for the document's life, a long
// article's sentences held 100 bytes of features a byte of text, and the
// collector, pressed against the memory limit, took half the time.
func unitOf(s *corpus.Document, ss []corpus.Span, across bool) *docFeat {
	cache := s.Memo(unitCacheKey{}, func() any { return bounded.New[unitFeatKey, *docFeat](unitCacheFor(s)) }).(*bounded.Map[unitFeatKey, *docFeat])
	k := unitFeatKey{tallyKeyOf(ss), across}
	if f, ok := cache.Get(k); ok {
		return f
	}
	f := unitFeatures(unitDoc(s, ss), caselessText(s), across)
	cache.Put(k, f)
	return f
}

// unitCacheSize is how many units' features a document keeps at most.
const unitCacheSize = 1024

// unitCacheFor returns the size of document s's cache of units: a few for
// each of its sentences, up to unitCacheSize. A batch record of one
// sentence made a cache of sixteen locked maps, a tenth of a batch's
// memory traffic.
func unitCacheFor(s *corpus.Document) int {
	n := 0
	for _, p := range s.Paragraphs {
		n += max(len(p.Sentences), 1)
	}
	return min(unitCacheSize, 4*n)
}

// unitCacheKey keys the cache of unitOf in a document's memo.
type unitCacheKey struct{}

// unitFeatKey keys unitOf's cache.
type unitFeatKey struct {
	spans  tallyKey
	across bool
}

// minEvidenceMatch is the strength from which a correspondence counts as
// shared evidence: a short identical word (0.4, often a false friend)
// does not.
const minEvidenceMatch = 0.5

// tally counts the types of f by kind and whether hit marks them. A name
// with a sound counts once, matched when either form is. Identifiers of
// letters alone are acronyms (NASA) when a side has few, and words in
// capitals when it has more (BAD CODE PRINTED ON THE POD); so are
// capitalised words when they outnumber the others (a headline in title
// case).
func tally(f *docFeat, hit []bool) Tally {
	shouted, named, words := 0, 0, 0
	for _, ty := range f.types {
		switch {
		case lettersIdent(ty):
			shouted++
		case ty.kind == kWord && ty.name:
			named++
		case ty.kind == kWord && len(ty.r) >= 3:
			words++
		}
	}
	// A headline in title case capitalises most of its words.
	titled := named >= 3 && named > words
	var out Tally
	for id, ty := range f.types {
		var c *[2]int
		switch {
		case ty.kind == kSound, ty.spelled && !hit[id]:
			continue
		case ty.kind == kNumber && smallNumber(ty.num):
			c = &out.Small
		case ty.kind == kNumber:
			c = &out.Numbers
		case ty.kind == kPunct:
			c = &out.Punct
		case lettersIdent(ty) && shouted > maxAcronyms, ty.kind == kWord && ty.name && titled:
			c = &out.Words
		case ty.kind == kURL, ty.kind == kIdent, ty.name:
			c = &out.Names
		case len(ty.r) >= 3:
			c = &out.Words
		default:
			continue
		}
		c[0]++
		if hit[id] || soundHit(f, ty, hit) {
			c[1]++
		}
	}
	return out
}

// maxAcronyms is the most identifiers of letters alone a side may have
// before they count as words written in capitals.
const maxAcronyms = 2

// lettersIdent reports an identifier without a digit.
func lettersIdent(ty tokType) bool {
	return ty.kind == kIdent && !strings.ContainsFunc(ty.key, unicode.IsDigit)
}

// soundHit reports whether the sound of a name has a partner.
func soundHit(f *docFeat, ty tokType, hit []bool) bool {
	if !ty.name {
		return false
	}
	sk := soundKey(ty, f.lang)
	if sk == "" {
		return false
	}
	id, ok := f.lookup(kSound, sk)
	return ok && hit[id]
}

// looseNumbers marks as matched the numbers that agree in their
// significant digits, whatever the power of ten: a scale word the number
// reader does not know (44 אלף, 600 тыс. for 44,000 and 600,000), and
// numbers inside identifiers (1500m). Two significant digits at least,
// or one of three digits or more (600): a lone 1 or 5 agrees with too
// much.
func looseNumbers(tf, sf *docFeat, tHit, sHit []bool) {
	bySig := map[string][]int{}
	for id, ty := range sf.types {
		for _, k := range sigDigits(ty) {
			bySig[k] = append(bySig[k], id)
		}
	}
	for id, ty := range tf.types {
		for _, k := range sigDigits(ty) {
			for _, si := range bySig[k] {
				tHit[id], sHit[si] = true, true
			}
		}
	}
}

// sigDigits returns the significant digits of a number, or of each run of
// digits of an identifier, when they say enough (see looseNumbers).
func sigDigits(ty tokType) []string {
	var runs []string
	switch ty.kind {
	case kNumber:
		runs = []string{strings.ReplaceAll(ty.num.canon, ".", "")}
		if c := ty.num.canon; len(c) == 4 && (strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20")) {
			runs = append(runs, c[2:]) // a year, which may be written '99 or 18年
		}
	case kIdent, kWord:
		runs = strings.FieldsFunc(ty.key, func(r rune) bool { return r < '0' || r > '9' })
	}
	var out []string
	for _, r := range runs {
		if k := strings.Trim(r, "0"); len(k) >= 2 || k != "" && len(r) >= 3 {
			out = append(out, k)
		}
	}
	return out
}

// smallNumber reports a whole number from 0 to 12.
func smallNumber(n number) bool {
	v, err := strconv.Atoi(n.canon)
	return err == nil && v >= 0 && v <= 12
}

// Chars counts the letters and digits of the words of spans ss of d, as
// Evidence counts TargetChars and SourceChars, without the rest of its
// work: a check that needs the evidence only when the lengths are far
// apart asks this first.
func Chars(d *corpus.Document, ss []corpus.Span) int {
	n := 0
	for _, s := range ss {
		for _, w := range spanWords(d, s) {
			n += alnumCount(d.Slice(w))
		}
	}
	return n
}

// SourceTally counts the distinct tokens of spans ss of s by kind, as
// Evidence counts its source side before matching (every [1] is 0): what
// a source holds does not depend on the target it is compared with, so a
// check can tell from it alone that no target could be unrelated to it.
// It is computed once per document and spans.
func SourceTally(s *corpus.Document, ss []corpus.Span) Tally {
	return s.Memo(tallyKeyOf(ss), func() any {
		f := unitOf(s, ss, false)
		return tally(f, make([]bool, len(f.types)))
	}).(Tally)
}

// tallyKey keys SourceTally in a document's memo by its spans.
type tallyKey struct{ spans string }

func tallyKeyOf(ss []corpus.Span) tallyKey {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End) + " ")
	}
	return tallyKey{b.String()}
}
