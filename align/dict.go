package align

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/dictd"
	"github.com/crossread/crossread/internal/gloss"
	"golang.org/x/text/language"
)

// Dict is a bilingual word list: words of one language and their
// translations in another, folded like document tokens. Only one-word
// entries and translations are kept: the aligner matches words.
//
// A dictd dictionary is read lazily: loading reads its index, and an entry
// is decompressed and parsed when a document holds its headword, so that a
// dictionary of half a million entries costs a news article little.
// A Dict is safe for concurrent use.
type Dict struct {
	fwd, rev map[string][]string // eager pairs (TSV, tests)
	from     string              // ISO 639-3 code of the headwords, when known
	dd       *dictdWords
	// strength scales the weight of its matches: 1 for a dictionary
	// the user gave or installed, less for a core word list.
	strength float32
	// inflect matches inflected words by their lemmas and stems: a core
	// list holds the frequent words in their dictionary forms. A FreeDict
	// dictionary is not inflected: with its many senses a word, the
	// inflected matches linked a third more paragraphs of unrelated
	// documents (WMT23 en-cs 0.11 -> 0.27) for half a point of bead F1.
	inflect bool
	// to is the language of a core list's translations (ISO 639-3).
	to string
	// pivot holds, for a dictionary joined from two core lists, the
	// lists: a word matches the words of the other language that
	// translate one of its English words.
	pivot *pivot
}

// Len returns the number of word pairs. For a dictd dictionary it reads
// every entry.
func (d *Dict) Len() int {
	n := 0
	for _, ts := range d.fwd {
		n += len(ts)
	}
	if d.dd != nil {
		for _, k := range d.dd.sortedKeys() {
			n += len(d.dd.lookup(k, k))
		}
	}
	return n
}

// translations returns the words a dictionary gives for a word, in lower
// case (low) and folded (key): as
// a headword, and, for an eager dictionary, as a translation.
func (d *Dict) translations(low, key string) (fwd, rev []string) {
	if d.dd != nil {
		return d.dd.lookup(low, key), nil
	}
	return d.fwd[key], d.rev[key]
}

func newDict() *Dict {
	return &Dict{fwd: map[string][]string{}, rev: map[string][]string{}, strength: 1}
}

func (d *Dict) add(fo *folder, a, b string) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" || strings.ContainsFunc(a, unicode.IsSpace) || strings.ContainsFunc(b, unicode.IsSpace) {
		return
	}
	a, b = fo.fold(a), fo.fold(b)
	if a == b {
		return // identity matches already
	}
	d.fwd[a] = append(d.fwd[a], b)
	d.rev[b] = append(d.rev[b], a)
}

// dictStrength is the weight of a dictionary match: a translation, once
// function words are left out (dictWord), is as good evidence as a word
// spelt alike.
const dictStrength = 1.0

// LoadDict reads a dictionary: a dictd index (path ending in .index, with
// the .dict.dz or .dict next to it, as FreeDict installs them) or a plain
// TSV file of word<TAB>translation lines (# starts a comment).
func LoadDict(path string) (*Dict, error) {
	if strings.HasSuffix(path, ".index") {
		return loadDictd(strings.TrimSuffix(path, ".index"))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, fo := newDict(), newFolder()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		a, b, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want word<TAB>translation", path, line)
		}
		b, _, _ = strings.Cut(b, "\t")
		d.add(fo, a, b)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return d, nil
}

// dictdWords looks words up in a dictd dictionary, folded like document
// tokens, and keeps what it found.
type dictdWords struct {
	dict *dictd.Dictionary
	// byFold lists the headwords of each folded word when the index is
	// not sorted; a sorted one is searched by the word in lower case.
	byFold map[string][]string

	mu    sync.Mutex
	fo    *folder
	cache map[string][]string
}

// loadDictd opens base.index with base.dict.dz or base.dict.
func loadDictd(base string) (*Dict, error) {
	dict, err := dictd.Open(base)
	if err != nil {
		return nil, err
	}
	dw := &dictdWords{dict: dict, fo: newFolder(), cache: map[string][]string{}}
	if !dict.Sorted() {
		dw.byFold = map[string][]string{}
		for _, h := range dict.Headwords() {
			if !strings.ContainsFunc(h, unicode.IsSpace) {
				k := dw.fo.fold(h)
				dw.byFold[k] = append(dw.byFold[k], h)
			}
		}
	}
	return &Dict{dd: dw, strength: 1}, nil
}

