package gloss

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/datalines"
	"golang.org/x/text/language"
)

var (
	//go:embed data/zh-en.txt
	zhData string
	//go:embed data/ja-en.txt
	jaData string
)

// Lexicon maps the words of a language to their English glosses. It
// keeps its lines as given, sorted by word, and finds a word by binary
// search: a map of the hundred thousand Chinese words took 29 ms and
// 7 MB to build the first time a Chinese source was read, the lines take
// 10 ms and 3.6 MB (BenchmarkParseChinese), and with the words each
// first rune opens found in a small map, a sentence's lookups take 2 µs
// as the map's did (BenchmarkWordsChinese; 4 µs searching all words).
type Lexicon struct {
	lines    []string         // "word\tglosses", sorted by word
	words    []string         // the word of each line
	maxRunes int              // the longest word, in runes
	byFirst  map[rune]wordRun // the words each first rune opens
}

// maxRunes bounds the words looked up, in runes.
const maxRunes = 16

// wordRun is the words lo..hi-1 of a lexicon, which byte order keeps
// together when they share a first rune: a search among them is a
// search among dozens, not a hundred thousand.
type wordRun struct{ lo, hi int32 }

// Word is a word of a text found in a lexicon: its byte span and its
// gloss words, space-separated.
type Word struct {
	Start, End int
	Glosses    string
}

// Parse reads a lexicon: a word, a tab and its gloss words a line, in
// byte order of the words. name names the data in errors.
func Parse(name, data string) (*Lexicon, error) {
	lines := strings.Count(data, "\n") + 1
	l := &Lexicon{lines: make([]string, 0, lines), words: make([]string, 0, lines)}
	prev := ""
	for n, line := range datalines.All(data) {
		word, glosses, ok := strings.Cut(line, "\t")
		if !ok || word == "" || strings.TrimSpace(glosses) == "" || !utf8.ValidString(word) || strings.ContainsAny(word, " \t") {
			return nil, fmt.Errorf("%s:%d: want a word, a tab and its English glosses", name, n)
		}
		switch {
		case word == prev:
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, n, word)
		case word < prev:
			return nil, fmt.Errorf("%s:%d: %s out of order: the words are sorted", name, n, word)
		}
		prev = word
		l.lines = append(l.lines, line)
		l.words = append(l.words, word)
		l.maxRunes = max(l.maxRunes, utf8.RuneCountInString(word))
	}
	l.byFirst = firstRunes(l.words)
	return l, nil
}

// firstRunes returns where the words, sorted, that each first rune opens
// lie.
func firstRunes(words []string) map[rune]wordRun {
	out := map[rune]wordRun{}
	for k := 0; k < len(words); {
		r, _ := utf8.DecodeRuneInString(words[k])
		e := k + 1
		for e < len(words) {
			if r2, _ := utf8.DecodeRuneInString(words[e]); r2 != r {
				break
			}
			e++
		}
		out[r] = wordRun{int32(k), int32(e)}
		k = e
	}
	return out
}

// glosses returns the gloss words of word, or "" when the lexicon lacks it.
func (l *Lexicon) glosses(word string) string {
	words, lo := l.opening(word)
	i, ok := slices.BinarySearch(words, word)
	if !ok {
		return ""
	}
	return l.lines[lo+i][len(word)+1:]
}

// opening returns the words that open with s's first rune, and the index
// of the first of them.
func (l *Lexicon) opening(s string) ([]string, int) {
	r, _ := utf8.DecodeRuneInString(s)
	run := l.byFirst[r]
	return l.words[run.lo:run.hi], int(run.lo)
}

// Has reports whether word is a word of the lexicon.
func (l *Lexicon) Has(word string) bool { return l.glosses(word) != "" }

// opens reports whether a word of the lexicon starts with prefix.
func (l *Lexicon) opens(prefix string) bool {
	words, _ := l.opening(prefix)
	i, _ := slices.BinarySearch(words, prefix)
	return i < len(words) && strings.HasPrefix(words[i], prefix)
}

// lexicons holds the embedded lexicons, each parsed on first use; a bad
// line is a bug the tests catch.
var lexicons = map[language.Base]func() *Lexicon{
	language.MustParseBase("zh"): embedded("zh-en.txt", zhData),
	language.MustParseBase("ja"): embedded("ja-en.txt", jaData),
}

