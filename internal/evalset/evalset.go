// Package evalset reads the labelled evaluation sets of ../shared/eval
// (wmt23-refs, DEMETR, MQM) for tests and benchmarks: JSON Lines,
// gzipped or not, whose records name their fields either as the sets do
// (src, tgt, src_lang, tgt_lang) or as crossread batch does (source,
// target, source_lang, target_lang). A user's clone has no ../shared:
// Dir says so, and the tests skip.
package evalset

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Record is one labelled segment pair.
type Record struct {
	ID                     string
	Source, Target         string
	SourceLang, TargetLang string
	ErrorType              string // DEMETR's error type ("none" for a clean pair), or ""
}

// SharedDir returns ../shared beside the module root that holds the
// working directory, and whether it exists.
func SharedDir() (string, bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(d, "..", "shared")
			_, err := os.Stat(dir)
			return dir, err == nil
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Dir returns ../shared/eval, and whether it exists.
func Dir() (string, bool) {
	shared, ok := SharedDir()
	if !ok {
		return "", false
	}
	dir := filepath.Join(shared, "eval")
	_, err := os.Stat(dir)
	return dir, err == nil
}

// Read reads the records of the file at path (gzipped when its name ends
// in .gz).
func Read(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Parse(f, strings.HasSuffix(path, ".gz"))
}

// Parse reads records from r, gunzipping it first when gzipped.
func Parse(r io.Reader, gzipped bool) ([]Record, error) {
	if gzipped {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		var raw struct {
			ID         string `json:"id"`
			Src        string `json:"src"`
			Tgt        string `json:"tgt"`
			SrcLang    string `json:"src_lang"`
			TgtLang    string `json:"tgt_lang"`
			Source     string `json:"source"`
			Target     string `json:"target"`
			SourceLang string `json:"source_lang"`
			TargetLang string `json:"target_lang"`
			ErrorType  string `json:"error_type"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		out = append(out, Record{
			ID: raw.ID, Source: raw.Source + raw.Src, Target: raw.Target + raw.Tgt,
			SourceLang: raw.SourceLang + raw.SrcLang, TargetLang: raw.TargetLang + raw.TgtLang,
			ErrorType: raw.ErrorType,
		})
	}
	return out, sc.Err()
}
