package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// DiffContext is the number of unchanged lines a unified diff shows
// around a change.
const DiffContext = 3

type diffLine struct {
	op   int // -1, 0, 1
	text string
}

// UnifiedDiff writes the differences between a and b, the old and the new
// text of the file name, as a unified diff that patch(1) applies. A
// paragraph is often one long line, so each hunk header ends with the
// words that changed in it ("Lama → Llama"), which patch ignores. With
// color, the lines are coloured for a terminal. Nothing is written when
// a equals b.
func UnifiedDiff(w io.Writer, name, a, b string, color bool) error {
	if a == b {
		return nil
	}
	lines := lineDiff(a, b)
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	var out strings.Builder
	old, new := "a/"+name, "b/"+name
	if strings.HasPrefix(name, "/") || strings.HasPrefix(name, "<") {
		old, new = name, name
	}
	out.WriteString(paint(sgrBold, "--- "+old) + "\n")
	out.WriteString(paint(sgrBold, "+++ "+new) + "\n")
	for _, h := range hunks(lines) {
		oldStart, newStart := 1, 1
		for _, l := range lines[:h[0]] {
			if l.op <= 0 {
				oldStart++
			}
			if l.op >= 0 {
				newStart++
			}
		}
		var oldN, newN int
		var oldText, newText strings.Builder
		for _, l := range lines[h[0]:h[1]] {
			if l.op <= 0 {
				oldN++
				oldText.WriteString(l.text)
			}
			if l.op >= 0 {
				newN++
				newText.WriteString(l.text)
			}
		}
		if oldN == 0 {
			oldStart--
		}
		if newN == 0 {
			newStart--
		}
		header := fmt.Sprintf("@@ -%s +%s @@", hunkRange(oldStart, oldN), hunkRange(newStart, newN))
		if s := changeSummary(oldText.String(), newText.String()); s != "" {
			header += " " + s
		}
		out.WriteString(paint(sgrCyan, header) + "\n")
		for _, l := range lines[h[0]:h[1]] {
			prefix, code := " ", ""
			switch l.op {
			case -1:
				prefix, code = "-", sgrRed
			case 1:
				prefix, code = "+", sgrGreen
			}
			text := strings.TrimSuffix(l.text, "\n")
			if code != "" {
				out.WriteString(paint(code, prefix+text))
			} else {
				out.WriteString(prefix + text)
			}
			out.WriteString("\n")
			if !strings.HasSuffix(l.text, "\n") {
				out.WriteString("\\ No newline at end of file\n")
			}
		}
	}
	_, err := io.WriteString(w, out.String())
	return err
}

func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// lineDiff compares a and b line by line.
func lineDiff(a, b string) []diffLine {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	ra, rb, table := dmp.DiffLinesToRunes(a, b)
	var out []diffLine
	for _, d := range dmp.DiffCharsToLines(dmp.DiffMainRunes(ra, rb, false), table) {
		op := opOf(d.Type)
		for _, l := range strings.SplitAfter(d.Text, "\n") {
			if l != "" {
				out = append(out, diffLine{op, l})
			}
		}
	}
	return out
}

// hunks returns the [start, end) ranges of lines that form the hunks: the
// changed lines with DiffContext lines around them, merged when they meet.
func hunks(lines []diffLine) [][2]int {
	var out [][2]int
	for i, l := range lines {
		if l.op == 0 {
			continue
		}
		s, e := max(0, i-DiffContext), min(len(lines), i+1+DiffContext)
		if n := len(out); n > 0 && s <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], e)
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// changeSummary lists the word-level changes between a and b: "old → new",
// "+inserted", "−deleted", separated by "; ", at most about 160 bytes, on
// one line.
func changeSummary(a, b string) string {
	ops := WordDiff(a, b)
	var parts []string
	for i := 0; i < len(ops); i++ {
		o := ops[i]
		switch {
		case o.Op == -1 && i+1 < len(ops) && ops[i+1].Op == 1:
			parts = append(parts, oneLine(o.Text)+" → "+oneLine(ops[i+1].Text))
			i++
		case o.Op == -1:
			parts = append(parts, "−"+oneLine(o.Text))
		case o.Op == 1:
			parts = append(parts, "+"+oneLine(o.Text))
		}
	}
	s := strings.Join(parts, "; ")
	if len(s) > 160 {
		cut := 160
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// oneLine shortens s and shows its line breaks, so that a summary stays on
// the hunk header's line.
func oneLine(s string) string {
	s = strings.NewReplacer("\r", "", "\n", "⏎").Replace(strings.TrimSpace(s))
	return shorten(s, 40)
}
