package sentences

import (
	"math"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/evalset"
	"github.com/crossread/crossread/internal/gloss"
)

// TestWordshareMeasured measures wordshare.tsv again on DEMETR dev's
// clean pairs (error type none) and fails when a line is off by more
// than rounding: per source language, how many translations into English
// share nothing with their source (no token by Evidence, and for Chinese
// and Japanese no word whose gloss the English renders), and the
// source's mean number of words (glossed words for zh and ja). With one
// pair added to each count, -ln P(shares nothing) is the nats at most,
// and over the mean number of words the nats a word. Run with -v for
// the table.
func TestWordshareMeasured(t *testing.T) {
	eval, ok := evalset.Dir()
	if !ok {
		t.Skip("no ../shared/eval")
	}
	rs, err := evalset.Read(filepath.Join(eval, "demetr", "dev.jsonl"))
	if err != nil {
		t.Skipf("no DEMETR data: %v", err)
	}
	type count struct{ pairs, none, words int }
	counts := map[string]*count{}
	for _, r := range rs {
		if r.ErrorType != "none" || r.TargetLang != "en" {
			continue
		}
		c := counts[r.SourceLang]
		if c == nil {
			c = &count{}
			counts[r.SourceLang] = c
		}
		words, none := sharesNothing(t, r.Source, r.Target, language.Make(r.SourceLang))
		c.pairs++
		c.words += words
		if none {
			c.none++
		}
	}
	table := wordshare()
	var langs []string
	for l := range counts {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		c := counts[l]
		most := -math.Log(float64(c.none+1) / float64(c.pairs+1))
		rate := most / (float64(c.words) / float64(c.pairs))
		t.Logf("%s: %d pairs, %d share nothing, %.1f words: %.2f nats at most, %.2f a word", l, c.pairs, c.none, float64(c.words)/float64(c.pairs), most, rate)
		if got, ok := table[l]; ok && (math.Abs(got.most-most) > 0.006 || math.Abs(got.rate-rate) > 0.006) {
			t.Errorf("wordshare.tsv %s: %.2f, %.2f; measured %.2f, %.2f", l, got.rate, got.most, rate, most)
		}
	}
}

// sharesNothing reads a source and its English translation as unrelated
// does, and returns the source's words that count and whether the two
// share nothing.
func sharesNothing(t *testing.T, src, tgt string, lang language.Tag) (int, bool) {
	load := func(text string, lang language.Tag) (*corpus.Document, []corpus.Span) {
		d, err := corpus.Load("x.txt", []byte(text), corpus.Options{Lang: lang, Format: corpus.FormatText})
		if err != nil {
			t.Fatal(err)
		}
		var spans []corpus.Span
		for _, p := range d.Paragraphs {
			spans = append(spans, p.Span)
		}
		return d, spans
	}
	s, ss := load(src, lang)
	d, ts := load(tgt, language.English)
	if len(ss) == 0 || len(ts) == 0 {
		return 0, false
	}
	e := align.Evidence(d, ts, s, ss)
	if lex := gloss.For(lang); lex != nil {
		_, renders := glossEvidence(lex, s, ss, d, ts)
		return glossedWords(lex, s, ss), e.Source.Matched()+e.Target.Matched() == 0 && !renders
	}
	return e.Source.Words[0], e.Source.Matched()+e.Target.Matched() == 0
}

// glossedWords counts the distinct words of spans ss of s the lexicon
// holds, read by the longest match, whether or not a translation renders
// one (glossEvidence stops at the first it renders).
func glossedWords(lex *gloss.Lexicon, s *corpus.Document, ss []corpus.Span) int {
	seen := map[string]bool{}
	for _, sp := range ss {
		text := s.Slice(sp)
		for _, w := range lex.Words(text) {
			seen[text[w.Start:w.End]] = true
		}
	}
	return len(seen)
}
