package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/crossread/crossread/report"
	"golang.org/x/text/language"
)

// pairUnit is one unit of a bilingual file built from an aligned article.
type pairUnit struct{ src, tgt string }

// pairFiles is a target and source on disk and their languages.
type pairFiles struct{ target, source, tl, sl string }

// articleUnits aligns an article as check does and returns its links as
// units: a target paragraph without a source has an empty source, and
// the other way round.
func articleUnits(t *testing.T, art pairFiles) []pairUnit {
	t.Helper()
	tdoc, err := corpus.LoadFile(art.target, corpus.Options{Lang: language.Make(art.tl)})
	if err != nil {
		t.Fatal(err)
	}
	sdoc, err := corpus.LoadFile(art.source, corpus.Options{Lang: language.Make(art.sl)})
	if err != nil {
		t.Fatal(err)
	}
	a, err := pipeline.Auto(align.Options{}).Align(tdoc, []*corpus.Document{sdoc})
	if err != nil {
		t.Fatal(err)
	}
	join := func(d *corpus.Document, ps []int) string {
		var out []string
		for _, i := range ps {
			out = append(out, d.ParaText(i))
		}
		return strings.Join(out, " ")
	}
	var units []pairUnit
	for _, l := range a.Links {
		u := pairUnit{tgt: join(tdoc, l.Target)}
		for _, sp := range l.Sources {
			u.src = join(sdoc, sp.Paras)
		}
		units = append(units, u)
	}
	return units
}

func esc(s string) string { return html.EscapeString(s) }

// The same units written as each bilingual format.
func xliff12(us []pairUnit, sl, tl string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` + "\n" +
		`<file original="article" source-language="` + sl + `" target-language="` + tl + `" datatype="plaintext"><body>` + "\n")
	for i, u := range us {
		fmt.Fprintf(&b, "<trans-unit id=\"p%d\">\n<source>%s</source>\n<target state=\"translated\">%s</target>\n</trans-unit>\n", i+1, esc(u.src), esc(u.tgt))
	}
	return b.String() + "</body></file></xliff>\n"
}

func xliff20(us []pairUnit, sl, tl string) string {
	var b strings.Builder
	b.WriteString(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="` + sl + `" trgLang="` + tl + `"><file id="f">` + "\n")
	for i, u := range us {
		fmt.Fprintf(&b, "<unit id=\"p%d\"><segment state=\"translated\">\n<source>%s</source>\n<target>%s</target>\n</segment></unit>\n", i+1, esc(u.src), esc(u.tgt))
	}
	return b.String() + "</file></xliff>\n"
}

func tmx14(us []pairUnit, sl, tl string) string {
	var b strings.Builder
	b.WriteString(`<tmx version="1.4"><header srclang="` + sl + `" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>` + "\n")
	for i, u := range us {
		fmt.Fprintf(&b, "<tu tuid=\"p%d\">", i+1)
		for _, v := range []struct{ lang, text string }{{sl, u.src}, {"ja", "テキスト。"}, {tl, u.tgt}} {
			if v.text != "" {
				fmt.Fprintf(&b, "<tuv xml:lang=\"%s\"><seg>%s</seg></tuv>", v.lang, esc(v.text))
			}
		}
		b.WriteString("</tu>\n")
	}
	return b.String() + "</body></tmx>\n"
}

