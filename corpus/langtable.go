package corpus

import (
	"fmt"
	"strings"
)

// langTable reads an embedded data file of lines LANG <TAB> column ...,
// '#' starting a comment line, into one row of columns per line.
// The files are part of the binary, so an error is a build defect.
func langTable(path string, minCols int) map[string][][]string {
	b, err := DataFS.ReadFile(path)
	if err != nil {
		panic("corpus: embedded " + path + ": " + err.Error())
	}
	out := map[string][][]string{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < minCols {
			panic(fmt.Sprintf("corpus: %s:%d: want at least %d tab-separated columns", path, n+1, minCols))
		}
		out[cols[0]] = append(out[cols[0]], cols[1:])
	}
	return out
}

// wordSets reads a data file of lines LANG <TAB> words into a set of
// words per language.
func wordSets(path string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, rows := range langTable(path, 2) {
		m := map[string]bool{}
		for _, cols := range rows {
			for _, w := range strings.Fields(cols[0]) {
				m[w] = true
			}
		}
		out[lang] = m
	}
	return out
}
