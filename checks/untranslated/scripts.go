package untranslated

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/scripts.txt
var scriptsFile string

// writingSystems is what data/scripts.txt says.
type writingSystems struct {
	writes     map[string][]*unicode.RangeTable // by script subtag, Latin left out
	wordLetter []*unicode.RangeTable            // scripts where one letter is a word
}

// systems holds the embedded data/scripts.txt.
var systems = sync.OnceValue(func() *writingSystems {
	ws, err := parseScripts(scriptsFile)
	if err != nil {
		panic("untranslated: data/scripts.txt: " + err.Error())
	}
	return ws
})

// parseScripts reads lines "writes <TAB> TAG <TAB> scripts" and
// "wordletter <TAB> scripts".
func parseScripts(file string) (*writingSystems, error) {
	ws := &writingSystems{writes: map[string][]*unicode.RangeTable{}}
	for n, line := range strings.Split(file, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		var err error
		switch {
		case f[0] == "writes" && len(f) == 2:
			ws.writes[f[1]] = nil
		case f[0] == "writes" && len(f) == 3:
			ws.writes[f[1]], err = scriptTables(f[2])
		case f[0] == "wordletter" && len(f) == 2:
			ws.wordLetter, err = scriptTables(f[1])
		default:
			err = fmt.Errorf("want writes <TAB> TAG [<TAB> scripts] or wordletter <TAB> scripts")
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
	}
	return ws, nil
}

func scriptTables(names string) ([]*unicode.RangeTable, error) {
	var ts []*unicode.RangeTable
	for _, name := range strings.Fields(names) {
		t, ok := unicode.Scripts[name]
		if !ok {
			return nil, fmt.Errorf("unknown script %q", name)
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// in reports whether r is a letter of one of the scripts ts.
func in(r rune, ts []*unicode.RangeTable) bool {
	for _, t := range ts {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}
