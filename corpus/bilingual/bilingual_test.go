package bilingual_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// dump renders what Load read from a file for a golden file: each unit's
// text on both sides, where it lies in the file, its codes.
func dump(f *bilingual.File) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s, %d units; target %s, source %s\n", f.Format, f.Version, f.Units, f.Target.Lang, f.Source.Lang)
	for _, side := range []struct {
		name string
		d    *corpus.Document
	}{{"target", f.Target}, {"source", f.Source}} {
		for i, p := range side.d.Paragraphs {
			u := side.d.Units[i]
			o := side.d.OrigSpan(p.Span)
			fmt.Fprintf(&b, "%s unit %s #%d state=%q/%q locked=%v [%d,%d) %q\n", side.name, u.ID, u.Ordinal, u.State, u.StateQualifier, u.Locked, o.Start, o.End, side.d.ParaText(i))
			for _, c := range u.Codes {
				cs := side.d.OrigSpan(c.Span)
				fmt.Fprintf(&b, "    code %s kind %d: %q\n", c.ID, c.Kind, side.d.Orig[cs.Start:cs.End])
			}
		}
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	testCases := []struct {
		file, golden string
		opt          bilingual.Options
	}{
		{"cat-tool.xlf", "cat-tool.golden", bilingual.Options{}},
		{"segments.xlf", "segments.golden", bilingual.Options{}},
		{"export.tmx", "export.golden", bilingual.Options{}},
		{"export.tmx", "export.es.golden", bilingual.Options{TargetLang: language.Spanish}},
	}
	for _, tc := range testCases {
		t.Run(tc.golden, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := bilingual.Load(path, data, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, f.Target)
			checkOffsets(t, f.Source)
			got := dump(f)
			golden := filepath.Join("testdata", tc.golden)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// checkOffsets holds a document to its offset map: every word maps to the
// same bytes in the file, unless an entity or reference wrote it there,
// and every placeholder to a tag.
func checkOffsets(t testing.TB, d *corpus.Document) {
	t.Helper()
	for i, p := range d.Paragraphs {
		o := d.OrigSpan(p.Span)
		if o.Start < 0 || o.End > len(d.Orig) || o.Start > o.End {
			t.Fatalf("paragraph %d maps to [%d,%d) of %d bytes", i, o.Start, o.End, len(d.Orig))
		}
		for _, w := range p.Words {
			ws := d.OrigSpan(w)
			if got := d.Orig[ws.Start:ws.End]; got != d.Slice(w) && !strings.ContainsAny(got, "&<") {
				t.Errorf("word %q maps to %q", d.Slice(w), got)
			}
		}
		for _, c := range d.Units[i].Codes {
			// A self-closed pair ("<pc/>") closes with its tag's "/>".
			if cs := d.OrigSpan(c.Span); !strings.HasPrefix(d.Orig[cs.Start:cs.End], "<") && d.Orig[cs.Start:cs.End] != "/>" {
				t.Errorf("code %s maps to %q", c.ID, d.Orig[cs.Start:cs.End])
			}
		}
	}
}

func TestMalformed(t *testing.T) {
	testCases := []struct {
		name, file, data, want string
	}{
		{"xliff 1.2 unclosed target", "a.xlf", "<xliff version=\"1.2\">\n<file><body>\n<trans-unit id=\"1\"><source>Hi</source><target>Hallo</source></trans-unit></body></file></xliff>", "a.xlf:3:"},
		{"xliff 2 bad entity", "b.xlf", "<xliff version=\"2.0\" srcLang=\"en\">\n  <file id=\"f\"><unit id=\"u\"><segment><source>A &nope; B</source></segment></unit></file></xliff>", "b.xlf:2:"},
		{"xliff 2 cut off", "c.xlf", "<xliff version=\"2.0\" srcLang=\"en\">\n<file id=\"f\">\n<unit id=\"u\">", "c.xlf:3:"},
		{"xliff unknown version", "d.xlf", "<xliff version=\"3.0\"/>", "d.xlf:1:1: XLIFF version \"3.0\""},
		{"tmx unclosed seg", "e.tmx", "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>", "e.tmx:2:"},
		{"tmx wrong root", "f.tmx", "<?xml version=\"1.0\"?>\n<html></html>", "f.tmx:2:1: root element <html>, want <tmx>"},
		{"garbage after the root", "g.xlf", "<xliff version=\"1.2\"></xliff>\n<", "g.xlf:2:"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := bilingual.Load(tc.file, []byte(tc.data), bilingual.Options{})
			var se *bilingual.SyntaxError
			if !errors.As(err, &se) || !errors.Is(err, corpus.ErrInput) {
				t.Fatalf("got %v; want a SyntaxError", err)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %q; want it to start with %q", err, tc.want)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	testCases := []struct {
		path, data string
		want       corpus.Format
	}{
		{"a.xlf", "", corpus.FormatXLIFF},
		{"a.XLIFF", "", corpus.FormatXLIFF},
		{"a.tmx", "", corpus.FormatTMX},
		{"-", "\uFEFF<?xml version=\"1.0\"?>\n<!-- exported -->\n<xliff version=\"1.2\">", corpus.FormatXLIFF},
		{"job.xml", "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">", corpus.FormatTMX},
		{"a.xml", "<xlf:xliff xmlns:xlf=\"urn:oasis:names:tc:xliff:document:2.0\">", corpus.FormatXLIFF},
		{"news.txt", "An article about <xliff> files.", corpus.FormatAuto},
		{"page.html", "<html><body>x</body></html>", corpus.FormatAuto},
	}
	for _, tc := range testCases {
		if got := bilingual.Detect(tc.path, []byte(tc.data)); got != tc.want {
			t.Errorf("Detect(%q, %q) = %v; want %v", tc.path, tc.data, got, tc.want)
		}
	}
}

func TestParseStates(t *testing.T) {
	testCases := []struct {
		spec string
		in   []string // states checked
		out  []string // states left out
	}{
		{"", []string{"final", "", "new"}, nil},
		{"-final", []string{"translated", "", "needs-review-translation"}, []string{"final", "Final"}},
		{"translated,needs-review-translation", []string{"translated", "needs-review-translation"}, []string{"final", ""}},
		{"none, new", []string{"", "new"}, []string{"final"}},
	}
	for _, tc := range testCases {
		f, err := bilingual.ParseStates(tc.spec)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tc.in {
			if f != nil && !f(s) {
				t.Errorf("%q leaves out %q", tc.spec, s)
			}
		}
		for _, s := range tc.out {
			if f == nil || f(s) {
				t.Errorf("%q checks %q", tc.spec, s)
			}
		}
	}
	if _, err := bilingual.ParseStates("-"); err == nil {
		t.Error(`ParseStates("-"): no error`)
	}
}

func TestStatesFilter(t *testing.T) {
	data, err := os.ReadFile("testdata/cat-tool.xlf")
	if err != nil {
		t.Fatal(err)
	}
	states, _ := bilingual.ParseStates("-final")
	f, err := bilingual.Load("cat-tool.xlf", data, bilingual.Options{States: states})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, u := range f.Target.Units {
		ids = append(ids, u.ID)
	}
	if got := strings.Join(ids, " "); got != "tu-1 tu-2 tu-5" {
		t.Errorf("units checked: %s; want tu-1 tu-2 tu-5", got)
	}
}

// TestSelfClosedPair: a paired code written self-closed ("<pc/>") opens
// with its tag and closes with the tag's "/>", so that both codes map to
// markup of the file (a fuzzing find: the close mapped to nothing).
func TestSelfClosedPair(t *testing.T) {
	data := []byte(`<xliff version="2.0"><file><unit id="u"><segment><source><pc id="1">a</pc></source><target>é<pc id="1"/></target></segment></unit></file></xliff>`)
	f, err := bilingual.Load("s.xlf", data, bilingual.Options{Format: corpus.FormatXLIFF})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range f.Target.Units[0].Codes {
		s := f.Target.OrigSpan(c.Span)
		got = append(got, f.Target.Orig[s.Start:s.End])
	}
	if want := []string{`<pc id="1"`, "/>"}; !slices.Equal(got, want) {
		t.Errorf("codes map to %q; want %q", got, want)
	}
	checkOffsets(t, f.Target)
}
