package bilingual

import (
	"encoding/xml"
	"strings"
	"unicode"

	"github.com/crossread/crossread/corpus"
)

// root reads up to the root element, which must be called name, and
// returns its start tag.
func (r *reader) root(name string) (xml.StartElement, error) {
	for {
		t, err := r.inside()
		if err != nil {
			return xml.StartElement{}, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local != name {
				return t, r.errorAt(r.start, "root element <%s>, want <%s>", t.Name.Local, name)
			}
			return t, nil
		}
	}
}

// rest reads the file to its end, so that a flaw after the last unit is
// found too.
func (r *reader) rest() error {
	for {
		t, err := r.next()
		if t == nil || err != nil {
			return err
		}
	}
}

// walker visits the elements of a file with a handler per element name;
// elements without one are descended into.
type walker struct {
	r        *reader
	handlers map[string]func(xml.StartElement, bool) error
}

// walk reads the content of the element last started, to its end;
// locked says whether an ancestor said translate="no".
func (w *walker) walk(locked bool) error {
	for {
		t, err := w.r.inside()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			l := lockedBy(t, locked)
			h := w.handlers[t.Name.Local]
			if h == nil {
				err = w.walk(l)
			} else {
				err = h(t, l)
			}
			if err != nil {
				return err
			}
		}
	}
}

// lockedBy says whether e is not to be translated: its translate
// attribute, else its parent's say.
func lockedBy(e xml.StartElement, parent bool) bool {
	switch attr(e, "translate") {
	case "no":
		return true
	case "yes":
		return false
	}
	return parent
}

// skipping is a handler that leaves an element out.
func (w *walker) skipping(xml.StartElement, bool) error {
	_, err := w.r.skip()
	return err
}

// parseXLIFF reads XLIFF 1.2 or 2.x, by the root's version.
func parseXLIFF(r *reader) (*parsed, error) {
	root, err := r.root("xliff")
	if err != nil {
		return nil, err
	}
	p := &parsed{version: attr(root, "version")}
	if p.version == "" {
		// Without a version, the namespace says which XLIFF it is.
		_, p.version, _ = strings.Cut(root.Name.Space, "xliff:document:")
	}
	w := &walker{r: r}
	switch {
	case strings.HasPrefix(p.version, "1."):
		w.handlers = xliff1Handlers(w, p)
	case strings.HasPrefix(p.version, "2."):
		p.srcLang, p.tgtLang = attr(root, "srcLang"), attr(root, "trgLang")
		w.handlers = xliff2Handlers(w, p)
	default:
		return nil, r.errorAt(r.start, "XLIFF version %q (want 1.2, 2.0 or 2.1)", p.version)
	}
	if err := w.walk(false); err != nil {
		return nil, err
	}
	return p, r.rest()
}

// xliff1Handlers read <file> and <trans-unit>, leaving out binary units.
func xliff1Handlers(w *walker, p *parsed) map[string]func(xml.StartElement, bool) error {
	return map[string]func(xml.StartElement, bool) error{
		"file": func(e xml.StartElement, locked bool) error {
			if p.srcLang == "" {
				p.srcLang, p.tgtLang = attr(e, "source-language"), attr(e, "target-language")
			}
			return w.walk(locked)
		},
		"bin-unit":   w.skipping,
		"header":     w.skipping,
		"trans-unit": func(e xml.StartElement, locked bool) error { return transUnit(w.r, p, e, locked) },
	}
}

// transUnit reads one <trans-unit>: its <source> and <target>; notes,
// <alt-trans> and <seg-source> (the source again, segmented) are left out.
func transUnit(r *reader, p *parsed, e xml.StartElement, locked bool) error {
	u := unit{id: attr(e, "id"), locked: locked}
	err := r.children(nil, func(t xml.StartElement) (err error) {
		switch t.Name.Local {
		case "source":
			u.src, err = r.inline(xliff1Inline)
		case "target":
			u.state, u.qualifier = attr(t, "state"), attr(t, "state-qualifier")
			u.anchor = r.end
			u.tgt, err = r.inline(xliff1Inline)
		default:
			_, err = r.skip()
		}
		return err
	})
	u.anchorAtEnd(r)
	p.units = append(p.units, u)
	return err
}

// xliff2Handlers read <unit>, leaving out the modules' metadata.
func xliff2Handlers(w *walker, p *parsed) map[string]func(xml.StartElement, bool) error {
	return map[string]func(xml.StartElement, bool) error{
		"notes":        w.skipping,
		"originalData": w.skipping,
		"skeleton":     w.skipping,
		"unit":         func(e xml.StartElement, locked bool) error { return unit2(w.r, p, e, locked) },
	}
}

// unit2 reads one XLIFF 2 <unit>: the source and target of its segments
// and ignorables, in order, as one text each. Its state is the least
// advanced of its segments'.
func unit2(r *reader, p *parsed, e xml.StartElement, locked bool) error {
	u := unit{id: attr(e, "id"), locked: locked}
	segments := 0
	err := r.children(map[string]bool{"segment": true, "ignorable": true}, func(t xml.StartElement) (err error) {
		switch t.Name.Local {
		case "segment":
			u.state = lessAdvanced(u.state, stateOf(t), segments == 0)
			segments++
			if q := attr(t, "subState"); q != "" && u.qualifier == "" {
				u.qualifier = q
			}
		case "ignorable":
		case "source":
			u.src, err = r.appendInline(u.src)
		case "target":
			if u.anchor == 0 {
				u.anchor = r.end
			}
			u.tgt, err = r.appendInline(u.tgt)
		default:
			_, err = r.skip()
		}
		return err
	})
	u.anchorAtEnd(r)
	p.units = append(p.units, u)
	return err
}

// anchorAtEnd anchors a unit without a target before its end tag, the
// token read last.
func (u *unit) anchorAtEnd(r *reader) {
	if u.anchor == 0 {
		u.anchor = r.start
	}
}

// stateOf returns a segment's state; XLIFF 2 defaults it to initial.
func stateOf(e xml.StartElement) string {
	if s := attr(e, "state"); s != "" {
		return s
	}
	return "initial"
}

var states2 = map[string]int{"initial": 0, "translated": 1, "reviewed": 2, "final": 3}

// lessAdvanced returns the less advanced of two XLIFF 2 states; first
// says a is no state yet.
func lessAdvanced(a, b string, first bool) string {
	if first || states2[b] < states2[a] {
		return b
	}
	return a
}

// appendInline reads the content of an XLIFF 2 <source> or <target> onto
// the text of the segments before it, with a space between two segments
// that nothing else separates.
func (r *reader) appendInline(ps []corpus.Piece) ([]corpus.Piece, error) {
	at := r.end
	more, err := r.inline(xliff2Inline)
	if err != nil || len(ps) == 0 || len(more) == 0 {
		return append(ps, more...), err
	}
	if !endsInSpace(ps) && !startsWithSpace(more) {
		ps = append(ps, corpus.Piece{Text: " ", Orig: corpus.Span{Start: at, End: at}})
	}
	return append(ps, more...), nil
}

func endsInSpace(ps []corpus.Piece) bool {
	t := ps[len(ps)-1].Text
	return t != "" && unicode.IsSpace(rune(t[len(t)-1]))
}

func startsWithSpace(ps []corpus.Piece) bool {
	return ps[0].Text != "" && unicode.IsSpace(rune(ps[0].Text[0]))
}
