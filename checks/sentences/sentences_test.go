package sentences_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/internal/pairtest"
	"github.com/crossread/crossread/checks/sentences"
)

// summary runs the check on a pair whose paragraphs are linked one to one
// and renders each finding as severity, category and the first word of
// its span.
func summary(t *testing.T, src, tgt, srcLang, tgtLang string) string {
	t.Helper()
	n := strings.Count(tgt, "\n\n") + 1
	a, fs := pairtest.Run(t, sentences.Check, src, tgt, srcLang, tgtLang, n)
	var out []string
	for _, f := range fs {
		first := append(strings.Fields(a.Target.Slice(f.Span)), "")[0]
		out = append(out, fmt.Sprintf("%s %s %s", f.Severity, f.Category, first))
	}
	return strings.Join(out, "; ")
}

const storm = "The storm reached the coast on Sunday night. More than 20,000 homes lost power across the region. " +
	"Schools in the region will stay closed for the rest of the week, the authorities said."

// TestSentences: sentences left out and added inside a linked paragraph.
func TestSentences(t *testing.T) {
	for _, c := range []struct {
		name, srcLang, tgtLang, src, tgt, want string
	}{
		{"de: every sentence translated", "en", "de", storm,
			"Der Sturm erreichte die Küste in der Nacht zum Montag. Mehr als 20.000 Haushalte in der Region hatten keinen Strom. " +
				"Die Schulen der Region bleiben für den Rest der Woche geschlossen, teilten die Behörden mit.", ""},
		{"de: the middle sentence left out", "en", "de", storm,
			"Der Sturm erreichte die Küste in der Nacht zum Montag. " +
				"Die Schulen der Region bleiben für den Rest der Woche geschlossen, teilten die Behörden mit.",
			"major accuracy/omission Die"},
		{"fr: every sentence translated", "en", "fr", storm,
			"La tempête a atteint la côte dimanche soir. Plus de 20 000 foyers ont été privés d'électricité dans la région. " +
				"Les écoles de la région resteront fermées jusqu'à la fin de la semaine, ont indiqué les autorités.", ""},
		{"fr: the middle sentence left out", "en", "fr", storm,
			"La tempête a atteint la côte dimanche soir. " +
				"Les écoles de la région resteront fermées jusqu'à la fin de la semaine, ont indiqué les autorités.",
			"major accuracy/omission Les"},
		{"ru: every sentence translated", "en", "ru", storm,
			"Шторм достиг побережья в воскресенье вечером. Более 20 000 домов в регионе остались без электричества. " +
				"Школы в регионе будут закрыты до конца недели, сообщили власти.", ""},
		{"ru: the middle sentence left out", "en", "ru", storm,
			"Шторм достиг побережья в воскресенье вечером. Школы будут закрыты до среды, сообщили власти.",
			"major accuracy/omission Шторм"},
		{"ja: every sentence translated", "en", "ja", storm,
			"嵐は日曜日の夜に沿岸に到達した。地域全体で2万戸以上が停電した。当局によると、地域の学校は今週いっぱい休校となる。", ""},
		{"zh: every sentence translated", "en", "zh", storm,
			"风暴于周日晚间抵达海岸。全区超过2万户家庭停电。当局表示，该地区学校本周余下时间停课。", ""},
		{"zh: the last sentence left out, without a number or a name", "en", "zh", storm,
			"风暴于周日晚间抵达海岸。全区超过2万户家庭停电。", "major accuracy/omission 全区超过2万户家庭停电。"},
		{"en from zh: the last sentence left out, without a number or a name", "zh", "en",
			"风暴于周日晚间抵达海岸。全区超过2万户家庭停电。当局表示，该地区学校本周余下时间停课。",
			"The storm reached the coast on Sunday night. More than 20,000 homes lost power.",
			"major accuracy/omission More"},
		{"en from zh: the sentence left out shares a word with its neighbour's translation, which may be a merge", "zh", "en",
			"风暴于周日晚间抵达海岸。全区超过2万户家庭停电。当局表示，该地区学校本周余下时间停课。",
			"The storm reached the coast on Sunday night. More than 20,000 homes lost power across the region.", ""},
		{"en from zh: every sentence translated", "zh", "en",
			"风暴于周日晚间抵达海岸。全区超过2万户家庭停电。当局表示，该地区学校本周余下时间停课。", storm, ""},
		{"en from zh: an added sentence that renders none of the source's words", "zh", "en",
			"风暴于周日晚间抵达海岸。当局表示，该地区学校本周余下时间停课。",
			"The storm reached the coast on Sunday night. Many people enjoyed the beautiful weather at the beach. The authorities said schools in the region will stay closed for the rest of the week.",
			"major accuracy/addition Many"},
		{"zh from en: an added sentence that renders none of the source's words", "en", "zh",
			"The storm reached the coast on Sunday night. The authorities said schools in the region will stay closed for the rest of the week.",
			"风暴于周日晚间抵达海岸。许多游客在海滩上享受美丽的阳光和音乐。当局表示，该地区学校本周余下时间停课。",
			"major accuracy/addition 许多游客在海滩上享受美丽的阳光和音乐。"},
		{"de: an added sentence with a number is major", "en", "de", storm,
			"Der Sturm erreichte die Küste in der Nacht zum Montag. Mehr als 20.000 Haushalte in der Region hatten keinen Strom. " +
				"Ein Feuerwehrmann sprach von 45 Verletzten in der Nacht. " +
				"Die Schulen der Region bleiben für den Rest der Woche geschlossen, teilten die Behörden mit.",
			"major accuracy/addition Ein"},
		{"fr: an added sentence without a number or a name is left alone: its length alone says too little", "en", "fr", storm,
			"La tempête a atteint la côte dimanche soir. Plus de 20 000 foyers ont été privés d'électricité dans la région. " +
				"Les habitants ont passé une nuit très difficile et longue. " +
				"Les écoles de la région resteront fermées jusqu'à la fin de la semaine, ont indiqué les autorités.",
			""},
		{"ru: a long sentence without a number or a name merged into its neighbour's bead, which the length fits without it", "en", "ru",
			"The talks lasted until late at night. Negotiators from both sides described the atmosphere as constructive and businesslike throughout the long day of meetings. A joint statement is expected on Friday.",
			"Переговоры продолжались до поздней ночи. Совместное заявление ожидается в пятницу.", "minor accuracy/omission Переговоры"},
		{"en from ru: the same, the last sentence", "ru", "en",
			"В понедельник в Москве прошло совещание по вопросам экономики. Президент поручил правительству подготовить меры поддержки малого бизнеса до конца месяца.",
			"A meeting on economic issues was held in Moscow on Monday.", "minor accuracy/omission A"},
		{"ru: two clauses made one shorter sentence fit its length", "en", "ru",
			"The talks lasted until late at night, and both sides described the atmosphere as constructive.",
			"Переговоры продолжались до поздней ночи, обе стороны назвали атмосферу конструктивной.", ""},
		{"ru: a conversion in brackets is no addition", "en", "ru",
			"The fine is $1,000.", "Штраф составляет 1000 долларов (около 90 тысяч рублей).", ""},
		{"ru: the same words outside brackets are", "en", "ru",
			"The fine is $1,000.", "Штраф составляет 1000 долларов, это около 90 тысяч рублей по нынешнему курсу.", "minor accuracy/addition Штраф"},
		{"de: a paragraph of punctuation for a sentence is critical", "en", "de",
			"The storm reached the coast on Sunday night.\n\nSchools will stay closed until Wednesday.",
			"Der Sturm erreichte die Küste am Sonntagabend.\n\n…", "critical accuracy/omission …"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := summary(t, c.src, c.tgt, c.srcLang, c.tgtLang); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

const siemens = "Siemens raised its forecast to 4.2 billion euros on Thursday, after sales rose 7.5 percent to 19.4 billion euros, " +
	"chief executive Roland Busch said in Munich."

// TestUnrelated: a segment whose target translates another text.
func TestUnrelated(t *testing.T) {
	for _, c := range []struct {
		name, tgtLang, tgt, want string
	}{
		{"de: the translation", "de", "Siemens hob am Donnerstag seine Prognose auf 4,2 Milliarden Euro an, nachdem der Umsatz um 7,5 Prozent " +
			"auf 19,4 Milliarden Euro gestiegen war, sagte Vorstandschef Roland Busch in München.", ""},
		{"de: another text", "de", "Die Katze schlief den ganzen Nachmittag auf dem warmen Fensterbrett in der Küche.",
			"major accuracy/mistranslation Die"},
		{"fr: the translation", "fr", "Siemens a relevé jeudi sa prévision à 4,2 milliards d'euros, après une hausse de 7,5 % des ventes " +
			"à 19,4 milliards d'euros, a déclaré à Munich le président du directoire Roland Busch.", ""},
		{"fr: another text", "fr", "Le chat a dormi tout l'après-midi sur le rebord chaud de la fenêtre de la cuisine.",
			"major accuracy/mistranslation Le"},
		{"ru: the translation", "ru", "Siemens в четверг повысила прогноз до 4,2 млрд евро после роста продаж на 7,5 % до 19,4 млрд евро, " +
			"заявил в Мюнхене глава компании Роланд Буш.", ""},
		{"ru: another text", "ru", "Кошка весь день спала на тёплом подоконнике в кухне.", "major accuracy/mistranslation Кошка"},
		{"ja: the translation", "ja", "シーメンスは木曜日、売上高が7.5％増の194億ユーロとなったことを受け、業績予想を42億ユーロに引き上げたと、" +
			"ローランド・ブッシュ社長がミュンヘンで述べた。", ""},
		{"ja: another text", "ja", "猫は午後ずっと台所の暖かい窓辺で眠っていた。", "major accuracy/mistranslation 猫は午後ずっと台所の暖かい窓辺で眠っていた。"},
		{"zh: the translation", "zh", "西门子首席执行官罗兰·布什周四在慕尼黑表示，在销售额增长7.5%至194亿欧元后，公司将预期上调至42亿欧元。", ""},
		{"zh: another text", "zh", "猫整个下午都睡在厨房温暖的窗台上。", "major accuracy/mistranslation 猫整个下午都睡在厨房温暖的窗台上。"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := summary(t, siemens, c.tgt, "en", c.tgtLang); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestUnrelatedByWords: into English, a source's words count as evidence
// (wordshare.tsv) beside its names: a translation keeps a cognate or the
// same word, another text keeps none. A number and three names alone
// were too little (German names of one word count for nothing, as every
// noun there is capitalised). Chinese and Japanese words count through
// their English glosses (internal/gloss), Russian ones as cognates once
// transcribed. Out of English the words say nothing.
func TestUnrelatedByWords(t *testing.T) {
	const other = "Heavy rain kept most fishing boats in the harbour for the whole week, and the market stayed half empty."
	for _, c := range []struct {
		name, srcLang, tgtLang, src, tgt, want string
	}{
		{"de: the translation", "de", "en",
			"Die Regierung in Berlin will die Steuern für kleine Unternehmen um 5 Prozent senken, sagte Finanzminister Lindner am Rande eines Treffens mit Vertretern der Wirtschaft in München.",
			"The government in Berlin wants to cut taxes for small businesses by 5 percent, finance minister Lindner said on the sidelines of a meeting with business representatives in Munich.", ""},
		{"de: another text", "de", "en",
			"Die Regierung in Berlin will die Steuern für kleine Unternehmen um 5 Prozent senken, sagte Finanzminister Lindner am Rande eines Treffens mit Vertretern der Wirtschaft in München.",
			other, "major accuracy/mistranslation Heavy"},
		{"fr: the translation", "fr", "en",
			"Le gouvernement veut réduire les impôts des petites entreprises et simplifier les démarches pour créer une société, a déclaré Bruno Le Maire à Lyon devant des patrons de la région.",
			"The government wants to cut taxes for small businesses and simplify the steps to create a company, Bruno Le Maire told business leaders from the region in Lyon.", ""},
		{"fr: another text", "fr", "en",
			"Le gouvernement veut réduire les impôts des petites entreprises et simplifier les démarches pour créer une société, a déclaré Bruno Le Maire à Lyon devant des patrons de la région.",
			other, "major accuracy/mistranslation Heavy"},
		{"it: the translation", "it", "en",
			"Il governo vuole ridurre le tasse per le piccole imprese e semplificare le procedure per aprire una società, ha detto Giorgetti a Milano davanti agli industriali della regione.",
			"The government wants to cut taxes for small businesses and simplify the procedures for opening a company, Giorgetti told industrialists from the region in Milan.", ""},
		{"it: another text", "it", "en",
			"Il governo vuole ridurre le tasse per le piccole imprese e semplificare le procedure per aprire una società, ha detto Giorgetti a Milano davanti agli industriali della regione.",
			other, "major accuracy/mistranslation Heavy"},
		{"es: a short source says too little", "es", "en", "El gobierno quiere bajar los impuestos.", other, ""},
		{"zh: the translation", "zh", "en", "研究人员周二发现，受污染的宠物食品已经导致至少25只猫死亡，当局正在调查相关工厂。",
			"Researchers found on Tuesday that contaminated pet food had killed at least 25 cats, and the authorities are investigating the factories involved.", ""},
		{"zh: a translation without the number", "zh", "en", "研究人员周二发现，受污染的宠物食品已经导致至少25只猫死亡，当局正在调查相关工厂。",
			"Researchers found on Tuesday that contaminated pet food had killed dozens of cats, and the authorities are investigating the factories involved.", ""},
		{"zh: another text", "zh", "en", "研究人员周二发现，受污染的宠物食品已经导致至少25只猫死亡，当局正在调查相关工厂。",
			other, "major accuracy/mistranslation Heavy"},
		{"ja: the translation", "ja", "en", "研究者は火曜日、汚染されたペットフードで少なくとも25匹の猫が死んだことを発見し、当局が工場を調査している。",
			"On Tuesday researchers discovered that contaminated pet food had killed at least 25 cats, and the authorities are investigating the factory.", ""},
		{"ja: another text", "ja", "en", "研究者は火曜日、汚染されたペットフードで少なくとも25匹の猫が死んだことを発見し、当局が工場を調査している。",
			other, "major accuracy/mistranslation Heavy"},
		{"ru: the translation", "ru", "en",
			"В 2023 году компания Газпром сократила экспорт газа в Европу на 12 процентов, сообщил во вторник президент концерна Алексей Миллер на конференции в Москве.",
			"In 2023 Gazprom cut its gas exports to Europe by 12 percent, the group's president Alexei Miller told a conference in Moscow on Tuesday.", ""},
		{"ru: another text, by its words as well", "ru", "en",
			"В 2023 году компания Газпром сократила экспорт газа в Европу на 12 процентов, сообщил во вторник президент концерна Алексей Миллер на конференции в Москве.",
			other, "major accuracy/mistranslation Heavy"},
		{"en to de: English words say nothing", "en", "de",
			"The government in London wants to lower taxes for small businesses and cut the paperwork needed to start a new firm, Rachel Reeves told bankers in Manchester.",
			"Starker Regen hielt die meisten Fischerboote die ganze Woche im Hafen, und der Markt blieb halb leer.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := summary(t, c.src, c.tgt, c.srcLang, c.tgtLang); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestEmptyTargetLeftToCoverage: a target without a word is the coverage
// check's finding.
func TestEmptyTargetLeftToCoverage(t *testing.T) {
	if got := summary(t, siemens, ".", "en", "de"); got != "" {
		t.Errorf("got %q; want nothing", got)
	}
}

var _ = checks.Minor

// TestUnrelatedConverted: a translation that converts every measurement
// of its source to other units shares no number with it as written, but
// renders them: it is no other text. Measurements that do not convert
// into each other leave the finding.
func TestUnrelatedConverted(t *testing.T) {
	const src = `I'm 5'5" and 130 pounds and I ordered the small size, so if you are stuck between two sizes, size down.`
	for _, c := range []struct{ name, tgt, want string }{
		{"converted", "Měřím 165 cm a vážím 59 kg, objednala jsem si malou velikost, takže pokud váháte mezi dvěma velikostmi, zvolte menší.", ""},
		{"other measurements", "Měřím 190 cm a vážím 95 kg, objednala jsem si malou velikost, takže pokud váháte mezi dvěma velikostmi, zvolte menší.",
			"major accuracy/mistranslation Měřím"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := summary(t, src, c.tgt, "en", "cs"); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
