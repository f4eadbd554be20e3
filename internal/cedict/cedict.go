package cedict

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Entry is one headword of the dictionary.
type Entry struct {
	Traditional, Simplified, Pinyin string
	// Glosses are the English senses as the package gives them: one
	// string (senses joined by "/") or one string a sense.
	Glosses []string
}

// Read returns the entries of the file at path; entries whose headwords
// or pinyin are no strings are left out.
func Read(path string) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parse(path, data)
}

// parse reads the module data, named name in errors.
func parse(name string, data []byte) ([]Entry, error) {
	start := strings.IndexByte(string(data), '{')
	if start < 0 {
		return nil, fmt.Errorf("%s: no object", name)
	}
	var dict struct {
		All [][]json.RawMessage `json:"all"`
	}
	if err := json.Unmarshal([]byte(strings.TrimRight(string(data[start:]), "; \n")), &dict); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	out := make([]Entry, 0, len(dict.All))
	for _, raw := range dict.All {
		var e Entry
		if len(raw) < 4 || json.Unmarshal(raw[0], &e.Traditional) != nil || json.Unmarshal(raw[1], &e.Simplified) != nil ||
			json.Unmarshal(raw[2], &e.Pinyin) != nil {
			continue
		}
		var one string
		if json.Unmarshal(raw[3], &one) == nil {
			e.Glosses = []string{one}
		} else if json.Unmarshal(raw[3], &e.Glosses) != nil {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}
