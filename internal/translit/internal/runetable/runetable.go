// Package runetable writes a table of strings by rune as Go source: two
// arrays, the runes in order (each as many times as it has strings) and
// the strings, which package translit searches in place with nothing to
// parse at start. The generators pinyingen and sinogen share it.
package runetable

import (
	"bytes"
	"fmt"
	"go/format"
	"slices"
)

// Source returns the Go source of package translit declaring name+"Runes"
// and name+"Readings" for readings, headed by the generated-code line
// header and the comment doc (lines without "// ").
func Source(header string, doc []string, name string, readings map[rune][]string) ([]byte, error) {
	var runes []rune
	for r := range readings {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s DO NOT EDIT.\n\npackage translit\n\n", header)
	for _, l := range doc {
		fmt.Fprintf(&b, "// %s\n", l)
	}
	fmt.Fprintf(&b, "var %sRunes = [...]rune{", name)
	k := 0
	for _, r := range runes {
		for range readings[r] {
			if k%12 == 0 {
				b.WriteString("\n")
			}
			k++
			fmt.Fprintf(&b, "%#x, ", r)
		}
	}
	fmt.Fprintf(&b, "\n}\n\nvar %sReadings = [...]string{", name)
	k = 0
	for _, r := range runes {
		for _, s := range readings[r] {
			if k%12 == 0 {
				b.WriteString("\n")
			}
			k++
			fmt.Fprintf(&b, "%q, ", s)
		}
	}
	b.WriteString("\n}\n")
	return format.Source(b.Bytes())
}
