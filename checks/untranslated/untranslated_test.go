package untranslated_test

import (
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/untranslated"
)

func TestUntranslated(t *testing.T) {
	testCases := []struct {
		name, srcLang, tgtLang, src, tgt string
		aligned                          int
		want                             string
	}{
		{"japanese word left", "ja", "en", "米国からの入国者は3人だった。", "Three people came from 米国.", 1, "米国"},
		{"chinese word left", "zh", "en", "七名学生溺水。", "Seven 学生 drowned.", 1, "学生"},
		{"hindi word left", "hi", "en", "इस अवधि के दौरान चर्च बदल गया।", "During this अवधि the church changed.", 1, "अवधि"},
		{"russian word left", "ru", "en", "Это была долгая зима.", "It was a долгая winter.", 1, "долгая"},
		{"a run of words left is one error", "ru", "en", "Это была очень долгая зима.", "It was a очень долгая winter.", 1, "очень долгая"},
		{"words apart are two errors", "ru", "en", "Это была очень долгая зима.", "It was очень a долгая winter.", 1, "очень; долгая"},
		{"han is japanese script", "zh", "ja", "学生が来た。", "学生が来た。", 1, ""},
		{"script not in the source is no evidence", "en", "en", "The word for school.", "The word 学校 means school.", 1, ""},
		{"german word with umlaut in english", "de", "en",
			"Sie übersah den 24jährigen Fahrer.", "She overlooked the 24jährigen driver.", 1, "24jährigen"},
		{"a german word left outside code still counts", "de", "en",
			"Sie übersah den 24jährigen Fahrer beim Ausführen von Befehlen.", "She overlooked the 24jährigen driver while running commands.", 1, "24jährigen"},
		{"a path, a dot file and a manual page are code", "de", "en",
			"Die Nachricht steht in \"/etc/motd\", die Einstellungen in \"~/.bashrc\"; siehe xterm(1).",
			"The message is in \"/etc/motd\", the settings in \"~/.bashrc\"; see xterm(1).", 1, ""},
		{"a URL scheme is code", "de", "en",
			"Die Adresse kann mit http:// oder ftp:// beginnen.",
			"The address may begin with http:// or ftp://.", 1, ""},
		{"a quoted command is code", "de", "en",
			"Installieren Sie das Paket mit \"dpkg -i paket\" oder \"eval $(lesspipe)\".",
			"Install the package with \"dpkg -i paket\" or \"eval $(lesspipe)\".", 1, ""},
		{"source function word", "fr", "en",
			"Il faut changer l'argent, alors changez-le avant de partir et revenez.", "You must change the money, so change it before leaving et come back.", 1, "et"},
		{"sentence left in english", "en", "de",
			"Meta said that the new model will be released in the autumn. Revenue grew.",
			"Meta said that the new model will be released in the autumn. Der Umsatz wuchs.", 1,
			"Meta said that the new model will be released in the autumn."},
		{"sentence left in english in a chinese target", "en", "zh",
			"Apple unveiled a new chip. The company said the device would go on sale in September.",
			"苹果公司发布了新芯片。The company said the device would go on sale in September.", 1,
			"The company said the device would go on sale in September."},
		{"sentence left in english in a thai target", "en", "th",
			"The company said the device would go on sale in September.",
			"The company said the device would go on sale in September.", 1,
			"The company said the device would go on sale in September."},
		{"sentence left in english in a turkish target", "en", "tr",
			"Shares rose on Monday. The company said the device would go on sale in September.",
			"Hisseler pazartesi günü yükseldi. The company said the device would go on sale in September.", 1,
			"The company said the device would go on sale in September."},
		{"sentence left in russian in a ukrainian target", "ru", "uk",
			"Акции выросли в понедельник. Компания заявила, что устройство поступит в продажу в сентябре.",
			"Акції зросли в понеділок. Компания заявила, что устройство поступит в продажу в сентябре.", 1,
			"Компания заявила, что устройство поступит в продажу в сентябре."},
		{"russian and ukrainian share words, not sentences", "ru", "uk",
			"Компания заявила, что устройство поступит в продажу в сентябре.",
			"Компанія заявила, що пристрій надійде в продаж у вересні.", 1, ""},
		{"close languages share words, not sentences, without word lists", "es", "ca",
			"La empresa dijo que la inversión total será de diez millones en el próximo año.",
			"L'empresa va dir que la inversió total serà de deu milions l'any vinent.", 1, ""},
		{"an english quotation inside a japanese sentence is kept", "en", "ja",
			"He sang \"we will rock you\" at the end of the show.",
			"彼はショーの最後に「we will rock you」を歌い、観客も一緒に声を合わせて盛り上がった。", 1, ""},
		{"product names in a korean sentence", "en", "ko",
			"Apple unveiled the iPhone 16 Pro with a new A18 chip.",
			"애플은 새로운 A18 칩을 탑재한 iPhone 16 Pro를 공개했다.", 1, ""},
		{"names and numbers alone are no sentence", "en", "de",
			"Meta, Google and Microsoft spent $40 billion.",
			"Meta, Google und Microsoft gaben 40 Milliarden US-Dollar aus.", 1, ""},
		{"close languages share words, not sentences", "es", "pt",
			"La empresa dijo que la inversión total será de diez millones en el próximo año.",
			"A empresa disse que o investimento total será de dez milhões no próximo ano.", 1, ""},
		// A word the text cites as a term is kept on purpose.
		{"a term cited after a naming phrase", "fr", "en",
			"Ils le distillent eux-mêmes et l'appellent samargon.", "They distill it themselves and call it samargon.", 1, ""},
		{"the same word not cited", "fr", "en",
			"Ils distillent le samargon eux-mêmes.", "They distill samargon themselves.", 1, "samargon"},
		// A name that ends as a German noun does: "that" opens a clause
		// here, and the source quotes the title it is elsewhere.
		{"a title after a conjunction", "de", "en",
			"Ich hoffe, dass Fahrenheit Ihre Ansichten ändert.", "I hope that Fahrenheit changes your views.", 1, ""},
		{"a title the source quotes", "de", "en",
			"Doppelklicken Sie auf den Index der Fahrenheit-Dateien und wählen Sie „Fahrenheit“.", "Double-click on the Fahrenheit index and choose \"Fahrenheit\".", 1, ""},
		// A word with a letter Italian words do not use is a loanword
		// there; one without is Italian left in the target.
		{"a loanword of the source kept", "it", "en",
			"Prendete i cellulari specializzati - walkman (Sony Ericsson).", "Reach for specialized phones - walkman (Sony Ericsson).", 1, ""},
		{"a source word kept", "it", "en",
			"Prendete i cellulari specializzati.", "Reach for the specializzati phones.", 1, "specializzati"},
		{"spanish no is english no", "es", "en",
			"Prometió seguir luchando, aunque no dio detalles.", "He vowed to keep fighting, though he offered no specifics.", 1, ""},
		{"german so is english so", "de", "en",
			"Schirme wurden aufgestellt, so dass die Leute zusehen konnten.", "Screens were set up so that people could watch.", 1, ""},
		{"french article in a name", "fr", "en",
			"Il a visité le Musée des Beaux-Arts.", "He visited the Musée des Beaux-Arts.", 1, ""},
		{"names with diacritics are kept", "pl", "en",
			"Trener Miłosz Stępiński wygrał.", "Coach Miłosz Stępiński won.", 1, ""},
		{"spanish adverb", "es", "en",
			"Lo dijo formalmente ayer.", "He said it formalmente yesterday.", 1, "formalmente"},
		{"shared international word", "fr", "en",
			"La situation est importante.", "The situation is important.", 1, ""},
		{"domain part where no address was read", "de", "en",
			"Er liest zu wenige @IPCC_CH@twitter.com Berichte.", "He reads too few @IPCC_CH@twitter.com reports.", 1, ""},
		{"interjections are spelt for their sound", "de", "en",
			"Hmm, hmmm, so lala, sagte er.", "Hmm, hmmm, so lala, he said.", 1, ""},
		{"a short phrase quoted in the source language", "de", "en",
			"Man muss laut \"En garde\" rufen.", "One must call \"En garde\" loud and clear.", 1, ""},
		{"a word left in a long quotation", "it", "en",
			"Disse: \"I ministri hanno interpretato il voto\".", "He said: \"The ministers interpretato the vote\".", 1, "interpretato"},
		{"italian verb left in english", "it", "en",
			"I ministri hanno interpretato il voto come un avvertimento.", "The ministers interpretato the vote as a warning.", 1, "interpretato"},
		{"polish noun left in english", "pl", "en",
			"Wiele krajów nie zdobyło medalu.", "Many krajów won no medal.", 1, "krajów"},
		{"german noun left in english", "de", "en",
			"Die Untersuchung der Proben dauerte Wochen.", "The Untersuchung of the samples took weeks.", 1, "Untersuchung"},
		{"german noun after an article opening the sentence", "de", "en",
			"Die Untersuchung dauerte Wochen.", "The Untersuchung took weeks.", 1, "Untersuchung"},
		{"german noun in a name of several words", "de", "en",
			"Die Stuttgarter Zeitung berichtete.", "The Stuttgarter Zeitung reported.", 1, ""},
		{"german surname after a first name", "de", "en",
			"Sagte Stefan Hartung.", "Said Stefan Hartung.", 1, ""},
		{"abbreviation with a full stop", "de", "en",
			"Nach 10 min. kochen, Salz usw. zugeben.", "Boil for 10 min. and add salt, pepper usw., then serve.", 1, ""},
		{"short word ending the sentence", "pl", "en",
			"Spotkanie nadal trwa.", "The meeting still trwa.", 1, "trwa"},
		{"german place name kept", "de", "en",
			"Das Rennen am Lausitzring begann spät.", "The race at the Lausitzring started late.", 1, ""},
		{"english word shared with the source", "es", "en",
			"El pueblo celebró la fiesta.", "The pueblo celebrated the fiesta.", 1, ""},
		{"word cited in quotes", "es", "en",
			"La palabra caro significa querido.", "The word \"caro\" means dear.", 1, ""},
		{"source term in parentheses", "es", "en",
			"Lo garantizó el Instituto de concursos mercantiles.", "The Institute of Commercial Bankruptcy (concursos) guaranteed it.", 1, ""},
		{"language menu", "en", "de",
			"News.",
			"Nachricht\n\n한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês", 1, "한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês"},
		{"brand names are not debris", "en", "de",
			"Use YouTube and PayPal on the iPhone.", "Nutzen Sie YouTube und PayPal auf dem iPhone.", 1, ""},
		{"single greek letter is a symbol", "el", "en",
			"Η αντίσταση είναι 5 Ω.", "The resistance is 5 Ω.", 1, ""},
		{"greek word left", "el", "en",
			"Το βιβλίο ήταν μακρύ.", "The βιβλίο was long.", 1, "βιβλίο"},
		{"cyrillic look-alike inside a latin word", "ru", "en",
			"Сервис работает.", "The Servicе works.", 1, ""},
		{"single letter in quotes is a symbol", "uk", "en",
			"Літера «в» означає in.", "The letter \"в\" means in.", 1, ""},
		{"single letter between words is a word", "ru", "en",
			"Пришли солдаты и врачи.", "Soldiers и doctors came.", 1, "и"},
		{"single letter between digits is a symbol", "uk", "en",
			"Розмір 80 х 60 см.", "The size is 80 х 60 cm.", 1, ""},
		{"one han character is a word", "zh", "en",
			"我买了米。", "I bought 米.", 1, "米"},
		{"unaligned paragraph", "de", "en", "Text.", "Comment.\n\nThe 24jährigen driver.", 1, ""},
		// A function word of the source that the target's language writes
		// too (lookalikes.txt): French and Portuguese "entre", Dutch "na".
		{"function word of both, es-fr", "es", "fr",
			"Los mercados apuestan por tipos de entre el 2,5 % y el 2,75 %.",
			"Les marchés parient sur des taux compris entre 2,5 % et 2,75 %.", 1, ""},
		{"function word of the source only, es-fr", "es", "fr",
			"Los mercados apuestan por tipos bajos, pero el euro cae.",
			"Les marchés parient sur des taux bas, pero l'euro recule.", 1, "pero"},
		{"function word of both, pl-nl", "pl", "nl",
			"Po decyzji euro potaniało o 0,4%.", "De euro daalde na het besluit met 0,4%.", 1, ""},
		{"function word of both, id-nl", "id", "nl",
			"Gempa menewaskan lebih dari 2.000 orang dan melukai 2.400 orang.",
			"Meer dan 2000 mensen kwamen om en 2400 raakten gewond.", 1, ""},
		// Portuguese and Spanish gerunds end as Italian ones do: "quando" is
		// no Italian ending left in a Portuguese target.
		{"a shared ending, it-pt", "it", "pt",
			"È stato il terremoto più letale dal 1960, quando una scossa distrusse la città.",
			"Foi o terremoto mais mortal desde 1960, quando um tremor destruiu a cidade.", 1, ""},
		// An article before a hyphenated compound is its head's: "die
		// Samsung-Aktie" makes no German noun of Samsung.
		{"a name before a compound's head", "de", "en",
			"Die Samsung-Aktie fiel in Seoul um 1,3 %.", "Shares of Samsung fell 1.3% in Seoul.", 1, ""},
		// A word of current news the English word list lacks (en-extra.txt).
		{"a word of current news, nl-en", "nl", "en",
			"De groei in de eurozone blijft zwak.", "Growth in the eurozone remains weak.", 1, ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if g := pairtest.Spans(pairtest.Run(t, untranslated.Check, tc.src, tc.tgt, tc.srcLang, tc.tgtLang, tc.aligned)); g != tc.want {
				t.Errorf("got %q; want %q", g, tc.want)
			}
		})
	}
}

