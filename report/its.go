package report

import "github.com/crossread/crossread/checks"

// itsIssueTypes are the values of locQualityIssueType that ITS 2.0's
// Localization Quality Issue data category defines; no other value is
// valid.
var itsIssueTypes = []string{
	"terminology", "mistranslation", "omission", "untranslated", "addition",
	"duplication", "inconsistency", "grammar", "legal", "register",
	"locale-specific-content", "locale-violation", "style", "characters",
	"misspelling", "typographical", "formatting", "inconsistent-entities",
	"numbers", "markup", "pattern-problem", "whitespace",
	"internationalization", "length", "non-conformance", "uncategorized", "other",
}

// itsTypes maps each crossread category onto an ITS 2.0 issue type: the
// one table of it. Terms used inconsistently are ITS's terminology (its
// inconsistency excludes terminology); punctuation is typographical; a
// number written against the locale's convention a locale-violation.
// What ITS has no type for (a part not checked, a text in another
// language than declared) is other.
var itsTypes = map[checks.Category]string{
	checks.Mistranslation: "mistranslation",
	checks.Addition:       "addition",
	checks.Omission:       "omission",
	checks.Untranslated:   "untranslated",
	checks.Punctuation:    "typographical",
	checks.NumberFormat:   "locale-violation",
	checks.WrongTerm:      "terminology",
	checks.Inconsistent:   "terminology",
	checks.Markup:         "markup",
	checks.NotChecked:     "other",
	checks.WrongLanguage:  "other",
}

// itsType maps a category onto the issue types of ITS 2.0; one unknown
// to the table is other.
func itsType(c checks.Category) string {
	if t, ok := itsTypes[c]; ok {
		return t
	}
	return "other"
}

// itsSeverity maps a severity onto ITS's scale of 0 to 100.
func itsSeverity(s checks.Severity) int {
	return [...]int{10, 30, 60, 90}[min(max(int(s), 0), 3)]
}
