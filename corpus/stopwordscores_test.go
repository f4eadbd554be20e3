package corpus

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// TestStopwordScoresByIndex checks the tally by index against one kept
// in a map, tag by tag, as the lists read (function words, the
// detector's other words, and the words an alphabet cannot write against
// their languages): texts in several scripts, with words whose letters
// one language alone writes.
func TestStopwordScoresByIndex(t *testing.T) {
	stopOnce.Do(loadStopwords)
	fold := cases.Fold()
	for _, text := range []string{
		"The cat and the dog are in the garden, und der Hund ist im Garten.",
		"Le chat est dans le jardin; el perro está en el jardín; il cane è nel giardino.",
		"Кот в саду, а собака у дома. Ще не вмерла Україна, і слава, і воля.",
		"Ο σκύλος είναι στον κήπο και η γάτα στο σπίτι.",
		"Źrebię i łódź — žluťoučký kůň úpěl ďábelské ódy; Ærø og Øresund.",
		"東京都はイベントを開催しました。 서울에서 행사가 열렸다.",
		"",
	} {
		want, foreign := map[string]int{}, map[string]int{}
		pos := 0
		for _, w := range strings.FieldsFunc(text, notInWord) {
			off := pos + strings.Index(text[pos:], w)
			pos = off + len(w)
			if englishClitic(text, off, w) {
				want["en"]++
				continue
			}
			for _, k := range stopIdx[fold.String(w)] {
				want[stopTags[k]]++
			}
			for _, k := range caseIdx[w] {
				want[stopTags[k]]++
			}
			if tag := ownLetter(w); tag != "" {
				want[tag]++
			}
			for k, tag := range stopTags {
				if foreignTo(w)&(1<<k) != 0 {
					foreign[tag]++
				}
			}
		}
		for tag, n := range foreign {
			if want[tag] -= min(want[tag], n); want[tag] == 0 {
				delete(want, tag)
			}
		}
		if got := stopwordScores(text); !maps.Equal(got, want) {
			t.Errorf("stopwordScores(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestLetterRunsAsFieldsFunc checks the byte-wise reading of letterRuns
// against strings.FieldsFunc on random texts of ASCII, Latin, Cyrillic
// and Devanagari letters, marks, digits, marks of punctuation and broken
// UTF-8.
func TestLetterRunsAsFieldsFunc(t *testing.T) {
	pieces := []string{"a", "Z", "é", "ß", "ж", "क", "ि", "\u0301", "1", " ", ",", "—", "\xff", "\xe2\x80", "日", "'"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		var got []string
		for i, w := range letterRuns(text) {
			if i != len(got) {
				t.Fatalf("letterRuns(%q) numbers word %d as %d", text, len(got), i)
			}
			got = append(got, w)
		}
		if want := strings.FieldsFunc(text, notInWord); !slices.Equal(got, want) {
			t.Fatalf("letterRuns(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestForeignTo tells the languages whose alphabet cannot write a word in
// lower case; a word in capitals or in ASCII counts against none.
func TestForeignTo(t *testing.T) {
	stopOnce.Do(loadStopwords)
	for _, c := range []struct {
		word        string
		against, ok []string
	}{
		{"nemá", []string{"en", "pl", "de", "fr"}, []string{"cs", "sk", "es", "pt", "hu"}},
		{"café", []string{"en", "pl", "de"}, []string{"fr", "es", "pt", "cs", "it"}},
		{"łódź", []string{"en", "cs", "fr"}, []string{"pl"}},
		{"Málaga", nil, []string{"en", "pl"}},
		{"house", nil, []string{"en", "cs"}},
		{"дом", nil, []string{"en", "ru"}}, // no judged language writes Cyrillic: counted elsewhere
	} {
		f := foreignTo(c.word)
		for _, tag := range c.against {
			if f&(1<<tagIdx[tag]) == 0 {
				t.Errorf("foreignTo(%q): not against %s", c.word, tag)
			}
		}
		for _, tag := range c.ok {
			if f&(1<<tagIdx[tag]) != 0 {
				t.Errorf("foreignTo(%q): against %s", c.word, tag)
			}
		}
	}
}

// FuzzDetect runs the detector and its contradiction test on any text:
// no panic, and a tag that names a language or none.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Do you need a lift?", "To nemá smysl.", "Вони мають рацію.", "łódź Ł\xff", "東京 Tokyo", "Málaga café ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tag := Detect(text)
		if b, conf := tag.Base(); tag != language.Und && conf == language.No {
			t.Fatalf("Detect(%q) = %v (base %v)", text, tag, b)
		}
		Contradicts(text, language.English)
		Contradicts(text, language.Czech)
	})
}
