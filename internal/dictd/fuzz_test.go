package dictd

import (
	"strings"
	"testing"
)

// FuzzTranslations checks that any entry parses, into items that hold no
// separator and are not cut short.
func FuzzTranslations(f *testing.F) {
	f.Add("Haus /haʊs/\nhouse, home\n")
	f.Add("\nGewinn <m>\n1. profit; gain [econ.]\n2. prize\n   Synonym: Ertrag\n")
	f.Add("Tor\n\"goal\"\ngate (of a city, goal…\nsee: Pforte")
	f.Fuzz(func(t *testing.T, entry string) {
		_, words := Translations(entry)
		for _, w := range words {
			if w == "" || strings.ContainsAny(w, ",;\n") || strings.Contains(w, "…") {
				t.Errorf("Translations(%q): item %q", entry, w)
			}
		}
	})
}

// FuzzIndex checks that any index, sorted or not, gives entries inside the
// body for every headword it lists.
func FuzzIndex(f *testing.F) {
	f.Add(testIndex(true), "haus")
	f.Add(testIndex(false), "gewinn")
	f.Add("b\tA\tB\na\tBA\t/\n00x\n", "a")
	f.Fuzz(func(t *testing.T, idx, head string) {
		d := newDictionary(idx, &body{size: len(testBody), plain: []byte(testBody)})
		for _, h := range append(d.Headwords(), head) {
			for _, e := range d.Entries(h) {
				if e == "" || !strings.Contains(testBody, e) {
					t.Errorf("Entries(%q): %q is not in the body", h, e)
				}
			}
		}
	})
}

// FuzzDictzip checks that any file read as dictzip gives, for any range,
// the text there or an error.
func FuzzDictzip(f *testing.F) {
	f.Add(dictzipped(testBody, 16), 20, 10)
	f.Add(dictzipped(testBody, 7), 0, len(testBody))
	f.Add(gzipped(testBody), 0, 1)
	f.Fuzz(func(t *testing.T, z []byte, off, n int) {
		b := dictzipChunks(z)
		if b == nil {
			return
		}
		if s, err := b.slice(off, n); err == nil && len(s) != n {
			t.Errorf("slice(%d, %d): got %d bytes", off, n, len(s))
		}
	})
}