// jsonFindings runs crossread with args and returns its JSON findings.
func jsonFindings(t *testing.T, args ...string) []report.Finding {
	t.Helper()
	r := runArgs("", append([]string{"check", "--format", "json", "--fail-on", "none"}, args...)...)
	if r.code != ExitOK {
		t.Fatalf("crossread %v: exit %d: %s", args, r.code, r.stderr)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	return rep.Findings
}

// TestBilingualAsArticle holds XLIFF 1.2, XLIFF 2.0 and TMX files made
// from aligned articles (the embedded sample and the annotated pairs of
// corpus/gold) to the article's findings: each format yields at least
// 90 % of them, by check and message, every finding naming its unit.
func TestBilingualAsArticle(t *testing.T) {
	tdoc, sdocs, err := corpus.SamplePair()
	if err != nil {
		t.Fatal(err)
	}
	dir := files(t, map[string]string{"de.txt": tdoc.Orig, "en.txt": sdocs[0].Orig})
	gold := filepath.Join("..", "..", "corpus", "gold")
	for _, art := range []pairFiles{
		{filepath.Join(dir, "de.txt"), filepath.Join(dir, "en.txt"), "de", "en"},
		{filepath.Join(gold, "gemini.es.txt"), filepath.Join(gold, "gemini.en.txt"), "es", "en"},
		{filepath.Join(gold, "llama.fr.txt"), filepath.Join(gold, "llama.en.txt"), "fr", "en"},
	} {
		t.Run(filepath.Base(art.target), func(t *testing.T) { bilingualAsArticle(t, art, t.TempDir()) })
	}
}

func bilingualAsArticle(t *testing.T, art pairFiles, dir string) {
	units := articleUnits(t, art)
	want := jsonFindings(t, "-s", art.source, "--source-lang", art.sl, "--target-lang", art.tl, art.target)
	if len(want) == 0 {
		t.Fatal("the article has no findings")
	}
	for _, f := range []struct{ name, data string }{
		{"article.xlf", xliff12(units, art.sl, art.tl)},
		{"article2.xlf", xliff20(units, art.sl, art.tl)},
		{"article.tmx", tmx14(units, art.sl, art.tl)},
	} {
		t.Run(f.name, func(t *testing.T) {
			path := filepath.Join(dir, f.name)
			if err := os.WriteFile(path, []byte(f.data), 0o644); err != nil {
				t.Fatal(err)
			}
			got := jsonFindings(t, "--target-lang", art.tl, path)
			left := map[string]int{}
			for _, g := range got {
				left[g.Check+"\x00"+g.Message]++
				if g.Unit == "" {
					t.Errorf("finding %s %q names no unit", g.Check, g.Message)
				}
			}
			hit := 0
			for _, a := range want {
				if k := a.Check + "\x00" + a.Message; left[k] > 0 {
					left[k]--
					hit++
				} else {
					t.Logf("missing: %s: %s", a.Check, a.Message)
				}
			}
			share := float64(hit) / float64(len(want))
			t.Logf("%s: %d of %d article findings (%.0f %%), %d findings in all", f.name, hit, len(want), 100*share, len(got))
			if share < 0.9 {
				t.Errorf("%s yields %.0f %% of the article's findings; want at least 90 %%", f.name, 100*share)
			}
		})
	}
}

// bilingualData is where the bilingual parser's real-world shapes live.
var bilingualData = filepath.Join("..", "..", "corpus", "bilingual", "testdata")

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs; got:\n%s", name, got)
	}
}

// TestBilingualGolden checks each bilingual shape as a user would, in
// text, JSON and SARIF; the file paths are relative so that the output
// is the same everywhere.
func TestBilingualGolden(t *testing.T) {
	testCases := []struct {
		name string
		args []string
	}{
		{"xliff12", []string{filepath.Join(bilingualData, "cat-tool.xlf")}},
		{"xliff21", []string{filepath.Join(bilingualData, "segments.xlf")}},
		{"tmx", []string{filepath.Join(bilingualData, "export.tmx")}},
		{"tmx-es", []string{"--target-lang", "es", filepath.Join(bilingualData, "export.tmx")}},
		{"xliff12-not-final", []string{"--states", "-final", filepath.Join(bilingualData, "cat-tool.xlf")}},
	}
	for _, tc := range testCases {
		for _, format := range []string{"text", "json", "sarif"} {
			if format == "sarif" && tc.name != "xliff12" {
				continue // one shows the unit
			}
			t.Run(tc.name+"."+format, func(t *testing.T) {
				r := runArgs("", append([]string{"check", "--format", format}, tc.args...)...)
				if r.code != ExitFindings {
					t.Fatalf("exit %d; want %d (stderr %q)", r.code, ExitFindings, r.stderr)
				}
				out := r.stdout
				if format == "sarif" {
					out = sarifResults(t, out) // the rules are the checks' docs
				}
				golden(t, "bilingual-"+tc.name+"."+format+".golden", out)
			})
		}
	}
}

