package sentences

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// parseLangTable reads a table of a language and n figures a line (tab
// separated; # starts a comment line), named name in errors. usage names
// the columns; ok says whether a line's figures make sense, and want what
// they should be when they do not (or are no numbers).
func parseLangTable(name, data string, n int, usage, want string, ok func([]float64) bool) (map[string][]float64, error) {
	out := map[string][]float64{}
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != n+1 {
			return nil, fmt.Errorf("%s:%d: want %s", name, i+1, usage)
		}
		if _, err := language.ParseBase(cols[0]); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		figs := make([]float64, n)
		for k, c := range cols[1:] {
			v, err := strconv.ParseFloat(c, 64)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: want %s", name, i+1, want)
			}
			figs[k] = v
		}
		if !ok(figs) {
			return nil, fmt.Errorf("%s:%d: want %s", name, i+1, want)
		}
		if _, dup := out[cols[0]]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, i+1, cols[0])
		}
		out[cols[0]] = figs
	}
	return out, nil
}