// sortedKeys returns the one-word headwords (lower case, or folded for an
// index that is not sorted) in a fixed order.
func (dw *dictdWords) sortedKeys() []string {
	if dw.byFold != nil {
		return slices.Sorted(maps.Keys(dw.byFold))
	}
	var ks []string
	for _, h := range dw.dict.Headwords() {
		if !strings.ContainsFunc(h, unicode.IsSpace) {
			ks = append(ks, h)
		}
	}
	return ks
}

// entries returns the entries of a word, given in lower case (low) and
// folded.
func (dw *dictdWords) entries(low, folded string) []string {
	if dw.byFold == nil {
		return dw.dict.Entries(low)
	}
	var out []string
	for _, h := range dw.byFold[folded] {
		out = append(out, dw.dict.Entries(h)...)
	}
	return out
}

// lookup returns the folded one-word translations of a word, given in
// lower case (low) and folded.
func (dw *dictdWords) lookup(low, folded string) []string {
	if low == "" {
		low = folded
	}
	dw.mu.Lock()
	defer dw.mu.Unlock()
	if ts, ok := dw.cache[low]; ok {
		return ts
	}
	d := newDict()
	for _, e := range dw.entries(low, folded) {
		head, words := dictd.Translations(e)
		for _, t := range words {
			d.add(dw.fo, head, t)
		}
	}
	var ts []string
	for _, xs := range d.fwd {
		for _, x := range xs {
			if !slices.Contains(ts, x) {
				ts = append(ts, strings.Clone(x))
			}
		}
	}
	slices.Sort(ts)
	dw.cache[low] = ts
	return ts
}

// dictdDir is where Debian's dict-freedict-* packages install dictionaries.
var dictdDir = "/usr/share/dictd"

// installed caches InstalledDicts: reading an index takes a moment, and a
// Dict is safe to share.
var installed struct {
	mu    sync.Mutex
	dicts map[string][]*Dict // by directory and pair
}

// InstalledDicts returns the FreeDict dictionaries installed for the two
// languages, in either direction (freedict-deu-eng, freedict-eng-deu).
// Unreadable ones are skipped: a dictionary only helps. Results are cached
// for the life of the process.
func InstalledDicts(a, b language.Tag) []*Dict {
	a3, b3 := iso3(a), iso3(b)
	if a3 == "" || b3 == "" || a3 == b3 {
		return nil
	}
	if a3 > b3 {
		a3, b3 = b3, a3
	}
	installed.mu.Lock()
	defer installed.mu.Unlock()
	key := dictdDir + "\x00" + a3 + "-" + b3
	if ds, ok := installed.dicts[key]; ok {
		return ds
	}
	// The two directions load in parallel.
	var found [2]*Dict
	var wg sync.WaitGroup
	for k, pair := range [2][2]string{{a3, b3}, {b3, a3}} {
		p := filepath.Join(dictdDir, "freedict-"+pair[0]+"-"+pair[1]+".index")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		wg.Go(func() {
			if d, err := LoadDict(p); err == nil {
				d.from = pair[0]
				found[k] = d
			}
		})
	}
	wg.Wait()
	var out []*Dict
	for _, d := range found {
		if d != nil {
			out = append(out, d)
		}
	}
	if installed.dicts == nil {
		installed.dicts = map[string][]*Dict{}
	}
	installed.dicts[key] = out
	return out
}

func iso3(t language.Tag) string {
	base, conf := t.Base()
	if conf == language.No {
		return ""
	}
	return base.ISO3()
}

