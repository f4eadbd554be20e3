package corpus

import (
	"fmt"
	"strings"
	"testing"
	"time"

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
		{"de", "Er sagte: \u201eDas ist wichtig.\u201c Danach ging er.", []string{"Er sagte: \u201eDas ist wichtig.\u201c", "Danach ging er."}},
		{"de", "Er sagte: \u00bbDas ist wichtig.\u00ab Danach ging er.", []string{"Er sagte: \u00bbDas ist wichtig.\u00ab", "Danach ging er."}},
		{"en", "He left. \u201cWhy?\u201d she asked. \u201cNow.\u201d", []string{"He left.", "\u201cWhy?\u201d she asked.", "\u201cNow.\u201d"}},
		{"de", "Der Umsatz (\nin Mio.) stieg.", []string{"Der Umsatz (", "in Mio.) stieg."}},
		{"de", "Der Stepptanz wurde im 19. Jahrhundert entwickelt. Er ist beliebt.", []string{"Der Stepptanz wurde im 19. Jahrhundert entwickelt.", "Er ist beliebt."}},
		{"de", "Sie wurde am 15. Januar 1921 geboren (am 15. Januar). Sie feierte ihren 102. Geburtstag.", []string{"Sie wurde am 15. Januar 1921 geboren (am 15. Januar).", "Sie feierte ihren 102. Geburtstag."}},
		// A number before a function word in capitals ends its sentence;
		// before a noun, a month or a lower-case word it is an ordinal.
		{"de", "Die Zahl stieg auf 5. Die Regierung schwieg. Er kam im Bezirk 12. Am 13. März ging er.", []string{"Die Zahl stieg auf 5.", "Die Regierung schwieg.", "Er kam im Bezirk 12.", "Am 13. März ging er."}},
		{"de", "Er zahlt am 5. des Monats. Sie kam am 3. Dezember.", []string{"Er zahlt am 5. des Monats.", "Sie kam am 3. Dezember."}},
		{"cs", "Tým skončil na místě 5. V Praze pršelo.", []string{"Tým skončil na místě 5.", "V Praze pršelo."}},
		{"de", "Das Spiel endete 3:1. Danach jubelten alle.", []string{"Das Spiel endete 3:1.", "Danach jubelten alle."}},
		{"de", "Die Zahl stieg auf 2025. Danach fiel sie.", []string{"Die Zahl stieg auf 2025.", "Danach fiel sie."}},
		{"en", "The score was 21. Then it rained.", []string{"The score was 21.", "Then it rained."}},
		{"fr", "« La moitié des maisons sont fissurées. » Le roi a parlé.", []string{"« La moitié des maisons sont fissurées. »", "Le roi a parlé."}},
		{"fr", "Il a dit : « C'est fini ! » (Puis il est parti.) Voilà.", []string{"Il a dit : « C'est fini ! »", "(Puis il est parti.)", "Voilà."}},
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

// A line that ends in an opening quote or bracket once made the splitter
// loop forever: the opener moved to a next sentence that held nothing
// else. Every line break and every kind of opener must end.
func TestSentencesLineEndingInOpener(t *testing.T) {
	breaks := []string{"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\v", "\f"}
	openers := []string{"(", "[", "{", "\u201e", "\u201c", "\u00ab", "\u300c", "\uff08", "\u2018"}
	for _, br := range breaks {
		for _, op := range openers {
			for _, in := range []string{
				"Er sagte: " + op + br + "Danach ging er.",
				"Er sagte: \u201eDas ist wichtig." + op + br + "Danach ging er." + br,
				op + br + op + br + op,
				op,
			} {
				done := make(chan []Span, 1)
				go func() {
					done <- sentences(in, Span{0, len(in)}, language.MustParseBase("de"))
				}()
				select {
				case got := <-done:
					checkCover(t, in, got)
				case <-time.After(20 * time.Second):
					t.Fatalf("sentences(%q) does not return", in)
				}
			}
		}
	}
}

// checkCover fails unless sents are ordered, non-empty, disjoint spans
// that together hold every non-space character of in.
func checkCover(t *testing.T, in string, sents []Span) {
	t.Helper()
	prev, kept := 0, 0
	for _, s := range sents {
		if s.Start < prev || s.End <= s.Start || s.End > len(in) {
			t.Fatalf("sentences(%q) = %v: spans out of order", in, sents)
		}
		kept += len(strings.Join(strings.Fields(in[s.Start:s.End]), ""))
		prev = s.End
	}
	if all := len(strings.Join(strings.Fields(in), "")); kept != all {
		t.Errorf("sentences(%q) = %v: %d of %d bytes kept", in, sents, kept, all)
	}
}
