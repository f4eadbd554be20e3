package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestLookupEncoding(t *testing.T) {
	testCases := []struct {
		name string
		ok   bool
		nop  bool // UTF-8: no decoding
	}{
		{"utf-8", true, true},
		{"UTF8", true, true},
		{"latin1", true, false},
		{"windows-1252", true, false},
		{"ISO-8859-15", true, false},
		{"IBM437", true, false},
		{"shift_jis", true, false},
		{"utf-16le", true, false},
		{"klingon", false, false},
		{"", false, false},
	}
	for _, tc := range testCases {
		e, err := LookupEncoding(tc.name)
		if (err == nil) != tc.ok || tc.ok && (e == nil) != tc.nop {
			t.Errorf("LookupEncoding(%q): got %v, %v; want ok %v, no decoding %v", tc.name, e, err, tc.ok, tc.nop)
		}
	}
}

func TestDecodeAndCheckText(t *testing.T) {
	latin1, _ := LookupEncoding("latin1")
	testCases := []struct {
		name, data string
		latin1     bool
		want       string // the decoded text, or the error
	}{
		{"UTF-8", "Grüße", false, "Grüße"},
		{"UTF-8 BOM kept", "\uFEFFGrüße", false, "\uFEFFGrüße"},
		{"UTF-16LE BOM", "\xff\xfeG\x00\xfc\x00", false, "Gü"},
		{"UTF-16BE BOM", "\xfe\xff\x00G\x00\xfc", false, "Gü"},
		{"latin-1", "Gr\xfc\xdfe", true, "Grüße"},
		{"latin-1 unnamed", "Gr\xfc\xdfe", false, "not valid UTF-8 (byte 2)"},
		{"UTF-32", "\xff\xfe\x00\x00G\x00\x00\x00", false, "UTF-32 text"},
		{"PDF", "%PDF-1.4\n\xe2\xe3", false, "a PDF document"},
		{"PDF-like text", "%PDF- is a prefix", false, "%PDF- is a prefix"},
		{"gzip", "\x1f\x8b\x08\x00", false, "gzip-compressed data"},
		{"zip", "PK\x03\x04\x14\x00\x00\x00", false, "a ZIP archive"},
		{"NUL", "ab\x00c", false, "NUL byte at 2"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			enc := latin1
			if !tc.latin1 {
				enc = nil
			}
			out, err := Decode("f", []byte(tc.data), enc)
			if err == nil {
				err = CheckText("f", out)
			}
			switch {
			case err != nil && !errors.Is(err, ErrInput):
				t.Errorf("error %v is no input error", err)
			case err != nil && !strings.Contains(err.Error(), tc.want):
				t.Errorf("got error %v; want %q", err, tc.want)
			case err == nil && string(out) != tc.want:
				t.Errorf("got %q; want %q", out, tc.want)
			}
		})
	}
}

func TestLineEnds(t *testing.T) {
	testCases := []struct {
		text       string
		paragraphs int
		starts     []int
	}{
		{"a\nb\n\nc", 2, []int{0, 2, 4, 5}},
		{"a\r\nb\r\n\r\nc", 2, []int{0, 3, 6, 8}},
		{"a\rb\r\rc", 2, []int{0, 2, 4, 5}},
		{"a\r\n\rb", 2, []int{0, 3, 4}},
		{"a\r", 1, []int{0, 2}},
	}
	for _, tc := range testCases {
		d, err := Load("t", []byte(tc.text), Options{Format: FormatText})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Paragraphs) != tc.paragraphs || !slices.Equal(d.LineStarts(), tc.starts) {
			t.Errorf("%q: got %d paragraphs, line starts %v; want %d, %v", tc.text, len(d.Paragraphs), d.LineStarts(), tc.paragraphs, tc.starts)
		}
	}
}

// FuzzDecode reads arbitrary bytes as UTF-8 (UTF-16 by its byte-order
// mark) or in a named encoding: nothing may panic, what decodes and passes
// CheckText loads, and its lines are where Position says.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Gr\xfc\xdfe\r\rK\xf6ln"), uint8(1))
	f.Add([]byte("\xff\xfeG\x00\r\x00\n\x00\xfc\x00"), uint8(0))
	f.Add([]byte("\xfe\xff\x00G\xd8\x00"), uint8(0))
	f.Add([]byte("\x82\xa0\r\n\x82\xa2"), uint8(3))
	f.Add([]byte("%PDF-1.4\n\x00"), uint8(0))
	names := []string{"utf-8", "latin1", "utf-16le", "shift_jis", "gbk", "windows-1252"}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		enc, err := LookupEncoding(names[int(which)%len(names)])
		if err != nil {
			t.Fatal(err)
		}
		text, err := Decode("f", data, enc)
		if err != nil {
			return
		}
		if CheckText("f", text) != nil {
			return
		}
		d, err := Load("f", text, Options{Format: FormatText})
		if err != nil {
			t.Fatalf("decoded text does not load: %v", err)
		}
		starts := d.LineStarts()
		for i := 1; i < len(starts); i++ {
			if starts[i] <= starts[i-1] || starts[i] > len(d.Orig) || !isLineEnd(d.Orig, starts[i]-1) {
				t.Fatalf("line starts %v do not follow line ends in %q", starts, d.Orig)
			}
			if p := d.Position(starts[i]); p.Line != i+1 || p.Column != 1 {
				t.Fatalf("line %d starts at %d, which Position puts at %+v", i+1, starts[i], p)
			}
		}
	})
}
