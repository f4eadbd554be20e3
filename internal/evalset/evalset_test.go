package evalset

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestParseBothNamings(t *testing.T) {
	const data = `{"id":"a","src":"Hallo","tgt":"Hello","src_lang":"de","tgt_lang":"en","error_type":"none"}
{"id":"b","source":"Hi","target":"Salut","source_lang":"en","target_lang":"fr"}
`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(data))
	zw.Close()
	for _, c := range []struct {
		name    string
		in      []byte
		gzipped bool
	}{{"plain", []byte(data), false}, {"gzipped", gz.Bytes(), true}} {
		rs, err := Parse(bytes.NewReader(c.in), c.gzipped)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want := []Record{
			{ID: "a", Source: "Hallo", Target: "Hello", SourceLang: "de", TargetLang: "en", ErrorType: "none"},
			{ID: "b", Source: "Hi", Target: "Salut", SourceLang: "en", TargetLang: "fr"},
		}
		if len(rs) != len(want) || rs[0] != want[0] || rs[1] != want[1] {
			t.Errorf("%s: got %+v, want %+v", c.name, rs, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := Parse(strings.NewReader("{}\nnot json\n"), false); err == nil || !strings.HasPrefix(err.Error(), "line 2:") {
		t.Errorf("got %v, want an error on line 2", err)
	}
	if _, err := Parse(strings.NewReader("plain text"), true); err == nil {
		t.Error("plain text read as gzip")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(`{"id":"a","src":"x","tgt":"y"}` + "\n")
	f.Fuzz(func(t *testing.T, data string) {
		Parse(strings.NewReader(data), false) // no panic
	})
}
