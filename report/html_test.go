package report

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
)

func renderHTML(t *testing.T, a *align.Alignment, fs []checks.Finding) string {
	t.Helper()
	var buf bytes.Buffer
	r, err := New("html", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Report(a, fs); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The tags and attributes the editor template writes; anything else in
// the page came from the input.
var (
	pageTags = map[string]bool{
		"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "header": true,
		"h1": true, "h2": true, "h3": true, "p": true, "span": true, "code": true, "kbd": true, "main": true,
		"article": true, "bdi": true, "section": true, "strong": true, "fieldset": true, "legend": true,
		"label": true, "input": true, "button": true, "div": true, "mark": true, "ol": true, "li": true,
		"q": true, "del": true, "ins": true, "details": true, "summary": true, "textarea": true, "script": true,
	}
	pageAttrs = map[string]bool{
		"lang": true, "charset": true, "http-equiv": true, "content": true, "name": true, "class": true,
		"id": true, "aria-labelledby": true, "aria-label": true, "aria-live": true, "aria-hidden": true,
		"aria-pressed": true, "aria-keyshortcuts": true, "type": true, "checked": true, "value": true,
		"dir": true, "title": true, "tabindex": true, "readonly": true, "rows": true,
	}
	tagRE  = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)
	attrRE = regexp.MustCompile(`([^\s=/]+)(?:="[^"]*")?`)
)

// scanTags checks every tag of page against the template's own, skipping
// the raw text of style and script elements, and returns those elements'
// contents.
func scanTags(t *testing.T, page string) (raw []string) {
	t.Helper()
	rest := page
	for {
		m := tagRE.FindStringSubmatchIndex(rest)
		if m == nil {
			return raw
		}
		name := strings.ToLower(rest[m[4]:m[5]])
		attrs := rest[m[6]:m[7]]
		if !pageTags[name] {
			t.Errorf("tag <%s%s> is not the template's", name, attrs)
		}
		for _, a := range attrRE.FindAllStringSubmatch(attrs, -1) {
			n := strings.ToLower(a[1])
			if !pageAttrs[n] && !strings.HasPrefix(n, "data-") {
				t.Errorf("attribute %q in <%s%s> is not the template's", n, name, attrs)
			}
		}
		if strings.Contains(strings.ToLower(attrs), "javascript:") {
			t.Errorf("javascript: in <%s%s>", name, attrs)
		}
		rest = rest[m[1]:]
		if rest == "" {
			return raw
		}
		if m[3] == m[2] && (name == "script" || name == "style") {
			end := strings.Index(strings.ToLower(rest), "</"+name)
			if end < 0 {
				t.Fatalf("<%s> not closed", name)
			}
			raw = append(raw, rest[:end])
			rest = rest[end:]
		}
	}
}

// TestHTMLHostileText feeds the editor view article text written to break
// out of every context the page puts text in: element content, attributes,
// the textarea, the JSON the script reads.
func TestHTMLHostileText(t *testing.T) {
	giant := strings.Repeat("W", 10000)
	tgtText := `<script>window.pwned=1</script> Lama <img src=x onerror="window.pwned=2"> </textarea><script>window.pwned=3</script>` + "\n\n" +
		`<a href="javascript:window.pwned=4">klick</a> <!-- ]]> ` + "\u202Egnp.exe\u202C \u2067x\u2069 " + giant + "\n\n" +
		`"'><svg/onload=window.pwned=5> ` + "`${x}` {{.}}\n"
	srcText := `<script>window.pwned=6</script> Llama </style><style>body{display:none}</style>` + "\n\n" +
		`<iframe src="javascript:window.pwned=7"></iframe> ` + giant + "\n"
	tgt := load(t, `"><script>window.pwned=8</script>.de.txt`, "de", tgtText)
	src := load(t, `</title><script>x</script>.en.txt`, "en", srcText)
	a := &align.Alignment{Target: tgt, Sources: []*corpus.Document{src}, Links: []align.Link{
		{Target: []int{0}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{0}}}, Score: 1},
		{Target: []int{1}, Sources: []align.SourceParas{{Doc: 0, Paras: []int{1}}}, Score: 1},
		{Target: []int{2}},
	}}
	fs := []checks.Finding{
		{
			Check: "names", Severity: checks.Major, Category: "terminology/wrong-term",
			Span: at(t, tgt, "<script>", 0), Source: &checks.Evidence{Doc: 0, Span: at(t, src, "<script>", 0)},
			Message: `target "<script>", source "</textarea><b onmouseover=x>"`,
		},
		{
			Check: "names", Severity: checks.Major, Category: "terminology/wrong-term",
			Span: at(t, tgt, "Lama", 0), Source: &checks.Evidence{Doc: 0, Span: at(t, src, "Llama", 0)},
			Message: "the name Llama is not translated",
			Fixes: []checks.Fix{{Message: `Use </script><script>window.pwned=9</script>`,
				Edits: []checks.Edit{{Span: at(t, tgt, "Lama", 0), New: "</textarea></script><script>window.pwned=9</script>\u202E"}}}},
		},
		{
			Check: "untranslated", Severity: checks.Minor, Category: "accuracy/addition",
			Span: at(t, tgt, giant, 0), Source: &checks.Evidence{Doc: 0, Span: at(t, src, giant, 0)},
			Message: "a long word " + giant[:50],
			Fixes:   []checks.Fix{{Message: "Shorten it", Edits: []checks.Edit{{Span: at(t, tgt, giant, 0), New: "W"}}}},
		},
		{
			Check: "urls", Severity: checks.Info, Category: "other/not-checked",
			Span: at(t, tgt, "\u202Egnp.exe\u202C", 0), Message: "bidi \u202E controls",
		},
	}
	page := renderHTML(t, a, fs)
	if p := os.Getenv("CROSSREAD_HOSTILE_HTML"); p != "" {
		if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	raw := scanTags(t, page)
	if got := strings.Count(strings.ToLower(page), "<script"); got != 2 {
		t.Errorf("%d script elements, want 2 (the data and the editor's script)", got)
	}
	if len(raw) != 3 { // style, data, script
		t.Fatalf("%d raw text elements, want 3", len(raw))
	}
	if raw[0] != editorCSS || raw[2] != editorJS {
		t.Error("the page's style or script is not the embedded one")
	}
	var data editorData
	if err := json.Unmarshal([]byte(raw[1]), &data); err != nil {
		t.Fatalf("data: %v", err)
	}
	if data.Orig != tgtText {
		t.Error("data.orig is not the target file")
	}
	if strings.Contains(strings.ToLower(raw[1]), "</script") || strings.Contains(raw[1], "<!--") {
		t.Error("the JSON data holds </script or <!--")
	}

	// The corrected text survives the textarea intact.
	ta := regexp.MustCompile(`(?s)<textarea[^>]*>(.*?)</textarea>`).FindStringSubmatch(page)
	if ta == nil {
		t.Fatal("no textarea")
	}
	applied, _ := SelectFixes(Build(a, fs).Findings, FirstFix)
	want := ApplyFixes(tgtText, Build(a, fs).Findings, applied)
	if got := html.UnescapeString(ta[1]); got != "\n"+want {
		t.Errorf("textarea holds %q…; want the corrected text", shorten(got, 80))
	}

	// Outside the data, bidirectional controls are shown by name only.
	outside := strings.Replace(strings.Replace(page, raw[1], "", 1), ta[1], "", 1)
	for _, r := range "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F" {
		if strings.ContainsRune(outside, r) {
			t.Errorf("raw bidi control %U in the page", r)
		}
	}
	if !strings.Contains(page, `<span class="ctl" title="bidirectional control character">U&#43;202E</span>`) {
		t.Error("U+202E not shown by name")
	}
	if !strings.Contains(page, "&lt;script&gt;window.pwned=1&lt;/script&gt;") {
		t.Error("the target's script tag is not shown as text")
	}
	if strings.Count(page, giant) < 2 {
		t.Error("the giant word is not shown in target and source")
	}
}

