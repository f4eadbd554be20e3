package align

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// TestInChunksCountsAsSentences checks that InChunks counts the sentences
// Sentences aligns, on paragraphs with and without sentences.
func TestInChunksCountsAsSentences(t *testing.T) {
	for _, n := range []int{1, 300, 600} {
		src := strings.Repeat("The vote was held on Tuesday. ", n)
		tgt := strings.Repeat("Die Abstimmung fand am Dienstag statt. ", n)
		s, _ := corpus.Load("s.en.txt", []byte(src), corpus.Options{Lang: language.English})
		d, _ := corpus.Load("t.de.txt", []byte(tgt+"\n\n"), corpus.Options{Lang: language.German})
		a := &Alignment{Target: d, Sources: []*corpus.Document{s}}
		l := Link{Target: []int{0}, Sources: []SourceParas{{Doc: 0, Paras: []int{0}}}}
		ts, ss, _ := linkSentences(a, l)
		chunks, tn, sn := InChunks(a, l)
		if tn != len(ts) || sn != len(ss) || chunks != chunked(len(ts), len(ss)) || chunks != (n > 500) {
			t.Errorf("%d sentences: InChunks = %v, %d, %d; gathered %d, %d", n, chunks, tn, sn, len(ts), len(ss))
		}
	}
}
