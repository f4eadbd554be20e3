package align_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// synth builds a synthetic translated article: a "source language" with a
// Zipf vocabulary, a "target language" that renders each word by a fixed
// other word, a cognate or the word itself, numbers written with the
// target's separators, names kept. The target drops, inserts, merges and
// splits paragraphs. It returns the documents and the true beads.
type synth struct {
	r     *rand.Rand
	vocab []string
	trans map[string]string
	names []string
}

func newSynth(seed uint64) *synth {
	s := &synth{r: rand.New(rand.NewPCG(seed, seed+1)), trans: map[string]string{}}
	letters := "abcdefghijklmnopqrstuvwxyz"
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[s.r.IntN(len(letters))]
		}
		return string(b)
	}
	for range 6000 {
		w := word(2 + s.r.IntN(9))
		s.vocab = append(s.vocab, w)
		switch k := s.r.IntN(10); {
		case k < 2: // identical
			s.trans[w] = w
		case k < 4 && len(w) > 4: // cognate: same stem, other ending
			s.trans[w] = w[:len(w)-1] + "en"
		default:
			s.trans[w] = word(2 + s.r.IntN(10))
		}
	}
	for range 300 {
		n := word(4 + s.r.IntN(6))
		s.names = append(s.names, strings.ToUpper(n[:1])+n[1:])
	}
	return s
}

// zipf draws a vocabulary index with a heavy head.
func (s *synth) zipf() int {
	return int(float64(len(s.vocab)) * s.r.Float64() * s.r.Float64() * s.r.Float64())
}

// para returns a source paragraph and its translation.
func (s *synth) para() (src, tgt string) {
	var a, b []string
	n := 15 + s.r.IntN(45)
	for i := range n {
		switch k := s.r.IntN(40); {
		case k == 0 && i > 0:
			x := s.r.IntN(100000)
			a = append(a, fmt.Sprintf("%d,%03d", x/1000, x%1000))
			b = append(b, fmt.Sprintf("%d.%03d", x/1000, x%1000))
		case k == 1 && i > 0:
			nm := s.names[s.r.IntN(len(s.names))]
			a, b = append(a, nm), append(b, nm)
		default:
			w := s.vocab[s.zipf()]
			a, b = append(a, w), append(b, s.trans[w])
		}
	}
	return strings.Join(a, " ") + ".", strings.Join(b, " ") + "."
}

// pair builds an n-paragraph source and its translation.
func (s *synth) pair(n int) (src, tgt []string) {
	for range n {
		a, b := s.para()
		src = append(src, a)
		switch k := s.r.IntN(20); {
		case k == 0: // omitted
		case k == 1: // split in two
			h := len(b) / 2
			for h < len(b) && b[h] != ' ' {
				h++
			}
			tgt = append(tgt, b[:h], strings.TrimSpace(b[h:]))
		case k == 2 && len(tgt) > 0: // merged with the previous one
			tgt[len(tgt)-1] += " " + b
		default:
			tgt = append(tgt, b)
		}
		if s.r.IntN(20) == 0 { // inserted comment
			_, c := s.para()
			tgt = append(tgt, c)
		}
	}
	return src, tgt
}

func loadParas(tb testing.TB, name string, paras []string, lang language.Tag) *corpus.Document {
	tb.Helper()
	d, err := corpus.Load(name, []byte(strings.Join(paras, "\n\n")), corpus.Options{Lang: lang, Format: corpus.FormatText})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// benchAlign aligns sources of n paragraphs in all, each followed in the
// target by its translation and extra paragraphs of comment.
func benchAlign(b *testing.B, n, sources, extra int) {
	s := newSynth(7)
	var target []string
	var docs []*corpus.Document
	for k := range sources {
		src, tgt := s.pair(n / sources)
		target = append(target, tgt...)
		for range extra / sources {
			_, c := s.para()
			target = append(target, c)
		}
		docs = append(docs, loadParas(b, fmt.Sprintf("s%d.txt", k), src, language.English))
	}
	t := loadParas(b, "t.txt", target, language.German)
	al := align.New(align.Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := al.Align(t, docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(t.Paragraphs)), "target-paras")
}

// BenchmarkAlignSeedSized aligns a news-sized target (about 50 paragraphs,
// half of them comment) with two sources of 10 paragraphs each.
func BenchmarkAlignSeedSized(b *testing.B) { benchAlign(b, 20, 2, 30) }

// BenchmarkAlign2000 aligns about 2,000 target paragraphs with one
// 2,000-paragraph source.
func BenchmarkAlign2000(b *testing.B) { benchAlign(b, 2000, 1, 0) }

// BenchmarkAlign10k aligns about 10,000 target paragraphs with one
// 10,000-paragraph source, to show how time grows with length.
func BenchmarkAlign10k(b *testing.B) {
	if testing.Short() {
		b.Skip("long")
	}
	benchAlign(b, 10000, 1, 0)
}

// BenchmarkAlign100k aligns about 100,000 target paragraphs with one
// 100,000-paragraph source.
func BenchmarkAlign100k(b *testing.B) {
	if testing.Short() {
		b.Skip("long")
	}
	benchAlign(b, 100000, 1, 0)
}

// TestSynthetic checks that the aligner recovers most of a long synthetic
// translation, as a guard for the candidate pruning used on long documents.
func TestSynthetic(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	s := newSynth(11)
	src, tgt := s.pair(1500)
	sd := loadParas(t, "s.txt", src, language.English)
	td := loadParas(t, "t.txt", tgt, language.German)
	a, err := align.New(align.Options{}).Align(td, []*corpus.Document{sd})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a)
	// Every source paragraph's translation is a run of target paragraphs
	// that starts with its words; count the links whose source paragraph
	// text begins like the target's first paragraph, via the translation.
	right, linked := 0, 0
	for _, l := range a.Aligned() {
		linked++
		j := l.Sources[0].Paras[0]
		first := strings.Fields(sd.ParaText(j))[0]
		tw := strings.Fields(td.ParaText(l.Target[0]))
		if len(tw) > 0 && tw[0] == s.trans[strings.TrimSuffix(first, ".")] {
			right++
		}
	}
	t.Logf("synthetic: %d links, %d start right, %d target paragraphs", linked, right, len(td.Paragraphs))
	if linked == 0 || float64(right) < 0.9*float64(linked) {
		t.Errorf("got %d/%d links right; want at least 90%%", right, linked)
	}
}

// TestUnrelated aligns synthetic documents that share a vocabulary but not
// a single translated paragraph: every link would be a false positive.
func TestUnrelated(t *testing.T) {
	s := newSynth(5)
	var src, tgt []string
	for range 300 {
		a, _ := s.para()
		src = append(src, a)
		_, b := s.para()
		tgt = append(tgt, b)
	}
	sd := loadParas(t, "s.txt", src, language.English)
	td := loadParas(t, "t.txt", tgt, language.German)
	a, err := align.New(align.Options{}).Align(td, []*corpus.Document{sd})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a)
	if n := len(a.Aligned()); n > 3 {
		t.Errorf("got %d links between unrelated documents; want at most 3 (1%%)", n)
	}
}