// dictMatches adds the dictionary's word pairs between target and source
// types. A dictionary whose headword language is known is looked up from
// the document in that language; another from both. Function words are
// left out: a dictionary pairs them with many (the with der, die and das;
// for with für, nach, seit, vor), and as every paragraph holds them they
// linked texts that translate nothing of each other. Word lists give
// lemmas and texts inflect them: with a list that inflects, an English
// word is also looked up by its lemmas (paid, pay), and a translation
// also matches the words that share its inflection stem (в’язниця,
// в’язниці).
func dictMatches(t, s *docFeat, dicts []*Dict, add func(ti, si int32, m float32)) {
	if len(dicts) == 0 {
		return
	}
	inflect := slices.ContainsFunc(dicts, func(d *Dict) bool { return d.inflect })
	tw, sw := newDictWords(t, inflect), newDictWords(s, inflect)
	for _, d := range dicts {
		if d.pivot != nil {
			pivotMatches(tw, sw, d, add)
			continue
		}
		if d.from == "" || d.from == s.lang {
			for si := range s.types {
				for _, tr := range sw.translations(d, int32(si), d.from == "") {
					tw.find(tr, d.inflect, func(ti int32, m float32) { add(ti, int32(si), m*d.strength) })
				}
			}
		}
		// An eager dictionary without a known language has been read
		// both ways above.
		if d.from == t.lang || (d.from == "" && d.dd != nil) {
			for ti := range t.types {
				for _, tr := range tw.translations(d, int32(ti), false) {
					sw.find(tr, d.inflect, func(si int32, m float32) { add(int32(ti), si, m*d.strength) })
				}
			}
		}
	}
}

// stemStrength is the weight of a dictionary match by inflection stem:
// a stem is shared by a word's forms and now and then by another word
// (держать, to hold, and державный, of the state).
const stemStrength = 0.8

// dictWords indexes the dictionary words of a document by key and, when
// a dictionary inflects, by inflection stem.
type dictWords struct {
	f      *docFeat
	byKey  map[string]int32
	byStem map[string][]int32
	// stems memoises the stems of translations: a frequent one (new,
	// state) is the translation of many words of the other side.
	stems map[string][]string
}

func newDictWords(f *docFeat, inflect bool) *dictWords {
	dw := &dictWords{f: f, byKey: map[string]int32{}, byStem: map[string][]int32{}, stems: map[string][]string{}}
	for i := range f.types {
		ty := &f.types[i]
		if !dictWord(f, ty) {
			continue
		}
		dw.byKey[ty.key] = int32(i)
		if inflect {
			for _, st := range inflectionStems(f.lang, ty.key) {
				dw.byStem[st] = append(dw.byStem[st], int32(i))
			}
		}
	}
	return dw
}

// translations returns what d gives for type i: from its headwords (by
// the word's lemmas in English when d inflects), and from its
// translations when both is set.
func (dw *dictWords) translations(d *Dict, i int32, both bool) []string {
	ty := &dw.f.types[i]
	if !dictWord(dw.f, ty) {
		return nil
	}
	lemmas := []string{ty.key}
	if d.inflect && dw.f.lang == "eng" {
		lemmas = gloss.Lemmas(ty.key)
	}
	var out []string
	for k, l := range lemmas {
		low := ty.low
		if k > 0 {
			low = l
		}
		fwd, rev := d.translations(low, l)
		out = append(out, fwd...)
		if both {
			out = append(out, rev...)
		}
	}
	return out
}

// find calls match with the types that render translation tr: the word
// itself, or failing that, when inflect is set, the words that share its
// inflection stem.
func (dw *dictWords) find(tr string, inflect bool, match func(i int32, m float32)) {
	if i, ok := dw.byKey[tr]; ok {
		match(i, dictStrength)
		return
	}
	if !inflect {
		return
	}
	sts, ok := dw.stems[tr]
	if !ok {
		sts = inflectionStems(dw.f.lang, tr)
		dw.stems[tr] = sts
	}
	for _, st := range sts {
		for _, i := range dw.byStem[st] {
			match(i, stemStrength)
		}
	}
}

// dictWord reports whether type ty of f is a word to look up in a
// dictionary: a word, no function word of f's language.
func dictWord(f *docFeat, ty *tokType) bool {
	return isWordKind(ty.kind) && !corpus.IsStopword(ty.low, f.base) && !corpus.IsStopword(ty.key, f.base)
}
