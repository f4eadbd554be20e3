package corpus

import (
	"sort"
	"sync"

	"golang.org/x/text/language"
)

// facts are what the checks ask of a whole document again and again,
// worked out once: a check that looked for addresses in every source for
// every name made long articles quadratic.
type facts struct {
	memo                        sync.Map // key → *memoEntry
	addrOnce, tokOnce, langOnce sync.Once
	addrs                       []Span
	toks                        []Token
	readsAs                     language.Tag // what Contradicts found
	contradicted                bool
}

// Memo returns what f computes from d, computing it once per key: a
// check keeps there what it derives from a document alone (its numbers,
// its words), so that a document checked against several others, as a
// source shared by the records of a batch is, is read once. The value is
// shared: callers must not change it. Keys follow the rules of
// context.WithValue keys: an unexported type of the caller's package.
func (d *Document) Memo(key any, f func() any) any {
	if d.facts == nil {
		return f()
	}
	e, ok := d.facts.memo.Load(key)
	if !ok {
		e, _ = d.facts.memo.LoadOrStore(key, &memoEntry{})
	}
	m := e.(*memoEntry)
	m.once.Do(func() { m.v = f() })
	return m.v
}

type memoEntry struct {
	once sync.Once
	v    any
}

// Addresses returns the spans of the URLs, e-mail addresses, @handles and
// hashtags of d.Text, as Addresses gives them, computed once.
func (d *Document) Addresses() []Span {
	if d.facts == nil {
		return Addresses(d.Text)
	}
	d.facts.addrOnce.Do(func() { d.facts.addrs = Addresses(d.Text) })
	return d.facts.addrs
}

// Tokens returns the tokens of d.Text, as Tokenize gives them, computed
// once. Their spans are offsets into d.Text.
func (d *Document) Tokens() []Token {
	if d.facts == nil {
		return Tokenize(d.Text)
	}
	d.facts.tokOnce.Do(func() { d.facts.toks = tokenize(d.Text, d.Addresses()) })
	return d.facts.toks
}

// TokensIn returns the tokens of d that lie inside s.
func (d *Document) TokensIn(s Span) []Token {
	all := d.Tokens()
	i := sort.Search(len(all), func(i int) bool { return all[i].Span.Start >= s.Start })
	j := i
	for j < len(all) && all[j].Span.End <= s.End {
		j++
	}
	return all[i:j:j] // capped: an append must not write into the shared tokens
}

// AddressesIn returns the address spans of d that lie inside s.
func (d *Document) AddressesIn(s Span) []Span {
	all := d.Addresses()
	i := sort.Search(len(all), func(i int) bool { return all[i].Start >= s.Start })
	j := i
	for j < len(all) && all[j].End <= s.End {
		j++
	}
	return all[i:j:j] // capped: an append must not write into the shared tokens
}

// RelTokens returns the tokens of d inside s with spans relative to
// s.Start, as Tokenize(d.Slice(s)) gives them, from the tokens worked out
// once for the whole document.
func (d *Document) RelTokens(s Span) []Token {
	in := d.TokensIn(s)
	out := make([]Token, len(in))
	for i, t := range in {
		out[i] = Token{Span: Span{Start: t.Span.Start - s.Start, End: t.Span.End - s.Start}, Fold: t.Fold}
	}
	return out
}
