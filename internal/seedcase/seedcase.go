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
	"github.com/crossread/crossread/internal/evalset"
)

// Case is the loaded seed.
type Case = gold.Case

// Dir returns the seed directory and whether it exists. It looks for
// ../shared/seed beside the module root.
func Dir() (string, bool) {
	shared, ok := evalset.SharedDir()
	if !ok {
		return "", false
	}
	seed := filepath.Join(shared, "seed")
	_, err := os.Stat(filepath.Join(seed, "llama4.expected.json"))
	return seed, err == nil
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
