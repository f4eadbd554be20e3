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