// TestDebrisByWritingSystem holds each writes line of data/scripts.txt:
// ordinary text of the language, which runs its scripts and Latin
// together, is quiet; a language menu in it is flagged.
func TestDebrisByWritingSystem(t *testing.T) {
	const menu = "EnglishFrançaisDeutsch한국어ΕλληνικάРусскийEspañol"
	testCases := []struct {
		lang, text string
	}{
		{"de", "Die Firma zeigte YouTube, PayPal und das iPhone."},
		{"ru", "Компания Apple представила новый iPhone в Москве."},
		{"uk", "Компанія Apple показала новий iPhone у Києві."},
		{"el", "Η εταιρεία Apple παρουσίασε το νέο iPhone στην Αθήνα."},
		{"zh", "苹果公司在北京发布了新款iPhone手机，售价5999元。"},
		{"zh-Hant", "台積電表示，新的AI晶片將於２０２６年量產。"},
		{"ja", "東京都はイベントを開催しました。"},
		{"ja", "ＮＨＫによると、ソニーは２０２５年にiPhone向けの新しいアプリを公開した。"},
		{"ko", "삼성전자는 서울에서 新型 Galaxy폰을 공개했다."},
		{"hi", "भारत ने ISRO के नए मिशन की घोषणा की।"},
		{"ar", "أعلنت شركة Apple عن هاتف iPhone جديد في دبي."},
		{"he", "החברה הודיעה שבYouTube ובFacebook יוצגו הסרטונים."},
		{"th", "บริษัท Apple เปิดตัว iPhone รุ่นใหม่ในกรุงเทพฯ"},
	}
	for _, tc := range testCases {
		t.Run(tc.lang+" quiet", func(t *testing.T) {
			got := pairtest.Spans(pairtest.Run(t, untranslated.Check, "The company showed it.", tc.text, "en", tc.lang, 1))
			if got != "" {
				t.Errorf("got %q; want nothing", got)
			}
		})
		t.Run(tc.lang+" menu", func(t *testing.T) {
			got := pairtest.Spans(pairtest.Run(t, untranslated.Check, "The company showed it.", tc.text+"\n\n"+menu, "en", tc.lang, 1))
			if got != menu {
				t.Errorf("got %q; want %q", got, menu)
			}
		})
	}
}

