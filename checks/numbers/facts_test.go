package numbers_test

import (
	"testing"
)

// TestFactsByValue compares dates, clock times and numerals written in
// the forms of each language by value, each firing and quiet, and checks
// that every fix offered applies.
func TestFactsByValue(t *testing.T) {
	runCompareCases(t, []compareCase{
		// Clock times.
		{name: "French spaced h", tgtLang: "fr", tgt: "La réunion est à 14 h 05.", srcLang: "en", src: "The meeting is at 14:05."},
		{name: "French spaced h changed", tgtLang: "fr", tgt: "La réunion est à 15 h 05.", srcLang: "en", src: "The meeting is at 14:05.",
			want: []string{`major accuracy/mistranslation "15 h 05"`}},
		{name: "p.m. on the 24-hour clock", tgtLang: "de", tgt: "Die Party beginnt um 20 Uhr.", srcLang: "en", src: "The party starts at 8 p.m."},
		{name: "p.m. as a morning hour", tgtLang: "de", tgt: "Die Party beginnt um 8 Uhr.", srcLang: "en", src: "The party starts at 8 p.m.",
			want: []string{`major accuracy/mistranslation "8 Uhr"`}, wantMessageParts: []string{"the other half of the day"}},
		{name: "p.m. with a word for the evening", tgtLang: "de", tgt: "Die Party beginnt um 8 Uhr abends.", srcLang: "en", src: "The party starts at 8 p.m."},
		{name: "a.m. as the other half", tgtLang: "de", tgt: "Sie beginnt um 8.30 Uhr.", srcLang: "en", src: "It starts at 8:30 p.m.",
			want: []string{`major accuracy/mistranslation "8.30 Uhr" => Use 20.30 Uhr`}},
		{name: "military time with a zone", tgtLang: "en", tgt: "The attack was at 2:05 p.m. GMT.", srcLang: "de", src: "Der Anschlag war um 1405 GMT."},
		{name: "military time changed", tgtLang: "en", tgt: "The attack was at 3:05 p.m. GMT.", srcLang: "de", src: "Der Anschlag war um 1405 GMT.",
			want: []string{`major accuracy/mistranslation "3:05 p.m." => Use 2:05 p.m.`}},
		{name: "dotted times in Czech", tgtLang: "en", tgt: "Open from 8:30 to 11:45.", srcLang: "cs", src: "Otevřeno od 8.30 do 11.45."},
		{name: "dotted time changed", tgtLang: "en", tgt: "Open from 8:30 to 12:45.", srcLang: "cs", src: "Otevřeno od 8.30 do 11.45.",
			want: []string{`major accuracy/mistranslation "12:45" => Use 11:45`}},
		{name: "dotted times between two comma languages", tgtLang: "uk", tgt: "Відкрито з 8.00 до 17.00 годин.", srcLang: "cs", src: "Otevřeno od 8.00 do 17.00 hodin."},
		{name: "decades in German", tgtLang: "de", tgt: "Er wartete über drei Jahrzehnte.", srcLang: "en", src: "He waited for over three decades."},
		{name: "decades in German as years", tgtLang: "de", tgt: "Er wartete drei Jahrzehnte.", srcLang: "en", src: "He waited for 30 years."},
		{name: "decades in German changed", tgtLang: "de", tgt: "Er wartete über vier Jahrzehnte.", srcLang: "en", src: "He waited for over three decades.",
			want: []string{`major accuracy/mistranslation "vier"`}},
		{name: "decades in Russian", tgtLang: "en", tgt: "He waited for 30 years.", srcLang: "ru", src: "Он ждал три десятилетия."},
		{name: "centuries in German", tgtLang: "de", tgt: "Vor zwei Jahrhunderten.", srcLang: "en", src: "Two centuries ago."},
		{name: "a Ukrainian century after its ordinal", tgtLang: "uk", tgt: "У середині 80-х років 20 сторіччя режим послабився.", srcLang: "cs", src: "V polovině 80. let 20. století se režim uvolnil."},
		{name: "a Polish time after o", tgtLang: "en", tgt: "The meeting starts at 2:05 p.m.", srcLang: "pl", src: "Spotkanie zaczyna się o 14.05."},
		{name: "a Polish time after o changed", tgtLang: "en", tgt: "The meeting starts at 3:05 p.m.", srcLang: "pl", src: "Spotkanie zaczyna się o 14.05.",
			want: []string{`major accuracy/mistranslation "3:05 p.m." => Use 2:05 p.m.`}},
		{name: "a Russian time after в changed", tgtLang: "en", tgt: "The meeting starts at 4:05 p.m.", srcLang: "ru", src: "Встреча начнется в 14.05.",
			want: []string{`major accuracy/mistranslation "4:05 p.m." => Use 2:05 p.m.`}},
		{name: "a Russian day and month without в", tgtLang: "en", tgt: "The meeting will take place on May 14.", srcLang: "ru", src: "Встреча состоится 14.05."},
		{name: "a Greek afternoon", tgtLang: "en", tgt: "The meeting starts at 2:05 p.m.", srcLang: "el", src: "Η συνάντηση αρχίζει στις 2:05 μ.μ."},
		{name: "a Greek afternoon in the morning", tgtLang: "en", tgt: "The meeting starts at 2:05 a.m.", srcLang: "el", src: "Η συνάντηση αρχίζει στις 2:05 μ.μ.",
			want: []string{`major accuracy/mistranslation "2:05 a.m."`}},
		{name: "into Greek, the morning for the afternoon", tgtLang: "el", tgt: "Η συνάντηση αρχίζει στις 2:05 π.μ.", srcLang: "en", src: "The meeting starts at 2:05 p.m.",
			want: []string{`major accuracy/mistranslation "2:05 π.μ."`}},
		{name: "a Hindi evening", tgtLang: "en", tgt: "The meeting starts at 7 p.m.", srcLang: "hi", src: "बैठक शाम 7 बजे शुरू होगी।"},
		{name: "a Hindi evening on the 24-hour clock", tgtLang: "en", tgt: "The meeting starts at 19:00.", srcLang: "hi", src: "बैठक शाम 7 बजे शुरू होगी।"},
		{name: "a Hindi evening in the morning", tgtLang: "en", tgt: "The meeting starts at 7 a.m.", srcLang: "hi", src: "बैठक शाम 7 बजे शुरू होगी।",
			want: []string{`major accuracy/mistranslation "7 a.m."`}},
		{name: "a Hindi afternoon with minutes", tgtLang: "en", tgt: "The meeting starts at 2:05 p.m.", srcLang: "hi", src: "बैठक दोपहर 2:05 बजे शुरू होगी।"},
		{name: "a Hindi morning in the evening", tgtLang: "en", tgt: "The meeting starts at 9 p.m.", srcLang: "hi", src: "बैठक सुबह 9 बजे शुरू होगी।",
			want: []string{`major accuracy/mistranslation "9 p.m."`}},
		{name: "a Japanese hour", tgtLang: "en", tgt: "Open until 3 p.m. on weekdays.", srcLang: "ja", src: "平日15時まで営業。"},
		{name: "a Japanese hour changed", tgtLang: "en", tgt: "Open until 5 p.m. on weekdays.", srcLang: "ja", src: "平日15時まで営業。",
			want: []string{`major accuracy/mistranslation "5 p.m."`}},
		{name: "hours as bare numbers", tgtLang: "cs", tgt: "V sobotu v 11, v poledne a ve 14 hodin.", srcLang: "en", src: "On Saturday at 11am, noon and 2pm."},
		{name: "a Chinese hour", tgtLang: "en", tgt: "He called at 7 o'clock.", srcLang: "zh", src: "他7点多打电话。"},

		// Dates.
		{name: "numeric date, en-US order", tgtLang: "en", tgt: "He came on 03/05/2024.", srcLang: "de", src: "Am 05.03.2024 kam er."},
		{name: "numeric date, changed day", tgtLang: "en", tgt: "He came on 03/06/2024.", srcLang: "de", src: "Am 05.03.2024 kam er.",
			want: []string{`major accuracy/mistranslation "03/06/2024" => Use 03/05/2024`}, wantMessageParts: []string{"March 6, 2024"}},
		{name: "numeric date, changed year", tgtLang: "de", tgt: "Am 05.03.2023 kam er.", srcLang: "en", src: "He came on 03/05/2024.",
			want: []string{`major accuracy/mistranslation "05.03.2023" => Use 05.03.2024`}},
		{name: "numeric date, copied order", tgtLang: "en", tgt: "He came on 05/03/2024.", srcLang: "de", src: "Am 05.03.2024 kam er.",
			want: []string{`major accuracy/mistranslation "05/03/2024" => Use 03/05/2024`}, wantMessageParts: []string{"swapped"}},
		{name: "numeric date as words", tgtLang: "en", tgt: "From January 4, 2022, new rules apply.", srcLang: "cs", src: "Od 4.1.2022 platí nová pravidla."},
		{name: "numeric date as words, changed day", tgtLang: "en", tgt: "From January 5, 2022, new rules apply.", srcLang: "cs", src: "Od 4.1.2022 platí nová pravidla.",
			want: []string{`major accuracy/mistranslation "5" => Use 4`}, wantMessageParts: []string{"changed date"}},
		{name: "ISO date as words", tgtLang: "en", tgt: "The pump failed on July 7, 2019.", srcLang: "zh", src: "2019-7-7水泵故障。"},
		{name: "words as a numeric date, changed day", tgtLang: "de", tgt: "Er kam am 06.03.2024.", srcLang: "en", src: "He came on 5 March 2024.",
			want: []string{`major accuracy/mistranslation "06.03.2024" => Use 05.03.2024`}},
		{name: "words as a numeric date", tgtLang: "de", tgt: "Er kam am 05.03.2024.", srcLang: "en", src: "He came on 5 March 2024."},
		{name: "written dates, changed day", tgtLang: "de", tgt: "Er kam am 6. März 2024.", srcLang: "en", src: "He came on 5 March 2024.",
			want: []string{`major accuracy/mistranslation "6" => Use 5`}, wantMessageParts: []string{"changed date: target day 6 of März"}},
		{name: "a day in words", tgtLang: "en", tgt: "The race is on November 1st in Imola.", srcLang: "de", src: "Das Rennen ist am ersten November in Imola."},
		{name: "a day in words, changed", tgtLang: "en", tgt: "The race is on November 10th in Imola.", srcLang: "de", src: "Das Rennen ist am ersten November in Imola.",
			want: []string{`major accuracy/mistranslation "10th"`}, wantMessageParts: []string{"changed date: target day 10th of November, source day ersten of November"}},
		{name: "days in words on both sides", tgtLang: "en", tgt: "It ends on February 15 and resumes on the first of March.", srcLang: "ru", src: "Он завершится пятнадцатого февраля и возобновится первого марта."},
		{name: "an ordinal without a month is no day", tgtLang: "de", tgt: "Zum zehnten Mal im Mai.", srcLang: "en", src: "For the first time in May."},
		{name: "spaced Czech dates", tgtLang: "uk", tgt: "Свята 25.02. і 01.05.", srcLang: "cs", src: "Svátky 25. 2. a 1. 5."},
		{name: "spaced Czech dates, changed", tgtLang: "uk", tgt: "Свята 25.02. і 02.05.", srcLang: "cs", src: "Svátky 25. 2. a 1. 5.",
			want: []string{`major accuracy/mistranslation "02.05." => Use 01.05.`}},

		// Numerals.
		{name: "lakh and crore in Devanagari", tgtLang: "hi", tgt: "लागत १.५ करोड़ रुपये है।", srcLang: "en", src: "The cost is 1.5 crore rupees."},
		{name: "lakh and crore changed", tgtLang: "hi", tgt: "लागत १.६ करोड़ रुपये है।", srcLang: "en", src: "The cost is 1.5 crore rupees.",
			want: []string{`major accuracy/mistranslation "१.६ करोड़ रुपये" => Use १.५`}},
		{name: "Japanese tenths", tgtLang: "en", tgt: "About 90% of people were satisfied.", srcLang: "ja", src: "約9割の人が満足した。"},
		{name: "Japanese tenths changed", tgtLang: "en", tgt: "About 80% of people were satisfied.", srcLang: "ja", src: "約9割の人が満足した。",
			want: []string{`major accuracy/mistranslation "80%" => Use 90`}},
		{name: "Chinese tenths in words", tgtLang: "en", tgt: "It may recover to 30% to 60% of 2019.", srcLang: "zh", src: "预计可恢复至2019年的三成至六成。"},

		{name: "a fraction in characters", tgtLang: "en", tgt: "About 33% of people agreed.", srcLang: "zh", src: "约三分之一的人同意。"},
		{name: "a Japanese fraction as half", tgtLang: "en", tgt: "Half of the increase will be paid.", srcLang: "ja", src: "上昇分の２分の１を給付する。"},

		{name: "and a half", tgtLang: "en", tgt: "The twins (16.5).", srcLang: "he", src: "התאומות (16 וחצי)."},
		{name: "and a half changed", tgtLang: "en", tgt: "The twins (17.5).", srcLang: "he", src: "התאומות (16 וחצי).",
			want: []string{`major accuracy/mistranslation "17.5" => Use 16.5`}},

		{name: "a Japanese middle-dot decimal", tgtLang: "en", tgt: "Within a 2.5km radius of the station.", srcLang: "ja", src: "駅を中心に半径約２・５キロの範囲。"},
		{name: "a Japanese middle-dot decimal changed", tgtLang: "en", tgt: "Within a 3.5km radius of the station.", srcLang: "ja", src: "駅を中心に半径約２・５キロの範囲。",
			want: []string{`major accuracy/mistranslation "3.5km" => Use 2.5`}},

		{name: "a half after a counter", tgtLang: "en", tgt: "We waited 2.5 hours, then two and a half more.", srcLang: "ja", src: "２時間半待ち、さらに２時間半待った。"},
		{name: "a half after a counter changed", tgtLang: "en", tgt: "We waited 3.5 hours.", srcLang: "ja", src: "２時間半待った。",
			want: []string{`major accuracy/mistranslation "3.5" => Use 2.5`}},
		{name: "a month and a half in Chinese", tgtLang: "en", tgt: "He stayed in hospital for a month and a half.", srcLang: "zh", src: "他在医院住了一个半月。"},

		{name: "ares in square metres", tgtLang: "en", tgt: "The land of about 2,960 square meters.", srcLang: "ja", src: "その土地約２９・６アール。"},
		{name: "ares in square metres changed", tgtLang: "en", tgt: "The land of 296 square meters.", srcLang: "ja", src: "その土地２９・６アール。",
			// A conversion off by a factor of ten is read as a number
			// missing and one added, not as one changed (see unconverted).
			want: []string{`minor accuracy/omission "The land of 296 square meters."`, `minor accuracy/addition "296 square meters"`}},

		{name: "a fiscal year glued to its mark", tgtLang: "en", tgt: "Emissions in FY2013 were 1,476 tons.", srcLang: "ja", src: "１３年度の排出量は１４７６トン。"},
		{name: "a fiscal year glued to its mark changed", tgtLang: "en", tgt: "Emissions in FY2014 were 1,476 tons.", srcLang: "ja", src: "１３年度の排出量は１４７６トン。",
			want: []string{`major accuracy/mistranslation "2014" => Use 2013`}},

		{name: "a count said by a word", tgtLang: "en", tgt: "You can't have both cards at the same time.", srcLang: "ja", src: "この2枚のカードは同時に持てません。"},
		{name: "once for one time", tgtLang: "en", tgt: "But it's just once a year.", srcLang: "ja", src: "でも１年に１度なので。"},
		{name: "a count no word says", tgtLang: "en", tgt: "You can't have these cards at the same time.", srcLang: "ja", src: "この2枚のカードは同時に持てません。",
			want: []string{`minor accuracy/omission "You can't have these cards at the same time."`}},

		{name: "a circled step", tgtLang: "en", tgt: "Carry out step 2.", srcLang: "ja", src: "手順②を実行する。"},
		{name: "a circled step changed", tgtLang: "en", tgt: "Carry out step 3.", srcLang: "ja", src: "手順②を実行する。",
			want: []string{`major accuracy/mistranslation "3" => Use 2`}},
		{name: "circled list marks dropped", tgtLang: "en", tgt: "Prepare, then run.", srcLang: "ja", src: "①準備する②実行する"},
		{name: "an era's initial", tgtLang: "en", tgt: "It was completed in 1999.", srcLang: "ja", src: "H11年に完成した。"},
		{name: "an era's initial changed", tgtLang: "en", tgt: "It was completed in 1998.", srcLang: "ja", src: "H11年に完成した。",
			want: []string{`major accuracy/mistranslation "1998" => Use 1999`}},
		{name: "a year padded in a list", tgtLang: "en", tgt: "Published in 1903 (Meiji 36) and in 1905 (Meiji 38).", srcLang: "ja", src: "１９０３（明治３６）年と、０５（同３８）年に発表した。"},
		{name: "an era's year restated in brackets, the western kept", tgtLang: "en", tgt: "The shipwreck of 1890 began it.", srcLang: "ja", src: "明治２３（１８９０）年の遭難が発端だ。"},
		{name: "an era's year in brackets, the western kept", tgtLang: "en", tgt: "The shipwreck of 1890 began it.", srcLang: "ja", src: "１８９０（明治２３）年の遭難が発端だ。"},
		{name: "an era's year that disagrees with the bracket", tgtLang: "en", tgt: "The shipwreck of 1891 began it.", srcLang: "ja", src: "明治２３（１８９１）年の遭難が発端だ。",
			want: []string{`minor accuracy/omission "The shipwreck of 1891 began it."`}},

		// Equivalences and blame.
		{name: "feet and inches converted", tgtLang: "cs", tgt: "Měřím 165 cm.", srcLang: "en", src: `I'm 5'5".`},
		{name: "feet and inches converted wrongly", tgtLang: "cs", tgt: "Měřím 185 cm.", srcLang: "en", src: `I'm 5'5".`,
			want: []string{`major accuracy/mistranslation "185 cm" => Use 165`}},
		{name: "feet and inches in words", tgtLang: "ru", tgt: "Мой рост 5 футов 5 дюймов.", srcLang: "en", src: `I'm 5'5".`},
		{name: "feet and inches in words changed, no fix", tgtLang: "ru", tgt: "Мой рост 5 футов 6 дюймов.", srcLang: "en", src: `I'm 5'5".`,
			want: []string{`major accuracy/mistranslation "5 футов 6 дюймов"`}},
		{name: "a third as a percentage", tgtLang: "en", tgt: "A third of voters stayed home.", srcLang: "de", src: "33 % der Wähler blieben zu Hause."},
		{name: "a million as a myriad", tgtLang: "en", tgt: "About one million passengers a week.", srcLang: "zh", src: "每周约100万人次。"},
		{name: "half a million against a German phrase it does not read", tgtLang: "de", tgt: "Eine halbe Million Menschen kamen.", srcLang: "en", src: "Half a million people came."},
		{name: "a number word is no decimal changed", tgtLang: "en", tgt: "It took two months.", srcLang: "de", src: "Es dauerte 3,6 Monate.",
			want: []string{`minor accuracy/omission "It took two months."`}},
		{name: "a number word for a whole number changed", tgtLang: "en", tgt: "It took two months.", srcLang: "de", src: "Es dauerte 3 Monate.",
			want: []string{`major accuracy/mistranslation "two"`}},
		{name: "a range converted bound by bound", tgtLang: "cs", tgt: "Vážil 170 až 180 kg.", srcLang: "en", src: "It weighed between 375 and 400 pounds."},
		{name: "a range converted wrongly", tgtLang: "cs", tgt: "Vážil 170 až 250 kg.", srcLang: "en", src: "It weighed between 375 and 400 pounds.",
			want: []string{`major accuracy/mistranslation "250 kg" => Use 181`}},
		{name: "pounds as money", tgtLang: "cs", tgt: "Stálo to 500 liber.", srcLang: "en", src: "It cost 400 pounds.",
			want: []string{`major accuracy/mistranslation "500 liber" => Use 400`}},
		{name: "a year added beside the source's", tgtLang: "en", tgt: "More students came in 2022 than in 2021.", srcLang: "zh", src: "2022年留学生人数同比上升。",
			want: []string{`minor accuracy/addition "2021"`}},
		{name: "the same section number in two comma languages", tgtLang: "uk", tgt: "1.1 Число 54 ділиться на 6.", srcLang: "cs", src: "1.1 Číslo 54 je násobkem 6."},
		{name: "the same digits blamed, a power of ten apart", tgtLang: "en", tgt: "Revenue was 89.6 billion dollars, expected to reach 138 billion.", srcLang: "zh", src: "收入为89.6亿元，预计达到138亿元。",
			want: []string{`major accuracy/mistranslation "89.6 billion dollars" => Use 8.96`, `major accuracy/mistranslation "138 billion" => Use 13.8`}},
		{name: "a scale word of a language without number words, blamed on its digits", tgtLang: "sw", tgt: "Kampuni itawekeza dola bilioni 3.2; faida yake ni asilimia 7.", srcLang: "en", src: "The company will invest $3.2 billion; its margin is 40 %.",
			// The 7 is no percentage without the language's word for one:
			// missing and added, not changed.
			want: []string{`minor accuracy/omission "Kampuni itawekeza dola bilioni 3.2; faida yake ni asilimia 7."`, `minor accuracy/mistranslation "3.2"`, `minor accuracy/addition "7"`}},
		{name: "the same in a language with number words", tgtLang: "am", tgt: "ኩባንያው 3.2 ቢሊዮን ዶላር ያፈሳል፤ ትርፉ 7 በመቶ ነው።", srcLang: "en", src: "The company will invest $3.2 billion; its margin is 40 %.",
			want: []string{`major accuracy/mistranslation "7 በመቶ" => Use 40`}},
		// A scale word's fix keeps the case and number of the word it
		// replaces, or there is none; digits are no fix for a wrong
		// scale word when they would fall below one.
		{name: "a scale word with a case ending of vowel harmony", tgtLang: "az", tgt: "Ölkənin əhalisi 10 milyardı keçib.", srcLang: "en", src: "The population exceeded 10 million.",
			want: []string{`critical accuracy/mistranslation "10 milyardı"`}},
		{name: "a scale word in a case the lexicon adds", tgtLang: "is", tgt: "Bankinn tapaði 5 milljónum króna.", srcLang: "en", src: "The bank lost 5 billion kronur.",
			want: []string{`critical accuracy/mistranslation "5 milljónum króna" => Use milljörðum`}},
		// No digits for it either: 2 takes another plural form than 2000,
		// and the words after a number agree with it ("2 тысячи", "2000
		// тысяч"); after каля, which governs the case, both would read
		// right, but in the nominative the fix would break the phrase.
		{name: "a thousand for a million in a declining language", tgtLang: "be", tgt: "У Мінску жыве каля 2 тысяч чалавек.", srcLang: "en", src: "About 2 million people live in Minsk.",
			want: []string{`critical accuracy/mistranslation "2 тысяч"`}},
		{name: "a thousand for a million, the same plural form", tgtLang: "ru", tgt: "В городе живут 5 тысяч человек.", srcLang: "en", src: "5 million people live in the city.",
			want: []string{"critical accuracy/mistranslation \"5 тысяч\" => Use 5\u00a0000"}},
		// "mil" is a word, though as short as an abbreviation: no "mi" in
		// its place; and milhão or milhões the word does not tell.
		{name: "a thousand for a million as a short word", tgtLang: "pt", tgt: "O aeroporto recebeu 35 mil passageiros.", srcLang: "en", src: "The airport handled 35 million passengers.",
			want: []string{`critical accuracy/mistranslation "35 mil" => Use 35.000`}},
		{name: "a changed count whose noun agrees with it", tgtLang: "ru", tgt: "Пришли 2 человека.", srcLang: "en", src: "5 people came.",
			want: []string{`major accuracy/mistranslation "2"`}},
		{name: "a changed number of a name, before a word", tgtLang: "en", tgt: "The parade was shown by the Rossiya 2 TV channel.", srcLang: "ru", src: "Парад транслировал телеканал «Россия 1».",
			want: []string{`major accuracy/mistranslation "2" => Use 1`}},
		{name: "a changed fraction before a word", tgtLang: "ru", tgt: "Решение поддержали 1/2 опрошенных.", srcLang: "en", src: "3/4 of those asked backed the decision.",
			want: []string{`major accuracy/mistranslation "1/2" => Use 3/4`}},
		{name: "a changed count of the same plural form", tgtLang: "ru", tgt: "Пришли 6 человек.", srcLang: "en", src: "5 people came.",
			want: []string{`major accuracy/mistranslation "6" => Use 5`}},
		{name: "thousands for units: no fraction of a thousand", tgtLang: "en", tgt: "She rents it out for PLN 880 thousand a month.", srcLang: "pl", src: "Wynajmuje je za 880 zł miesięcznie.",
			want: []string{`critical accuracy/mistranslation "PLN 880 thousand"`}},
		// A time said toward the next hour (halb neun, 8:30) or as a
		// part of one; such a time says no half of the day.
		{name: "half past eight as halb neun", tgtLang: "de", tgt: "Die Sitzung beginnt um halb neun.", srcLang: "en", src: "The meeting starts at half past eight."},
		{name: "a quarter past eight as čtvrt na devět", tgtLang: "cs", tgt: "Musíme přijít ve čtvrt na devět.", srcLang: "en", src: "We have to come at a quarter past eight."},
		{name: "1.30pm as půl druhé", tgtLang: "cs", tgt: "Nehoda se stala v pátek kolem půl druhé odpoledne.", srcLang: "en", src: "The crash happened on Friday around 1.30pm."},
		{name: "half past eight as halb acht", tgtLang: "de", tgt: "Die Sitzung beginnt um halb acht.", srcLang: "en", src: "The meeting starts at half past eight.",
			want: []string{`major accuracy/mistranslation "halb acht"`}},
		// Floors counted from 0 (Czech, German) and from 1 (Ukrainian,
		// Russian, Japanese); English either way.
		{name: "a floor counted from 0 and from 1", tgtLang: "uk", tgt: "Заяву можна подати в гімназії на 2-у поверсі.", srcLang: "cs", src: "Přihlášku lze odevzdat ve studovně v 1. patře."},
		{name: "a floor counted from 0 and from 1, Japanese", tgtLang: "ja", tgt: "火災は5階で発生した。", srcLang: "pl", src: "Pożar wybuchł na 4. piętrze."},
		{name: "an English floor either way", tgtLang: "de", tgt: "Das Büro liegt im 2. Stock.", srcLang: "en", src: "The office is on the third floor."},
		{name: "the same digits, another floor", tgtLang: "ru", tgt: "Офис находится на 3-м этаже.", srcLang: "de", src: "Das Büro liegt im 3. Stock.",
			want: []string{`major accuracy/mistranslation "3"`}},
		{name: "another floor, no fix", tgtLang: "uk", tgt: "Пропоную квартиру на 5 поверсі.", srcLang: "cs", src: "Nabízím byt v 7. patře.",
			want: []string{`major accuracy/mistranslation "5"`}},
		{name: "a foreign decimal still fires", tgtLang: "de", tgt: "Es kostet 24,000 Euro.", srcLang: "en", src: "It costs 24,000 euros.",
			want: []string{`minor locale-convention/number-format "24,000 Euro" => Use 24.000`}},
	})
}
