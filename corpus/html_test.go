package corpus

import (
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// TestHTMLOffsets checks that every word of a page's text maps back to
// bytes of the page that show that word once tags are dropped and
// entities decoded, and that the map runs both ways.
func TestHTMLOffsets(t *testing.T) {
	pages, _ := filepath.Glob("htmlpage/testdata/*.html")
	pages = append(pages, "") // the inline page below
	for _, path := range pages {
		data := []byte(`<html lang="fr"><p>Caf&eacute; <b>cr&egrave;me</b>, caf<i>e&#x301;</i>
		  noir &amp; th&eacute;.</p><div class="share">Partager</div><p>Deux.</p></html>`)
		if path != "" {
			var err error
			if data, err = os.ReadFile(path); err != nil {
				t.Fatal(err)
			}
		}
		d, err := Load("p.html", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Paragraphs) == 0 {
			t.Fatalf("%s: no paragraphs", path)
		}
		for _, p := range d.Paragraphs {
			for _, w := range p.Words {
				o := d.OrigSpan(w)
				got := unquoteJSON(html.UnescapeString(tagRE.ReplaceAllString(d.Orig[o.Start:o.End], "")))
				if norm := d.Slice(w); strings.ReplaceAll(got, "e\u0301", "é") != norm {
					t.Errorf("%s: word %q maps to %q (%q)", path, norm, d.Orig[o.Start:o.End], got)
				}
				if back := d.TextOffset(o.Start); back != w.Start {
					t.Errorf("%s: word %q at %d maps back to %d", path, d.Slice(w), w.Start, back)
				}
			}
		}
	}
}

// unquoteJSON decodes the escapes of a word from a JSON-LD articleBody.
func unquoteJSON(s string) string {
	if u, err := strconv.Unquote(`"` + s + `"`); err == nil && strings.Contains(s, `\`) {
		return u
	}
	return s
}

func TestHTMLLoad(t *testing.T) {
	page := "<!DOCTYPE html>\n<html lang=\"de-AT\"><head><title>T</title>" +
		"<meta property=\"article:published_time\" content=\"2026-01-02\"></head><body>" +
		"<nav><a href=/>Start</a></nav><article><h1>Kopf</h1><p>Erster Absatz.</p><p>Zweiter.</p></article></body></html>"
	d, err := Load("page.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Lang != language.MustParse("de-AT") || d.LangDetected {
		t.Errorf("format %v lang %v detected %v; want html, de-AT, declared", d.Format, d.Lang, d.LangDetected)
	}
	if d.Published != "2026-01-02" || d.Title != "T" {
		t.Errorf("published %q title %q", d.Published, d.Title)
	}
	if d.Text != "Kopf\n\nErster Absatz.\n\nZweiter." || len(d.Paragraphs) != 3 {
		t.Errorf("text %q, %d paragraphs", d.Text, len(d.Paragraphs))
	}
	d, err = Load("page.html", []byte(page), Options{Lang: language.English})
	if err != nil || d.Lang != language.English {
		t.Errorf("a given language must win over <html lang>: %v %v", d.Lang, err)
	}
}

func TestHTMLErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"plain text", "Just some text.\nNo tags here.", "p.html:1:1: not HTML: no tag found"},
		{"no article", "<html><body>\n<nav><a href=/>Home</a></nav>\n<footer>© 2026</footer></body></html>", "p.html:1:1: no article text found"},
		{"open comment", "<html><body><p>Text</p>\n  <!-- never closed", "p.html:2:3: comment not closed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load("p.html", []byte(tc.data), Options{Format: FormatHTML})
			if err == nil || !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("got %v; want one line with %q", err, tc.want)
			}
		})
	}
}

func TestFormatByContent(t *testing.T) {
	for in, want := range map[string]Format{
		"  <!doctype HTML><p>x</p>": FormatHTML,
		"<html><p>x</p></html>":     FormatHTML,
		"<p>not a page</p>":         FormatText,
		"Text.":                     FormatText,
	} {
		if got := formatFor("a.txt", []byte(in)); got != want {
			t.Errorf("formatFor(%q) = %v; want %v", in, got, want)
		}
	}
	if got := formatFor("a.HTM", nil); got != FormatHTML {
		t.Errorf("formatFor(a.HTM) = %v", got)
	}
}

// FuzzLoadHTML loads arbitrary pages: nothing may panic, and every word
// must map to a stretch of the page, in order, that starts and ends on
// character boundaries and maps back into the text.
func FuzzLoadHTML(f *testing.F) {
	f.Add([]byte(`<html lang="de"><h1>Kopf</h1><p>Caf&eacute; <b>cr&egrave;me</b>, caf<i>e&#x301;</i> &amp; th&eacute;.</p></html>`))
	f.Add([]byte("<!doctype html><p>\u0301x<br>y&#x301;</p><div class=share>s</div><p>z</p>"))
	f.Add([]byte("<p>a<!-- c --></p><table><tr><td>1<td>2</table><ul><li>x<li>y</ul>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Load("f.html", data, Options{Lang: language.German, Format: FormatHTML})
		if err != nil {
			return
		}
		last := 0
		for _, p := range d.Paragraphs {
			for _, w := range append([]Span{p.Span}, p.Words...) {
				s := d.OrigSpan(w)
				if s.Start < 0 || s.End > len(d.Orig) || s.Start > s.End {
					t.Fatalf("%v maps outside the page: %v", w, s)
				}
				if !utf8.ValidString(d.Orig[s.Start:s.End]) {
					t.Fatalf("%v maps into the middle of a character: %q", w, d.Orig[s.Start:s.End])
				}
				if back := d.TextOffset(s.Start); back < 0 || back > len(d.Text) {
					t.Fatalf("%v: page offset %d maps back outside the text: %d", w, s.Start, back)
				}
				if w != p.Span && s.Start < last {
					t.Fatalf("word %v maps before the word before it", w)
				}
				if w != p.Span {
					last = s.Start
				}
			}
		}
	})
}
