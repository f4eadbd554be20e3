package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestWorkersSameFindings: an article's checks run side by side (and
// their tables loaded while it aligns) give the findings, fixes included,
// that they give in turn: on the sample pair and on the Korean, Hindi,
// Greek, Polish and Vietnamese translations of the language tests, each
// with a number changed.
func TestWorkersSameFindings(t *testing.T) {
	type pair struct {
		name string
		tgt  *corpus.Document
		srcs []*corpus.Document
	}
	tgt, srcs, err := corpus.SamplePair()
	if err != nil {
		t.Fatal(err)
	}
	pairs := []pair{{"sample", tgt, srcs}}
	srcText, err := os.ReadFile(filepath.Join("testdata", "langs", "samsung.en"))
	if err != nil {
		t.Fatal(err)
	}
	// Polish and Vietnamese are read by the whole entities check, its
	// paragraphs side by side (Pass.Each).
	changes := map[string][2]string{"ko": {"2만 4천", "4만 2천"}, "hi": {"2 अरब", "2 करोड़"}, "el": {"24.000", "42.000"},
		"pl": {"6,6", "9,6"}, "vi": {"24.000", "42.000"}}
	for lang, change := range changes {
		tgtText, err := os.ReadFile(filepath.Join("testdata", "langs", "samsung."+lang))
		if err != nil {
			t.Fatal(err)
		}
		changed := strings.Replace(string(tgtText), change[0], change[1], 1)
		s, _ := corpus.Load("samsung.en", srcText, corpus.Options{Lang: language.English})
		d, _ := corpus.Load("samsung."+lang, []byte(changed), corpus.Options{Lang: language.Make(lang)})
		pairs = append(pairs, pair{lang, d, []*corpus.Document{s}})
		if lang == "pl" {
			// Each paragraph's sentences as paragraphs of their own: two
			// target paragraphs read one source paragraph side by side.
			split := strings.ReplaceAll(changed, ". ", ".\n\n")
			d, _ := corpus.Load("samsung.pl", []byte(split), corpus.Options{Lang: language.Polish})
			pairs = append(pairs, pair{"pl split", d, []*corpus.Document{s}})
		}
	}
	for _, p := range pairs {
		in, err := Run(context.Background(), p.tgt, p.srcs, Config{})
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Findings) == 0 {
			t.Fatalf("%s: no finding to compare", p.name)
		}
		for _, workers := range []int{2, 5} {
			side, err := Run(context.Background(), p.tgt, p.srcs, Config{Workers: workers})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(side.Findings, in.Findings) || side.FixesDropped != in.FixesDropped {
				t.Errorf("%s, %d workers: %d findings (%d fixes dropped); in turn %d (%d)",
					p.name, workers, len(side.Findings), side.FixesDropped, len(in.Findings), in.FixesDropped)
			}
		}
	}
}
