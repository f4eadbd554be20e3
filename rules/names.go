package rules

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// NameKind says what sort of name a NameRule protects.
type NameKind string

// The kinds of name rules.
const (
	DoNotTranslate NameKind = "dnt"      // a product, model or brand name kept as is
	Nickname       NameKind = "nickname" // a foreign-press nickname in place of a name
)

// NameRule says that Wrong is a wrong rendering of Name in some languages.
type NameRule struct {
	Kind        NameKind
	Name        string
	Langs       []language.Base // nil: every language
	Wrong       string
	NeedSource  bool   // Name, or its last word, must occur in a source
	NeedAligned bool   // Name must occur in the aligned source paragraph
	MidSentence bool   // the match must not start a sentence
	Origin      string // file:line the rule came from
}

// AppliesTo reports whether the rule is about target text in lang.
func (r NameRule) AppliesTo(lang language.Tag) bool {
	if r.Langs == nil {
		return true
	}
	b, _ := lang.Base()
	for _, l := range r.Langs {
		if l == b {
			return true
		}
	}
	return false
}

func parseNameRule(line string) (NameRule, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 5 {
		return NameRule{}, fmt.Errorf("want 5 tab-separated columns (kind, name, langs, wrong, when), got %d", len(cols))
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
		if cols[i] == "" {
			return NameRule{}, fmt.Errorf("column %d is empty", i+1)
		}
	}
	r := NameRule{Kind: NameKind(cols[0]), Name: cols[1], Wrong: cols[3]}
	switch r.Kind {
	case DoNotTranslate, Nickname:
	default:
		return r, fmt.Errorf("unknown kind %q (want dnt or nickname)", cols[0])
	}
	if r.Name == r.Wrong {
		return r, fmt.Errorf("wrong form %q equals the name", r.Wrong)
	}
	if cols[2] != "*" {
		for _, t := range strings.Split(cols[2], ",") {
			b, err := language.ParseBase(strings.TrimSpace(t))
			if err != nil {
				return r, fmt.Errorf("bad language %q", t)
			}
			r.Langs = append(r.Langs, b)
		}
	}
	if cols[4] != "-" {
		for _, c := range strings.Split(cols[4], ",") {
			switch strings.TrimSpace(c) {
			case "source":
				r.NeedSource = true
			case "aligned":
				r.NeedAligned = true
			case "midsentence":
				r.MidSentence = true
			default:
				return r, fmt.Errorf("unknown condition %q (want source, aligned or midsentence)", c)
			}
		}
	}
	return r, nil
}
