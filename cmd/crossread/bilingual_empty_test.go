package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestEmptyTargets: a unit with an empty or missing target is counted
// once as not checked when it is not translated yet, and is critical
// when its state says it is; neither is an omission.
func TestEmptyTargets(t *testing.T) {
	const done = "The company said revenue grew by ten percent."
	const doneDE = "Das Unternehmen sagte, der Umsatz sei um zehn Prozent gewachsen."
	testCases := []struct {
		name, file string
		want       []string // check/severity/category/unit of each finding
	}{
		{"xliff12", `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>` + done + `</source><target state="translated">` + doneDE + `</target></trans-unit>
<trans-unit id="2"><source>Shares rose sharply after the announcement on Monday.</source><target state="new"></target></trans-unit>
<trans-unit id="3"><source>Analysts had expected a weaker quarter for the group.</source></trans-unit>
<trans-unit id="4"><source>The chief executive will step down in March next year.</source><target state="final"/></trans-unit>
<trans-unit id="5"><source>The board thanked her for ten years of service.</source><target state="signed-off"> </target></trans-unit>
</body></file></xliff>`, []string{
			"coverage/critical/accuracy/omission/4",
			"coverage/critical/accuracy/omission/5",
			"coverage/info/other/not-checked/2",
		}},
		{"xliff20", `<xliff version="2.0" srcLang="en" trgLang="de"><file id="f">
<unit id="a"><segment state="translated"><source>` + done + `</source><target>` + doneDE + `</target></segment></unit>
<unit id="b"><segment><source>Shares rose sharply after the announcement on Monday.</source></segment></unit>
<unit id="c"><segment state="translated"><source>Analysts had expected a weaker quarter for the group.</source><target></target></segment></unit>
</file></xliff>`, []string{
			"coverage/critical/accuracy/omission/c",
			"coverage/info/other/not-checked/b",
		}},
		{"all new", `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>` + done + `</source><target state="new"/></trans-unit>
<trans-unit id="2"><source>Shares rose sharply after the announcement on Monday.</source></trans-unit>
</body></file></xliff>`, []string{
			"coverage/info/other/not-checked/1",
		}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := files(t, map[string]string{"job.xlf": tc.file})
			var got []string
			for _, f := range jsonFindings(t, filepath.Join(dir, "job.xlf")) {
				got = append(got, fmt.Sprintf("%s/%s/%s/%s", f.Check, f.Severity, f.Category, f.Unit))
				if f.Category == "other/not-checked" && !strings.Contains(f.Message, "not checked") {
					t.Errorf("message %q", f.Message)
				}
			}
			sort.Strings(got)
			r := runArgs("", "check", "--format", "xliff", filepath.Join(dir, "job.xlf"))
			loadBilingual(t, "job.xlf", []byte(r.stdout))
			if strings.Contains(r.stdout, "/><mrk") {
				t.Errorf("an annotation after a self-closed target:\n%s", r.stdout)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
