package main

import (
	"encoding/json"
	"fmt"
	"html"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/report"
)

// newsPage wraps the paragraphs of a plain-text article in a news page:
// navigation, a language menu, a share bar, related links, a cookie
// banner and a footer around it, entities for some characters, inline
// tags around some words and lines broken as an editor would.
func newsPage(lang, text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><title>%s</title>
<meta property="article:published_time" content="2025-02-04T22:15:00Z">
<script>var dataLayer = [{"page": "article", "note": "don't check this"}];</script>
<style>body { font: 16px/1.5 Georgia, serif }</style></head>
<body><header class="site-header"><a class="logo" href="/">The Daily Example</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Technology</a></li><li><a href="/markets">Markets</a></li></ul></nav>
<ul class="language-switcher"><li><a href="/en/">English</a></li><li><a href="/de/">Deutsch</a></li><li><a href="/fr/">Français</a></li></ul>
</header>
<main><article class="story">
<h1 class="story__headline">%s</h1>
<div class="story__byline byline">By Jane Doe, 4 February 2025, 10 billion readers</div>
<div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Copy link</a></div>
<div class="story__body">
`, lang, escape(paras[0]), escape(paras[0]))
	for i, p := range paras[1:] {
		fmt.Fprintf(&b, "<p>%s</p>\n", escape(p))
		if i == 1 {
			b.WriteString(`<div class="ad-slot"><span>Advertisement</span><script>ads.push(3)</script></div>` + "\n")
		}
	}
	b.WriteString(`</div>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Microsoft to spend $80 billion on AI data centres in 2025</a></li>
<li><a href="/b">Meta raises its capital spending forecast to $65 billion</a></li></ul></aside>
</article></main>
<footer><p>© 2025 The Daily Example. 12 million readers a month.</p></footer>
<div class="cookie-banner" role="dialog"><p>We use 3 kinds of cookies to improve your experience on our website.</p><button>Accept</button></div>
</body></html>
`)
	return b.String()
}

// escape writes s as HTML the way CMSes do: entities for some characters,
// the first word in bold, a line break in the middle.
func escape(s string) string {
	s = html.EscapeString(s)
	s = strings.NewReplacer("ü", "&uuml;", "%", "&#37;").Replace(s)
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = "<b>" + s[:i] + "</b>" + s[i:]
	}
	if i := strings.LastIndex(s[:len(s)/2+1], " "); i > 0 {
		s = s[:i] + "\n    " + s[i+1:]
	}
	return s
}

var (
	tags   = regexp.MustCompile(`<[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
)

// shown is what a reader sees of the page bytes s.
func shown(s string) string {
	return spaces.ReplaceAllString(html.UnescapeString(tags.ReplaceAllString(s, "")), " ")
}

// findingKey is a finding as a user reads it: the check, the message and
// the words it points at, in the target and in the source.
func findingKey(f report.Finding) string {
	k := fmt.Sprintf("%s|%s|%s|%q|%d", f.Check, f.Severity, f.Message, shown(f.Text), f.Paragraph)
	if f.Source != nil {
		k += fmt.Sprintf("|%q|%d", shown(f.Source.Text), f.Source.Paragraph)
	}
	return k
}

// TestHTMLSameFindings checks the sample pair as text and as news pages:
// the findings must be the same, pointing at the same words.
func TestHTMLSameFindings(t *testing.T) {
	de, _ := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	en, _ := corpus.SampleFS.ReadFile(corpus.SampleSource)
	dir := files(t, map[string]string{
		"t.de.txt": string(de), "s.en.txt": string(en),
		"t.html": newsPage("de", string(de)), "s.html": newsPage("en", string(en)),
	})
	get := func(target, source string) (*report.Report, string) {
		r := runArgs("", "check", "--format", "json", "--fail-on", "none", "-s", filepath.Join(dir, source), filepath.Join(dir, target))
		if r.code != 0 {
			t.Fatalf("check %s: exit %d: %s", target, r.code, r.stderr)
		}
		var rep report.Report
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatal(err)
		}
		return &rep, r.stderr
	}
	txt, _ := get("t.de.txt", "s.en.txt")
	t.Logf("%d findings", len(txt.Findings))
	page, _ := get("t.html", "s.html")
	if len(txt.Findings) == 0 {
		t.Fatal("the sample gives no findings")
	}
	var want, got []string
	for _, f := range txt.Findings {
		want = append(want, findingKey(f))
	}
	for _, f := range page.Findings {
		got = append(got, findingKey(f))
		if f.Text != "" && strings.ContainsAny(f.Text[:1]+f.Text[len(f.Text)-1:], "<>") {
			t.Errorf("finding %q starts or ends in a tag", f.Text)
		}
	}
	if !slices.Equal(want, got) {
		t.Errorf("findings differ:\ntext:\n  %s\nhtml:\n  %s", strings.Join(want, "\n  "), strings.Join(got, "\n  "))
	}
	if page.Target.Lang != "de" || page.Target.LangDetected || page.Target.Published == "" {
		t.Errorf("target header: %+v", page.Target)
	}
	// extract shows the article as the text file has it, and no furniture.
	for name, want := range map[string][]byte{"t.html": de, "s.html": en} {
		if r := runArgs("", "extract", filepath.Join(dir, name)); r.stdout != strings.TrimSpace(string(want))+"\n" {
			t.Errorf("extract %s (exit %d, %s):\n%s\nwant the text version:\n%s", name, r.code, r.stderr, r.stdout, want)
		}
	}
}

