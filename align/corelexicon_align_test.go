package align_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// coreListSource is an English article written for the test; the
// translations below drop its third paragraph. Short sentences with no
// name, number or cognate in common leave the aligner the core word
// lists and the lengths: by length alone it blamed the fourth.
const coreListSource = `The city council met on Monday to discuss the new budget.

Residents complained about the price of public transport.

The mayor said that the government would pay for the repairs.

Teachers asked for higher wages and better schools.

The meeting ended late in the evening without a decision.`

func TestCoreListsFindTheDroppedParagraph(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"uk", `Міська рада зібралася в понеділок, щоб обговорити новий бюджет.

Мешканці скаржилися на ціну громадського транспорту.

Вчителі просили вищої зарплати та кращих шкіл.

Засідання закінчилося пізно ввечері без рішення.`},
		{"ru", `Городской совет собрался в понедельник, чтобы обсудить новый бюджет.

Жители жаловались на цены на общественный транспорт.

Учителя просили более высокой зарплаты и лучших школ.

Заседание закончилось поздно вечером без решения.`},
		{"he", `מועצת העיר התכנסה ביום שני כדי לדון בתקציב החדש.

התושבים התלוננו על מחיר התחבורה הציבורית.

המורים ביקשו משכורות גבוהות יותר ובתי ספר טובים יותר.

הישיבה הסתיימה מאוחר בערב ללא החלטה.`},
	} {
		t.Run(c.lang, func(t *testing.T) {
			load := func(text, lang string) *corpus.Document {
				d, err := corpus.Load("t.txt", []byte(text), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
				if err != nil {
					t.Fatal(err)
				}
				return d
			}
			a, err := align.New(align.Options{}).Align(load(c.text, c.lang), []*corpus.Document{load(coreListSource, "en")})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range beadsOf(a) {
				got = append(got, fmtBead(b))
			}
			if want := "[0]:[0] [1]:[1] [2]:[3] [3]:[4] []:[2]"; strings.Join(got, " ") != want {
				t.Errorf("beads %s; want %s", strings.Join(got, " "), want)
			}
		})
	}
}
