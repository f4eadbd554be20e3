package rules

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// LoadGlossaryFile reads a user glossary: TBX (ISO 30042) when the name
// ends in .tbx or .xml, else TSV. See LoadGlossary.
func LoadGlossaryFile(path string) ([]TermRule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: glossary: %v", corpus.ErrInput, err)
	}
	return LoadGlossary(path, data)
}

// LoadGlossary parses a glossary of required terms. The TSV form starts
// with a line naming the two languages ("en<TAB>de"); each further line is
// "source<TAB>target[<TAB>note]", alternatives separated by "|", a target
// alternative written "!word" being forbidden rather than allowed. In TBX,
// preferred and admitted terms are allowed translations and deprecated
// ones forbidden. Errors name file:line.
func LoadGlossary(name string, data []byte) ([]TermRule, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tbx", ".xml":
		return loadTBX(name, data)
	}
	return loadGlossaryTSV(name, data)
}

func loadGlossaryTSV(name string, data []byte) ([]TermRule, error) {
	var out []TermRule
	var src, tgt language.Base
	haveLangs := false
	var errs []error
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		at := fmt.Sprintf("%s:%d", name, n+1)
		fail := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("%w: %s: %s", corpus.ErrInput, at, fmt.Sprintf(format, args...)))
		}
		cols, err := columns(line, 2, 3, "source, target, note")
		if err != nil {
			fail("%v", err)
			continue
		}
		if !haveLangs {
			s, err1 := language.ParseBase(cols[0])
			t, err2 := language.ParseBase(cols[1])
			if err1 != nil || err2 != nil {
				fail("the first line names the languages, as en<TAB>de")
				return nil, errors.Join(errs...)
			}
			src, tgt, haveLangs = s, t, true
			continue
		}
		var allow, deny []string
		for _, alt := range strings.Split(cols[1], "|") {
			if a, ok := strings.CutPrefix(strings.TrimSpace(alt), "!"); ok {
				deny = append(deny, a)
			} else {
				allow = append(allow, alt)
			}
		}
		r, err := glossaryRule(src, tgt, []string{cols[0]}, allow, deny)
		if err != nil {
			fail("%v", err)
			continue
		}
		r.Note, r.Origin = cols[2], at
		out = append(out, r)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if !haveLangs {
		return nil, fmt.Errorf("%w: %s: empty glossary (want a first line such as en<TAB>de)", corpus.ErrInput, name)
	}
	return out, nil
}

// glossaryRule builds a Required rule; with only forbidden forms it is a
// DomainTerm rule that suggests nothing in particular.
func glossaryRule(src, tgt language.Base, srcTerms, allow, deny []string) (TermRule, error) {
	r := TermRule{Kind: Required, Source: src, Target: tgt}
	var err error
	if r.When, err = ParsePatterns(strings.Join(srcTerms, "|"), src); err != nil {
		return r, fmt.Errorf("source: %v", err)
	}
	if len(allow) > 0 {
		if r.Want, err = ParsePatterns(strings.Join(allow, "|"), tgt); err != nil {
			return r, fmt.Errorf("target: %v", err)
		}
		r.Right = strings.TrimSpace(allow[0])
	}
	if len(deny) > 0 {
		if r.Wrong, err = ParsePatterns(strings.Join(deny, "|"), tgt); err != nil {
			return r, fmt.Errorf("forbidden target: %v", err)
		}
	}
	if r.Want == nil {
		r.Kind = DomainTerm
	}
	if r.Want == nil && r.Wrong == nil {
		return r, errors.New("no target term")
	}
	return r, nil
}

// tbxTerm is one term of a TBX language section.
type tbxTerm struct {
	text, status string
	line         int
}

// loadTBX reads the concept entries of a TBX file (TBX 2 termEntry/tig and
// TBX 3 conceptEntry/termSec alike) and makes a rule for every ordered
// pair of languages an entry has.
func loadTBX(name string, data []byte) ([]TermRule, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out []TermRule
	var entry map[string][]tbxTerm // language → terms
	var order []string
	var lang string
	var cur *tbxTerm
	var inTerm, inStatus bool
	entryLine := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		line, _ := dec.InputPos()
		if err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %v", corpus.ErrInput, name, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "termEntry", "conceptEntry":
				entry, order, entryLine = map[string][]tbxTerm{}, nil, line
			case "langSet", "langSec":
				lang = ""
				for _, a := range t.Attr {
					if a.Name.Local == "lang" {
						lang = a.Value
					}
				}
				if _, err := language.ParseBase(strings.SplitN(lang, "-", 2)[0]); err != nil {
					return nil, fmt.Errorf("%w: %s:%d: bad xml:lang %q", corpus.ErrInput, name, line, lang)
				}
			case "tig", "ntig", "termSec":
				cur = &tbxTerm{line: line}
			case "term":
				inTerm = true
				if cur == nil {
					cur = &tbxTerm{line: line}
				}
			case "termNote", "descrip":
				for _, a := range t.Attr {
					if a.Name.Local == "type" && (a.Value == "administrativeStatus" || a.Value == "normativeAuthorization") {
						inStatus = true
					}
				}
			}
		case xml.CharData:
			switch {
			case inTerm && cur != nil:
				cur.text += string(t)
			case inStatus && cur != nil:
				cur.status += strings.TrimSpace(string(t))
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "term":
				inTerm = false
			case "termNote", "descrip":
				inStatus = false
			case "tig", "ntig", "termSec":
				if cur != nil && entry != nil && lang != "" && strings.TrimSpace(cur.text) != "" {
					if _, ok := entry[lang]; !ok {
						order = append(order, lang)
					}
					cur.text = strings.TrimSpace(cur.text)
					entry[lang] = append(entry[lang], *cur)
				}
				cur = nil
			case "termEntry", "conceptEntry":
				rules, err := tbxRules(name, entryLine, entry, order)
				if err != nil {
					return nil, err
				}
				out = append(out, rules...)
				entry = nil
			}
		}
	}
	return out, nil
}

func deprecated(status string) bool {
	s := strings.ToLower(status)
	return strings.Contains(s, "deprecated") || strings.Contains(s, "superseded") || strings.Contains(s, "forbidden")
}

func tbxRules(name string, line int, entry map[string][]tbxTerm, order []string) ([]TermRule, error) {
	var out []TermRule
	for _, sl := range order {
		for _, tl := range order {
			if sl == tl {
				continue
			}
			var srcTerms, allow, deny []string
			for _, t := range entry[sl] {
				if !deprecated(t.status) {
					srcTerms = append(srcTerms, t.text)
				}
			}
			for _, t := range entry[tl] {
				if deprecated(t.status) {
					deny = append(deny, t.text)
				} else {
					allow = append(allow, t.text)
				}
			}
			if len(srcTerms) == 0 {
				continue
			}
			sb, _ := language.ParseBase(strings.SplitN(sl, "-", 2)[0])
			tb, _ := language.ParseBase(strings.SplitN(tl, "-", 2)[0])
			r, err := glossaryRule(sb, tb, srcTerms, allow, deny)
			if err != nil {
				return nil, fmt.Errorf("%w: %s:%d: %v", corpus.ErrInput, name, line, err)
			}
			r.Origin = fmt.Sprintf("%s:%d", name, line)
			out = append(out, r)
		}
	}
	return out, nil
}
