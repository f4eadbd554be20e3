package corpus

import (
	"testing"

	"golang.org/x/text/language"
)

func TestContradicts(t *testing.T) {
	const (
		de = "Der Umsatz des Unternehmens stieg im zweiten Quartal deutlich, und die Aktie legte an der Börse zu. Die Zahlen waren besser als erwartet, sagte der Chef, der sich mit dem Ergebnis zufrieden zeigte. Es ist das beste Quartal seit Jahren, und auch für das Gesamtjahr ist man zuversichtlich."
		en = "The company's revenue rose sharply in the second quarter, and its shares gained on the exchange. The figures were better than expected, the chief executive said, and he was pleased with the result. It was the best quarter in years, and the company is confident about the whole year."
		ja = "東京都は新しいイベントを開催しました。多くの人が参加し、会場は大変にぎわいました。主催者によると、来年も同じ時期に開催する予定だということです。"
		uk = "Компанія повідомила про зростання виручки у другому кварталі, і її акції подорожчали на біржі. Це вже третій квартал поспіль, що компанія росте, але від неї чекали більшого, і це також відомо. Для інвесторів це добра новина, яка була очікувана."
		ru = "Компания сообщила о росте выручки во втором квартале, и её акции подорожали на бирже."
	)
	for _, c := range []struct {
		text, declared string
		want           bool
	}{
		{de, "fr", true},  // German declared French
		{de, "en", true},  // German declared English
		{de, "de", false}, // right
		{en, "en", false},
		{ja, "ru", true},  // another script
		{ru, "ja", true},  // another script
		{ja, "zh", false}, // Han both ways: not confident
		{ru, "uk", false}, // too few function words to tell Cyrillic languages apart
		{uk, "ru", true},  // but enough of them do
		{uk, "uk", false},
		{en, "nl", true},                            // English declared Dutch
		{en, "sw", false},                           // a language the detector does not know
		{"Der Umsatz stieg.", "fr", false},          // too little text
		{"Meta Llama 4 GPU H100 2024", "de", false}, // names only
		{de, "de-CH", false},                        // a regional tag of the right language
		{ja + "Meta の Llama 4 と GPU。", "ja", false}, // Latin names in Japanese
	} {
		_, got := Contradicts(c.text, language.MustParse(c.declared))
		if got != c.want {
			t.Errorf("Contradicts(%.30q, %s) = %v; want %v", c.text, c.declared, got, c.want)
		}
	}
}
