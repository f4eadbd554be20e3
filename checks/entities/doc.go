// Package entities defines the entities check.
//
// entities: a source proper name missing, replaced or misspelt in the target
//
// The check compares the proper names of each target paragraph with those
// of its aligned source paragraphs, in targets written in Latin letters.
// In a target in Cyrillic or Greek letters, where capitalised adjectives
// and declined place names read as names, it looks for one thing only: a
// person of the source (a listed given name opening the name,
// data/givennames.txt) that the target lacks, with, in its place, one run
// of capitalised words no source word explains and no consonant skeleton
// ties to the person ("Том Джонс" for "Brad Smith"; "Стива Кука" is Steve
// Cook declined): a name replaced, major. In a Japanese target, the same
// for a person the target's kana do not spell and one run of katakana
// names joined by "・" that no source word sounds like and that does not
// open each name with the person's consonants ("トム・ジョーンズ" for
// Brad Smith; "カミーユ・バスケス" is Camille Vasquez), or one katakana
// surname before a title of persons (data/words.txt persontitle.ja:
// "ショルツ首相" for Friedrich Merz; a person whose surname the kana spell
// or open with its initial is kept, "メルツ首相", "プーチン大統領"), and in a Chinese one
// for a run of sound characters joined by "·" ("汤姆·琼斯") or a surname
// alone of three sound characters or more that no source word sounds like
// ("特朗普" for Emmanuel Macron). A person is kept when the target has
// the surname: "Эммануэлем Миттераном" keeps the given name only, and a
// run that opens with it and ends in a word no source has replaces the
// person. In a Hebrew or Arabic-script target (Hebrew, Arabic, Persian,
// Urdu), a Devanagari or a Hangul one, which write a foreign person by the
// sounds of the name and have no capitals, a person is kept when a target word, behind its
// prefixes, has the consonants of the surname (ב as b or v, פ as p or f;
// Giroud as French says it, Starmer without its unsaid r, a declined
// surname of the source or a Korean one with its particle by the
// consonants one opens the other with; a surname of fewer than three
// consonants, Abe, is not judged), and the one person the target lacks whose given
// name it writes before a word of no source is a name replaced ("עמנואל
// מיטראן" for Emmanuel Macron). In every target
// not in Latin letters whose language the place data covers, and in
// German, where a place's whole name is a name, a country or city the
// target names in place of the one its source names is major ("в
// Париже", パリ, "in Paris" for "in Frankfurt"), when each side has
// exactly one the other lacks, of the same kind (a city standing for its
// country, "Washington" for США, is left alone), written as the name or a
// case of it, not an adjective, and no adjective of it on the other side
// ("Kazakh rescuers", カザフスタン救助隊). Hebrew and Arabic text is
// read for places on either side, behind the prefixes those languages
// glue to a word (בירושלים, بالقاهرة; data/words.txt prefix), a name
// matched whole (הודות, "thanks", is no form of הודו, India), and not
// where it is a common word there (notplace: עזה, مصر); a people's word
// or adjective in English ("Turkish") is no place. In German targets, which
// capitalise every noun, a target name a listed given name opens is read
// as a name too; in any target, a person a listed given name opens that no
// source has by spelling, sound or reading, where no source name is
// missing, is major however common its words ("Tom Jones" for a Hindi
// source that names no one). Names are runs of capitalised words
// inside sentences, except a title cut short ("Dott.ssa"); in a source
// without letter case (Chinese, Japanese, Hindi) only words written in
// Latin letters with a capital count ("USGS", not "km2"), and in German,
// which capitalises every noun, only acronyms and runs of two or more
// capitalised words (an acronym joined to a noun, "WM-Punkte", is a noun),
// a noun right after a number or a word that counts not counting ("6 Zoll
// Regen", "viele Unternehmen Kurzarbeit", data/ counters.txt). A sentence
// also opens after a full stop with no space ("дерева.Тому"), an ellipsis,
// a dash that opens a line of dialogue, or a symbol ("☘️ Утвориться"),
// and a word opening a quotation or a title in quotes («Хищники») has its
// capital from there. A word in capitals of five letters or more with a
// diacritic ("NESNÁŠÍM") is emphasis, and so is a pronoun ("SHE"); an
// English contraction in a title ("Doesn't") is a common word, and a
// common English word of four letters or more in a Chinese or Japanese
// source ("Using", "OPTIONS") a label, no name. No source name is an English
// month or weekday, a weekday of the source's language by CLDR ("Selasa",
// "Τρίτη"), a month's name of two words ("tháng Ba"), a pronoun of polite address ("Вам", "Ihnen") or an
// acronym of a common noun ("TV", "ДТП"; data/words.txt), and a word of
// four letters or more in capitals that is a common word of a language
// with a lexicon ("AGREED") is emphasis, no acronym. Names are
// matched with diacritics folded, case endings tolerated ("Stępińskiego" is
// "Stępiński"), long words said alike matched ("Antykorupcyjne",
// "anticorruption"), a name of several words written as one ("Hà Nội",
// "Hanoi"), Cyrillic, Greek and Devanagari transliterated ("Кеннеди" is
// "Kennedy", and "Прайс" is "Pryce" by its consonants; Дж, Г, Ц, З and У
// also as English spells them in names, and without a case ending:
// "Джейкобсон" is Jacobson, "Гарри" Harry, "Джексоном" Jackson; a name
// whose every word has the consonants of a capitalised target word is
// found: "Пайк", Pike), and known
// localisations taken from the rule data (corpus/data/exonyms.tsv: "Paryżu"
// is Paris, "CEDH" is ECHR); a name cut to two or three letters is the long
// one it starts ("Rz" is "Rzeczpospolita").
//
// A product's name that holds a code (a word of letters and digits, "S25",
// or with a capital inside, "iPhone") is not translated: a word of it the
// target renders by a cognate beside the kept code ("die Galaxie S25
// Ultra" for "Galaxy S25 Ultra") is major, with the source's word as fix;
// a series named by a plain number ("Formel 1") holds no code. A source
// name of ordinary words (no place, no person) that the target writes as
// it stands in another paragraph is one to keep: where the target renders
// it word by word instead, each word opening with the name's first
// letters and one of them another word than the name's or a case of it
// ("Las Visión Profesional" for "The Vision Pro"; "Llamu" is Llama
// declined), the rendering is major, with the name as fix.
//
// Countries and cities count as names in every source, in the forms CLDR
// gives them (data/places.tsv, with cities CLDR lacks in data/cities.tsv
// and demonyms in data/places-extra.tsv:
// "Spanien" in German, "南非" in Chinese), and explain the target's English
// form ("European" for यूरोपीय too, "Asia" for "Азии"); the world (世界,
// "global") and a function word ("Pero") are no place, nor a katakana
// name inside a longer katakana word (タイ in スタイル), nor a word opening
// a sentence unless its ending is one a form of the name has ("Армению" is
// Armenia, "Читайте" no Chita).
//
// A target name with a word that is no common word of the target language
// and that nothing in the source explains is a name from elsewhere,
// reported whatever the source lacks; so is a whole CLDR country or city
// name ("Canada", "United States") that the source does not name, and,
// behind a source in Latin or Cyrillic letters, an acronym that is no
// common one (the acronym words of data/words.txt). Explaining takes the spellings above, the
// pinyin of any run of Han characters ("Chongqing" for 重庆; in a Japanese
// source too, 習近平 for "Xi Jinping"), its Wade-Giles spelling without
// apostrophes (Taiwan's "Chiang" for 蒋, "Kaohsiung" for 高雄;
// translit.WadeGiles) or its Korean, Vietnamese, Cantonese (Hong Kong's
// "Wong", "Cheung") and Japanese readings, one system throughout, a Japanese one voiced inside a
// compound ("Kim Jong-un" for 金正恩, "Fumio Kishida" for 岸田文雄;
// internal/translit's Unihan data), the names
// CC-CEDICT's English glosses give a run of two or more Han characters of a
// Chinese or Japanese source ("Reuters" for 路透社, "Panasonic" for 松下,
// "Fukushima" for 福島; corpus.NamesGlossed), the consonants
// of a foreign name Chinese spells by sound (休斯敦, Houston; 舒马赫, Schumacher,
// and 伊斯兰, Islamic, as Chinese hears them), the consonants of kana,
// Cyrillic and Devanagari words ("Trump" for トランプ, ट्रंप; a katakana run
// apart from the hiragana around it, and its start or end alone: "Ebola"
// for エボラウイルス), and, for a Japanese source, any word spelled in Hepburn
// syllables, since a name in kanji has no one reading the check could know
// (package internal/translit). A word at the start of a sentence counts
// when it is no common word ("Boeing owns") and no adjective before a
// lower-case word ("Cyanuric acid").
//
// A source name that no target word matches is missing, unless it is one
// word opening a phrase whose next word, in lower case, a target name
// translates ("Центристская партия", "Center Party"; "Conseil des
// ministres", "Council of Ministers"), or is joined by "de" or "di" to a
// name the target has ("Organización Mundial de la Salud", "Borsa di
// Sydney"). A Russian adjective opening a descriptive name before a
// lower-case word ("Военно-морского флота"; the adjective endings of
// corpus/data/lexicon/endings.txt) is not missing either when a target
// name has a common word no source word explains ("Navy"); it still
// counts as one name. A common acronym ("GDP")
// is no name in place of another, and an acronym in Cyrillic letters
// missing from the target is one the target spells in English ("АПЛ",
// "EPL"). A source name whose every word is a common word of the source
// language ("Justice Department", a title-case headline; only English has
// a lexicon) is rendered in the target's own words, capitalised or not,
// and counts as translated, not missing. A target name made of two or
// more common words of the target language ("National Treasury" for
// "Skarb Państwa") counts as a name translated word by word, not as a
// replacement, unless a place the source names is missing: its English
// name is known ("Green Harbour" for "Sofii"). A target name of one common
// word that names no country or city ("Cabinet" for "Кабмін") is no
// replacement either: it translates one missing one-word source name in
// another script, not an acronym, a name of two words ("Олег Коваленко")
// or one in Latin letters, which the target would keep: a common word
// left over then stands in place of such a name ("Smith" for "Ortega").
// When the target paragraph also has a name that no source word
// explains, the name was probably replaced: the target name is reported.
// When more source names are missing than target names are new, the missing
// names are reported as omitted; in a German target, which gives no count
// of its names, a missing one that German keeps as spelt is (Latin
// letters, no acronym, place, demonym, hyphenated word, common word or
// cognate, and not respelt with k or z: "Zylonen" for Cylons). Both are info, a hint for an editor rather
// than an error: a name the translation localises in a way the data does
// not know ("Генштаб" as "General Staff", 西藏 as "Tibet") looks the same,
// and so does a foreign name Chinese writes by sound when the sounds
// differ: on DEMETR's clean pairs such hints fall on about one pair in
// thirty, one in thirteen for a Chinese source. A Chinese or Japanese
// short form of a place (data/abbrev.tsv: 中美, 访华, 日米) explains its
// name, beside another short form or a word of its context only, as each
// alone is a common word; a word for the writer's own country (国内 "at
// home", 回国 "back home"; data/abbrev.tsv) explains the name of a country
// whose language the source is written in ("China", "Taiwan", "Japan"); Russian and Ukrainian adjectives of places in
// lower case ("российских") explain "Russian". A target word sharing a
// start of five letters with the target language's name of a place the
// source names, or of the language a source word names, names it in
// lower case ("German", "německy"; "Norway", "norské"), and a foreign
// name transliterated the target's way is the source's ("Djehuty",
// "Džehuteje"; "Bakhmut", "Bachmut"). A listed given name the target
// adds before a surname a source word or its sound spelling explains is
// the person's first name ("Donald Trump" for "Trump" or トランプ,
// "Sergei Lavrov" for "Лавров"); the sounds of Han characters explain one
// surname too loosely for that ("Angela Merkel" for 惠特默), two words
// ("Christopher Hui Ching-yu", 许正宇). In a German source, a target name
// written inside a compound is explained ("Lippe" in "Nordlippe"), and
// nouns after an article, runs of words that all end as nouns and
// adjectives do (data/words.txt), and words in capitals when the target
// shouts too are no names. Behind a target language without a lexicon
// (Czech), a missing acronym in Latin letters was written out or as the
// target's own ("DHS", "Ministerstvo vnitřní bezpečnosti"; "EEA",
// "EHP") when the target has a name no source explains: both are
// dropped.
//
// A person the target names by the source's given name and another
// capitalised word in place of the surname, one that renders it by no
// letters, sound or consonants ("Sergei Shoigu" for "Сергей Лавров";
// "David Yates" is "Дэвид Иейтс"), is missing, and replaced where it
// stands alone.
//
// A name replaced is major when both sides are surely names: the target
// name has a word from elsewhere (it is novel, above) and is no demonym
// ("African Americans", formed from a place), and the source name is no
// acronym, in Cyrillic of two words or more (one may be a first name in a
// case, "Олей", or a localised one, "Миколаю"), and in German (whose nouns
// are capitalised) of two words or more, none ending as a noun or an
// adjective does and no article before them ("Karl Hofbauer"). A country
// or city the target names where the source names another one that the
// target lacks is major too ("посетить Армению", "visit Iran"; CLDR's
// names, not the EU, the UN or the eurozone), with the source's place as
// fix into English (elsewhere an article or a case may have to change:
// "l'Irlande", "la Pologne"); so is
// the one name from elsewhere that is surely a name where the source
// names a country or city the target lacks, without fix. A target sentence
// with three names from elsewhere or more is major as well: it may
// translate another text. So is a name that stands where the one source
// name the target lacks was a country or city of CLDR's the source spells
// in Latin letters, or a person a listed given name opens (in Cyrillic or
// Greek letters too), when it renders nothing of it, even a common word
// in capitals ("Soma" for "Paris", "Glitter" for "Steven Tyler"), without
// fix. Into English, a one-word name of a Latin-script source whose
// capitals mark names only, lost with nothing in its place, is major: no
// month, no English word or cognate, no word beside another in capitals
// ("Kementerian Dalam Negeri"), no Vietnamese syllable. The source name is offered as fix when it is
// the one name missing and the one replaced, from a source language that
// keeps names uninflected (English, French, Spanish, Italian, Portuguese,
// Dutch, Catalan), no place, no word of English or its cognate
// ("Congresso"), and not cut short by a capitalised word before it ("Del
// Potro").
//
// A target word that spells a word of a source name in Latin letters
// almost right is a misspelt name: five letters or more (four when a
// doubled letter is written once: "Kres", "Kress"), the same first
// letter, one edit apart (two in a word of eight letters or more), when
// the target spells the name right elsewhere (major) or the word has six
// letters or more and one edit, or the capitalised word before it is the
// source's ("Colette Kres"; minor: the slip may be the source's).
// A word opening its source sentence counts when the source writes it
// capitalised inside a sentence elsewhere and never in lower case. It is not misspelt when it is an
// inflection (German genitive -s, Slavic and Baltic case endings: a
// different end of up to three letters that holds a vowel or is one of
// -s, -n, -r, -m, or the same word with up to three letters more; only
// a vowel ending, "Sevilla", "Seville", between languages that inflect no
// names, data/words.txt), a
// transliteration of its own ("Bachmut" for "Bakhmut", "Serhij" for
// "Serhii", "Hatšepsut" for "Hatshepsut"), a place, a word of the
// source, a localised form in the rule data, or a word of English on
// either side ("Präsident", "President"). Elided articles are no part of
// a word ("d'Emmanuel"). The source's spelling is the fix when the
// target spells it so elsewhere and neither language inflects names.
//
// The gap a dropped name leaves in English is precise enough to be minor,
// and major when a source name that is surely one (as above) is missing
// from the target, or when the gap leaves the text broken (leftBroken):
// an article or a possessive determiner before a word that is never a
// noun or before a comma ("the of", "the ,", "The has reported", "for our
// ."; not "a will", "A:", "the on - board", "the can"), a preposition that
// is never an adverb before a comma and no clause's end ("according to,
// is"; not "dreams of, and"), a preposition before a word no object opens
// with ("cases of have occurred", "people in have been"; not "careful of
// is", "coming in was"), a statement that opens with an auxiliary and no
// subject ("Was born in 1950", unless a source sentence drops its subject
// too) or a title with no name (word lists in data/gaps.txt and
// corpus/data/lexicon/dangling.txt): a
// word that cannot close a phrase before a comma or full stop ("common in,
// which", "a degree from ."), a lone space before one ("registered in ."),
// empty brackets or quotes ("Söder ()"; not after a lower-case word, as
// in code: "foo ()"), a possessive or comma with nothing
// before it ("the source of 's water", ", a UN expert"), a title before a
// lower-case word ("Mr. demanded"), an article or preposition before a word
// that cannot follow it ("The also did", "mayor of in 2014", "team from
// stood", "the may go", "laid by and Google", "received by (USGS)"), and a
// sentence or clause whose verb has no subject ("Had already won", "Owns an
// apartment", "Also called on", "Currently, has more", "Although had
// tears", ", said on the day", "…by 2020,\" said."). English clause
// structure keeps some of these whole: a preposition that ends a clause
// whose object came first ("no one to play with", "apartments we looked
// at") or is a particle ("put it back in", "passing by"), a speaker named
// before an apposition ("Kudrytskyi, head of Ukrenergo, said on"), a
// capital after an article ("the WHO", "a May 14 vote"), "the said rate",
// a label's colon ("Details: The enemy"). A paragraph longer than 16 KB is
// read in windows of aligned sentences (checks/internal/linked.Windows).
//
// Where one side's names cannot be read alone, a pair is: a German
// source's one-word name, a short capitalised word no noun list holds
// ("Klose"), with the target's one name from elsewhere; the capitalised
// word that opens an aligned source sentence with a name from elsewhere
// opening the target's ("Boeing owns" for "Pawłowicz posiada"); a country
// or city gone from a Chinese or Japanese source with a run of capitals
// no gloss of the source renders ("the Pacific Ocean" for ロシア) or
// another place ("Osaka" for 東京). A person is gone whose surname the
// target lacks though another keeps the given name, and a target person
// whose given name the source's characters read but not the surname is
// the source's with another surname ("Yoichi Tanaka" for 宮崎洋一).
package entities