func embedded(name, data string) func() *Lexicon {
	return sync.OnceValue(func() *Lexicon {
		l, err := Parse(name, data)
		if err != nil {
			panic(err)
		}
		return l
	})
}

// For returns the lexicon into English of lang, or nil when there is none.
func For(lang language.Tag) *Lexicon {
	b, _ := lang.Base()
	if load, ok := lexicons[b]; ok {
		return load()
	}
	return nil
}

// Words returns the words of text the lexicon holds, by the longest match
// from left to right; text between them is skipped a rune at a time.
func (l *Lexicon) Words(text string) []Word {
	return slices.Collect(l.Scan(text))
}

// Scan yields the words Words returns, one at a time: a caller that
// stops at the first word it wants reads no further.
func (l *Lexicon) Scan(text string) iter.Seq[Word] {
	return func(yield func(Word) bool) {
		for i := 0; i < len(text); {
			end, glosses := l.longest(text, i)
			if end > i {
				if !yield(Word{Start: i, End: end, Glosses: glosses}) {
					return
				}
				i = end
				continue
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
}

// AllWords returns every word of the lexicon in text, wherever it
// starts, overlapping ones too: a left-to-right longest match can take a
// word's first character for the end of another (为难|民政 in 为难民政策,
// which holds 难民, refugee, and 政策, policy).
func (l *Lexicon) AllWords(text string) []Word {
	var out []Word
	for i := 0; i < len(text); {
		ends, n := l.ends(text, i)
		if n >= 2 && l.opens(text[i:ends[1]]) {
			for k := 1; k < n; k++ {
				if g := l.glosses(text[i:ends[k]]); g != "" {
					out = append(out, Word{Start: i, End: ends[k], Glosses: g})
				}
			}
		}
		i = ends[0]
	}
	return out
}

// longest returns the end of the longest word of the lexicon at text[i:]
// (two runes or more), and its glosses; i when there is none. It walks
// the sorted words as the prefix grows, each search starting where the
// last one stopped, and stops when no word opens with the prefix: most
// places open no word, and most words are short.
func (l *Lexicon) longest(text string, i int) (int, string) {
	end, glosses := i, ""
	words, first := l.opening(text[i:])
	if len(words) == 0 {
		return end, glosses
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	lo := 0
	for j, k := i+size, 1; k < min(l.maxRunes, maxRunes) && j < len(text); k++ {
		_, size = utf8.DecodeRuneInString(text[j:])
		j += size
		prefix := text[i:j]
		at, found := slices.BinarySearch(words[lo:], prefix)
		lo += at
		if found {
			end, glosses = j, l.lines[first+lo][len(prefix)+1:]
		} else if lo == len(words) || !strings.HasPrefix(words[lo], prefix) {
			break
		}
	}
	return end, glosses
}

// ends returns the ends of the first runes of text[i:], as many as the
// longest word has (n of them, at least one when i < len(text)).
func (l *Lexicon) ends(text string, i int) (ends [maxRunes]int, n int) {
	for j := i; n < l.maxRunes && n < len(ends) && j < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[j:])
		j += size
		ends[n] = j
	}
	return ends, n
}

// Holds reports whether a word of the lexicon in text holds text[i:j]
// and more of it: 马赛克 (mosaic) around 马赛 (Marseille).
func (l *Lexicon) Holds(text string, i, j int) bool {
	for a, b := range Around(text, i, j, l.maxRunes) {
		if l.glosses(text[a:b]) != "" {
			return true
		}
	}
	return false
}

// Around yields the start and end of each stretch of text of at most
// longest runes that holds text[i:j] and more of it, starting nearest.
func Around(text string, i, j, longest int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for a, n := i, 0; n < longest; n++ {
			for b, m := j, 0; m < longest && utf8.RuneCountInString(text[a:b]) <= longest; m++ {
				if (a < i || b > j) && !yield(a, b) {
					return
				}
				if b == len(text) {
					break
				}
				_, size := utf8.DecodeRuneInString(text[b:])
				b += size
			}
			if a == 0 {
				break
			}
			_, size := utf8.DecodeLastRuneInString(text[:a])
			a -= size
		}
	}
}
