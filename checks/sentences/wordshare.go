package sentences

import (
	_ "embed"
	"sync"

	"golang.org/x/text/language"
)

//go:embed wordshare.tsv
var wordshareData string

// share is what a source's words are worth, when a pair shares nothing,
// as evidence that it is no translation: rate nats a word, most at most.
type share struct{ rate, most float64 }

// nats returns the worth of n source words: 0 for the zero share.
func (s share) nats(n int) float64 { return min(float64(n)*s.rate, s.most) }

// parseWordshare reads wordshare.tsv, named name in errors: the worth of
// a source's words, by language, when a pair shares nothing.
func parseWordshare(name, data string) (map[string]share, error) {
	table, err := parseLangTable(name, data, 2, "LANG<TAB>nats a word<TAB>nats at most", "nats a word in (0, 1] and at most in [that, 10]",
		func(f []float64) bool { return f[0] > 0 && f[0] <= 1 && f[1] >= f[0] && f[1] <= 10 })
	if err != nil {
		return nil, err
	}
	out := make(map[string]share, len(table))
	for lang, f := range table {
		out[lang] = share{f[0], f[1]}
	}
	return out, nil
}

// wordshare is wordshare.tsv, parsed on first use; a bad line is a bug
// the tests catch.
var wordshare = sync.OnceValue(func() map[string]share {
	m, err := parseWordshare("wordshare.tsv", wordshareData)
	if err != nil {
		panic(err)
	}
	return m
})

// shareRate returns what the source's words are worth when a target in
// tgt shares nothing with its source in src, or the zero share when the
// table cannot tell. It was measured on translations into English only, and holds
// only for them: an English source's many short native words ("the Sun",
// "the Earth") share nothing with a German or Czech rendering far more
// often (the MQM en-de dev set and wmt23 en-de and en-cs gave 17 false
// alarms when the figures stood for both directions).
func shareRate(tgt, src language.Tag) share {
	tb, _ := tgt.Base()
	sb, _ := src.Base()
	if tb.String() != "en" || sb == tb {
		return share{}
	}
	return wordshare()[sb.String()]
}
