package report

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Choice picks the fix to apply for each finding: the index of one of its
// Fixes, or a negative number for none.
type Choice func(i int, f Finding) int

// FirstFix is the Choice of crossread fix: the first fix of every finding
// that offers one.
func FirstFix(_ int, f Finding) int {
	if len(f.Fixes) == 0 {
		return -1
	}
	return 0
}

// Applied is a fix taken by SelectFixes.
type Applied struct {
	Finding int // index into the findings
	Fix     int // index into the finding's Fixes
}

// Skipped is a chosen fix SelectFixes left out because one of its edits
// overlaps an edit of a fix taken before it.
type Skipped struct {
	Finding, Fix int
	// Conflict is the index of the finding whose fix was taken.
	Conflict int
}

// SelectFixes goes through the findings in order (checks.Sort order, the
// order of a Report) and takes the fix choose picks for each, unless one
// of its edits overlaps an edit already taken: a fix is applied whole or
// not at all. An edit identical to one already taken (two findings
// proposing the same change) is no conflict and is applied once. Two edits
// overlap when their byte ranges share a byte, or when they start at the
// same offset and one of them is an insertion.
//
// The editor view's script implements the same rule; the two must agree.
func SelectFixes(fs []Finding, choose Choice) (applied []Applied, skipped []Skipped) {
	type taken struct {
		Edit
		finding int
	}
	var done []taken
	for i, f := range fs {
		k := choose(i, f)
		if k < 0 || k >= len(f.Fixes) {
			continue
		}
		conflict := -1
		for _, e := range f.Fixes[k].Edits {
			for _, t := range done {
				if t.Edit != e && editsOverlap(t.Edit, e) {
					conflict = t.finding
					break
				}
			}
			if conflict >= 0 {
				break
			}
		}
		if conflict >= 0 {
			skipped = append(skipped, Skipped{Finding: i, Fix: k, Conflict: conflict})
			continue
		}
		for _, e := range f.Fixes[k].Edits {
			if !slices.ContainsFunc(done, func(t taken) bool { return t.Edit == e }) {
				done = append(done, taken{e, i})
			}
		}
		applied = append(applied, Applied{Finding: i, Fix: k})
	}
	return applied, skipped
}

func editsOverlap(a, b Edit) bool {
	if a.Start == b.Start && (a.Start == a.End || b.Start == b.End) {
		return true
	}
	return a.Start < b.End && b.Start < a.End
}

// ApplyFixes returns orig, the target file's bytes, with the edits of the
// applied fixes made. The fixes must come from SelectFixes on fs, so that
// no two edits overlap.
func ApplyFixes(orig string, fs []Finding, applied []Applied) string {
	var edits []Edit
	for _, a := range applied {
		for _, e := range fs[a.Finding].Fixes[a.Fix].Edits {
			if !slices.Contains(edits, e) {
				edits = append(edits, e)
			}
		}
	}
	slices.SortStableFunc(edits, func(a, b Edit) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return splice(orig, edits)
}

// splice writes orig with edits, in order and not overlapping, applied.
func splice(orig string, edits []Edit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(orig[last:e.Start])
		b.WriteString(e.New)
		last = e.End
	}
	b.WriteString(orig[last:])
	return b.String()
}

// Change describes an edit for people: the text it replaces and the text
// it writes, shortened to n runes each (0: whole).
func Change(orig string, e Edit, n int) (old, new string) {
	return shorten(orig[e.Start:e.End], n), shorten(e.New, n)
}

func shorten(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// DiffOp is one piece of a word-level diff.
type DiffOp struct {
	Op   int // -1 deleted, 0 kept, 1 inserted
	Text string
}

// WordDiff returns the word-level differences between a and b: runs of
// letters, digits and marks, runs of white space and single other
// characters are compared as units, with github.com/sergi/go-diff.
func WordDiff(a, b string) []DiffOp {
	ids := map[string]rune{}
	var toks []string
	encode := func(s string) []rune {
		var out []rune
		for _, t := range Words(s) {
			r, ok := ids[t]
			if !ok {
				r = tokenRune(len(toks))
				ids[t] = r
				toks = append(toks, t)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var out []DiffOp
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(toks[runeToken(r)])
		}
		out = append(out, DiffOp{Op: opOf(d.Type), Text: sb.String()})
	}
	return joinChanges(out)
}

// joinChanges merges runs of changes that only white space separates
// ("Xiao Zha" → "Mark Zuckerberg" rather than two changes) and returns
// each change as its deletion followed by its insertion. The editor's
// script does the same.
func joinChanges(ops []DiffOp) []DiffOp {
	type block struct {
		eq, del, ins string
		change       bool
	}
	var bs []block
	for _, o := range ops {
		n := len(bs)
		if o.Op == 0 {
			bs = append(bs, block{eq: o.Text})
			continue
		}
		if n == 0 || !bs[n-1].change {
			bs = append(bs, block{change: true})
			n++
		}
		if o.Op < 0 {
			bs[n-1].del += o.Text
		} else {
			bs[n-1].ins += o.Text
		}
	}
	var merged []block
	for _, b := range bs {
		n := len(merged)
		if b.change && n >= 2 && merged[n-2].change && strings.TrimSpace(merged[n-1].eq) == "" {
			ws := merged[n-1].eq
			merged[n-2].del += ws + b.del
			merged[n-2].ins += ws + b.ins
			merged = merged[:n-1]
			continue
		}
		merged = append(merged, b)
	}
	var out []DiffOp
	for _, b := range merged {
		if !b.change {
			out = append(out, DiffOp{Op: 0, Text: b.eq})
			continue
		}
		if b.del != "" {
			out = append(out, DiffOp{Op: -1, Text: b.del})
		}
		if b.ins != "" {
			out = append(out, DiffOp{Op: 1, Text: b.ins})
		}
	}
	return out
}

// opOf returns the DiffOp.Op of a go-diff operation.
func opOf(t diffmatchpatch.Operation) int {
	switch t {
	case diffmatchpatch.DiffDelete:
		return -1
	case diffmatchpatch.DiffInsert:
		return 1
	}
	return 0
}

// tokenRune and runeToken map token numbers to runes that survive a
// round trip through a Go string: the surrogate range is skipped.
func tokenRune(i int) rune {
	r := rune(i) + 0x100
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeToken(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r - 0x100)
}

// Words splits s into the units WordDiff compares; they concatenate to s.
func Words(s string) []string {
	var out []string
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		class := runeClass(r)
		if class != 0 {
			for n < len(s) {
				r2, m := utf8.DecodeRuneInString(s[n:])
				if runeClass(r2) != class {
					break
				}
				n += m
			}
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// runeClass is 1 for word runes, 2 for white space, 0 for the rest.
func runeClass(r rune) int {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.IsMark(r):
		return 1
	case unicode.IsSpace(r):
		return 2
	}
	return 0
}
