package rules

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// WordPat is one word of a Pattern.
type WordPat struct {
	Text     string // case-folded
	Prefix   bool   // "word*": any continuation (a stem)
	Suffix   bool   // "*word": may end a closed compound ("Mitarbeiterschulung")
	Exact    bool   // "=word": no inflectional endings
	Inflects bool   // endings of the pattern's language may follow
}

// Pattern is a phrase to look for: one or more words, matched on
// consecutive tokens, case-folded, with the inflectional endings of its
// language unless a word says otherwise.
type Pattern struct {
	Text  string // as written in the rule
	Lang  language.Base
	infl  *inflection // Lang's endings, looked up once
	Words []WordPat
}

// ParsePatterns parses alternatives separated by "|". Each alternative is
// a phrase of words; a word may be written "stem*" (any ending), "*head"
// (the end of a closed compound), "*part*" (anywhere in a word) or "=word"
// (exactly, no inflection).
func ParsePatterns(s string, lang language.Base) ([]Pattern, error) {
	var out []Pattern
	for _, alt := range strings.Split(s, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			return nil, fmt.Errorf("empty alternative in %q", s)
		}
		p := Pattern{Text: alt, Lang: lang, infl: endingsPtr(lang)}
		for _, w := range strings.FieldsFunc(alt, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
			var wp WordPat
			if strings.HasPrefix(w, "=") {
				wp.Exact, w = true, w[1:]
			}
			if strings.HasPrefix(w, "*") {
				wp.Suffix, w = true, w[1:]
			}
			if strings.HasSuffix(w, "*") {
				wp.Prefix, w = true, w[:len(w)-1]
			}
			if w == "" || strings.IndexFunc(w, func(r rune) bool { return !corpus.IsWordRune(r) && !corpus.IsApostrophe(r) }) >= 0 {
				return nil, fmt.Errorf("bad word %q in %q (letters and digits, with * or = marks)", w, alt)
			}
			wp.Text = corpus.FoldWord(w)
			wp.Inflects = !wp.Exact && !wp.Prefix
			p.Words = append(p.Words, wp)
		}
		out = append(out, p)
	}
	return out, nil
}

// Find returns the spans (from the first to the last matched token) of the
// pattern's occurrences among toks.
func (p Pattern) Find(toks []corpus.Token) []corpus.Span {
	var out []corpus.Span
	if len(p.Words) == 0 {
		return nil
	}
	infl := p.infl
	if infl == nil {
		infl = endingsPtr(p.Lang)
	}
	for i := 0; i+len(p.Words) <= len(toks); i++ {
		if s, ok := p.matchAtWith(toks, i, infl); ok {
			out = append(out, s)
		}
	}
	return out
}

// matchAt reports whether p matches toks from token i, and where.
func (p Pattern) matchAt(toks []corpus.Token, i int) (corpus.Span, bool) {
	if len(p.Words) == 0 {
		return corpus.Span{}, false
	}
	infl := p.infl
	if infl == nil {
		infl = endingsPtr(p.Lang)
	}
	return p.matchAtWith(toks, i, infl)
}

func (p Pattern) matchAtWith(toks []corpus.Token, i int, infl *inflection) (corpus.Span, bool) {
	if i+len(p.Words) > len(toks) {
		return corpus.Span{}, false
	}
	for j, w := range p.Words {
		if !w.matches(toks[i+j].Fold, infl) {
			return corpus.Span{}, false
		}
	}
	return corpus.Span{Start: toks[i].Span.Start, End: toks[i+len(p.Words)-1].Span.End}, true
}

// FindAny returns the occurrences of any of ps among toks, in order of
// position, without overlaps.
func FindAny(ps []Pattern, toks []corpus.Token) []corpus.Span {
	var all []corpus.Span
	for _, p := range ps {
		all = append(all, p.Find(toks)...)
	}
	return nonOverlapping(all)
}

// nonOverlapping sorts spans by position and drops those that overlap an
// earlier one (the longer first at one start).
func nonOverlapping(all []corpus.Span) []corpus.Span {
	if len(all) < 2 {
		return all
	}
	sortSpans(all)
	out := all[:1]
	for _, s := range all[1:] {
		if !s.Overlaps(out[len(out)-1]) {
			out = append(out, s)
		}
	}
	return out
}

