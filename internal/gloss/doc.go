// Package gloss finds the words of a Chinese or Japanese text in a
// lexicon of their English glosses, and tells whether an English text
// renders them: evidence, across scripts where no word looks like
// another, that a target translates its source.
//
// The lexicons (data/zh-en.txt from CC-CEDICT, data/ja-en.txt from
// EDICT's common words) are embedded and parsed on first use, each only
// when its language is in play. Words are found by the longest match from
// left to right; a gloss is rendered by an English word that equals it or
// inflects it ("discover", "discovered"), or shares its first five letters
// ("economy", "economic").
package gloss
