package gold

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// Item is one gold finding or trap.
type Item struct {
	Paragraph int    `json:"paragraph"` // 1-based
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Level     string `json:"level"` // must or should; empty for traps
	Note      string `json:"note"`
}

// Gold is a gold file's content, in the format of the seed's
// llama4.expected.json.
type Gold struct {
	Target     string `json:"target"`
	TargetLang string `json:"target_lang"`
	Sources    []struct {
		File string `json:"file"`
		Lang string `json:"lang"`
	} `json:"sources"`
	Alignment map[string][]string `json:"alignment"`
	Findings  []Item              `json:"findings"`
	Clean     []Item              `json:"clean"`
}

// Case is a gold article: its documents, loaded, and its annotations.
type Case struct {
	Dir         string
	TargetPath  string
	SourcePaths []string
	Target      *corpus.Document
	Sources     []*corpus.Document
	Gold        Gold
}

// Load reads the gold file at path and the target and sources it names,
// relative to its directory.
func Load(path string) (*Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c := &Case{Dir: filepath.Dir(path)}
	if err := json.Unmarshal(data, &c.Gold); err != nil {
		return nil, fmt.Errorf("%s: not a gold file: %v", path, err)
	}
	if c.Gold.Target == "" || len(c.Gold.Sources) == 0 {
		return nil, fmt.Errorf("%s: a gold file names a target and its sources", path)
	}
	c.TargetPath = filepath.Join(c.Dir, c.Gold.Target)
	if c.Target, err = corpus.LoadFile(c.TargetPath, corpus.Options{Lang: language.Make(c.Gold.TargetLang)}); err != nil {
		return nil, err
	}
	for _, s := range c.Gold.Sources {
		p := filepath.Join(c.Dir, s.File)
		d, err := corpus.LoadFile(p, corpus.Options{Lang: language.Make(s.Lang)})
		if err != nil {
			return nil, err
		}
		c.SourcePaths = append(c.SourcePaths, p)
		c.Sources = append(c.Sources, d)
	}
	return c, nil
}

// goldRefs returns, for 1-based target paragraph n, the acceptable source
// paragraphs as source index → 0-based paragraphs.
func (c *Case) goldRefs(n int) map[int][]int {
	out := map[int][]int{}
	for _, ref := range c.Gold.Alignment[strconv.Itoa(n)] {
		file, num, _ := strings.Cut(ref, "#")
		k, _ := strconv.Atoi(num)
		for i, s := range c.Gold.Sources {
			if s.File == file {
				out[i] = append(out[i], k-1)
			}
		}
	}
	return out
}

// GoldAlignment returns the alignment the gold lists: each target paragraph
// linked to all its acceptable source paragraphs.
func (c *Case) GoldAlignment() *align.Alignment {
	a := &align.Alignment{Target: c.Target, Sources: c.Sources}
	used := map[[2]int]bool{}
	for i := range c.Target.Paragraphs {
		l := align.Link{Target: []int{i}}
		refs := c.goldRefs(i + 1)
		docs := make([]int, 0, len(refs))
		for d := range refs {
			docs = append(docs, d)
		}
		sort.Ints(docs)
		for _, d := range docs {
			ps := append([]int(nil), refs[d]...)
			sort.Ints(ps)
			for _, p := range ps {
				used[[2]int{d, p}] = true
			}
			l.Sources = append(l.Sources, align.SourceParas{Doc: d, Paras: ps})
			l.Score = 1
		}
		a.Links = append(a.Links, l)
	}
	for d, s := range c.Sources {
		for p := range s.Paragraphs {
			if !used[[2]int{d, p}] {
				a.Links = append(a.Links, align.Link{Sources: []align.SourceParas{{Doc: d, Paras: []int{p}}}})
			}
		}
	}
	return a
}

// AlignmentScore counts the target paragraphs a links as the gold allows:
// unaligned where the gold lists no source, otherwise linked only to
// acceptable source paragraphs. It returns the count and the 1-based
// numbers of the paragraphs it got wrong.
func (c *Case) AlignmentScore(a *align.Alignment) (correct int, wrong []int) {
	for i := range c.Target.Paragraphs {
		refs := c.goldRefs(i + 1)
		l := a.LinkFor(i)
		ok := true
		n := 0
		if l != nil {
			for _, sp := range l.Sources {
				for _, p := range sp.Paras {
					n++
					found := false
					for _, g := range refs[sp.Doc] {
						found = found || g == p
					}
					ok = ok && found
				}
			}
		}
		if len(refs) == 0 {
			ok = n == 0
		} else {
			ok = ok && n > 0
		}
		if ok {
			correct++
		} else {
			wrong = append(wrong, i+1)
		}
	}
	return correct, wrong
}

// Span returns the span of it.Text inside its paragraph of the target.
func (c *Case) Span(it Item) (corpus.Span, bool) {
	i := it.Paragraph - 1
	if i < 0 || i >= len(c.Target.Paragraphs) {
		return corpus.Span{}, false
	}
	ps := c.Target.Paragraphs[i].Span
	k := strings.Index(c.Target.Text[ps.Start:ps.End], it.Text)
	if k < 0 {
		return corpus.Span{}, false
	}
	return corpus.Span{Start: ps.Start + k, End: ps.Start + k + len(it.Text)}, true
}

// TrapsTouched returns, for each finding that overlaps a clean trap, a
// line naming both; a checker must touch none.
func (c *Case) TrapsTouched(fs []checks.Finding) []string {
	var out []string
	for _, f := range fs {
		if c.wholeParagraph(f) {
			continue
		}
		for _, trap := range c.Gold.Clean {
			if s, ok := c.Span(trap); ok && s.Overlaps(f.Span) {
				out = append(out, fmt.Sprintf("finding %q touches trap %q (paragraph %d)", f.Message, trap.Text, trap.Paragraph))
			}
		}
	}
	return out
}

// wholeParagraph reports whether f is a notice about a whole target
// paragraph — not checked, in the wrong language, or the place where an
// untranslated source paragraph belongs — rather than about the words a
// gold finding or a trap is about.
func (c *Case) wholeParagraph(f checks.Finding) bool {
	switch f.Category {
	case checks.NotChecked, checks.WrongLanguage:
		return true
	case checks.Omission:
		i := c.Target.ParagraphAt(f.Span.Start)
		return i >= 0 && c.Target.Paragraphs[i].Span == f.Span
	}
	return false
}

// Hit returns the findings that overlap the gold finding g, leaving out
// whole-paragraph notices, or an error
// when g's text is not in its paragraph (the gold and the seed disagree).
func (c *Case) Hit(g Item, fs []checks.Finding) ([]checks.Finding, error) {
	s, ok := c.Span(g)
	if !ok {
		return nil, fmt.Errorf("gold text %q not in paragraph %d", g.Text, g.Paragraph)
	}
	var out []checks.Finding
	for _, f := range fs {
		if f.Span.Overlaps(s) && !c.wholeParagraph(f) {
			out = append(out, f)
		}
	}
	return out, nil
}
