// Package seedcase loads the seed case of ../shared/seed for tests: the
// German article, its two English sources and the gold annotations, as a
// gold.Case. Tests call Load, which skips the test when ../shared is not
// there (a user's clone has none).
package seedcase

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crossread/crossread/gold"
)

// Case is the loaded seed.
type Case = gold.Case

// Dir returns the seed directory and whether it exists. It looks for
// ../shared/seed beside the module root.
func Dir() (string, bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			seed := filepath.Join(d, "..", "shared", "seed")
			_, err := os.Stat(filepath.Join(seed, "llama4.expected.json"))
			return seed, err == nil
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Load loads the seed case, or skips t when it is absent.
func Load(t testing.TB) *Case {
	t.Helper()
	dir, ok := Dir()
	if !ok {
		t.Skip("../shared/seed not present")
	}
	c, err := gold.Load(filepath.Join(dir, "llama4.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}
