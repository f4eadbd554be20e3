package sentences

import (
	_ "embed"
	"sync"

	"golang.org/x/text/language"
)

//go:embed wordshare.tsv
var wordshareData string

// parseWordshare reads wordshare.tsv, named name in errors: the nats a
// source word is worth, by language, when a pair shares nothing.
func parseWordshare(name, data string) (map[string]float64, error) {
	table, err := parseLangTable(name, data, 1, "LANG<TAB>nats a word", "nats a word in (0, 1]",
		func(f []float64) bool { return f[0] > 0 && f[0] <= 1 })
	if err != nil {
		return nil, err
	}
	out := make(map[string]float64, len(table))
	for lang, f := range table {
		out[lang] = f[0]
	}
	return out, nil
}

// wordshare is wordshare.tsv, parsed on first use; a bad line is a bug
// the tests catch.
var wordshare = sync.OnceValue(func() map[string]float64 {
	m, err := parseWordshare("wordshare.tsv", wordshareData)
	if err != nil {
		panic(err)
	}
	return m
})

// shareRate returns the nats each source word is worth when a target in
// tgt shares nothing with its source in src, or 0 when the table cannot
// tell. It was measured on translations into English only, and holds
// only for them: an English source's many short native words ("the Sun",
// "the Earth") share nothing with a German or Czech rendering far more
// often (the MQM en-de dev set and wmt23 en-de and en-cs gave 17 false
// alarms when the figures stood for both directions).
func shareRate(tgt, src language.Tag) float64 {
	tb, _ := tgt.Base()
	sb, _ := src.Base()
	if tb.String() != "en" || sb == tb {
		return 0
	}
	return wordshare()[sb.String()]
}
