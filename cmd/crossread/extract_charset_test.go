package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

// TestExtractShiftJIS extracts a Shift_JIS page without --encoding: the
// page's meta element names its encoding, and the offsets point at the
// paragraph's bytes in the file as given.
func TestExtractShiftJIS(t *testing.T) {
	page := "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\n" +
		"<title>東京で大雨</title></head><body><nav><a href=/>ホーム</a></nav>\n<article><h1>東京で大雨</h1>\n" +
		"<p>気象庁は24日、東京都に<b>大雨警報</b>を出した。</p>\n<p>交通機関に影響が出ている。</p></article></body></html>\n"
	sjis, err := japanese.ShiftJIS.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(files(t, map[string]string{"sjis.html": sjis}), "sjis.html")
	r := runArgs("", "extract", "--format", "json", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var doc extractedDoc
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Encoding != "shift_jis" || doc.Lang != "ja" || doc.Title != "東京で大雨" || len(doc.Paragraphs) != 3 {
		t.Fatalf("got %+v", doc)
	}
	data, _ := os.ReadFile(path)
	for _, p := range doc.Paragraphs {
		raw, err := japanese.ShiftJIS.NewDecoder().Bytes(data[p.Start:p.End])
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(shown(string(raw))); got != p.Text {
			t.Errorf("paragraph %q: bytes %d-%d read %q", p.Text, p.Start, p.End, got)
		}
	}
	if r := runArgs("", "extract", "--encoding", "utf-8", path); r.code != 2 || !strings.Contains(r.stderr, "not valid UTF-8") {
		t.Errorf("--encoding utf-8 on a Shift_JIS page: exit %d, %s", r.code, r.stderr)
	}
}