func sortSpans(s []corpus.Span) {
	// Stable, as the insertion sort it replaces was: a long text has
	// thousands of matches.
	slices.SortStableFunc(s, func(a, b corpus.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}

func (w WordPat) matches(tok string, infl *inflection) bool {
	switch {
	case w.Prefix && w.Suffix:
		return strings.Contains(tok, w.Text)
	case w.Prefix:
		return strings.HasPrefix(tok, w.Text)
	case w.Suffix:
		// A compound head needs something before it, or is the word itself.
		i := strings.LastIndex(tok, w.Text)
		for i >= 0 {
			if inflected(tok[i:], w.Text, w.Inflects, infl) {
				return true
			}
			i = strings.LastIndex(tok[:i], w.Text)
		}
		return false
	}
	return inflected(tok, w.Text, w.Inflects, infl)
}

// inflected reports whether tok is word or, when inflects, word with one of
// the inflectional endings of lang.
func inflected(tok, word string, inflects bool, e *inflection) bool {
	if tok == word {
		return true
	}
	if !inflects {
		return false
	}
	if strings.HasPrefix(tok, word) {
		rest := tok[len(word):]
		for _, x := range e.add {
			if rest == x {
				return true
			}
		}
	}
	// Languages whose endings replace the word's final vowel.
	if len(e.replace) > 0 {
		last, n := utf8.DecodeLastRuneInString(word)
		if strings.ContainsRune(e.vowels, last) && utf8.RuneCountInString(word) > 3 {
			stem := word[:len(word)-n]
			if strings.HasPrefix(tok, stem) {
				rest := tok[len(stem):]
				for _, x := range e.replace {
					if rest == x {
						return true
					}
				}
			}
		}
	}
	return false
}

// inflection holds how words of a language inflect, from the add, vowels
// and replace rows of data/lexicon/endings.txt.
type inflection struct {
	add     []string // appended to the word
	vowels  string   // final letters that an ending replaces
	replace []string // replacing a final vowel
}

// inflections caches endingsPtr: patterns ask for every token they test.
var inflections sync.Map // language.Base → *inflection

// endingsPtr returns how words of lang inflect, read once per language.
func endingsPtr(lang language.Base) *inflection {
	if e, ok := inflections.Load(lang); ok {
		return e.(*inflection)
	}
	e := &inflection{
		add:     corpus.Endings(lang, "add"),
		vowels:  strings.Join(corpus.Endings(lang, "vowels"), ""),
		replace: corpus.Endings(lang, "replace"),
	}
	v, _ := inflections.LoadOrStore(lang, e)
	return v.(*inflection)
}

// inflectedAt reports whether the match s of p among toks takes a word
// with an ending its pattern word does not have.
func (p Pattern) inflectedAt(toks []corpus.Token, s corpus.Span) bool {
	for i, t := range toks {
		if t.Span.Start != s.Start {
			continue
		}
		for k, w := range p.Words {
			if i+k < len(toks) && w.Inflects && toks[i+k].Fold != w.Text {
				return true
			}
		}
		return false
	}
	return false
}

// keyLen is how many leading bytes of a token key the patterns it may
// start.
const keyLen = 3

// Key returns the leading bytes (up to keyLen) that every token matching
// the pattern's first word starts with, for skipping a text that has no
// such token; ok is false when the first word may sit anywhere in a
// token ("*head") or the pattern has no word. A word's endings never
// reach into its first keyLen bytes: an ending that replaces a final
// vowel does so only in words of four letters or more.
func (p Pattern) Key() (key string, ok bool) {
	if len(p.Words) == 0 || p.Words[0].Suffix {
		return "", false
	}
	t := p.Words[0].Text
	return t[:min(keyLen, len(t))], true
}

// innerKey is Key for a pattern whose first word may sit inside a token
// and opens with a letter of an unspaced script (Chinese, Japanese,
// Korean: "*ラマ"): its first keyLen bytes, which KeysOf lists wherever
// such a letter stands in a token, not only where the token starts.
func (p Pattern) innerKey() (key string, ok bool) {
	if len(p.Words) == 0 || !p.Words[0].Suffix {
		return "", false
	}
	t := p.Words[0].Text
	if r, _ := utf8.DecodeRuneInString(t); r < innerKeyFrom {
		return "", false
	}
	return t[:min(keyLen, len(t))], true
}

// innerKeyFrom is the first rune of the unspaced scripts whose letters
// KeysOf keys wherever they stand (from the CJK radicals on).
const innerKeyFrom = 0x2E80

// Keys are the leading bytes of the tokens of a text, one to keyLen of
// them, as Pattern.Key gives them, kept as a set of hashes: a false
// "may match" only costs a look, and the set needs no allocation.
type Keys struct{ bits [keyBits / 64]uint64 }

const keyBits = 4096

func keyHash(s string) uint32 {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h % keyBits
}

func (k *Keys) add(s string) { h := keyHash(s); k.bits[h/64] |= 1 << (h % 64) }

func (k *Keys) has(s string) bool { h := keyHash(s); return k.bits[h/64]&(1<<(h%64)) != 0 }

// KeysOf returns the keys of toks.
func KeysOf(toks []corpus.Token) *Keys {
	k := &Keys{}
	for _, t := range toks {
		for n := 1; n <= keyLen && n <= len(t.Fold); n++ {
			k.add(t.Fold[:n])
		}
		// Letters of unspaced scripts, wherever they stand (innerKey).
		for i, r := range t.Fold {
			if i > 0 && r >= innerKeyFrom {
				k.add(t.Fold[i:min(i+keyLen, len(t.Fold))])
			}
		}
	}
	return k
}

// MayMatch reports whether any of ps may match a text with keys k: false
// means none does, true that FindAny has to look.
func (k *Keys) MayMatch(ps []Pattern) bool {
	for _, p := range ps {
		key, ok := p.Key()
		if !ok || k.has(key) {
			return true
		}
	}
	return false
}
