package align

import (
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// FuzzAlign aligns any two texts: no panic, every target paragraph in
// exactly one link, every source paragraph index valid. (A source
// paragraph may serve two links: a target may repeat it, see
// testdata/reuse.)
func FuzzAlign(f *testing.F) {
	f.Add("Der Umsatz stieg um 5 %.\n\nNeu: Llama 4.", "Sales rose 5 %.\n\nNew: Llama 4.\n\nMore.")
	f.Add("東京都はイベントを開催しました。", "Tokyo held an event.")
	f.Add("", "Text.")
	f.Add("a\n\nb\n\nc\n\nd", "a b\n\nc\n\nd")
	f.Fuzz(func(t *testing.T, tgt, src string) {
		td, err := corpus.Load("t.txt", []byte(tgt), corpus.Options{Lang: language.German, Format: corpus.FormatText})
		if err != nil {
			return
		}
		sd, err := corpus.Load("s.txt", []byte(src), corpus.Options{Lang: language.English, Format: corpus.FormatText})
		if err != nil {
			return
		}
		a, err := New(Options{}).Align(td, []*corpus.Document{sd})
		if err != nil {
			return
		}
		seenT := map[int]int{}
		seenS := map[int]int{}
		for _, l := range a.Links {
			for _, i := range l.Target {
				seenT[i]++
			}
			for _, sp := range l.Sources {
				for _, j := range sp.Paras {
					seenS[j]++
				}
			}
		}
		for i := range td.Paragraphs {
			if seenT[i] != 1 {
				t.Fatalf("target paragraph %d is in %d links", i, seenT[i])
			}
		}
		for j := range seenS {
			if j < 0 || j >= len(sd.Paragraphs) {
				t.Fatalf("link to source paragraph %d of %d", j, len(sd.Paragraphs))
			}
		}
	})
}
