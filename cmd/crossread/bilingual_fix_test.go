package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus/bilingual"
	"github.com/crossread/crossread/report"
)

// fixFiles are the bilingual files every fix is tried on: the golden
// files and one whose fixes land next to entities and inline codes.
func fixFiles(t *testing.T) []string {
	dir := files(t, map[string]string{"entities.xlf": `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>R&amp;D at <g id="1">Meta</g> cost $40 billion &lt;net&gt;.</source><target state="translated">F&amp;E bei <g id="1">Meta</g> kostete 14 Milliarden US-Dollar &lt;netto&gt;.</target></trans-unit>
<trans-unit id="2"><source>Mark Zuckerberg said so.</source><target state="translated"><![CDATA[Mark Zuckerberg sagte das & mehr.]]></target></trans-unit>
</body></file></xliff>`})
	return []string{
		filepath.Join(bilingualData, "cat-tool.xlf"),
		filepath.Join(bilingualData, "segments.xlf"),
		filepath.Join(bilingualData, "export.tmx"),
		filepath.Join(dir, "entities.xlf"),
	}
}

// TestBilingualFixesParse applies every fix check offers for a bilingual
// file, one at a time, and crossread fix's choice of them all: the file
// must still parse, with as many units.
func TestBilingualFixesParse(t *testing.T) {
	for _, path := range fixFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			before := loadBilingual(t, path, data)
			fs := jsonFindings(t, path)
			n := 0
			for i, f := range fs {
				for k := range f.Fixes {
					fixed := report.ApplyFixes(string(data), fs, []report.Applied{{Finding: i, Fix: k}})
					if after := loadBilingual(t, path, []byte(fixed)); after.Units != before.Units {
						t.Errorf("fix %q: %d units; want %d", f.Fixes[k].Message, after.Units, before.Units)
					}
					n++
				}
			}
			if n == 0 {
				t.Errorf("no fix offered")
			}
			r := runArgs("", "fix", "--fail-on", "none", path)
			if r.code != ExitOK {
				t.Fatalf("fix: exit %d: %s", r.code, r.stderr)
			}
			loadBilingual(t, path, []byte(r.stdout))
		})
	}
}

func loadBilingual(t *testing.T, path string, data []byte) *bilingual.File {
	t.Helper()
	f, err := bilingual.Load(path, data, bilingual.Options{})
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return f
}

// TestBilingualFixAndAlign: fix and align read an XLIFF or TMX file as
// check does, with no -s.
func TestBilingualFixAndAlign(t *testing.T) {
	path := filepath.Join(bilingualData, "export.tmx")
	r := runArgs("", "fix", "--diff", path)
	if r.code != ExitOK || !strings.Contains(r.stdout, "+      <tuv xml:lang=\"de-DE\"><seg>Apple verkaufte im Quartal 45 Millionen") {
		t.Errorf("fix: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runArgs("", "align", "--format", "beads", path)
	if r.code != ExitOK || r.stdout == "" || strings.Count(r.stdout, "\n") < 2 {
		t.Errorf("align: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	wantUsageError(t, runArgs("", "align", "--unit", "sentence", path), "aligned by its units")
	wantUsageError(t, runArgs("", "fix", "--input-format", "xliff", "-s", path, path), "give one file and no -s")
}
