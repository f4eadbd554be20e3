package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/rivo/uniseg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test -update to accept):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestGolden(t *testing.T) {
	testCases := []struct {
		format string
		color  bool
		suffix string
	}{
		{"text", false, ".txt.golden"},
		{"text", true, ".color.golden"},
		{"json", false, ".json.golden"},
		{"sarif", false, ".sarif.golden"},
		{"junit", false, ".junit.golden"},
		{"github", false, ".github.golden"},
		{"gitlab", false, ".gitlab.golden"},
	}
	for _, fx := range fixtures(t) {
		for _, tc := range testCases {
			if tc.color && fx.name != "de" {
				continue
			}
			t.Run(fx.name+tc.suffix, func(t *testing.T) {
				var buf bytes.Buffer
				r, err := New(tc.format, &buf, Options{Color: tc.color})
				if err != nil {
					t.Fatal(err)
				}
				if err := r.Report(fx.a, fx.findings); err != nil {
					t.Fatal(err)
				}
				if err := r.Close(); err != nil {
					t.Fatal(err)
				}
				golden(t, fx.name+tc.suffix, buf.Bytes())
			})
		}
	}
}

func TestNewUnknownFormat(t *testing.T) {
	testCases := []string{"xml", "yaml", "jsonl"}
	for _, tc := range testCases {
		if _, err := New(tc, &bytes.Buffer{}, Options{}); err == nil {
			t.Errorf("New(%q): got no error; want one", tc)
		}
	}
	for _, tc := range Formats() {
		if _, err := New(tc, &bytes.Buffer{}, Options{}); err != nil {
			t.Errorf("New(%q): %v", tc, err)
		}
	}
}

// TestOffsets checks that every offset in the JSON points at the bytes it
// quotes, in the original files.
func TestOffsets(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			var buf bytes.Buffer
			r, _ := New("json", &buf, Options{})
			if err := r.Report(fx.a, fx.findings); err != nil {
				t.Fatal(err)
			}
			if err := r.Close(); err != nil {
				t.Fatal(err)
			}
			var rep Report
			if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Findings) != len(fx.findings) {
				t.Fatalf("got %d findings; want %d", len(rep.Findings), len(fx.findings))
			}
			tgt := fx.a.Target
			for _, f := range rep.Findings {
				if got := tgt.Orig[f.Start:f.End]; got != f.Text {
					t.Errorf("Orig[%d:%d] = %q; text %q", f.Start, f.End, got, f.Text)
				}
				if p := tgt.Position(f.Start); p.Line != f.Line || p.Column != f.Column {
					t.Errorf("%q: got %d:%d; want %d:%d", f.Text, f.Line, f.Column, p.Line, p.Column)
				}
				if f.Paragraph < 1 || f.Paragraph > len(tgt.Paragraphs) {
					t.Errorf("%q: paragraph %d out of range", f.Text, f.Paragraph)
				}
				if f.Fixes == nil {
					t.Errorf("%q: fixes is null; want an array", f.Text)
				}
				for _, fix := range f.Fixes {
					for _, e := range fix.Edits {
						if e.Start < 0 || e.Start > e.End || e.End > len(tgt.Orig) {
							t.Errorf("fix %q: edit %d:%d outside the file", fix.Message, e.Start, e.End)
						}
					}
				}
				if ev := f.Source; ev != nil {
					var src string
					for _, s := range fx.a.Sources {
						if s.Path == ev.Path {
							src = s.Orig
						}
					}
					if got := src[ev.Start:ev.End]; got != ev.Text {
						t.Errorf("source Orig[%d:%d] = %q; text %q", ev.Start, ev.End, got, ev.Text)
					}
				}
			}
			// Every paragraph appears in the alignment.
			seen := map[int]bool{}
			for _, b := range rep.Alignment {
				for _, i := range b.Target {
					seen[i] = true
				}
				if b.Target == nil || b.Sources == nil {
					t.Errorf("bead %+v: want arrays, not null", b)
				}
			}
			for i := 1; i <= len(tgt.Paragraphs); i++ {
				if !seen[i] {
					t.Errorf("target paragraph %d missing from the alignment", i)
				}
			}
		})
	}
}

