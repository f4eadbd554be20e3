package rules

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds rule files of every kind to the loader: it returns rules
// or an error, never panics.
func FuzzLoad(f *testing.F) {
	for _, p := range []string{"names.tsv", "exonyms.tsv", "terms/en-de.tsv", "calques/de.tsv"} {
		if b, err := fs.ReadFile(Embedded().FS, p); err == nil {
			f.Add(p, string(b))
		}
	}
	f.Add("terms/en-de.tsv", "term\theadset\t*kopfhörer\t|Headset/Headsets\t-\t-\tnote\n")
	f.Add("calques/xx.tsv", "bad\tline")
	f.Fuzz(func(t *testing.T, name, data string) {
		if !fs.ValidPath(name) {
			return
		}
		Load(Layer{FS: fstest.MapFS{name: {Data: []byte(data)}}, Label: "fuzz"})
	})
}

// FuzzGlossary feeds TSV and TBX glossaries to their parsers.
func FuzzGlossary(f *testing.F) {
	f.Add("g.tsv", "en\tde\nheadset\tHeadset|!Kopfhörer\tVR\n")
	f.Add("g.tbx", `<tbx><text><body><conceptEntry id="1"><langSec xml:lang="en"><termSec><term>headset</term></termSec></langSec>`+
		`<langSec xml:lang="de"><termSec><term>Headset</term></termSec></langSec></conceptEntry></body></text></tbx>`)
	f.Fuzz(func(t *testing.T, name, data string) {
		LoadGlossary(name, []byte(data))
	})
}