// TestHTMLFix fixes the sample as text and as a news page: the fixed page
// must read as the fixed text, with its markup intact.
func TestHTMLFix(t *testing.T) {
	de, _ := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	en, _ := corpus.SampleFS.ReadFile(corpus.SampleSource)
	dir := files(t, map[string]string{
		"t.de.txt": string(de), "s.en.txt": string(en),
		"t.html": newsPage("de", strings.ReplaceAll(string(de), "Dollar", "Dollar <&>")), "s.html": newsPage("en", string(en)),
	})
	txt := runArgs("", "fix", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt"))
	r := runArgs("", "fix", "--write", "-s", filepath.Join(dir, "s.html"), filepath.Join(dir, "t.html"))
	if txt.code != 0 || r.code != 0 {
		t.Fatalf("fix: exit %d, %d: %s %s", txt.code, r.code, txt.stderr, r.stderr)
	}
	got := runArgs("", "extract", filepath.Join(dir, "t.html")).stdout
	want := strings.ReplaceAll(strings.TrimSpace(txt.stdout), "Dollar", "Dollar <&>") + "\n"
	if got != want {
		t.Errorf("the fixed page reads:\n%s\nwant the fixed text:\n%s", got, want)
	}
}

// TestHTMLLangContradicted: a page that declares one language and reads
// as another gets the usual warning; a flag wins over the page.
func TestHTMLLangContradicted(t *testing.T) {
	de, _ := corpus.SampleFS.ReadFile(corpus.SampleTarget)
	en, _ := corpus.SampleFS.ReadFile(corpus.SampleSource)
	dir := files(t, map[string]string{"t.html": newsPage("fr", string(de)), "s.html": newsPage("en", string(en))})
	r := runArgs("", "check", "--fail-on", "none", "-s", filepath.Join(dir, "s.html"), filepath.Join(dir, "t.html"))
	if !strings.Contains(r.stderr, "t.html is declared fr but reads as de") {
		t.Errorf("stderr %q: want the contradiction warning", r.stderr)
	}
	r = runArgs("", "check", "--fail-on", "none", "--target-lang", "de", "-s", filepath.Join(dir, "s.html"), filepath.Join(dir, "t.html"))
	if r.code != 0 || strings.Contains(r.stderr, "warning") || !strings.Contains(r.stdout, "t.html, de,") {
		t.Errorf("with --target-lang de: exit %d, stderr %q, header %q", r.code, r.stderr, strings.SplitN(r.stdout, "\n", 2)[0])
	}
}
