package rules

import (
	"fmt"
	"strings"

	"github.com/crossread/crossread/corpus"
)

// Exonym lists the forms other languages give a name: "Paryż", "Paříž"
// and "París" for Paris. Matching is by word prefix with diacritics folded
// (see FoldName), so that inflected forms match.
type Exonym struct {
	Name     []string // the English form's words, folded
	Variants []string // the other forms' words, folded
	Origin   string   // file:line
}

// Matches reports whether folded words a and b are the English form and a
// variant of the exonym, either way round.
func (e Exonym) Matches(a, b string) bool {
	return (e.hasName(a) && e.hasVariant(b)) || (e.hasName(b) && e.hasVariant(a))
}

func (e Exonym) hasName(w string) bool {
	for _, n := range e.Name {
		if prefixOrSame(w, n) {
			return true
		}
	}
	return false
}

func (e Exonym) hasVariant(w string) bool {
	for _, v := range e.Variants {
		if prefixOrSame(w, v) {
			return true
		}
	}
	return false
}

// prefixOrSame: w is form p, or p inflected (p at least 3 letters).
func prefixOrSame(w, p string) bool {
	return w == p || (len(p) >= 3 && strings.HasPrefix(w, p))
}

func parseExonym(line string) (Exonym, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 2 || strings.TrimSpace(cols[0]) == "" || strings.TrimSpace(cols[1]) == "" {
		return Exonym{}, fmt.Errorf("want 2 tab-separated columns (name, variants), got %d", len(cols))
	}
	e := Exonym{Name: nameWords(cols[0])}
	for _, v := range strings.Split(cols[1], ",") {
		e.Variants = append(e.Variants, nameWords(v)...)
	}
	return e, nil
}

// nameWords folds s and splits it into words, keeping those of at least 2
// letters: "Estados Unidos" → estados, unidos.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(corpus.FoldName(s), func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		if len([]rune(w)) >= 2 {
			out = append(out, w)
		}
	}
	return out
}
