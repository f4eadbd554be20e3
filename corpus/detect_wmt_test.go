package corpus_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/evalset"
)

// detectBars bounds, per language, the share of wmt23-refs segments
// (either side, each text once) that Detect misreads: today's figures,
// rounded up. Most misread segments are a few words long (a title, a
// name, a question). Before the words of detectwords.txt and the letters
// of alphabets.txt, English was misread in 2.84 % (as Polish,
// Portuguese, Czech: "Do you need help?"), Czech in 12.59 % (as English,
// Polish: "To nemá smysl."), Ukrainian in 5.52 % (as Russian), German in
// 5.76 %. English "a" and "me" would bring English to 0.53 %, and read
// Spanish, Italian and Portuguese short sentences as English
// (TestDetectShort): English keeps only the words no other language
// writes alike, so a fragment with none ("carrying a backpack") may be
// read as Spanish.
var detectBars = map[string]float64{
	"cs": 0.065, "de": 0.06, "en": 0.013, "he": 0.005, "ja": 0.015,
	"ru": 0.005, "uk": 0.045, "zh": 0.035,
}

// TestDetectWMT detects the language of every text of wmt23-refs and
// prints the share misread per language (go test -v -run TestDetectWMT
// ./corpus/).
func TestDetectWMT(t *testing.T) {
	dir, ok := evalset.SharedDir()
	if !ok {
		t.Skip("no ../shared")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "eval", "wmt23-refs", "*.jsonl.gz"))
	if len(files) == 0 {
		t.Skip("no wmt23-refs")
	}
	type tally struct{ n, wrong, short int }
	by := map[string]*tally{}
	seen := map[string]bool{}
	for _, f := range files {
		sl, tl, _ := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".jsonl.gz"), "-")
		rs, err := evalset.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			for _, x := range [][2]string{{r.Source, sl}, {r.Target, tl}} {
				if r.Source == r.Target || seen[x[0]] {
					continue
				}
				seen[x[0]] = true
				c := by[x[1]]
				if c == nil {
					c = &tally{}
					by[x[1]] = c
				}
				c.n++
				if b, _ := corpus.Detect(x[0]).Base(); b.String() != x[1] {
					c.wrong++
					if utf8.RuneCountInString(x[0]) < 60 {
						c.short++
					}
				}
			}
		}
	}
	langs := make([]string, 0, len(by))
	for l := range by {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		c := by[l]
		share := float64(c.wrong) / float64(c.n)
		t.Log(fmt.Sprintf("%s: %d of %d misread (%.2f %%), %d of them under 60 letters", l, c.wrong, c.n, 100*share, c.short))
		if bar, ok := detectBars[l]; ok && share > bar {
			t.Errorf("%s: %.2f %% misread; want at most %.1f %%", l, 100*share, 100*bar)
		}
	}
}
