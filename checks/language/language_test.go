package language_test

import (
	"testing"

	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/language"
)

func TestLanguage(t *testing.T) {
	const (
		en = "The company's revenue rose sharply in the second quarter, and its shares gained on the exchange. The figures were better than expected, the chief executive said."
		de = "Der Umsatz des Unternehmens stieg im zweiten Quartal deutlich, und die Aktie legte an der Börse zu. Die Zahlen waren besser als erwartet, sagte der Chef, der mit dem Ergebnis zufrieden war."
	)
	for _, c := range []struct {
		name, src, tgt, srcLang, tgtLang, want string
	}{
		{"right languages", en, de, "en", "de", ""},
		{"German target declared French", en, de, "en", "fr", de},
		{"English source declared German", en, de, "de", "de", de},
		{"Cyrillic languages are not told apart", "Компания сообщила о росте выручки во втором квартале.", "Компанія повідомила про зростання виручки в другому кварталі.", "ru", "uk", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := pairtest.Check(t, language.Check, c.src, c.tgt, c.srcLang, c.tgtLang, 1); got != c.want {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}
