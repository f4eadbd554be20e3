package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// encode returns s in enc, failing the test when it cannot.
func encode(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Input that cannot be read as text is a one-line error and exit 2, and
// the error says what the input is.
func TestBadInput(t *testing.T) {
	latin1 := encode(t, charmap.ISO8859_1, deText)
	dir := files(t, map[string]string{
		"s.en.txt":   enText,
		"latin1.txt": latin1,
		"doc.pdf":    "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
		"t.txt.gz":   gzipped(t, deText),
		"prog":       "\x7fELF\x02\x01\x01\x00\x00\x00",
		"nul.txt":    "Hallo\x00Welt\n",
		"utf32.txt":  "\xff\xfe\x00\x00M\x00\x00\x00",
	})
	src := filepath.Join(dir, "s.en.txt")
	in := func(name string) string { return filepath.Join(dir, name) }
	testCases := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"directory", []string{"check", "-s", src, dir}, "is a directory"},
		{"directory as source", []string{"check", "-s", dir, src}, "is a directory"},
		{"PDF", []string{"check", "-s", src, in("doc.pdf")}, "a PDF document, not text"},
		{"gzip", []string{"check", "-s", src, in("t.txt.gz")}, "gzip-compressed data, not text"},
		{"executable", []string{"check", "-s", src, in("prog")}, "an ELF executable, not text"},
		{"NUL byte", []string{"check", "-s", src, in("nul.txt")}, "NUL byte at 5"},
		{"UTF-32", []string{"check", "-s", src, in("utf32.txt")}, "UTF-32"},
		{"latin-1 without --encoding", []string{"check", "-s", src, in("latin1.txt")},
			"not valid UTF-8 (byte " + itoa(strings.Index(deText, "ü")) + "); convert it to UTF-8 or name its encoding with --encoding"},
		{"latin-1 on stdin", []string{"check", "-s", src, "-"}, "<stdin>: not valid UTF-8"},
		{"unknown encoding", []string{"check", "--encoding", "klingon", "-s", src, in("latin1.txt")}, `--encoding: unknown character encoding "klingon"`},
		{"unknown language", []string{"check", "--target-lang", "xx", "-s", src, in("latin1.txt")}, `--target-lang: bad language tag "xx"`},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			wantUsageError(t, runArgs(latin1, tc.args...), tc.want)
		})
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestUnreadableInput(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	dir := files(t, map[string]string{"s.en.txt": enText, "t.de.txt": deText})
	tgt := filepath.Join(dir, "t.de.txt")
	if err := os.Chmod(tgt, 0); err != nil {
		t.Fatal(err)
	}
	wantUsageError(t, runArgs("", "check", "-s", filepath.Join(dir, "s.en.txt"), tgt), "permission denied")
}

// jsonReport is the part of a JSON report the input tests look at.
type jsonReport struct {
	Target struct {
		Lang       string
		Paragraphs int
		Words      int
	}
	Findings []struct {
		Check, Severity, Category, Text string
		Start, End, Line, Column        int
	}
}

func checkJSON(t *testing.T, stdin string, args ...string) (result, jsonReport) {
	t.Helper()
	r := runArgs(stdin, append([]string{"check", "--format", "json"}, args...)...)
	var rep jsonReport
	if r.code == ExitOK || r.code == ExitFindings {
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("stdout is not a JSON report: %v\n%s", err, r.stdout)
		}
	}
	return r, rep
}

// Text in another encoding or with other line ends reads as the same
// article, and findings point at the bytes of the file as given (for
// UTF-8) or of its UTF-8 decoding.
func TestEncodingsAndLineEnds(t *testing.T) {
	withChecks(t, fakeCheck("Server", checks.Minor))
	quoted := strings.Replace(deText, "Geld", "„Geld“", 1) // „ and “ are single bytes in windows-1252
	testCases := []struct {
		name    string
		data    string // the target file
		flags   []string
		decoded string // the text the offsets are into; data when empty
		line    int    // of the finding
	}{
		{name: "UTF-8, LF", data: deText, line: 3},
		{name: "CRLF", data: strings.ReplaceAll(deText, "\n", "\r\n"), line: 3},
		{name: "CR only", data: strings.ReplaceAll(deText, "\n", "\r"), line: 3},
		{name: "UTF-8 BOM", data: "\uFEFF" + deText, line: 3},
		{name: "latin1", data: encode(t, charmap.ISO8859_1, deText), flags: []string{"--encoding", "latin1"}, decoded: deText, line: 3},
		{name: "windows-1252", data: encode(t, charmap.Windows1252, quoted), flags: []string{"--encoding", "windows-1252"}, decoded: quoted, line: 3},
		{name: "IANA name", data: encode(t, charmap.ISO8859_15, deText), flags: []string{"--encoding", "ISO-8859-15"}, decoded: deText, line: 3},
		{name: "UTF-16LE BOM", data: encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), deText), decoded: deText, line: 3},
		{name: "UTF-16BE BOM", data: encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), deText), decoded: deText, line: 3},
		{name: "utf-8 named", data: deText, flags: []string{"--encoding", "UTF-8"}, line: 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := files(t, map[string]string{"s.en.txt": enText, "t.txt": tc.data})
			args := append(tc.flags, "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.txt"))
			r, rep := checkJSON(t, "", args...)
			if r.code != ExitOK {
				t.Fatalf("exit %d; want 0 (stderr %q)", r.code, r.stderr)
			}
			if rep.Target.Lang != "de" || rep.Target.Paragraphs != 2 || rep.Target.Words != 24 {
				t.Errorf("target: got %+v; want de, 2 paragraphs, 24 words", rep.Target)
			}
			text := tc.decoded
			if text == "" {
				text = tc.data
			}
			if len(rep.Findings) != 1 {
				t.Fatalf("got %d findings; want 1", len(rep.Findings))
			}
			f := rep.Findings[0]
			if text[f.Start:f.End] != "Server" || f.Text != "Server" || f.Line != tc.line {
				t.Errorf("finding %+v: offsets into the text give %q; want Server on line %d", f, text[f.Start:f.End], tc.line)
			}
		})
	}
}

