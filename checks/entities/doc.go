// Package entities defines the entities check.
//
// entities: a source proper name missing or replaced in the target
//
// The check compares the proper names of each target paragraph with those
// of its aligned source paragraphs. Names are runs of capitalised words
// inside sentences, except a title cut short ("Dott.ssa"); in a source
// without letter case (Chinese, Japanese, Hindi) only words written in
// Latin letters with a capital count ("USGS", not "km2"), and in German,
// which capitalises every noun, only acronyms and runs of two or more
// capitalised words (an acronym joined to a noun, "WM-Punkte", is a noun),
// a noun right after a number or a word that counts not counting ("6 Zoll
// Regen", "viele Unternehmen Kurzarbeit", data/ counters.txt). A sentence
// also opens after a full stop with no space ("дерева.Тому"), an ellipsis,
// or a dash that opens a line of dialogue. No source name is an English
// month or weekday, a pronoun of polite address ("Вам", "Ihnen") or an
// acronym of a common noun ("TV", "ДТП"; data/words.txt), and a word of
// four letters or more in capitals that is a common word of a language
// with a lexicon ("AGREED") is emphasis, no acronym. Names are
// matched with diacritics folded, case endings tolerated ("Stępińskiego" is
// "Stępiński"), long words said alike matched ("Antykorupcyjne",
// "anticorruption"), Cyrillic and Devanagari transliterated ("Кеннеди" is
// "Kennedy", and "Прайс" is "Pryce" by its consonants; Дж, Г, Ц, З and У
// also as English spells them in names, and without a case ending:
// "Джейкобсон" is Jacobson, "Гарри" Harry, "Джексоном" Jackson), and known
// localisations taken from the rule data (corpus/data/exonyms.tsv: "Paryżu"
// is Paris, "CEDH" is ECHR); a name cut to two or three letters is the long
// one it starts ("Rz" is "Rzeczpospolita").
//
// Countries and cities count as names in every source, in the forms CLDR
// gives them (data/places.tsv, with demonyms in data/places-extra.tsv:
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
// pinyin of any run of Han characters ("Chongqing" for 重庆), the consonants
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
// names are reported as omitted. Both are info, a hint for an editor rather
// than an error: a name the translation localises in a way the data does
// not know ("Генштаб" as "General Staff", 西藏 as "Tibet") looks the same,
// and so does a foreign name Chinese writes by sound when the sounds
// differ: on DEMETR's clean pairs such hints fall on about one pair in
// thirty, one in thirteen for a Chinese source.
//
// The gap a dropped name leaves in English is precise enough to be minor
// (word lists in data/gaps.txt and corpus/data/lexicon/dangling.txt): a
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
// tears", ", said on the day", "…by 2020,\" said.").
package entities
