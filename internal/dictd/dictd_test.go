package dictd

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testBody holds two FreeDict-style entries.
const testBody = "Haus /haʊs/\nhouse, home\n" + "Gewinn\n1. profit; gain\n2. prize\n"

// testIndex lists testBody's entries, with a multi-word headword and a
// line that describes the dictionary, which lookups skip.
func testIndex(sorted bool) string {
	lines := []string{
		"00-database-info\tA\tC",
		"gewinn\t" + enc64(25) + "\t" + enc64(len(testBody)-25),
		"haus\tA\t" + enc64(25),
		"haus und hof\tA\t" + enc64(25),
	}
	if !sorted {
		lines[1], lines[2] = lines[2], lines[1]
	}
	return strings.Join(lines, "\n") + "\n"
}

func enc64(n int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	var s []byte
	for ; n > 0; n /= 64 {
		s = append([]byte{digits[n%64]}, s...)
	}
	return string(s)
}

// gzipped compresses text as one gzip stream, without a chunk table.
func gzipped(text string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(text))
	zw.Close()
	return buf.Bytes()
}

// dictzipped compresses text as dictzip does: chunks of chLen bytes, each
// inflatable alone, listed in gzip's extra field.
func dictzipped(text string, chLen int) []byte {
	var data bytes.Buffer
	var sizes []uint16
	for lo := 0; lo < len(text); lo += chLen {
		n := data.Len()
		fw, _ := flate.NewWriter(&data, flate.BestCompression)
		fw.Write([]byte(text[lo:min(lo+chLen, len(text))]))
		if lo+chLen < len(text) {
			fw.Flush()
		} else {
			fw.Close()
		}
		sizes = append(sizes, uint16(data.Len()-n))
	}
	le := binary.LittleEndian
	ra := le.AppendUint16(le.AppendUint16(le.AppendUint16(nil, 1), uint16(chLen)), uint16(len(sizes)))
	for _, s := range sizes {
		ra = le.AppendUint16(ra, s)
	}
	extra := le.AppendUint16([]byte("RA"), uint16(len(ra)))
	extra = append(extra, ra...)
	z := []byte{0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 3}
	z = le.AppendUint16(z, uint16(len(extra)))
	z = append(append(z, extra...), data.Bytes()...)
	z = le.AppendUint32(z, crc32.ChecksumIEEE([]byte(text)))
	return le.AppendUint32(z, uint32(len(text)))
}

func TestOpen(t *testing.T) {
	testCases := []struct {
		name   string
		sorted bool
		files  map[string][]byte // by extension
		err    string
	}{
		{"plain", true, map[string][]byte{".dict": []byte(testBody)}, ""},
		{"gzip", true, map[string][]byte{".dict.dz": gzipped(testBody)}, ""},
		{"dictzip", true, map[string][]byte{".dict.dz": dictzipped(testBody, 16)}, ""},
		{"unsorted", false, map[string][]byte{".dict.dz": dictzipped(testBody, 7)}, ""},
		{"no body", true, map[string][]byte{}, "no .dict.dz or .dict"},
		{"bad gzip", true, map[string][]byte{".dict.dz": []byte("not gzip")}, ".dict.dz"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			base := filepath.Join(t.TempDir(), "freedict-deu-eng")
			tc.files[".index"] = []byte(testIndex(tc.sorted))
			for ext, b := range tc.files {
				if err := os.WriteFile(base+ext, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			d, err := Open(base)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("got error %v; want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Sorted() != tc.sorted {
				t.Errorf("Sorted: got %v; want %v", d.Sorted(), tc.sorted)
			}
			if got, want := strings.Join(d.Headwords(), "|"), "gewinn|haus|haus und hof"; got != want {
				t.Errorf("Headwords: got %q; want %q", got, want)
			}
			if got, want := strings.Join(d.Entries("gewinn"), "|"), testBody[25:]; got != want {
				t.Errorf("Entries(gewinn): got %q; want %q", got, want)
			}
			if got := d.Entries("Haus"); len(got) != 0 {
				t.Errorf("Entries(Haus): got %q; want none, the index is in lower case", got)
			}
		})
	}
}

func TestTranslations(t *testing.T) {
	testCases := []struct {
		entry, head, words string // words joined by |
	}{
		{"Haus /haʊs/\nhouse, home\n", "Haus", "house|home"},
		{"\nGewinn <m>\n1. profit; gain [econ.]\n2. prize\n", "Gewinn", "profit|gain|prize"},
		{"Bank\nbench\n   Synonyms: Sitz\nbank\n", "Bank", "bench"},
		{"Bank\nsee: Sitzbank\nbench\n", "Bank", ""},
		{"Tor\n\"goal\" in football\ngate (of a city), goal…\n", "Tor", "gate"},
		{"ab…\nfrom\n", "", ""},
		{"", "", ""},
	}
	for _, tc := range testCases {
		head, words := Translations(tc.entry)
		if got := strings.Join(words, "|"); head != tc.head || got != tc.words {
			t.Errorf("Translations(%q): got %q, %q; want %q, %q", tc.entry, head, got, tc.head, tc.words)
		}
	}
}

func TestB64(t *testing.T) {
	testCases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"A", 0, true}, {"Z", 25, true}, {"BA", 64, true}, {"/", 63, true},
		{"", 0, false}, {"A-", 0, false}, {"BBBBBBBBBB", 0, false},
	}
	for _, tc := range testCases {
		got, ok := b64(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("b64(%q): got %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
