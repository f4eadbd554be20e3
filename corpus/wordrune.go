package corpus

import "unicode"

// IsWordRune reports whether r is a word character: a letter, a digit or a
// combining mark, spacing or not, so that a Devanagari vowel sign ("ा") or
// a combining accent stays inside its word. Spaces, punctuation, hyphens,
// apostrophes, symbols and utf8.RuneError separate words. This is the one
// definition of a word character for tokens, names and checks alike.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// IsApostrophe reports whether r is an apostrophe, typewriter or
// typographic, which may stand inside a word ("l'ONU", "Meta’s") without
// being a word character.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }
