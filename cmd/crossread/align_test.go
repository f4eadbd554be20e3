package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// Two sources: the German target translates b's paragraph, then a's two.
const (
	alignA = "Meta spent $8.5 billion on data centers in the second quarter.\n\n" +
		"The company plans to spend even more on servers next year.\n"
	alignB = "Nvidia shipped 240,000 H100 GPUs to Meta in 2024.\n"
	alignT = "Nvidia lieferte 2024 insgesamt 240.000 H100-GPUs an Meta.\n\n" +
		"Meta gab im zweiten Quartal 8,5 Milliarden US-Dollar für Rechenzentren aus.\n\n" +
		"Das Unternehmen will im nächsten Jahr noch mehr Geld für Server ausgeben.\n\n" +
		"Ein Kommentar der Redaktion ohne Vorlage.\n"
)

func TestAlignCommand(t *testing.T) {
	dir := files(t, map[string]string{
		"a.en.txt": alignA,
		"b.en.txt": alignB,
		"t.de.txt": alignT,
		// One unit a line.
		"a.en.lines": "Meta spent $8.5 billion on data centers in the second quarter.\nThe company plans to spend even more on servers next year.\n",
		"t.de.lines": "Meta gab im zweiten Quartal 8,5 Milliarden US-Dollar für Rechenzentren aus.\n\nDas Unternehmen will im nächsten Jahr noch mehr Geld für Server ausgeben.\n",
		"ja.txt":     "メタは第2四半期にデータセンターに85億ドルを費やした。来年はサーバーにさらに多くを費やす予定だ。\n",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	testCases := []struct {
		name string
		args []string
		want string // the whole stdout, or with a trailing "…", its start
	}{
		{"beads two sources", []string{"-s", p("a.en.txt"), "-s", p("b.en.txt"), "--format", "beads", p("t.de.txt")},
			"[2]:[0]\n[0]:[1]\n[1]:[2]\n[]:[3]\n"},
		{"beads source order", []string{"-s", p("b.en.txt"), "-s", p("a.en.txt"), "--format", "beads", p("t.de.txt")},
			"[0]:[0]\n[1]:[1]\n[2]:[2]\n[]:[3]\n"},
		{"omitted source unit", []string{"-s", p("a.en.txt"), "--format", "beads", p("t.de.txt")},
			"[]:[0]\n[0]:[1]\n[1]:[2]\n[]:[3]\n"},
		{"split lines", []string{"--split", "lines", "-s", p("a.en.lines"), "--format", "beads", p("t.de.lines")},
			"[0]:[0]\n[1]:[1]\n"},
		{"split lines sentence", []string{"--split", "lines", "--unit", "sentence", "-s", p("a.en.lines"), "--format", "beads", p("t.de.lines")},
			"[0]:[0]\n[1]:[1]\n"},
		// The two sentences of a.en.txt against the two paragraphs of the target.
		{"sentence units", []string{"--unit", "sentence", "-s", p("a.en.lines"), "--format", "beads", p("t.de.txt")},
			"[]:[0]\n[0]:[1]\n[1]:[2]\n[]:[3]\n"},
		{"text", []string{"-s", p("a.en.txt"), p("t.de.txt")},
			"── nothing ⟶ t.de.txt #1 (added)\n" +
				"                                       │ Nvidia lieferte 2024 insgesamt 240.000\n" +
				"                                       │ H100-GPUs an Meta.\n" +
				"── a.en.txt #1 ⟶ t.de.txt #2 (0.98)\n" +
				"Meta spent $8.5 billion on data        │ Meta gab im zweiten Quartal 8,5\n" +
				"centers in the second quarter.         │ Milliarden US-Dollar für Rechenzentren\n" +
				"                                       │ aus.\n" +
				"── a.en.txt #2 ⟶ t.de.txt #3 …"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs("", append([]string{"align"}, tc.args...)...)
			if r.code != ExitOK || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing", r.code, r.stderr)
			}
			if prefix, ok := strings.CutSuffix(tc.want, "…"); ok {
				if !strings.HasPrefix(r.stdout, prefix) {
					t.Errorf("got %q; want it to start with %q", r.stdout, prefix)
				}
				return
			}
			if r.stdout != tc.want {
				t.Errorf("got %q; want %q", r.stdout, tc.want)
			}
		})
	}
}

// TestAlignTextWidth checks that both columns line up in terminal cells
// when one side is in a wide script.
func TestAlignTextWidth(t *testing.T) {
	dir := files(t, map[string]string{
		"s.ja.txt": "メタは第2四半期にデータセンターに85億ドルを費やした。メタは来年サーバーにさらに多くを費やす予定だ。\n",
		"t.en.txt": "Meta spent 8.5 billion dollars on data centers in the second quarter of the year.\n",
	})
	r := runArgs("", "align", "--source-lang", "ja", "-s", filepath.Join(dir, "s.ja.txt"), filepath.Join(dir, "t.en.txt"))
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if strings.HasPrefix(line, "──") {
			continue
		}
		left, _, ok := strings.Cut(line, "│")
		if !ok {
			t.Fatalf("line %q has no column separator", line)
		}
		if w := cellWidth(left); w != sideWidth+1 {
			t.Errorf("left column %q is %d cells wide; want %d", left, w, sideWidth+1)
		}
	}
}

