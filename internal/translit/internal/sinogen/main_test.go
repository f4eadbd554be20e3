package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAddReadings reads the project's own vi-readings.tsv and rejects
// malformed lines with their file and line.
func TestAddReadings(t *testing.T) {
	got := map[rune][]string{'范': {"x"}}
	if err := addReadings(filepath.Join("..", "..", "data", "vi-readings.tsv"), got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got['范'], []string{"x", "pham"}) || !slices.Contains(got['範'], "pham") {
		t.Errorf("范 %q, 範 %q; want pham added to both", got['范'], got['範'])
	}
	for _, tc := range []struct{ in, want string }{
		{"范 pham\n", ":1: want characters"},
		{"# c\n范範\tpham\n", ":2: \"范範\" is not one character"},
		{"范\tphạm\n", ":1: reading \"phạm\": write it \"pham\""},
		{"范\t \n", ":1: want characters"},
	} {
		path := filepath.Join(t.TempDir(), "r.tsv")
		if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
			t.Fatal(err)
		}
		err := addReadings(path, map[rune][]string{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v; want %q", tc.in, err, tc.want)
		}
	}
}
