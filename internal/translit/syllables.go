package translit

import (
	"strings"
	"sync"
)

// pinyinSyllables is the set of toneless pinyin syllables: every reading
// of the pinyin table with a vowel. The interjections without one (n, m,
// ng, hm) spell no name, and would read "Nguyen" as n-gu-ye-n.
var pinyinSyllables = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool, 420)
	for _, r := range pinyinReadings {
		if strings.ContainsAny(r, "aeiouv") {
			set[r] = true
		}
	}
	return set
})

// maxSyllable is the length of the longest pinyin syllable ("zhuang").
const maxSyllable = 6

// SplitPinyin returns the word w, in Latin letters, as the pinyin
// syllables it is written of ("renxun": "ren", "xun"; "Jin-ping": "jin",
// "ping"), the fewest that do, or nil when it is no run of syllables as
// pinyin writes them: a syllable that opens with a, e or o follows an
// apostrophe or a hyphen inside a word ("Xi'an"), so "Mikea" is none;
// case does not count.
func SplitPinyin(w string) []string {
	if w == "" || strings.IndexByte("aeginoruvAEGINORUV", w[len(w)-1]) < 0 {
		return nil // every syllable ends so: most words are ruled out unread
	}
	w = strings.ToLower(w)
	var parts []string
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
		sy := splitSyllables(p)
		if sy == nil {
			return nil
		}
		parts = append(parts, sy...)
	}
	return parts
}

// splitSyllables splits a run of letters a to z into the fewest pinyin
// syllables, the earlier ones the longer where two splits tie, or returns
// nil.
func splitSyllables(s string) []string {
	if s == "" {
		return nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return nil
		}
	}
	set := pinyinSyllables()
	// fewest[k]: the fewest syllables s[k:] splits into (0 at the end,
	// -1 where it does not split); next[k]: the end of the first.
	fewest, next := make([]int, len(s)+1), make([]int, len(s)+1)
	for k := len(s) - 1; k >= 0; k-- {
		fewest[k] = -1
		for e := min(len(s), k+maxSyllable); e > k; e-- {
			if k > 0 && strings.IndexByte("aeo", s[k]) >= 0 {
				break // no syllable opens with a vowel here
			}
			if rest := fewest[e]; rest >= 0 && set[s[k:e]] && (fewest[k] < 0 || rest+1 < fewest[k]) {
				fewest[k], next[k] = rest+1, e
			}
		}
	}
	if fewest[0] < 0 {
		return nil
	}
	out := make([]string, 0, fewest[0])
	for k := 0; k < len(s); k = next[k] {
		out = append(out, s[k:next[k]])
	}
	return out
}
