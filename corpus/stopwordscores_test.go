package corpus

import (
	"maps"
	"testing"

	"golang.org/x/text/cases"
)

// TestStopwordScoresByIndex checks the tally by index against one kept
// in a map, tag by tag, as the lists read: texts in several scripts,
// with words whose letters one language alone writes.
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
		want := map[string]int{}
		for _, w := range fields(text, notInWord) {
			for _, tag := range stopLang[fold.String(w)] {
				want[tag]++
			}
			if tag := ownLetter(w); tag != "" {
				want[tag]++
			}
		}
		if got := stopwordScores(text); !maps.Equal(got, want) {
			t.Errorf("stopwordScores(%q) = %v; want %v", text, got, want)
		}
	}
}
