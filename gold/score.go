package gold

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// Score is how one run did on a gold article.
type Score struct {
	Aligned, Paragraphs int // target paragraphs aligned as the gold allows, of all
	Must, MustFound     int
	Should, ShouldFound int
	Traps               []string          // findings that touched a trap
	Kinds               map[string][2]int // kind → found, annotated (must and should)
	Missed              []Item            // must findings not reported
	WrongAlignment      []int             // 1-based target paragraphs aligned against the gold
	FindingsReported    int
}

// Score scores the alignment and findings of a run on c.
func (c *Case) Score(a *align.Alignment, fs []checks.Finding) (Score, error) {
	s := Score{Paragraphs: len(c.Target.Paragraphs), Kinds: map[string][2]int{}, FindingsReported: len(fs)}
	s.Aligned, s.WrongAlignment = c.AlignmentScore(a)
	s.Traps = c.TrapsTouched(fs)
	for _, g := range c.Gold.Findings {
		hits, err := c.Hit(g, fs)
		if err != nil {
			return s, err
		}
		hit := len(hits) > 0
		k := s.Kinds[g.Kind]
		k[1]++
		if hit {
			k[0]++
		}
		s.Kinds[g.Kind] = k
		switch g.Level {
		case "must":
			s.Must++
			if hit {
				s.MustFound++
			} else {
				s.Missed = append(s.Missed, g)
			}
		case "should":
			s.Should++
			if hit {
				s.ShouldFound++
			}
		}
	}
	return s, nil
}

// String renders s for people, one figure a line.
func (s Score) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  paragraphs aligned as the gold allows: %d of %d\n", s.Aligned, s.Paragraphs)
	fmt.Fprintf(&b, "  must findings reported: %d of %d; should: %d of %d; traps touched: %d\n",
		s.MustFound, s.Must, s.ShouldFound, s.Should, len(s.Traps))
	kinds := make([]string, 0, len(s.Kinds))
	for k := range s.Kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "    %-12s %d of %d\n", k, s.Kinds[k][0], s.Kinds[k][1])
	}
	for _, m := range s.Missed {
		fmt.Fprintf(&b, "  missed (must): paragraph %d %q (%s)\n", m.Paragraph, m.Text, m.Kind)
	}
	for _, t := range s.Traps {
		fmt.Fprintf(&b, "  trap: %s\n", t)
	}
	return b.String()
}