// cellWidth counts terminal cells: two for wide East Asian characters.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x3000 && r <= 0x9FFF, r >= 0xFF00 && r <= 0xFF60:
			n += 2
		default:
			n++
		}
	}
	return n
}

func TestAlignJSON(t *testing.T) {
	dir := files(t, map[string]string{"a.en.txt": alignA, "b.en.txt": alignB, "t.de.txt": alignT})
	r := runArgs("", "align", "--format", "json", "-s", filepath.Join(dir, "a.en.txt"), "-s", filepath.Join(dir, "b.en.txt"), filepath.Join(dir, "t.de.txt"))
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var got struct {
		Unit    string `json:"unit"`
		Target  struct{ Paragraphs int }
		Sources []struct{ Path string }
		// The check report's alignment shape: 1-based paragraphs.
		Alignment []struct {
			Target  []int `json:"target"`
			Sources []struct {
				Path       string `json:"path"`
				Paragraphs []int  `json:"paragraphs"`
			} `json:"sources"`
			Score float64 `json:"score"`
		} `json:"alignment"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if got.Unit != "paragraph" || got.Target.Paragraphs != 4 || len(got.Sources) != 2 {
		t.Errorf("got unit %q, %d target paragraphs, %d sources; want paragraph, 4, 2", got.Unit, got.Target.Paragraphs, len(got.Sources))
	}
	if len(got.Alignment) == 0 {
		t.Fatal("no alignment")
	}
	first := got.Alignment[0]
	if len(first.Target) != 1 || first.Target[0] != 1 || len(first.Sources) != 1 ||
		!strings.HasSuffix(first.Sources[0].Path, "b.en.txt") || first.Sources[0].Paragraphs[0] != 1 || first.Score <= 0.5 {
		t.Errorf("first bead: got %+v; want target 1 from b.en.txt#1 with a high score", first)
	}
}

func TestAlignUsageErrors(t *testing.T) {
	dir := files(t, map[string]string{"t.de.txt": deText, "s.en.txt": enText, "bad.txt": "a\x00b"})
	tgt := filepath.Join(dir, "t.de.txt")
	src := filepath.Join(dir, "s.en.txt")
	testCases := []struct {
		name      string
		args      []string
		want      string
		alignOnly bool // check shares every other flag
	}{
		{"no target", []string{"-s", src}, "missing TARGET", false},
		{"no source", []string{tgt}, "no source", false},
		{"two targets", []string{"-s", src, tgt, tgt}, "want one TARGET", false},
		{"flag after target", []string{"-s", src, tgt, "--format", "json"}, "flag --format after TARGET", false},
		{"bad format", []string{"--format", "xml", "-s", src, tgt}, `format "xml"`, false},
		{"bad unit", []string{"--unit", "word", "-s", src, tgt}, `unknown unit "word"`, true},
		{"bad split", []string{"--split", "tabs", "-s", src, tgt}, `--split: unknown value "tabs"`, true},
		{"bad lang", []string{"--target-lang", "??", "-s", src, tgt}, "--target-lang: bad language tag", false},
		{"missing source", []string{"-s", filepath.Join(dir, "nope.txt"), tgt}, "nope.txt: no such file", false},
		{"binary", []string{"-s", src, filepath.Join(dir, "bad.txt")}, "binary data", false},
		{"missing dict", []string{"--dict", filepath.Join(dir, "nope.tsv"), "-s", src, tgt}, "--dict", false},
		{"dict and no-dict", []string{"--no-dict", "--dict", src, "-s", src, tgt}, "--dict and --no-dict", true},
		{"stdin twice", []string{"--source-lang", "en", "--target-lang", "de", "-s", "-", "-"}, "standard input (-) given twice", false},
	}
	for _, cmd := range []string{"align", "check"} {
		for _, tc := range testCases {
			if tc.alignOnly && cmd != "align" {
				continue
			}
			t.Run(cmd+" "+tc.name, func(t *testing.T) {
				r := runArgs("", append([]string{cmd}, tc.args...)...)
				if r.code != ExitUsage {
					t.Errorf("exit: got %d; want %d (stderr %q)", r.code, ExitUsage, r.stderr)
				}
				oneLineError(t, r)
				if !strings.Contains(r.stderr, tc.want) {
					t.Errorf("stderr: got %q; want it to contain %q", r.stderr, tc.want)
				}
			})
		}
	}
}