// TestHTMLStructure checks the side-by-side view on the fixtures: every
// finding has a card and a highlight, its evidence is marked in the
// source, unaligned and omitted paragraphs are labelled, and the page's
// corrected text is what SelectFixes and ApplyFixes give.
func TestHTMLStructure(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			page := renderHTML(t, fx.a, fx.findings)
			scanTags(t, page)
			rep := Build(fx.a, fx.findings)
			for i, f := range rep.Findings {
				n := i + 1
				if !strings.Contains(page, `id="a1-f`+strconv.Itoa(n)+`"`) {
					t.Errorf("finding %d has no card", n)
				}
				if !regexp.MustCompile(`<mark class="hl [^"]*" data-f="(\d+ )*` + strconv.Itoa(n) + `( \d+)*">`).MatchString(page) {
					t.Errorf("finding %d has no highlight", n)
				}
				if f.Source != nil && !regexp.MustCompile(`<mark class="ev" data-f="(\d+ )*`+strconv.Itoa(n)+`( \d+)*">`).MatchString(page) {
					t.Errorf("finding %d: evidence not marked", n)
				}
			}
			for _, b := range rep.Alignment {
				switch {
				case len(b.Target) == 0 && !strings.Contains(page, "row-omission"):
					t.Error("no omission row for an uncovered source paragraph")
				case len(b.Sources) == 0 && len(b.Target) > 0 && !strings.Contains(page, "row-unaligned"):
					t.Error("no unaligned row")
				}
			}
			applied, _ := SelectFixes(rep.Findings, FirstFix)
			want := ApplyFixes(fx.a.Target.Orig, rep.Findings, applied)
			ta := regexp.MustCompile(`(?s)<textarea[^>]*>\n(.*?)</textarea>`).FindStringSubmatch(page)
			if ta == nil || html.UnescapeString(ta[1]) != want {
				t.Errorf("corrected text differs from ApplyFixes: %q", want)
			}
			if !strings.Contains(page, `lang="`+fx.a.Target.Lang.String()+`" dir="auto"`) {
				t.Error("target text without lang and dir")
			}
			if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
				// Only input text could hold a URL, and these inputs hold none.
				t.Error("the page names a URL")
			}
		})
	}
}

