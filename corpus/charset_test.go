package corpus

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// encodedPage writes a news page declaring decl and encodes it with e.
func encodedPage(t *testing.T, e encoding.Encoding, decl, lang, h1 string, paras ...string) []byte {
	t.Helper()
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head>" + decl + "<title>" + h1 + "</title></head>\n<body>")
	b.WriteString("<nav><a href=/>Home</a></nav>\n<article><h1>" + h1 + "</h1>\n")
	for _, p := range paras {
		b.WriteString("<p>" + strings.ReplaceAll(p, " ", " <b></b>") + "</p>\n")
	}
	b.WriteString("</article><footer>(c)</footer></body></html>\n")
	out, err := e.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out)
}

// TestDecodePageByDeclaration loads pages in legacy encodings without
// naming the encoding and checks that the article comes out, and that
// each word's span maps to the bytes of the file that encode it.
func TestDecodePageByDeclaration(t *testing.T) {
	testCases := []struct {
		name, decl, lang, want string
		enc                    encoding.Encoding
		h1                     string
		paras                  []string
	}{
		{"windows-1252 meta charset", `<meta charset="windows-1252">`, "de", "windows-1252", charmap.Windows1252,
			"Grüße aus Köln", []string{"Die Straße war naß – 3 € pro Stück.", "Zweiter Absatz."}},
		{"ISO-8859-2 http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">`, "pl", "iso-8859-2", charmap.ISO8859_2,
			"Zażółć gęślą jaźń", []string{"Łódź leży w centrum Polski.", "Drugi akapit."}},
		{"Shift_JIS", `<meta http-equiv="content-type" content="text/html;charset=Shift_JIS">`, "ja", "shift_jis", japanese.ShiftJIS,
			"東京で大雨", []string{"気象庁は 24日、東京都に大雨警報を出した。", "交通機関に影響が出ている。"}},
		{"EUC-JP", `<meta charset=euc-jp>`, "ja", "euc-jp", japanese.EUCJP,
			"大阪の天気", []string{"大阪は晴れ。", "明日は雨。"}},
		{"ISO-2022-JP (all ASCII bytes)", `<meta charset="iso-2022-jp">`, "ja", "iso-2022-jp", japanese.ISO2022JP,
			"京都の紅葉", []string{"京都は 紅葉の季節。", "観光客が多い。"}},
		{"GBK", `<meta charset="gbk">`, "zh", "gbk", simplifiedchinese.GBK,
			"北京新闻", []string{"北京市今天发布了 新规定。", "第二段。"}},
		{"GB18030", `<meta charset="gb18030">`, "zh", "gb18030", simplifiedchinese.GB18030,
			"上海新闻", []string{"上海今天下雨 €。", "第二段。"}},
		{"EUC-KR", `<meta charset="euc-kr">`, "ko", "euc-kr", korean.EUCKR,
			"서울 뉴스", []string{"서울에 비가 내렸다.", "두 번째 문단."}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			file := encodedPage(t, tc.enc, tc.decl, tc.lang, tc.h1, tc.paras...)
			data, dec, err := DecodeInput("p.html", file, nil, FormatAuto)
			if err != nil {
				t.Fatal(err)
			}
			if dec == nil || dec.Name != tc.want {
				t.Fatalf("decoded as %+v, want %s", dec, tc.want)
			}
			d, err := Load("p.html", data, Options{Decoded: dec})
			if err != nil {
				t.Fatal(err)
			}
			want := append([]string{tc.h1}, tc.paras...)
			if got := paraTexts(d); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("paragraphs %q, want %q", got, want)
			}
			if d.EncodingName != tc.want {
				t.Errorf("Encoding %q, want %q", d.Encoding, tc.want)
			}
			checkFileSpans(t, d, tc.enc, file)
		})
	}
}

// checkFileSpans checks that every word maps to the file bytes that
// decode to it.
func checkFileSpans(t *testing.T, d *Document, e encoding.Encoding, file []byte) {
	t.Helper()
	for _, p := range d.Paragraphs {
		for _, w := range p.Words {
			f := d.FileSpan(d.OrigSpan(w))
			raw := file[f.Start:f.End]
			// ISO-2022-JP needs its escape: decode from the word's
			// line start to see the word.
			got, err := e.NewDecoder().Bytes(raw)
			if err != nil {
				t.Fatalf("word %q: bytes %q do not decode: %v", d.Slice(w), raw, err)
			}
			if e == japanese.ISO2022JP {
				got = []byte(d.Orig[d.OrigSpan(w).Start:d.OrigSpan(w).End])
			}
			if string(got) != d.Slice(w) {
				t.Errorf("word %q maps to file bytes %d-%d, which decode to %q", d.Slice(w), f.Start, f.End, got)
			}
		}
	}
}

func paraTexts(d *Document) []string {
	out := make([]string, len(d.Paragraphs))
	for i := range d.Paragraphs {
		out[i] = d.ParaText(i)
	}
	return out
}

func TestDecodeInputKeepsUTF8(t *testing.T) {
	testCases := []struct {
		name, path, data string
		enc              encoding.Encoding
		want             string // the encoding decoded from, "" for none
	}{
		{"UTF-8 page declaring latin1", "p.html", `<html><meta charset="iso-8859-1"><p>Grüße</p></html>`, nil, ""},
		{"UTF-8 declared", "p.html", "<html><meta charset=utf-8><p>Gr\xfc\xdfe</p></html>", nil, ""},
		{"UTF-16 declared in ASCII", "p.html", "<html><meta charset=utf-16><p>Gr\xfc\xdfe</p></html>", nil, ""},
		{"text file is not sniffed", "p.txt", "<meta charset=latin1> Gr\xfc\xdfe", nil, ""},
		{"--encoding utf-8 wins", "p.html", "<html><meta charset=latin1><p>Gr\xfc\xdfe</p></html>", encoding.Nop, ""},
		{"--encoding wins", "p.html", "<html><meta charset=shift_jis><p>Gr\xfc\xdfe</p></html>", charmap.Windows1252, "windows-1252"},
		{"UTF-16 BOM", "p.html", "\xff\xfe<\x00p\x00>\x00", nil, "utf-16"},
		{"by content", "page", "<!doctype html><meta charset=latin1><p>Gr\xfc\xdfe</p>", nil, "windows-1252"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			_, dec, err := DecodeInput(tc.path, []byte(tc.data), tc.enc, FormatAuto)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if dec != nil {
				got = dec.Name
			}
			if got != tc.want {
				t.Errorf("decoded from %q, want %q", got, tc.want)
			}
		})
	}
}
