package dictd

import "strings"

// Translations parses a FreeDict entry: its headword, and the items of its
// translation lines. An entry starts with its headword line (with
// pronunciation and grammar in /.../ and <...>), then lines of translations
// separated by commas or semicolons, numbered or not; indented lines
// (examples, notes, synonyms) and "see:" references end the translations.
// Notes in brackets are dropped, as are lines that quote or define rather
// than translate and items cut short with an ellipsis. An entry whose
// headword is cut short gives nothing.
func Translations(entry string) (head string, words []string) {
	headLine, rest, _ := strings.Cut(strings.TrimLeft(entry, "\n"), "\n")
	head = strings.TrimSpace(stripNotes(headLine))
	if head == "" || strings.Contains(head, "…") {
		return "", nil
	}
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "   ") || strings.HasPrefix(strings.TrimSpace(l), "see:") {
			break
		}
		l = strings.TrimSpace(stripNotes(l))
		// "1. Haus; Gebäude": drop the sense number.
		if i := strings.Index(l, ". "); i > 0 && i <= 3 && strings.Trim(l[:i], "0123456789") == "" {
			l = l[i+2:]
		}
		if strings.ContainsAny(l, "\"“:=") {
			continue
		}
		for _, t := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
			if t = strings.TrimSpace(t); t != "" && !strings.Contains(t, "…") {
				words = append(words, t)
			}
		}
	}
	return head, words
}

// stripNotes removes the bracketed parts of a dictd line: pronunciation
// /.../, grammar <...>, domains [...], glosses (...) and references {...}.
func stripNotes(s string) string {
	if !strings.ContainsAny(s, "/<[({") {
		return s
	}
	var b strings.Builder
	var close rune
	for _, r := range s {
		switch {
		case close != 0:
			if r == close {
				close = 0
			}
		case r == '/':
			close = '/'
		case r == '<':
			close = '>'
		case r == '[':
			close = ']'
		case r == '(':
			close = ')'
		case r == '{':
			close = '}'
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
