package datalines

import (
	"iter"
	"strings"
)

// All yields the lines of data with their numbers from 1, leaving out
// blank lines and comments (lines that start with #).
func All(data string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for n := 1; data != ""; n++ {
			var line string
			line, data, _ = strings.Cut(data, "\n")
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}

// KindSets reads lines KIND <TAB> words into a set of words for each
// kind; a line without a tab says nothing.
func KindSets(data string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, line := range All(data) {
		kind, ws, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if m[kind] == nil {
			m[kind] = map[string]bool{}
		}
		for _, w := range strings.Fields(ws) {
			m[kind][w] = true
		}
	}
	return m
}
