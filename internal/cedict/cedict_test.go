package cedict

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const sample = `export default {"all":[["經濟","经济","jing1 ji4","economy/economic",[],[]],` +
	`["同構","同构","tong2 gou4",["isomorphism","isomorphic"],[],[]],` +
	`["bad",1,"x","y",[],[]],["短"]]};`

func TestRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "all.js")
	if err := os.WriteFile(path, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Traditional: "經濟", Simplified: "经济", Pinyin: "jing1 ji4", Glosses: []string{"economy/economic"}},
		{Traditional: "同構", Simplified: "同构", Pinyin: "tong2 gou4", Glosses: []string{"isomorphism", "isomorphic"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read = %+v\nwant %+v", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	for _, data := range []string{"export default;", `export default {"all": [}`} {
		if _, err := parse("all.js", []byte(data)); err == nil || !strings.HasPrefix(err.Error(), "all.js: ") {
			t.Errorf("parse(%q) = %v, want an error naming the file", data, err)
		}
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing.js")); err == nil {
		t.Error("Read of a missing file: no error")
	}
}

// FuzzParse: the reader returns entries or an error naming the file,
// never panics.
func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add(`{"all":[]}`)
	f.Fuzz(func(t *testing.T, data string) {
		if _, err := parse("f.js", []byte(data)); err != nil && !strings.HasPrefix(err.Error(), "f.js: ") {
			t.Errorf("error without its file: %v", err)
		}
	})
}
