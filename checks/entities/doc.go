// Package entities defines the entities check.
//
// entities: a source proper name missing or replaced in the target
//
// The check compares the proper names of each target paragraph with those
// of its aligned source paragraphs. Names are runs of capitalised words
// inside sentences; in a source without letter case (Chinese, Japanese,
// Hindi) only words written in Latin letters count, and in German, which
// capitalises every noun, only acronyms and runs of two or more
// capitalised words. Names are matched with diacritics folded, case
// endings tolerated ("Stępińskiego" is "Stępiński"), Cyrillic and
// Devanagari transliterated ("Кеннеди" is "Kennedy"), and known
// localisations taken from the rule data (corpus/data/exonyms.tsv:
// "Paryżu" is Paris, "CEDH" is ECHR).
//
// Territories, regions and cities count as names in every source, in
// the forms CLDR gives them (checks/entities/data: "Spanien" in German,
// "南非" in Chinese), and explain the target's English form.
//
// A target name with a word that is no common word of the target
// language and that nothing in the source explains is a name from
// elsewhere, reported whatever the source lacks. Explaining takes the
// spellings above, the pinyin of any run of Han characters ("Chongqing"
// for 重庆), the sound of kana, Cyrillic and Devanagari words reduced to
// consonants ("Trump" for トランプ, ट्रंप), and, for a Japanese source,
// any word spelled in Hepburn syllables, since a name in kanji has no one
// reading the check could know (package internal/translit). A word at the
// start of a sentence counts when it is no common word ("Boeing owns").
//
// A source name that no target word matches is missing. A target name
// made of two or more common words of the target language ("National
// Treasury" for "Skarb Państwa") counts as a name translated word by word,
// not as a replacement. When the target
// paragraph also has a name that no source word explains, the name was
// probably replaced: the target name is reported. When more source names
// are missing than target names are unexplained, the missing names are
// reported as omitted. Both are info, a hint for an editor rather than an
// error: a name the translation localises in a way the rule data does not
// know ("Organización Mundial de la Salud" as "World Health Organization")
// looks the same, and so does a foreign name written in Chinese
// characters: on DEMETR's clean pairs such hints fall on about one pair
// in eight, one in three for a Chinese source.
//
// One sign of a dropped name is precise enough to be minor: a word that
// cannot close a phrase right before a comma or full stop ("common in,
// which", "a degree from .") and empty brackets ("Söder ()"). The words
// are data (corpus/data/lexicon/dangling.txt).
package entities
