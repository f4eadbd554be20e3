package corpus

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
)

func TestSentenceRepairs(t *testing.T) {
	for _, c := range []struct {
		lang, in string
		want     []string
	}{
		{"en", "Dr. Smith arrived. He spoke.", []string{"Dr. Smith arrived.", "He spoke."}},
		{"en", "J. K. Rowling wrote it. Then she left.", []string{"J. K. Rowling wrote it.", "Then she left."}},
		{"en", "It cost 5 dollars. No. It cost more.", []string{"It cost 5 dollars.", "No. It cost more."}},
		{"en", "The answer was no. Then it was yes.", []string{"The answer was no.", "Then it was yes."}},
		{"en", "Servers, fans etc. They all broke.", []string{"Servers, fans etc.", "They all broke."}},
		{"de", "Das kostet ca. 5 Euro. Prof. Weber sagt das.", []string{"Das kostet ca. 5 Euro.", "Prof. Weber sagt das."}},
		{"de", "Viele Server, z. B. Racks. Mehr nicht.", []string{"Viele Server, z. B. Racks.", "Mehr nicht."}},
		{"fr", "M. Dupont est venu. Il a parlé.", []string{"M. Dupont est venu.", "Il a parlé."}},
		{"ja", "会社は述べた。「新しい計画だ」と語った。", []string{"会社は述べた。", "「新しい計画だ」と語った。"}},
		{"en", "He left. \u201cWhy?\u201d she asked.", []string{"He left.", "\u201cWhy?\u201d she asked."}},
		{"zh", "他说。（完）", []string{"他说。", "（完）"}},
	} {
		d, err := Load("t.txt", []byte(c.in), Options{Lang: language.MustParse(c.lang)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.Paragraphs[0].Sentences {
			got = append(got, d.Slice(s))
		}
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", c.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.in, got, c.want)
		}
	}
}
