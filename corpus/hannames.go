package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/gloss"
	"github.com/crossread/crossread/internal/translit"
)

// zhEnNames is data/lexicon/zh-en-names.txt: Chinese headwords and the
// words their CC-CEDICT glosses capitalise, a tab between.
//
//go:embed data/lexicon/zh-en-names.txt
var zhEnNames string

// hanHeadwords maps each headword of zhEnNames to its words, built on
// first use: a run that reads no Han characters pays nothing for it.
var hanHeadwords = sync.OnceValues(func() (map[string]string, int) {
	m := make(map[string]string, strings.Count(zhEnNames, "\n"))
	longest := 0
	for line := range strings.Lines(zhEnNames) {
		head, words, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			continue
		}
		m[head] = words
		longest = max(longest, utf8.RuneCountInString(head))
	}
	return m, min(longest, maxHeadword)
})

// maxHeadword bounds the runs looked up: a longer headword is a phrase,
// rarely written the dictionary's way.
const maxHeadword = 8

// NamesGlossed returns the English words that CC-CEDICT capitalises in
// its glosses of a run of two to eight Han characters of s, folded as
// FoldName folds them: the names a translation into English may render
// s's words with ("reuters" for 路透社, "bluetooth" for 蓝牙, "hong" and
// "kong" for 香港). It is nil when s has no such run.
func NamesGlossed(s string) map[string]bool {
	var han []int // byte offsets of the Han characters of s, and of their ends
	var out map[string]bool
	flush := func() {
		if len(han) >= 3 {
			out = glossRun(s, han, out)
		}
		han = han[:0]
	}
	for i, r := range s {
		if !translit.IsHan(r) {
			flush()
			continue
		}
		if len(han) == 0 {
			han = append(han, i)
		}
		han = append(han, i+utf8.RuneLen(r))
	}
	flush()
	return out
}

// glossRun adds to out the words of the headwords found in the run of
// Han characters whose boundaries in s are at.
func glossRun(s string, at []int, out map[string]bool) map[string]bool {
	heads, longest := hanHeadwords()
	for i := 0; i+2 < len(at); i++ {
		for j := i + 2; j < len(at) && j-i <= longest; j++ {
			words, ok := heads[s[at[i]:at[j]]]
			if !ok {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			for _, w := range strings.Fields(words) {
				out[FoldName(w)] = true
			}
		}
	}
	return out
}

// NamesAround returns the words CC-CEDICT capitalises in its glosses of
// each headword of s longer than s[i:j] that holds it, as NamesGlossed
// folds them: 德国之声 (Deutsche Welle) around 德国 (Germany).
func NamesAround(s string, i, j int) [][]string {
	heads, longest := hanHeadwords()
	var out [][]string
	for a, b := range gloss.Around(s, i, j, longest) {
		if words, ok := heads[s[a:b]]; ok {
			out = append(out, strings.Fields(words))
		}
	}
	return out
}