// TestJSONKeys pins the fixed key set of the JSON format.
func TestJSONKeys(t *testing.T) {
	fx := fixtures(t)[0]
	var buf bytes.Buffer
	r, _ := New("json", &buf, Options{})
	if err := r.Report(fx.a, fx.findings); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	obj := func(v any) map[string]any { return v.(map[string]any) }
	first := func(v any) map[string]any { return v.([]any)[0].(map[string]any) }
	var full map[string]any // a finding with evidence and a fix
	for _, f := range m["findings"].([]any) {
		if obj(f)["source"] != nil && len(obj(f)["fixes"].([]any)) > 0 {
			full = obj(f)
		}
	}
	if full == nil {
		t.Fatal("no finding with source and fixes")
	}
	testCases := []struct {
		name string
		obj  map[string]any
		keys string
	}{
		{"top", m, "target sources alignment findings summary"},
		{"target", obj(m["target"]), "path lang paragraphs words"},
		{"source", first(m["sources"]), "path lang paragraphs"},
		{"bead", first(m["alignment"]), "target sources score"},
		{"bead source", first(first(m["alignment"])["sources"]), "path paragraphs"},
		{"finding", full, "check severity category paragraph start end line column text message source fixes fingerprint"},
		{"evidence", obj(full["source"]), "path paragraph text"},
		{"fix", first(full["fixes"]), "message edits"},
		{"edit", first(first(full["fixes"])["edits"]), "start end new"},
		{"summary", obj(obj(m["summary"])["findings"]), "critical major minor info"},
	}
	for _, tc := range testCases {
		for _, k := range strings.Fields(tc.keys) {
			if _, ok := tc.obj[k]; !ok {
				t.Errorf("%s: key %q missing in %v", tc.name, k, tc.obj)
			}
		}
	}
}

