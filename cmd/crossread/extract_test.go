package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestExtractOffsets checks that the offsets extract gives for each
// paragraph of a page cover bytes that read as the paragraph.
func TestExtractOffsets(t *testing.T) {
	pages, _ := filepath.Glob("../../corpus/htmlpage/testdata/*.html")
	for _, page := range pages {
		r := runArgs("", "extract", "--format", "json", page)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", page, r.code, r.stderr)
		}
		var doc extractedDoc
		if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(page)
		for _, p := range doc.Paragraphs {
			got := strings.TrimSpace(shown(string(data[p.Start:p.End])))
			if u, err := strconv.Unquote(`"` + got + `"`); err == nil {
				got = u // a JSON-LD articleBody's escapes
			}
			if got != p.Text {
				t.Errorf("%s: paragraph %q: bytes %d-%d read %q", page, p.Text, p.Start, p.End, got)
			}
		}
	}
}

func TestExtractErrors(t *testing.T) {
	dir := files(t, map[string]string{
		"notes.txt":  "Just notes.\nNo markup at all.\n",
		"junk.html":  "\x89PNG\r\n\x1a\n\x00\x00",
		"empty.html": "<!doctype html>\n<html><body>\n  <nav><a href=/>Home</a></nav>\n</body></html>\n",
		"open.html":  "<html><body><p>Text and more text.</p>\n<!-- a comment never closed\n",
	})
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"not html", []string{"extract", "--input-format", "html", filepath.Join(dir, "notes.txt")}, "notes.txt:1:1: not HTML: no tag found"},
		{"binary", []string{"extract", filepath.Join(dir, "junk.html")}, "a PNG image, not text"},
		{"no article", []string{"extract", filepath.Join(dir, "empty.html")}, "empty.html:1:1: no article text found"},
		{"open comment", []string{"extract", filepath.Join(dir, "open.html")}, "open.html:2:1: comment not closed"},
		{"bad format", []string{"extract", "--format", "xml", filepath.Join(dir, "empty.html")}, `unknown format "xml"`},
		{"no file", []string{"extract"}, "want one FILE"},
		{"bad lang", []string{"extract", "--lang", "??", filepath.Join(dir, "empty.html")}, "--lang: bad language tag"},
	} {
		t.Run(tc.name, func(t *testing.T) { wantUsageError(t, runArgs("", tc.args...), tc.want) })
	}
}

// TestExtractPageMeta checks the language, title and date extract gives
// for pages that carry them in different places.
func TestExtractPageMeta(t *testing.T) {
	const dir = "../../corpus/htmlpage/testdata/"
	for _, tc := range []struct {
		args                             []string
		lang, pageLang, title, published string
	}{
		{[]string{dir + "jsonld.es.html"}, "es", "", "Valencia estrena su primer autobús de hidrógeno", "2026-02-11T09:40:00+01:00"},
		{[]string{dir + "rtl.ar.html"}, "ar", "", "افتتاح مكتبة عامة جديدة في عمّان", "2026-05-09T10:15:00+03:00"},
		{[]string{"--lang", "en", dir + "aside-mid.fr.html"}, "en", "fr", "Le tramway de Nantes prolongé jusqu'à Rezé", "2026-04-21T06:00:00+02:00"},
	} {
		r := runArgs("", append([]string{"extract", "--format", "json"}, tc.args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, r.code, r.stderr)
		}
		var doc extractedDoc
		if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Lang != tc.lang || doc.PageLang != tc.pageLang || doc.Title != tc.title || doc.Published != tc.published {
			t.Errorf("%v: lang %q, page_lang %q, title %q, published %q; want %q, %q, %q, %q", tc.args,
				doc.Lang, doc.PageLang, doc.Title, doc.Published, tc.lang, tc.pageLang, tc.title, tc.published)
		}
	}
}