func TestSelectFixes(t *testing.T) {
	fix := func(edits ...Edit) []Fix { return []Fix{{Message: "m", Edits: edits}} }
	fs := []Finding{
		{Fixes: fix(Edit{Start: 0, End: 4, New: "AAAA"})},                                 // applied
		{Fixes: fix(Edit{Start: 2, End: 6, New: "x"})},                                    // overlaps 0
		{Fixes: fix(Edit{Start: 0, End: 4, New: "AAAA"})},                                 // the same edit as 0
		{Fixes: fix(Edit{Start: 4, End: 4, New: "+"})},                                    // insertion just after 0: fine
		{Fixes: fix(Edit{Start: 4, End: 5, New: "y"})},                                    // starts where the insertion is
		{Fixes: fix(Edit{Start: 8, End: 9, New: "z"}, Edit{Start: 10, End: 11, New: ""})}, // applied whole
		{},
		{Fixes: fix(Edit{Start: 10, End: 12, New: "q"})}, // overlaps 5's second edit
	}
	applied, skipped := SelectFixes(fs, FirstFix)
	var got []int
	for _, a := range applied {
		got = append(got, a.Finding)
	}
	if want := []int{0, 2, 3, 5}; !equalInts(got, want) {
		t.Errorf("applied %v; want %v", got, want)
	}
	wantSkipped := []Skipped{{Finding: 1, Conflict: 0}, {Finding: 4, Conflict: 3}, {Finding: 7, Conflict: 5}}
	if len(skipped) != len(wantSkipped) {
		t.Fatalf("skipped %v; want %v", skipped, wantSkipped)
	}
	for i, s := range skipped {
		if s != wantSkipped[i] {
			t.Errorf("skipped %v; want %v", s, wantSkipped[i])
		}
	}
	if got, want := ApplyFixes("0123456789ABC", fs, applied), "AAAA+4567z9BC"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWordDiff(t *testing.T) {
	testCases := []struct{ a, b, want string }{
		{"das multimodale Lama 4 wurde", "das multimodale Llama 4 wurde", "das multimodale [-Lama-]{+Llama+} 4 wurde"},
		{"Xiao Zha sagte", "Mark Zuckerberg sagte", "[-Xiao Zha-]{+Mark Zuckerberg+} sagte"},
		{"a, b", "a b", "a[-,-] b"},
		{"同じ", "同じ", "同じ"},
		{"", "neu", "{+neu+}"},
	}
	for _, tc := range testCases {
		var b strings.Builder
		var olds, news strings.Builder
		for _, op := range WordDiff(tc.a, tc.b) {
			switch op.Op {
			case -1:
				b.WriteString("[-" + op.Text + "-]")
				olds.WriteString(op.Text)
			case 1:
				b.WriteString("{+" + op.Text + "+}")
				news.WriteString(op.Text)
			default:
				b.WriteString(op.Text)
				olds.WriteString(op.Text)
				news.WriteString(op.Text)
			}
		}
		if b.String() != tc.want {
			t.Errorf("WordDiff(%q, %q) = %q; want %q", tc.a, tc.b, b.String(), tc.want)
		}
		if olds.String() != tc.a || news.String() != tc.b {
			t.Errorf("WordDiff(%q, %q) does not rebuild its inputs", tc.a, tc.b)
		}
	}
}

func TestUnifiedDiff(t *testing.T) {
	a := "eins\nzwei\ndrei\nvier\nfünf\nsechs\nsieben\nacht\nneun\nzehn\nelf\nDas Lama spricht.\nEnde"
	b := "eins\nzwei\ndrei\nvier\nfünf\nsechs\nsieben\nacht\nneun\nzehn\nelf\nDas Llama spricht.\nEnde"
	var buf bytes.Buffer
	if err := UnifiedDiff(&buf, "x.txt", a, b, false); err != nil {
		t.Fatal(err)
	}
	want := "--- a/x.txt\n+++ b/x.txt\n@@ -9,5 +9,5 @@ Lama → Llama\n neun\n zehn\n elf\n-Das Lama spricht.\n+Das Llama spricht.\n Ende\n\\ No newline at end of file\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
	buf.Reset()
	if err := UnifiedDiff(&buf, "x.txt", a, a, false); err != nil || buf.Len() != 0 {
		t.Errorf("equal texts: %q, %v", buf.String(), err)
	}
}
