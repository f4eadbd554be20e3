package bilingual_test

import (
	"os"
	"testing"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
)

// fuzzLoad loads data as format and holds the result to its offsets.
func fuzzLoad(t *testing.T, name string, data []byte, format corpus.Format) {
	f, err := bilingual.Load(name, data, bilingual.Options{Format: format})
	if err != nil {
		return
	}
	checkOffsets(t, f.Target)
	checkOffsets(t, f.Source)
	if len(f.Target.Units) != len(f.Target.Paragraphs) || len(f.Source.Units) != len(f.Source.Paragraphs) {
		t.Fatal("units and paragraphs differ in number")
	}
	if _, err := bilingual.Aligner.Align(f.Target, []*corpus.Document{f.Source}); err != nil {
		t.Fatal(err)
	}
}

func seed(f *testing.F, files ...string) {
	for _, name := range files {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzXLIFF(f *testing.F) {
	seed(f, "cat-tool.xlf", "segments.xlf")
	f.Add([]byte(`<xliff version="2.0"><file><unit><segment><source>a<cp hex="7"/>&#xD800;<![CDATA[<b>]]></source><target>b</target></segment></unit></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, "f.xlf", data, corpus.FormatXLIFF) })
}

func FuzzTMX(f *testing.F) {
	seed(f, "export.tmx")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, "f.tmx", data, corpus.FormatTMX) })
}
