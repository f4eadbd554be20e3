package bilingual

import (
	"encoding/xml"
	"strconv"

	"github.com/crossread/crossread/corpus"
)

// action says what an inline element becomes in the text.
type action int

const (
	transparent action = iota // tags dropped, content kept (<mrk>, <hi>, anything unknown)
	paired                    // a placeholder at each tag, content kept (<g>, <pc>)
	empty                     // one placeholder for an empty element (<x/>, <sc/>)
	native                    // one placeholder for the element and its content, the original code (<ph>, <bpt>)
	codepoint                 // <cp hex="…"/>: the character
	dropped                   // nothing: the element and its content are not text
)

// codeSpec is how a format reads one inline element.
type codeSpec struct {
	act    action
	family string          // open and close codes of one pair share it: bpt/ept are "bpt"
	kind   corpus.CodeKind // for empty and native codes
	ids    []string        // attributes naming the code, first non-empty wins
}

// inlineSpecs maps element names to their spec; a format has one.
type inlineSpecs map[string]codeSpec

// inline reads the content of the element whose start tag was read last
// up to its end tag, as pieces of text and codes.
func (r *reader) inline(specs inlineSpecs) ([]corpus.Piece, error) {
	var out []corpus.Piece
	type open struct {
		spec codeSpec
		id   string
	}
	var stack []open
	seen := map[string]int{} // codes per family and kind, for codes without an id
	code := func(spec codeSpec, e xml.StartElement, kind corpus.CodeKind) *corpus.Code {
		id := ""
		for _, a := range spec.ids {
			if id = attr(e, a); id != "" {
				break
			}
		}
		if id == "" {
			key := spec.family + "/" + strconv.Itoa(int(kind))
			seen[key]++
			id = "#" + strconv.Itoa(seen[key])
		}
		return &corpus.Code{ID: spec.family + ":" + id, Kind: kind}
	}
	for {
		t, err := r.inside()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.CharData:
			out = append(out, chars(r.data, r.start, r.end)...)
		case xml.StartElement:
			spec := specs[t.Name.Local]
			start := r.start
			switch spec.act {
			case paired:
				c := code(spec, t, corpus.Open)
				out = append(out, corpus.Piece{Orig: corpus.Span{Start: start, End: r.end}, Code: c})
				stack = append(stack, open{spec, c.ID})
				continue
			case empty, native:
				c := code(spec, t, spec.kind)
				end, err := r.skip()
				if err != nil {
					return nil, err
				}
				out = append(out, corpus.Piece{Orig: corpus.Span{Start: start, End: end}, Code: c})
				continue
			case dropped:
				if _, err := r.skip(); err != nil {
					return nil, err
				}
				continue
			case codepoint:
				text := "\uFFFD"
				if v, err := strconv.ParseUint(attr(t, "hex"), 16, 32); err == nil {
					text = visible(rune(v))
				}
				end, err := r.skip()
				if err != nil {
					return nil, err
				}
				out = append(out, corpus.Piece{Text: text, Orig: corpus.Span{Start: start, End: end}})
				continue
			}
			stack = append(stack, open{spec: spec})
		case xml.EndElement:
			if len(stack) == 0 {
				return out, nil
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.spec.act == paired {
				out = append(out, corpus.Piece{Orig: corpus.Span{Start: r.start, End: r.end}, Code: &corpus.Code{ID: o.id, Kind: corpus.Close}})
			}
		}
	}
}

// Inline elements of XLIFF 1.2.
var xliff1Inline = inlineSpecs{
	"g":   {act: paired, family: "g", ids: []string{"id"}},
	"x":   {act: empty, family: "x", ids: []string{"id"}},
	"bx":  {act: empty, family: "bx", kind: corpus.Open, ids: []string{"rid", "id"}},
	"ex":  {act: empty, family: "bx", kind: corpus.Close, ids: []string{"rid", "id"}},
	"ph":  {act: native, family: "ph", ids: []string{"id"}},
	"bpt": {act: native, family: "bpt", kind: corpus.Open, ids: []string{"rid", "id"}},
	"ept": {act: native, family: "bpt", kind: corpus.Close, ids: []string{"rid", "id"}},
	"it":  {act: native, family: "it", ids: []string{"id"}},
	"sub": {act: dropped},
}

// Inline elements of XLIFF 2.x.
var xliff2Inline = inlineSpecs{
	"pc": {act: paired, family: "pc", ids: []string{"id"}},
	"ph": {act: empty, family: "ph", ids: []string{"id"}},
	"sc": {act: empty, family: "sc", kind: corpus.Open, ids: []string{"id"}},
	"ec": {act: empty, family: "sc", kind: corpus.Close, ids: []string{"startRef", "id"}},
	"sm": {act: dropped}, // annotation markers: no text, no code
	"em": {act: dropped},
	"cp": {act: codepoint},
}

// Inline elements of TMX 1.4.
var tmxInline = inlineSpecs{
	"bpt": {act: native, family: "bpt", kind: corpus.Open, ids: []string{"i"}},
	"ept": {act: native, family: "bpt", kind: corpus.Close, ids: []string{"i"}},
	"ph":  {act: native, family: "ph", ids: []string{"x"}},
	"it":  {act: native, family: "it", ids: []string{"x"}},
	"ut":  {act: native, family: "ut", ids: []string{"x"}},
}
