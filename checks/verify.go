package checks

import (
	"strings"
	"unicode"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
)

// VerifyFixes keeps only the fixes of fs that repair their finding and
// returns how many it dropped; a finding whose fixes all fail stays, with
// none. A wrong fix is worse than none: editors apply them with one
// click. A fix holds when, applied to the target file,
//   - it deletes no letters unless its finding is an addition (debris);
//   - it writes no text that its sentence already holds elsewhere, which
//     would say the same thing twice;
//   - the target keeps its paragraphs;
//   - the check that found the finding, run again on the fixed text with
//     the same alignment, no longer finds it and finds nothing new.
//
// cs are the checks that produced fs, env their environment.
func VerifyFixes(a *align.Alignment, cs []*Check, env Env, fs []Finding) int {
	byName := map[string]*Check{}
	for _, c := range cs {
		byName[c.Name] = c
	}
	before := map[string]map[string]int{} // check → finding key → count
	for _, f := range fs {
		if before[f.Check] == nil {
			before[f.Check] = map[string]int{}
		}
		before[f.Check][findingKey(a, f)]++
	}
	dropped := 0
	for i := range fs {
		f := &fs[i]
		kept := f.Fixes[:0:0]
		for _, fix := range f.Fixes {
			if fixHolds(a, byName[f.Check], env, *f, fix, before[f.Check]) {
				kept = append(kept, fix)
			} else {
				dropped++
			}
		}
		if len(f.Fixes) > 0 {
			f.Fixes = kept
		}
	}
	return dropped
}

// findingKey identifies a finding by what it says, not where: positions
// move when a fix changes the length of the text before them.
func findingKey(a *align.Alignment, f Finding) string {
	return Fingerprint(a, f) + "\x00" + f.Severity.String()
}

func fixHolds(a *align.Alignment, c *Check, env Env, f Finding, fix Fix, before map[string]int) bool {
	if c == nil || !keepsLetters(a, f, fix) || repeats(a.Target, fix) {
		return false
	}
	if f.Category == Addition && deletesParagraphs(a, fix) {
		return true // debris standing alone: nothing is left to check again
	}
	fixed, ok := applyToFile(a.Target, fix)
	if !ok {
		return false
	}
	b := &align.Alignment{Target: fixed, Sources: a.Sources, Links: a.Links}
	after, err := Run(b, []*Check{c}, env)
	if err != nil {
		return false
	}
	counts := map[string]int{}
	for _, g := range after {
		counts[findingKey(b, g)]++
	}
	for k, n := range counts {
		if n > before[k] {
			return false // the fix brings a finding of its own
		}
	}
	return counts[findingKey(a, f)] < before[findingKey(a, f)]
}

// deletesParagraphs reports whether every edit of fix deletes the whole
// text of a paragraph that translates no source paragraph: a paragraph
// that renders a source is never debris, whatever it looks like.
func deletesParagraphs(a *align.Alignment, fix Fix) bool {
	t := a.Target
	for _, e := range fix.Edits {
		i := t.ParagraphAt(e.Span.Start)
		if e.New != "" || i < 0 || t.Paragraphs[i].Span != e.Span {
			return false
		}
		if l := a.LinkFor(i); l != nil && len(l.Sources) > 0 {
			return false
		}
	}
	return len(fix.Edits) > 0
}

// keepsLetters reports whether fix leaves the target's letters alone or
// deletes only what may be debris: the fix of an addition deletes, but in
// a paragraph that translates a source it may not take most of the
// paragraph's letters, which are then the translation.
func keepsLetters(a *align.Alignment, f Finding, fix Fix) bool {
	t := a.Target
	for _, e := range fix.Edits {
		gone := letters(t.Slice(e.Span))
		if gone == 0 || letters(e.New) > 0 {
			continue // a replacement, not a deletion
		}
		if f.Category != Addition {
			return false
		}
		i := t.ParagraphAt(e.Span.Start)
		if l := a.LinkFor(i); i >= 0 && l != nil && len(l.Sources) > 0 && 2*gone > letters(t.ParaText(i)) {
			return false
		}
	}
	return true
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// repeats reports whether an edit writes text that its sentence already
// holds right beside the edit, with nothing but spaces and punctuation
// between: "1.052 Hektar (1.052 Hektar)". Further off, the same words may
// rightly stand twice ("one with 24,000 GPUs and one with 24,000").
func repeats(t *corpus.Document, fix Fix) bool {
	for _, e := range fix.Edits {
		n := strings.TrimSpace(e.New)
		if len([]rune(n)) < 2 {
			continue
		}
		s := sentenceAround(t, e.Span)
		before, after := t.Text[s.Start:e.Span.Start], t.Text[e.Span.End:s.End]
		if i := strings.LastIndex(before, n); i >= 0 && !hasWord(before[i+len(n):]) {
			return true
		}
		if i := strings.Index(after, n); i >= 0 && !hasWord(after[:i]) {
			return true
		}
	}
	return false
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// sentenceAround returns the span of the sentence that holds s, or of its
// paragraph when no sentence does.
func sentenceAround(t *corpus.Document, s corpus.Span) corpus.Span {
	i := t.ParagraphAt(s.Start)
	if i < 0 {
		return s
	}
	p := t.Paragraphs[i]
	for _, sent := range p.Sentences {
		if sent.Start <= s.Start && s.End <= sent.End {
			return sent
		}
	}
	return p.Span
}

// applyToFile applies fix to the target's file as given and loads the
// result the way the target was loaded; it fails when the paragraphs
// change in number.
func applyToFile(t *corpus.Document, fix Fix) (*corpus.Document, bool) {
	var b strings.Builder
	last := 0
	for _, e := range fix.Edits {
		s := t.OrigSpan(e.Span)
		if s.Start < last {
			return nil, false
		}
		b.WriteString(t.Orig[last:s.Start])
		b.WriteString(e.New)
		last = s.End
	}
	b.WriteString(t.Orig[last:])
	d, err := corpus.Load(t.Path, []byte(b.String()), corpus.Options{Lang: t.Lang, Format: t.Format})
	if err != nil || len(d.Paragraphs) != len(t.Paragraphs) {
		return nil, false
	}
	return d, true
}