// TestXLIFFAnnotations writes the findings into each XLIFF shape and
// takes them out again: the file comes back byte for byte, and each
// finding is an annotation.
func TestXLIFFAnnotations(t *testing.T) {
	for _, name := range []string{"cat-tool.xlf", "segments.xlf"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(bilingualData, name)
			orig, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "checked.xlf")
			r := runArgs("", "check", "--format", "xliff", "-o", out, path)
			if r.code != ExitFindings {
				t.Fatalf("exit %d (stderr %q)", r.code, r.stderr)
			}
			annotated, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "bilingual-"+strings.TrimSuffix(name, ".xlf")+".xliff.golden", string(annotated))
			back, err := report.StripXLIFF(annotated)
			if err != nil {
				t.Fatal(err)
			}
			if string(back) != string(orig) {
				t.Errorf("the file without its annotations differs from the original")
			}
			fs := jsonFindings(t, path)
			if n := strings.Count(string(annotated), "its:locQualityIssueType="); n != len(fs) {
				t.Errorf("%d annotations for %d findings", n, len(fs))
			}
			// The annotated file still reads, with the same findings.
			again := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(again, annotated, 0o644); err != nil {
				t.Fatal(err)
			}
			if n := len(jsonFindings(t, again)); n != len(fs) {
				t.Errorf("the annotated file has %d findings; want %d", n, len(fs))
			}
		})
	}
}

func TestBilingualErrors(t *testing.T) {
	dir := files(t, map[string]string{
		"bad12.xlf":  "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n  <file><body><trans-unit id=\"1\"><source>A</source><target>B</tar></trans-unit></body></file></xliff>\n",
		"bad20.xlf":  "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"de\">\n<file id=\"f\">\n<unit id=\"u\"><segment><source>A &bogus; B</source></segment></unit></file></xliff>\n",
		"bad.tmx":    "<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv>\n",
		"news.de.md": deText,
		"ok.xlf":     xliff12([]pairUnit{{"Meta spent $8.5 billion.", "Meta gab 8,5 Milliarden US-Dollar aus."}}, "en", "de"),
	})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{filepath.Join(dir, "bad12.xlf")}, "bad12.xlf:3:"},
		{[]string{filepath.Join(dir, "bad20.xlf")}, "bad20.xlf:3:"},
		{[]string{filepath.Join(dir, "bad.tmx")}, "bad.tmx:5:"},
		{[]string{"--input-format", "tmx", filepath.Join(dir, "bad12.xlf")}, "root element <xliff>, want <tmx>"},
		{[]string{"--format", "xliff", "-s", filepath.Join(dir, "news.de.md"), filepath.Join(dir, "news.de.md")}, "--format xliff"},
		{[]string{"--states", "-", filepath.Join(dir, "ok.xlf")}, "--states"},
		{[]string{"--input-format", "xliff", "-s", filepath.Join(dir, "ok.xlf"), filepath.Join(dir, "ok.xlf")}, "give one file and no -s"},
		{[]string{"--format", "xliff", "-o", filepath.Join(dir, "ok.xlf"), filepath.Join(dir, "ok.xlf")}, "--output"},
	} {
		wantUsageError(t, runArgs("", append([]string{"check"}, tc.args...)...), tc.want)
	}
}

// TestBilingualStdin finds an XLIFF file on standard input by its content.
func TestBilingualStdin(t *testing.T) {
	in := xliff20([]pairUnit{{"Meta spent $8.5 billion.", "Meta gab 85 Milliarden US-Dollar aus."}}, "en", "de")
	r := runArgs(in, "check", "--format", "json", "-")
	if r.code != ExitFindings || !strings.Contains(r.stdout, `"unit": "p1"`) {
		t.Errorf("exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
}

// TestLockedUnits: a unit marked translate="no" is checked for being its
// source, and by nothing else (its target is the source language).
func TestLockedUnits(t *testing.T) {
	const sentence = "Forward-looking statements are subject to risks and uncertainties described in our filings."
	dir := files(t, map[string]string{"job.xlf": `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>The company said revenue grew by ten percent.</source><target>Das Unternehmen sagte, der Umsatz sei um zehn Prozent gewachsen.</target></trans-unit>
<trans-unit id="2" translate="no"><source>` + sentence + `</source><target>` + sentence + `</target></trans-unit>
<group translate="no"><trans-unit id="3"><source>ACME</source><target>ACNE</target></trans-unit></group>
</body></file></xliff>`})
	fs := jsonFindings(t, filepath.Join(dir, "job.xlf"))
	if len(fs) != 1 || fs[0].Check != "placeholders" || fs[0].Unit != "3" {
		t.Errorf("got %+v; want one placeholders finding in unit 3", fs)
	}
}

// sarifResults returns the results of a SARIF log, indented.
func sarifResults(t *testing.T, log string) string {
	t.Helper()
	var l struct {
		Runs []struct {
			Results json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(log), &l); err != nil || len(l.Runs) != 1 {
		t.Fatalf("SARIF: %v", err)
	}
	out, err := json.MarshalIndent(l.Runs[0].Results, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out) + "\n"
}
