package htmlpage

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render shows what Extract found in a page for a golden file.
func render(p *Page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lang: %s\ntitle: %s\npublished: %s\n", p.Lang, p.Title, p.Published)
	for _, bl := range p.Blocks {
		fmt.Fprintf(&b, "\n[%s @%d] %s\n", bl.Kind, bl.Start(), bl.Text)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/*.html")
	if len(pages) < 4 {
		t.Fatalf("want at least 4 pages in testdata, got %d", len(pages))
	}
	for _, path := range pages {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Extract(data)
			if err != nil {
				t.Fatal(err)
			}
			checkPieces(t, data, p)
			got := render(p)
			golden := strings.TrimSuffix(path, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("extracted article differs from %s (run with -update to accept):\n%s", golden, got)
			}
		})
	}
}

// checkPieces checks that the pieces of every block cover its text in
// order and that exact pieces copy the page's bytes.
func checkPieces(t *testing.T, data []byte, p *Page) {
	t.Helper()
	lastO := 0
	for i, b := range p.Blocks {
		at := 0
		for _, pc := range b.Pieces {
			if pc.T != at || pc.O < lastO || pc.O+pc.OLen > len(data) {
				t.Fatalf("block %d: piece %+v out of order (text at %d, file at %d)", i, pc, at, lastO)
			}
			if pc.Exact && b.Text[pc.T:pc.T+pc.TLen] != string(data[pc.O:pc.O+pc.OLen]) {
				t.Errorf("block %d: exact piece %+v: text %q, file %q", i, pc, b.Text[pc.T:pc.T+pc.TLen], data[pc.O:pc.O+pc.OLen])
			}
			at, lastO = pc.T+pc.TLen, pc.O+pc.OLen
		}
		if at != len(b.Text) {
			t.Errorf("block %d: pieces cover %d of %d bytes", i, at, len(b.Text))
		}
	}
}

// TestDeepPage guards against quadratic work on deep nesting: a page of
// 100,000 nested divs once took minutes.
func TestDeepPage(t *testing.T) {
	page := strings.Repeat("<div>", 100000) + "<p>The text of a deeply nested page, long enough to count.</p>"
	p, err := Extract([]byte(page))
	if err != nil || len(p.Blocks) != 1 {
		t.Fatalf("got %v, %v", p, err)
	}
}

func TestFurniture(t *testing.T) {
	for _, tc := range []struct {
		tag, class string
		want       bool
	}{
		{"div", "share-bar", true},
		{"div", "ad-slot ad-slot--inline", true},
		{"div", "comments-area", true},
		{"div", "commentary-body", false},
		{"div", "article-body", false},
		{"p", "address", false},
		{"div", "post-meta", true},
		{"div", "metadata", false},
		{"div", "lang-switcher", true},
		{"div", "story__byline byline", true},
		{"article", "post has-sidebar", false},
		{"p", "article-head__lead", false},
		{"nav", "", true},
		{"header", "", true}, // a site header: it holds no h1
		{"span", "top-bar__date", true},
		{"div", "update-notice", false},
	} {
		n := &node{tag: tc.tag, attrs: map[string]string{"class": tc.class}}
		if got := isFurniture(n); got != tc.want {
			t.Errorf("<%s class=%q>: furniture %v; want %v", tc.tag, tc.class, got, tc.want)
		}
	}
}

// BenchmarkExtract extracts the news page with nested divs and ads.
func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("testdata/news.de.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(data); err != nil {
			b.Fatal(err)
		}
	}
}
