// Package untranslated defines the untranslated check.
//
// untranslated: source text left in the target, and page debris
//
// The check flags text a reader cannot have been meant to see:
//
//   - words in a script the target language does not use, copied from the
//     source: "3 from 米国" in an English translation of a Japanese text;
//   - source-language words left between target words: a lower-case word
//     of the source with letters the target language does not write
//     ("24jährigen" in English), or a function word of the source language
//     that the target language does not have ("alors", "und"), or, in a
//     target language crossread has a word list of (English:
//     corpus/data/lexicon), a lower-case source word that is no word of
//     it ("interpretato", "krajów"), and a capitalised one that ends like
//     a German common noun ("Untersuchung");
//   - a sentence left whole in the source language: at least four
//     lower-case words, four in five of them words of the aligned source
//     passage (capitalised words do not count: names are the same in every
//     language), reported once for the sentence;
//   - mixed-script debris such as a web page's language menu
//     ("한어Русский языкEnglishFrançais…"): words of several scripts and
//     languages run together without spaces. Scripts the target language
//     writes together are ordinary text, not debris: Japanese runs kanji,
//     kana and Latin acronyms together, Hebrew glues prefixes to Latin
//     names (data/scripts.txt lists each writing system's scripts).
//
// Letters of an alphabet inside a Latin word (a Cyrillic look-alike
// letter) and a single letter that does not stand between two words
// (Ω, λ, 80 х 60) are no words left untranslated; a single Chinese
// character or Hangul syllable is.
//
// A word unknown to the target's word list is minor rather than major
// when the source itself quotes it, glosses it in parentheses or joins it
// to a noun with a hyphen ("(dpa)", "dpa-Anfrage": a code or an agency
// there too), or when the source writes it as a capitalised noun of a language
// that capitalises every noun and the target in lower case ("Pentest",
// "pentest": respelt as a loanword, not copied); it is no finding when
// spelt for its sound ("hmmm", "lala") or glued to a full stop after a
// letter, as a domain's parts are ("twitter.com").
//
// Names are not flagged: they are capitalised, and translation keeps them.
// Nor are words quoted or glossed in parentheses ("caro" means dear; a
// quoted phrase of up to three words, "En garde", too), parts
// of hyphenated compounds, or words between two capitalised ones ("Rue des
// Francs Bourgeois"). Other target languages than English have no word
// list yet, so only the first two kinds of word are flagged there.
package untranslated
