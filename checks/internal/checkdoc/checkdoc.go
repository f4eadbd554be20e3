// Package checkdoc turns a check package's doc.go into the check's Doc, so
// that the documentation has one source.
package checkdoc

import "strings"

// Extract returns the package comment of the Go source src without its
// first line ("Package x defines ...") and the blank line after it.
func Extract(src string) string {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if !strings.HasPrefix(l, "//") {
			break
		}
		lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
	}
	if len(lines) > 2 {
		lines = lines[2:]
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