func TestExcerpt(t *testing.T) {
	testCases := []struct {
		name      string
		text      string
		span      string // marked text, found in text
		width     int
		want, mid string
	}{
		{"fits", "Es kostet 5 Euro.", "5", 80, "Es kostet 5 Euro.", "5"},
		{"cjk", "训练需要二十四万块GPU。", "二十四万", 80, "训练需要二十四万块GPU。", "二十四万"},
		{"combining", "Le mode\u0300le a e\u0301te\u0301 entraîné.", "e\u0301te\u0301", 80, "Le mode\u0300le a e\u0301te\u0301 entraîné.", "e\u0301te\u0301"},
		{"newline", "eins\nzwei drei", "drei", 80, "eins zwei drei", "drei"},
		{"window", "aaaa bbbb cccc dddd eeee ffff gggg", "dddd", 12, "…cc dddd ee…", "dddd"},
		{"window cjk", "一二三四五六七八九十一二三四五六七八九十", "九十", 12, "…七八九十一…", "九十"},
		{"span wider", "aaaa bbbbbbbbbbbbbbbbbbbb cccc", "bbbbbbbbbbbbbbbbbbbb", 10, "…bbbbbbbb…", "bbbbbbbb"},
		{"empty span at end", "abc", "", 80, "abc", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			s := strings.Index(tc.text, tc.span)
			if tc.span == "" {
				s = len(tc.text)
			}
			x := excerpt(tc.text, s, s+len(tc.span), tc.width)
			if got := x.pre + x.mid + x.post; got != tc.want {
				t.Errorf("got %q; want %q", got, tc.want)
			}
			if x.mid != tc.mid {
				t.Errorf("mid: got %q; want %q", x.mid, tc.mid)
			}
			if got := uniseg.StringWidth(x.pre); x.pad != got {
				t.Errorf("pad: got %d; want %d", x.pad, got)
			}
			if want := max(uniseg.StringWidth(tc.mid), 1); x.marks != want {
				t.Errorf("marks: got %d; want %d", x.marks, want)
			}
			if w := uniseg.StringWidth(x.pre + x.mid + x.post); w > tc.width {
				t.Errorf("width %d > %d", w, tc.width)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	testCases := []struct {
		in    string
		width int
		want  string
	}{
		{"24,000", 10, "24,000"},
		{"abcdefghij", 5, "abcd…"},
		{"一二三四五", 6, "一二…"},
		{"a\nb", 5, "a b"},
	}
	for _, tc := range testCases {
		if got := truncate(tc.in, tc.width); got != tc.want {
			t.Errorf("truncate(%q, %d): got %q; want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

func TestExcerptLong(t *testing.T) {
	word := "Gr\u00fc\u00dfe e\u0301te\u0301 训练 👩‍👩‍👧 🇩🇪 "
	long := strings.Repeat(word, 5000)
	testCases := []struct {
		name string
		s, e int
		mid  string
	}{
		{"middle", len(word) * 2500, len(word)*2500 + len("Grüße"), "Grüße"},
		{"start", 0, len("Grüße"), "Grüße"},
		{"end", len(long) - len("🇩🇪 "), len(long), "🇩🇪 "},
		{"huge span", len(word) * 10, len(long) - len(word)*10, ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			x := excerpt(long, tc.s, tc.e, 60)
			if tc.mid != "" && x.mid != tc.mid {
				t.Errorf("mid: got %q; want %q", x.mid, tc.mid)
			}
			if w := uniseg.StringWidth(x.pre + x.mid + x.post); w > 60 {
				t.Errorf("width %d > 60: %q", w, x.pre+x.mid+x.post)
			}
			if x.pad != uniseg.StringWidth(x.pre) {
				t.Errorf("pad %d; want %d", x.pad, uniseg.StringWidth(x.pre))
			}
			if !strings.Contains(long, strings.Trim(x.pre+x.mid+x.post, ellipsis)) {
				t.Errorf("excerpt %q is not a piece of the text", x.pre+x.mid+x.post)
			}
		})
	}
}

// TestPositioner checks the cached positions against Document.Position at
// every offset of a text with long lines and multi-rune clusters.
func TestPositioner(t *testing.T) {
	line := strings.Repeat("e\u0301 训 👩‍👩‍👧 🇩🇪🇫🇷 x\r", 40)
	d := load(t, "p.txt", "de", line+"\n"+line+"\n\n"+line)
	p := newPositioner(d)
	for off := len(d.Orig); off >= 0; off-- {
		if got, want := p.position(off), d.Position(off); got != want {
			t.Fatalf("offset %d: got %+v; want %+v", off, got, want)
		}
	}
}

// BenchmarkLongLine reports thousands of findings on a one-line article.
func BenchmarkLongLine(b *testing.B) {
	text := strings.Repeat("Meta sagt etwas. ", 20000)
	d := load(b, "long.txt", "de", text)
	a := &align.Alignment{Target: d, Links: []align.Link{{Target: []int{0}}}}
	var fs []checks.Finding
	for i := 0; i < len(text); i += len("Meta sagt etwas. ") {
		fs = append(fs, checks.Finding{Check: "x", Span: corpus.Span{Start: i, End: i + 4}, Message: "m"})
	}
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				r, _ := New(format, io.Discard, Options{})
				if err := r.Report(a, fs); err != nil {
					b.Fatal(err)
				}
				if err := r.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestNextCluster: the ASCII path splits text into the grapheme clusters
// the full rules give, whatever follows: CR LF, combining marks,
// controls, emoji, Hangul, regional indicators.
func TestNextCluster(t *testing.T) {
	for _, s := range clusterTexts {
		checkClusters(t, s)
	}
}

var clusterTexts = []string{"", "a", "ab", "a\r\nb", "\r\r\n\n", "e\u0301x", "a\u200db", "x\U0001F1E9\U0001F1EAy",
	"x\U0001F468\u200d\U0001F469\u200d\U0001F467y", "한국어 text", "\t\x7fz", "a\u0600b", "abc\u0308", "Größe 24.000 €"}

func FuzzNextCluster(f *testing.F) {
	for _, s := range clusterTexts {
		f.Add(s)
	}
	f.Fuzz(checkClusters)
}

func checkClusters(t *testing.T, s string) {
	var want, got []string
	for rest, state := s, -1; rest != ""; {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		want = append(want, c)
	}
	for rest, state := s, -1; rest != ""; {
		var c string
		c, rest, state = nextCluster(rest, state)
		got = append(got, c)
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q: clusters %q; want %q", s, got, want)
	}
}
