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
)

// pairUnit is one unit of a bilingual file built from an aligned article.
type pairUnit struct{ src, tgt string }

// sampleUnits aligns the embedded sample pair as check does and returns
// its links as units: a target paragraph without a source has an empty
// source, and the other way round.
func sampleUnits(t *testing.T) (units []pairUnit, dir string) {
	t.Helper()
	tdoc, sdocs, err := corpus.SamplePair()
	if err != nil {
		t.Fatal(err)
	}
	a, err := pipeline.Auto(align.Options{}).Align(tdoc, sdocs)
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
	for _, l := range a.Links {
		var u pairUnit
		u.tgt = join(tdoc, l.Target)
		for _, sp := range l.Sources {
			u.src = join(sdocs[sp.Doc], sp.Paras)
		}
		units = append(units, u)
	}
	return units, files(t, map[string]string{"de.txt": tdoc.Orig, "en.txt": sdocs[0].Orig})
}

func esc(s string) string { return html.EscapeString(s) }

// The same units written as each bilingual format.
func xliff12(us []pairUnit) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` + "\n" +
		`<file original="gemini" source-language="en" target-language="de" datatype="plaintext"><body>` + "\n")
	for i, u := range us {
		fmt.Fprintf(&b, "<trans-unit id=\"p%d\">\n<source>%s</source>\n<target state=\"translated\">%s</target>\n</trans-unit>\n", i+1, esc(u.src), esc(u.tgt))
	}
	return b.String() + "</body></file></xliff>\n"
}

func xliff20(us []pairUnit) string {
	var b strings.Builder
	b.WriteString(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f">` + "\n")
	for i, u := range us {
		fmt.Fprintf(&b, "<unit id=\"p%d\"><segment state=\"translated\">\n<source>%s</source>\n<target>%s</target>\n</segment></unit>\n", i+1, esc(u.src), esc(u.tgt))
	}
	return b.String() + "</file></xliff>\n"
}

func tmx14(us []pairUnit) string {
	var b strings.Builder
	b.WriteString(`<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>` + "\n")
	for i, u := range us {
		fmt.Fprintf(&b, "<tu tuid=\"p%d\">", i+1)
		for _, v := range []struct{ lang, text string }{{"en", u.src}, {"de", u.tgt}, {"fr", "Texte."}} {
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
// from the aligned sample article to the article's findings: each format
// yields at least 90 % of them (by check and message), every finding
// naming its unit.
func TestBilingualAsArticle(t *testing.T) {
	units, dir := sampleUnits(t)
	article := jsonFindings(t, "-s", filepath.Join(dir, "en.txt"), "--source-lang", "en", "--target-lang", "de", filepath.Join(dir, "de.txt"))
	if len(article) == 0 {
		t.Fatal("the sample article has no findings")
	}
	for _, f := range []struct{ name, data string }{
		{"sample.xlf", xliff12(units)},
		{"sample2.xlf", xliff20(units)},
		{"sample.tmx", tmx14(units)},
	} {
		t.Run(f.name, func(t *testing.T) {
			path := filepath.Join(dir, f.name)
			if err := os.WriteFile(path, []byte(f.data), 0o644); err != nil {
				t.Fatal(err)
			}
			got := jsonFindings(t, "--target-lang", "de", path)
			left := map[string]int{}
			for _, g := range got {
				left[g.Check+"\x00"+g.Message]++
				if g.Unit == "" {
					t.Errorf("finding %s %q names no unit", g.Check, g.Message)
				}
			}
			hit := 0
			for _, a := range article {
				if k := a.Check + "\x00" + a.Message; left[k] > 0 {
					left[k]--
					hit++
				} else {
					t.Logf("missing: %s: %s", a.Check, a.Message)
				}
			}
			share := float64(hit) / float64(len(article))
			t.Logf("%s: %d of %d article findings (%.0f %%), %d findings in all", f.name, hit, len(article), 100*share, len(got))
			if share < 0.9 {
				t.Errorf("%s yields %.0f %% of the article's findings; want at least 90 %%", f.name, 100*share)
			}
		})
	}
}
