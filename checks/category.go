package checks

import (
	"fmt"
	"slices"
)

// Category is an MQM error category path: the dimension, a slash, the
// error type. Reports, SARIF rules and MQM scores group findings by it.
type Category string

// The categories crossread's checks report.
const (
	Mistranslation Category = "accuracy/mistranslation"
	Addition       Category = "accuracy/addition"
	Omission       Category = "accuracy/omission"
	Untranslated   Category = "accuracy/untranslated"
	Punctuation    Category = "fluency/punctuation"
	NumberFormat   Category = "locale-convention/number-format"
	WrongTerm      Category = "terminology/wrong-term"
	Inconsistent   Category = "terminology/inconsistent"
	// Markup is an inline code (a tag, a placeholder) of a bilingual
	// file lost, added or misplaced: MQM's design and markup dimension.
	Markup Category = "design/markup"
	// NotChecked is not an error of the translation but a part of it
	// crossread could not check (MQM's "other" dimension).
	NotChecked Category = "other/not-checked"
	// WrongLanguage is a document in another language than declared.
	WrongLanguage Category = "other/wrong-language"
)

// Categories lists every category a finding may carry.
func Categories() []Category {
	return []Category{Mistranslation, Addition, Omission, Untranslated, Punctuation, NumberFormat, WrongTerm, Inconsistent, Markup, NotChecked, WrongLanguage}
}

// Valid reports whether c is one of Categories.
func (c Category) Valid() error {
	if slices.Contains(Categories(), c) {
		return nil
	}
	return fmt.Errorf("unknown category %q", string(c))
}
