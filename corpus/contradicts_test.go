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
		es = "La empresa anunció el martes que invertirá 3.200 millones de dólares en Alemania durante los próximos dos años, su mayor inversión en el país en 40 años. El presidente de la compañía presentó el plan en Berlín junto al canciller. Se espera que para 2026 se creen unos 1.200 nuevos puestos de trabajo, y las acciones de la compañía subieron un 1,5 % hasta los 415 dólares."
		ru = "Компания сообщила о росте выручки во втором квартале, и её акции подорожали на бирже."
		// Serbian in Latin letters, Uzbek in Cyrillic ones.
		srLatn = "Ministar je rekao da će vlada sledeće godine izgraditi novu bolnicu u Beogradu, a radovi bi trebalo da počnu na proleće. To je dobra vest za grad i za sve građane koji su dugo čekali na to."
		uzCyrl = "Президент ҳукумат келаси йили Тошкентда янги шифохона қуришини айтди, ишлар баҳорда бошланади ва икки йилда тугайди."
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
		{es, "pt", true},                            // a close language, three times its function words
		{es, "ca", false},                           // closer still: Catalan shares most of them
		{en, "yo", false},                           // a language the detector does not know
		{"Der Umsatz stieg.", "fr", false},          // too little text
		{"Meta Llama 4 GPU H100 2024", "de", false}, // names only
		{de, "de-CH", false},                        // a regional tag of the right language
		{ja + "Meta の Llama 4 と GPU。", "ja", false}, // Latin names in Japanese
		{srLatn, "sr", false},                       // Serbian is written in both alphabets
		{srLatn, "sr-Latn", false},                  // no Serbian function words in Latin letters to weigh
		{srLatn, "sr-Cyrl", true},                   // but not in Latin ones when the tag says Cyrillic
		{srLatn, "ru", true},
		{uzCyrl, "uz", false},
		{uzCyrl, "ja", true},
		{en, "sr", true}, // Latin letters, and no Serbian
	} {
		_, got := Contradicts(c.text, language.MustParse(c.declared))
		if got != c.want {
			t.Errorf("Contradicts(%.30q, %s) = %v; want %v", c.text, c.declared, got, c.want)
		}
	}
}

// TestDetectApart: the language a good part of a text is written in
// besides the one detected, or none.
func TestDetectApart(t *testing.T) {
	const (
		en = "The company said the device would go on sale in the US on September 20 for $999, and that it expects strong demand."
		de = "Apple stellte am Montag das iPhone 16 Pro mit einem neuen Chip vor, und die Aktie stieg an der Börse um zwei Prozent."
		th = "Apple เปิดตัว iPhone 16 Pro พร้อมชิป A18 ใหม่และฟีเจอร์ AI ที่ได้รับการปรับปรุงเมื่อวันจันทร์"
		zh = "苹果公司周一发布了搭载全新芯片的手机。"
	)
	for _, c := range []struct{ text, not, want string }{
		{th + "\n\n" + en, "en", "th"},
		{zh + "\n\n" + en, "en", "zh"},
		{de + "\n\n" + en, "en", "de"},
		{en, "en", "und"},                                    // English alone
		{en + " Jean de la Fontaine wrote it.", "en", "und"}, // a name's function words are too few
		{en + " Apple iPhone 東京", "en", "und"},               // a word of another script is too little
	} {
		if got := DetectApart(c.text, language.MustParse(c.not)).String(); got != c.want {
			t.Errorf("DetectApart(%.40q, %s) = %s; want %s", c.text, c.not, got, c.want)
		}
	}
}

// TestTellApart: a target detected in its source's language that is in
// good part in another language takes that one; one declared, or a
// revision in the source's language, keeps its own.
func TestTellApart(t *testing.T) {
	load := func(text string, lang language.Tag) *Document {
		d, err := Load("t.txt", []byte(text), Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	src := load("The company said it would invest more. The plan was announced on Monday.", language.English)
	mixed := "Die Firma sagte, dass sie mehr investieren wird, und das ist auch für die Börse eine gute Nachricht.\n\nThe plan was announced on Monday by the company in the city, as it said it would be."
	for _, c := range []struct {
		text string
		lang language.Tag
		want string
	}{
		{mixed, language.Und, "de"},
		{mixed, language.English, "en"}, // declared: kept
		{"The company said it would invest much more. The plan was announced on Monday.", language.Und, "en"},
	} {
		d := load(c.text, c.lang)
		lang := d.Lang
		if got := TellApart(d, []*Document{nil, src}).Lang.String(); got != c.want {
			t.Errorf("TellApart(%.30q, %s): %s; want %s", c.text, c.lang, got, c.want)
		}
		if d.Lang != lang {
			t.Errorf("TellApart(%.30q, %s) changed its argument", c.text, c.lang)
		}
	}
}
