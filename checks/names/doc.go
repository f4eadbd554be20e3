// Package names defines the names check.
//
// names: product names translated and press nicknames left in
//
// The check flags two errors readers notice at once. A do-not-translate
// name (a model, product or brand) rendered as an ordinary word: the
// model Llama as the animal "Lama", Google's Gemini as "Zwillinge". And a
// nickname of the foreign press standing for a person or a company:
// Chinese tech media write "Xiao Zha" for Mark Zuckerberg, which machine
// translation carries into every language.
//
// Beyond the list, a name in pinyin that no source has, in a target in
// Latin letters whose aligned sources are in Latin letters and in no
// Chinese, is the nickname or the Chinese name a machine translation of
// a Chinese article carried over: a prefix of familiarity and a surname
// ("Lao Ma", "Xiao Pi"), a surname and a title ("Lei Zong"), or three
// syllables or more spelt as only pinyin spells them ("Huang Renxun").
// A prefix of familiarity the translation rendered in its own language
// ("Old Huang", "der alte Huang") counts where the surname after it is
// that of a person a source names.
//
// A nickname is major; a transliteration is major where the one person
// the aligned source names is gone from the paragraph, and left alone
// otherwise. The fix, where there is one, is the person the surname ties
// it to ("Jensen Huang" for "Xiao Huang" or "Huang Renxun"); the
// prefixes, titles and spellings are data (data/pinyin.txt), the
// syllables those of the pinyin table (internal/translit).
//
// The wrong forms are data (corpus/data/names.tsv), matched
// case-sensitively as whole words, never inside URLs or e-mail addresses.
// A wrong form of a do-not-translate name is only flagged with evidence
// that the text speaks of the name: the name in the aligned source
// paragraph, or the wrong form followed by a version number ("Lama 3.1")
// while a source names it. Nickname rules carry their own conditions.
package names
