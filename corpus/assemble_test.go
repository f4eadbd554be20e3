package corpus_test

import (
	"fmt"
	"testing"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// pieces cuts orig into the pieces of a block: the spans given are
// copied, an entity is decoded, a tag is a code.
func TestAssembleOffsets(t *testing.T) {
	orig := `<u><s>Caf&#233; <b/>at 5</s><t>Caf` + "e\u0301" + ` um <b/>5 &amp; 6</t></u>`
	at := func(s string, from int) corpus.Span {
		for i := from; i+len(s) <= len(orig); i++ {
			if orig[i:i+len(s)] == s {
				return corpus.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in the original", s)
		return corpus.Span{}
	}
	tgt := at("<t>", 0).End
	blocks := []corpus.Block{{
		Unit: corpus.Unit{ID: "1", Ordinal: 1},
		Pieces: []corpus.Piece{
			{Text: "Caf" + "e\u0301" + " um ", Orig: at("Caf"+"e\u0301"+" um ", tgt)},
			{Orig: at("<b/>", tgt), Code: &corpus.Code{ID: "b", Kind: corpus.Standalone}},
			{Text: "5 ", Orig: at("5 ", tgt)},
			{Text: "&", Orig: at("&amp;", tgt)},
			{Text: " 6", Orig: at(" 6", tgt)},
		},
	}}
	d := corpus.Assemble("t.xlf", orig, language.German, corpus.FormatXLIFF, blocks)
	if got, want := d.ParaText(0), "Café um \uFFFC5 & 6"; got != want {
		t.Fatalf("text %q; want %q", got, want)
	}
	testCases := []struct{ text, orig string }{
		{"um", "um"},
		{"5", "5"},
		{"&", "&amp;"},
		{"6", "6"},
		{"\uFFFC", "<b/>"},
		{"Café", "Caf" + "e\u0301"},
		{"& 6", "&amp; 6"},
	}
	for _, tc := range testCases {
		i := indexOf(d.Text, tc.text)
		s := d.OrigSpan(corpus.Span{Start: i, End: i + len(tc.text)})
		if got := orig[s.Start:s.End]; got != tc.orig {
			t.Errorf("%q maps to %q; want %q", tc.text, got, tc.orig)
		}
	}
	if c := d.Units[0].Codes; len(c) != 1 || d.Slice(c[0].Span) != "\uFFFC" {
		t.Errorf("codes %+v", c)
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func ExampleAssemble() {
	orig := `<seg>Tom &amp; Jerry<br/>!</seg>`
	d := corpus.Assemble("x.xml", orig, language.English, corpus.FormatTMX, []corpus.Block{{
		Unit: corpus.Unit{ID: "1", Ordinal: 1},
		Pieces: []corpus.Piece{
			{Text: "Tom ", Orig: corpus.Span{Start: 5, End: 9}},
			{Text: "&", Orig: corpus.Span{Start: 9, End: 14}},
			{Text: " Jerry", Orig: corpus.Span{Start: 14, End: 20}},
			{Orig: corpus.Span{Start: 20, End: 25}, Code: &corpus.Code{ID: "br"}},
			{Text: "!", Orig: corpus.Span{Start: 25, End: 26}},
		},
	}})
	w := d.Paragraphs[0].Words[1] // Jerry
	s := d.OrigSpan(w)
	fmt.Printf("%+q %d %q\n", d.ParaText(0), len(d.Units[0].Codes), orig[s.Start:s.End])
	// Output: "Tom & Jerry\ufffc!" 1 "Jerry"
}
