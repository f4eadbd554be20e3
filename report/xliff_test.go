package report_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
	"github.com/crossread/crossread/report"
)

// annotateAll writes an XLIFF file back with a finding on every word,
// every code and every other paragraph: spans that nest, touch, cross
// tags and overlap.
func annotateAll(t *testing.T, data []byte) (string, bool) {
	f, err := bilingual.Load("f.xlf", data, bilingual.Options{Format: corpus.FormatXLIFF})
	if err != nil {
		return "", false
	}
	a, err := bilingual.Aligner.Align(f.Target, []*corpus.Document{f.Source})
	if err != nil {
		t.Fatal(err)
	}
	var fs []checks.Finding
	add := func(s corpus.Span, msg string) {
		fs = append(fs, checks.Finding{Check: "x", Severity: checks.Minor, Category: checks.Mistranslation, Span: s, Message: msg})
	}
	for i, p := range f.Target.Paragraphs {
		if i%2 == 0 {
			add(p.Span, `a "quoted" <paragraph> & more`)
		}
		for _, w := range p.Words {
			add(w, "word")
			// Two bytes on, moved to the end of the rune they fall in:
			// a finding's span never splits a character.
			end := min(w.End+2, p.Span.End)
			for end < p.Span.End && !utf8.RuneStart(f.Target.Text[end]) {
				end++
			}
			add(corpus.Span{Start: w.Start, End: end}, "word and more")
		}
		for _, c := range f.Target.Units[i].Codes {
			add(c.Span, "code")
		}
	}
	checks.Sort(fs)
	var b strings.Builder
	r, err := report.New("xliff", &b, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Report(a, fs); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "its:locQualityIssueType="); n != len(fs) {
		t.Errorf("%d annotations for %d findings", n, len(fs))
	}
	return b.String(), true
}

// roundTrip holds the annotated file to being XML and to giving the
// original back without its annotations.
func roundTrip(t *testing.T, data []byte) {
	out, ok := annotateAll(t, data)
	if !ok {
		return
	}
	d := xml.NewDecoder(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("annotated file is not well-formed: %v\n%s", err, out)
		}
	}
	back, err := report.StripXLIFF([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back, data) {
		t.Fatalf("stripped file differs:\n%s\nwant:\n%s", back, data)
	}
}

func TestXLIFFRoundTrip(t *testing.T) {
	for _, name := range []string{"cat-tool.xlf", "segments.xlf"} {
		data, err := os.ReadFile("../corpus/bilingual/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		roundTrip(t, data)
	}
}

func FuzzXLIFFRoundTrip(f *testing.F) {
	for _, name := range []string{"cat-tool.xlf", "segments.xlf"} {
		data, err := os.ReadFile("../corpus/bilingual/testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<xliff version="1.2"><file><body><trans-unit id="1"><source>a &amp; b</source><target>x &lt; <g id="1">y</g> &#xE9;</target></trans-unit></body></file></xliff>`))
	f.Fuzz(roundTrip)
}

func ExampleStripXLIFF() {
	orig := `<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="t1"><source>5 euros</source><target>50 Euro</target></trans-unit>
</body></file></xliff>`
	f, _ := bilingual.Load("job.xlf", []byte(orig), bilingual.Options{})
	a, _ := bilingual.Aligner.Align(f.Target, []*corpus.Document{f.Source})
	i := strings.Index(f.Target.Text, "50")
	finding := checks.Finding{Check: "numbers", Severity: checks.Major, Category: checks.Mistranslation,
		Span: corpus.Span{Start: i, End: i + 2}, Message: "source 5, target 50"}
	var b strings.Builder
	r, _ := report.New("xliff", &b, report.Options{})
	_ = r.Report(a, []checks.Finding{finding})
	annotated := b.String()
	fmt.Println(annotated[strings.Index(annotated, "<target>"):strings.Index(annotated, "</target>")])
	back, _ := report.StripXLIFF([]byte(annotated))
	fmt.Println(string(back) == orig)
	// Output:
	// <target><mrk xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" its:annotatorsRef="localization-quality-issue|crossread" mtype="x-its" its:locQualityIssueType="mistranslation" its:locQualityIssueComment="numbers: source 5, target 50" its:locQualityIssueSeverity="60">50</mrk> Euro
	// true
}
