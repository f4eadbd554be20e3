package bilingual

import (
	"encoding/xml"
	"strings"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// tu is a TMX translation unit: a text per language variant.
type tu struct {
	id    string
	langs []string // in file order
	texts map[string][]corpus.Piece
	end   int // the start of its end tag
}

// parseTMX reads TMX 1.4 (and the 1.1 to 1.3 it extends). The source
// language is src, else the header's srclang, else the first of each
// unit's; the target is tgt, else the first other language of the file.
func parseTMX(r *reader, src, tgt language.Tag) (*parsed, error) {
	root, err := r.root("tmx")
	if err != nil {
		return nil, err
	}
	p := &parsed{version: attr(root, "version")}
	var tus []tu
	w := &walker{r: r}
	w.handlers = map[string]func(xml.StartElement, bool) error{
		"header": func(e xml.StartElement, _ bool) error {
			if l := attr(e, "srclang"); !strings.EqualFold(l, "*all*") {
				p.srcLang = l
			}
			_, err := r.skip()
			return err
		},
		"tu": func(e xml.StartElement, _ bool) error {
			u, err := readTU(r, e)
			tus = append(tus, u)
			return err
		},
	}
	if err := w.walk(false); err != nil {
		return nil, err
	}
	if src != language.Und {
		p.srcLang = src.String()
	}
	if p.srcLang == "" && len(tus) > 0 && len(tus[0].langs) > 0 {
		p.srcLang = tus[0].langs[0]
	}
	p.tgtLang = targetLang(tus, p.srcLang, tgt)
	for _, u := range tus {
		p.units = append(p.units, unit{id: u.id, src: u.text(p.srcLang), tgt: u.text(p.tgtLang), anchor: u.end})
	}
	return p, r.rest()
}

// readTU reads one <tu>: the <seg> of each <tuv>.
func readTU(r *reader, e xml.StartElement) (tu, error) {
	u := tu{id: attr(e, "tuid"), texts: map[string][]corpus.Piece{}}
	lang := ""
	err := r.children(map[string]bool{"tuv": true}, func(t xml.StartElement) error {
		switch t.Name.Local {
		case "tuv":
			lang = attr(t, "lang") // xml:lang, or lang before TMX 1.4
			if _, ok := u.texts[lang]; !ok {
				u.langs = append(u.langs, lang)
			}
		case "seg":
			ps, err := r.inline(tmxInline)
			u.texts[lang] = append(u.texts[lang], ps...)
			return err
		default:
			_, err := r.skip()
			return err
		}
		return nil
	})
	u.end = r.start
	return u, err
}

// text returns the text of the unit's variant in lang, matched as
// sameLang does.
func (u tu) text(lang string) []corpus.Piece {
	for _, l := range u.langs {
		if sameLang(l, lang) {
			return u.texts[l]
		}
	}
	return nil
}

// targetLang returns the language of the file that matches tgt, or, for
// Und, the first one that is not src.
func targetLang(tus []tu, src string, tgt language.Tag) string {
	for _, u := range tus {
		for _, l := range u.langs {
			if tgt != language.Und && sameLang(l, tgt.String()) {
				return l
			}
			if tgt == language.Und && !sameLang(l, src) {
				return l
			}
		}
	}
	if tgt != language.Und {
		return tgt.String()
	}
	return ""
}

// sameLang reports whether two language codes name the same language:
// equal but for case, or one a prefix of the other ("de" and "de-DE").
func sameLang(a, b string) bool {
	a, b = strings.ToLower(strings.ReplaceAll(a, "_", "-")), strings.ToLower(strings.ReplaceAll(b, "_", "-"))
	if a == "" || b == "" {
		return a == b
	}
	return a == b || strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-")
}
