package report

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

var (
	paraRE    = regexp.MustCompile(`(?s)<p class="para[^"]*"[^>]*><span class="pnum"[^>]*>[^<]*</span> (.*?)</p>`)
	markRE    = regexp.MustCompile(`(?s)<mark class="([^"]*)" data-f="([^"]*)">(.*?)</mark>`)
	pageTagRE = regexp.MustCompile(`<[^>]*>`)
)

// TestHTMLPageShowsArticle checks that the editor report shows a news
// page's article text, not its markup, with each finding's highlight
// on the words it is about, in the target and in the source.
func TestHTMLPageShowsArticle(t *testing.T) {
	tgt := load(t, "page.de.html", "de", `<!DOCTYPE html><html lang="de"><body><nav><a href="/">Start</a></nav>
<article><h1>Streik in <em>Berlin</em></h1>
<p>Am Montag streikten <b>3&nbsp;000</b> Besch&auml;ftigte der <a href="/bvg">BVG</a>.</p></article>
<footer>Impressum</footer></body></html>`)
	src := load(t, "page.en.html", "en", `<!DOCTYPE html><html lang="en"><body>
<article><h1>Strike in <em>Berlin</em></h1>
<p>On Monday <b>300</b> <i>workers</i> of the <a href="/bvg">BVG</a> went on strike.</p></article></body></html>`)
	a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}, Links: []align.Link{
		{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1},
		{Target: []int{1}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{1}}}, Score: 1},
	}}
	fs := []checks.Finding{{
		Check: "numbers", Severity: checks.Major, Category: "accuracy/mistranslation",
		Span: at(t, tgt, "3\u00a0000", 0), Source: &checks.Evidence{Doc: 0, Span: at(t, src, "300", 0)},
		Message: "3 000 in the target, 300 in the source",
	}, {
		Check: "names", Severity: checks.Minor, Category: "terminology/wrong-term",
		Span: at(t, tgt, "Beschäftigte der BVG", 0), Source: &checks.Evidence{Doc: 0, Span: at(t, src, "workers of the BVG", 0)},
		Message: "check the name",
	}}
	page := renderHTML(t, a, fs)
	var shown []string
	for _, m := range paraRE.FindAllStringSubmatch(page, -1) {
		if strings.Contains(m[1], "&lt;") {
			t.Errorf("paragraph shows markup: %s", m[1])
		}
		shown = append(shown, html.UnescapeString(pageTagRE.ReplaceAllString(m[1], "")))
	}
	want := []string{"Streik in Berlin", "Strike in Berlin", // side by side, row by row
		"Am Montag streikten 3\u00a0000 Beschäftigte der BVG.", "On Monday 300 workers of the BVG went on strike."}
	if strings.Join(shown, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs shown:\n%q\nwant\n%q", shown, want)
	}
	var marks []string
	for _, m := range markRE.FindAllStringSubmatch(page, -1) {
		marks = append(marks, m[2]+":"+html.UnescapeString(m[3]))
	}
	wantMarks := []string{"1:3\u00a0000", "2:Beschäftigte der BVG", "1:300", "2:workers of the BVG"}
	if strings.Join(marks, "|") != strings.Join(wantMarks, "|") {
		t.Errorf("highlights %q, want %q", marks, wantMarks)
	}
}
