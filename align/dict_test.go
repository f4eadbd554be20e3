package align

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestLoadDict(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A dictd pair (see internal/dictd): entries at base-64 offsets (Z is
	// 25, g 32), the body gzip-compressed. Its index is not in byte order,
	// so it is read by folded headword; a sorted one, in lower case as
	// FreeDict writes it, is searched by the word in lower case.
	body := "Haus /haʊs/\nhouse, home\n" + "Gewinn\n1. profit; gain\n2. prize\n"
	idx := write("freedict-deu-eng.index", "Haus\tA\tZ\nGewinn\tZ\tg\nHaus und Hof\tA\tZ\n")
	sorted := write("sorted.index", "gewinn\tZ\tg\nhaus\tA\tZ\nhaus und hof\tA\tZ\n")
	write("sorted.dict", body)
	f, err := os.Create(filepath.Join(dir, "freedict-deu-eng.dict.dz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(body))
	zw.Close()
	f.Close()

	testCases := []struct {
		name, path string
		want       string // sorted folded pairs
		err        string
	}{
		{"tsv", write("de-en.tsv", "# German–English\nHaus\thouse\nÜberschuss\tsurplus\tnote\nzwei Wörter\ttwo words\n\n"), "haus=house uberschuss=surplus", ""},
		{"dictd", idx, "gewinn=gain gewinn=prize gewinn=profit haus=home haus=house", ""},
		{"dictd sorted", sorted, "gewinn=gain gewinn=prize gewinn=profit haus=home haus=house", ""},
		{"bad tsv", write("bad.tsv", "Haus house\n"), "", "want word<TAB>translation"},
		{"missing", filepath.Join(dir, "nope.tsv"), "", "no such file"},
		{"dictd without body", write("lonely.index", "Haus\tA\tB\n"), "", "no .dict.dz or .dict"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := LoadDict(tc.path)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("got error %v; want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(dictPairs(d), " "); got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
		})
	}

	old := dictdDir
	dictdDir = dir
	defer func() { dictdDir = old }()
	if got := InstalledDicts(language.English, language.German); len(got) != 1 || got[0].Len() != 5 {
		t.Errorf("InstalledDicts(en, de): got %d dictionaries; want the deu-eng one with 5 pairs", len(got))
	}
	if got := InstalledDicts(language.English, language.French); len(got) != 0 {
		t.Errorf("InstalledDicts(en, fr): got %d dictionaries; want none", len(got))
	}
}

// dictPairs lists a dictionary's folded pairs as sorted head=translation
// strings.
func dictPairs(d *Dict) []string {
	var pairs []string
	for a, bs := range d.fwd {
		for _, b := range bs {
			pairs = append(pairs, a+"="+b)
		}
	}
	if d.dd != nil {
		for _, a := range d.dd.sortedKeys() {
			for _, b := range d.dd.lookup(a, a) {
				pairs = append(pairs, a+"="+b)
			}
		}
	}
	sort.Strings(pairs)
	return pairs
}

// TestDictMatches checks that a dictionary pair links words that share no
// letters, in either direction.
func TestDictMatches(t *testing.T) {
	d := newDict()
	d.add(newFolder(), "Gewinn", "profit")
	tf := extract(load(t, "Der Gewinn stieg deutlich.", language.German))
	sf := extract(load(t, "The profit rose sharply.", language.English))
	for _, dicts := range [][]*Dict{{d}, {{fwd: d.rev, rev: d.fwd, strength: 1}}} {
		mt := buildMatches(tf, sf, dicts...)
		ti, _ := tf.lookup(kWord, "gewinn")
		found := false
		for _, m := range mt[ti] {
			found = found || sf.types[m.s].key == "profit" && m.m == dictStrength
		}
		if !found {
			t.Errorf("gewinn: no match to profit through the dictionary at full strength")
		}
	}
}

// TestDictSkipsFunctionWords: a dictionary pairs function words with
// many others (the with der, die, das); they are in every paragraph, so
// their pairs would link texts that translate nothing of each other.
func TestDictSkipsFunctionWords(t *testing.T) {
	d := newDict()
	for _, p := range [][2]string{{"der", "the"}, {"und", "and"}, {"Gewinn", "profit"}} {
		d.add(newFolder(), p[0], p[1])
	}
	tf := extract(load(t, "Der Gewinn und der Umsatz stiegen.", language.German))
	sf := extract(load(t, "The profit and the turnover rose.", language.English))
	mt := buildMatches(tf, sf, d)
	for _, c := range []struct {
		de, en string
		want   bool
	}{{"gewinn", "profit", true}, {"der", "the", false}, {"und", "and", false}} {
		ti, _ := tf.lookup(kWord, c.de)
		found := false
		for _, m := range mt[ti] {
			found = found || sf.types[m.s].key == c.en
		}
		if found != c.want {
			t.Errorf("%s=%s matched: %v; want %v", c.de, c.en, found, c.want)
		}
	}
}
