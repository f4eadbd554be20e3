package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBilingualHTML: the editor view shows a unit's text, not its XML,
// and the marks still sit on the flagged words; the corrected file it
// offers is the XLIFF file.
func TestBilingualHTML(t *testing.T) {
	dir := files(t, map[string]string{"job.xlf": `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>R&amp;D at <g id="1">Meta</g> cost $40 billion.</source><target state="translated">F&amp;E bei <g id="1">Meta</g> kostete 14 Milliarden US-Dollar.</target></trans-unit>
</body></file></xliff>`})
	r := runArgs("", "check", "--format", "html", "--fail-on", "none", filepath.Join(dir, "job.xlf"))
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	paras := regexp.MustCompile(`(?s)<p class="para[^"]*"[^>]*>.*?</p>`).FindAllString(r.stdout, -1)
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs; want a target and a source", len(paras))
	}
	target := paras[0]
	for _, raw := range []string{"&lt;g", "&amp;amp;"} {
		if strings.Contains(target, raw) || strings.Contains(paras[1], raw) {
			t.Errorf("a paragraph shows the file's XML %q:\n%s", raw, target)
		}
	}
	if !strings.Contains(target, "F&amp;E bei \uFFFCMeta\uFFFC kostete") {
		t.Errorf("target paragraph lacks its text:\n%s", target)
	}
	if !regexp.MustCompile(`<mark [^>]*data-f="\d+">14 Milliarden US-Dollar</mark>`).MatchString(target) {
		t.Errorf("the number finding is not marked on its words:\n%s", target)
	}
	if !strings.Contains(r.stdout, "&lt;target state=") {
		t.Errorf("the editor data lacks the XLIFF file to correct")
	}
}
