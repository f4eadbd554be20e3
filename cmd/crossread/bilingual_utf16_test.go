package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// TestUTF16Written: an XLIFF file in UTF-16 comes back in UTF-16, with
// its byte order and byte-order mark, from --format xliff and from fix:
// the annotations are those of the UTF-8 file, and fix's output parses.
func TestUTF16Written(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join(bilingualData, "cat-tool.xlf"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "bilingual-cat-tool.xliff.golden"))
	if err != nil {
		t.Fatal(err)
	}
	toUTF16 := func(s string) string { return strings.Replace(s, `encoding="UTF-8"`, `encoding="UTF-16"`, 1) }
	for _, tc := range []struct {
		name string
		enc  encoding.Encoding
		bom  []byte
	}{
		{"le", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), []byte{0xFF, 0xFE}},
		{"be", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), []byte{0xFE, 0xFF}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.enc.NewEncoder().Bytes([]byte(toUTF16(string(orig))))
			if err != nil {
				t.Fatal(err)
			}
			dir := files(t, map[string]string{"job.xlf": string(data)})
			path, out := filepath.Join(dir, "job.xlf"), filepath.Join(dir, "checked.xlf")
			if r := runArgs("", "check", "--format", "xliff", "-o", out, path); r.code != ExitFindings {
				t.Fatalf("check: exit %d: %s", r.code, r.stderr)
			}
			got := readUTF16(t, out, tc.bom, tc.enc)
			if got != toUTF16(string(want)) {
				t.Errorf("the annotated UTF-16 file differs from the UTF-8 one:\n%s", got)
			}
			fixed := filepath.Join(dir, "fixed.xlf")
			if r := runArgs("", "fix", "--fail-on", "none", "-o", fixed, path); r.code != ExitOK {
				t.Fatalf("fix: exit %d: %s", r.code, r.stderr)
			}
			text := readUTF16(t, fixed, tc.bom, tc.enc)
			if !strings.Contains(text, "12.500 Beschäftigten") {
				t.Errorf("fix not applied:\n%s", text)
			}
			loadBilingual(t, fixed, []byte(text))
		})
	}
}

// readUTF16 reads path, which must start with bom, and decodes it.
func readUTF16(t *testing.T, path string, bom []byte, enc encoding.Encoding) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, bom) {
		t.Fatalf("%s starts % x; want the byte-order mark % x", path, raw[:min(4, len(raw))], bom)
	}
	text, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}