// A capitalised word that ends like a noun of the source language is a
// minor hint when an article stands before it on either side; without
// one it is a name that ends so (Hartung, Wasungen, Samsung).
func TestSourceNounIsAHint(t *testing.T) {
	for _, tc := range []struct {
		src, tgt string
		want     int
	}{
		{"Die Entscheidung fiel in Wasungen, sagte Hartung.", "The decision was made in Wasungen, said Hartung.", 0},
		{"Samsung stellte gestern vor.", "Samsung presented it yesterday.", 0},
		{"Die Untersuchung dauerte lange.", "The Untersuchung took a long time.", 1},
		{"Er sprach über die Eroberung.", "He spoke about Eroberung.", 1},
	} {
		a, fs := pairtest.Run(t, untranslated.Check, tc.src, tc.tgt, "de", "en", 1)
		if len(fs) != tc.want {
			t.Errorf("%q: got %v; want %d findings", tc.tgt, pairtest.Summary(a, fs), tc.want)
		}
		for _, f := range fs {
			if f.Severity > checks.Minor {
				t.Errorf("%q: %s; want minor at most", a.Target.Slice(f.Span), f.Severity)
			}
		}
	}
}

// A lower-case word the source writes as a capitalised noun was respelt as
// a loanword, and a short one the source glosses or joins to a noun is an
// abbreviation there: no findings. A longer one the source joins to a
// noun is a code or a name there, a minor hint. A lower-case word copied
// as the source writes it stays major.
func TestRespeltAndShortWordsAreHints(t *testing.T) {
	for _, tc := range []struct {
		src, tgt string
		want     checks.Severity // checks.Info: no finding
	}{
		{"Der Vortrag über Pentest-Hardware beginnt.", "The lecture on pentest hardware begins.", checks.Info},
		{"Das sagte ein Sprecher auf dpa-Anfrage.", "A spokesman said so when asked by the dpa.", checks.Info},
		{"Das sagte ein Sprecher auf xyzqw-Anfrage.", "A spokesman said so when asked by the xyzqw.", checks.Minor},
		{"Die Minister haben gestern verhandelt.", "The ministers verhandelt yesterday.", checks.Major},
	} {
		a, fs := pairtest.Run(t, untranslated.Check, tc.src, tc.tgt, "de", "en", 1)
		if tc.want == checks.Info && len(fs) != 0 {
			t.Errorf("%q: got %v; want none", tc.tgt, pairtest.Summary(a, fs))
			continue
		}
		if tc.want != checks.Info && (len(fs) != 1 || fs[0].Severity != tc.want) {
			t.Errorf("%q: got %d findings %v; want one %s", tc.tgt, len(fs), pairtest.Summary(a, fs), tc.want)
		}
	}
}
