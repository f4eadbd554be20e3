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
//     that the target language does not have ("alors", "und");
//   - mixed-script debris such as a web page's language menu
//     ("한어Русский языкEnglishFrançais…"): words of several scripts and
//     languages run together without spaces.
//
// Names are not flagged: they are capitalised, and translation keeps them.
// A whole sentence left in a source language written in the target's
// script is not flagged yet: telling it from names and loanwords needs a
// lexicon of the target language.
package untranslated