// An empty or white-space target is checked, not refused: the report
// says that nothing of the source was translated.
func TestEmptyTarget(t *testing.T) {
	for _, data := range []string{"", "  \n\n\t\r\n", "\uFEFF\n"} {
		dir := files(t, map[string]string{"s.en.txt": enText, "t.txt": data})
		r, rep := checkJSON(t, "", "--enable", "coverage", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.txt"))
		if r.code != ExitFindings || len(rep.Findings) != 1 {
			t.Fatalf("target %q: exit %d, %d findings; want 1 and one finding (stderr %q)", data, r.code, len(rep.Findings), r.stderr)
		}
		if f := rep.Findings[0]; f.Severity != "critical" || f.Category != "accuracy/omission" || f.Start != 0 || f.End != 0 {
			t.Errorf("target %q: got %+v; want a critical omission at 0", data, f)
		}
	}
}

// Large and many inputs are checked, not refused. Only the coverage check
// runs: these are about reading, not about the speed of every check.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	many := make([]string, 20000)
	for i := range many {
		many[i] = "Wort" + itoa(i)
	}
	m := map[string]string{
		"long.txt": strings.Repeat("Wort ", 1<<20) + "\n", // 5 MiB, one line
		"many.txt": strings.Join(many, "\n\n"),
		"t.de.txt": deText,
		"s.en.txt": enText,
	}
	var sources []string
	for i := range 50 {
		name := "s" + itoa(i) + ".en.txt"
		m[name] = "Source " + itoa(i) + " says that Meta spent money on its data centers.\n"
		sources = append(sources, "-s", name)
	}
	dir := files(t, m)
	t.Chdir(dir)
	testCases := []struct {
		name       string
		args       []string
		paragraphs int
	}{
		{"a 5 MiB line", []string{"--target-lang", "de", "-s", "s.en.txt", "long.txt"}, 1},
		{"20,000 paragraphs", []string{"--target-lang", "de", "-s", "s.en.txt", "many.txt"}, 20000},
		{"50 sources", append(sources, "t.de.txt"), 2},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			r, rep := checkJSON(t, "", append([]string{"--enable", "coverage"}, tc.args...)...)
			if r.code != ExitOK && r.code != ExitFindings {
				t.Fatalf("exit %d (stderr %q)", r.code, r.stderr)
			}
			if rep.Target.Paragraphs != tc.paragraphs {
				t.Errorf("got %d paragraphs; want %d", rep.Target.Paragraphs, tc.paragraphs)
			}
		})
	}
}

// A well-formed language tag crossread knows nothing about is taken as
// declared; the report says what the text reads as.
func TestUnknownLanguageTag(t *testing.T) {
	dir := files(t, map[string]string{"s.en.txt": enText, "t.de.txt": deText})
	r, rep := checkJSON(t, "", "--target-lang", "qqq", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.de.txt"))
	if r.code != ExitFindings || rep.Target.Lang != "qqq" || !strings.Contains(r.stderr, "declared qqq but reads as de") {
		t.Errorf("exit %d, lang %q, stderr %q; want 1, qqq and a warning", r.code, rep.Target.Lang, r.stderr)
	}
}

// align --split lines takes CR-only line ends as line ends.
func TestAlignLinesCR(t *testing.T) {
	dir := files(t, map[string]string{"s.en.txt": enText, "t.txt": strings.ReplaceAll(deText, "\n\n", "\r")})
	r := runArgs("", "align", "--split", "lines", "--no-dict", "-s", filepath.Join(dir, "s.en.txt"), filepath.Join(dir, "t.txt"))
	if r.code != ExitOK || !strings.Contains(r.stdout, "t.txt #2") {
		t.Errorf("got exit %d, stdout:\n%s\nwant the second line aligned as a unit of its own", r.code, r.stdout)
	}
}
