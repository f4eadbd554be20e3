package entities

import (
	"strings"
	"testing"
)

// FuzzReadShortForms: the short forms' parser returns a table or an error
// naming file:line, never panics.
func FuzzReadShortForms(f *testing.F) {
	f.Add(abbrevFile)
	f.Add("zh\t中\tCN\n")
	f.Add("# x\n\nja\t\t\n")
	f.Fuzz(func(t *testing.T, data string) {
		if _, err := readShortForms("f.tsv", data); err != nil && !strings.HasPrefix(err.Error(), "f.tsv:") {
			t.Errorf("error without its file and line: %v", err)
		}
	})
}
