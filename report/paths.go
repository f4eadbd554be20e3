package report

import (
	"os"
	"path/filepath"
	"strings"
)

// relURI writes path as CI tools want a file named: relative to the
// working directory where it can be, with forward slashes.
func relURI(path string) string {
	if filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
				path = rel
			}
		}
	}
	return filepath.ToSlash(path)
}
