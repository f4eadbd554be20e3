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
	in := inliner{r: r, specs: specs, seen: map[string]int{}}
	for {
		t, err := r.inside()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.CharData:
			in.out = append(in.out, chars(r.data, r.start, r.end)...)
		case xml.StartElement:
			if err := in.start(t); err != nil {
				return nil, err
			}
		case xml.EndElement:
			if len(in.stack) == 0 {
				return in.out, nil
			}
			o := in.stack[len(in.stack)-1]
			in.stack = in.stack[:len(in.stack)-1]
			if o.spec.act == paired {
				in.out = append(in.out, corpus.Piece{Orig: in.closeSpan(), Code: &corpus.Code{ID: o.id, Kind: corpus.Close}})
			}
		}
	}
}

// closeSpan returns the markup of the end tag just read. A self-closed
// paired element ("<pc/>") has none of its own: the decoder reports an
// empty end, and the code would map to nothing in the file. Its tag is
// then shared, "<pc" opening and "/>" closing.
func (in *inliner) closeSpan() corpus.Span {
	r := in.r
	if r.end > r.start || len(in.out) == 0 {
		return corpus.Span{Start: r.start, End: r.end}
	}
	open := &in.out[len(in.out)-1].Orig
	if open.End != r.end || open.Len() < 3 || string(r.data[open.End-2:open.End]) != "/>" {
		return corpus.Span{Start: r.start, End: r.end}
	}
	open.End -= 2
	return corpus.Span{Start: open.End, End: open.End + 2}
}

// inliner is the state of inline: the pieces so far, the elements open.
type inliner struct {
	r     *reader
	specs inlineSpecs
	out   []corpus.Piece
	stack []openCode
	seen  map[string]int // codes per family and kind, for codes without an id
}

// openCode is an inline element started and not yet ended.
type openCode struct {
	spec codeSpec
	id   string
}

// start reads an inline element's start tag, and for the elements that
// are one piece, the rest of it.
func (in *inliner) start(e xml.StartElement) error {
	spec, start := in.specs[e.Name.Local], in.r.start
	switch spec.act {
	case paired:
		c := in.code(spec, e, corpus.Open)
		in.out = append(in.out, corpus.Piece{Orig: corpus.Span{Start: start, End: in.r.end}, Code: c})
		in.stack = append(in.stack, openCode{spec, c.ID})
		return nil
	case transparent:
		in.stack = append(in.stack, openCode{spec: spec})
		return nil
	}
	end, err := in.r.skip()
	if err != nil {
		return err
	}
	o := corpus.Span{Start: start, End: end}
	switch spec.act {
	case empty, native:
		in.out = append(in.out, corpus.Piece{Orig: o, Code: in.code(spec, e, spec.kind)})
	case codepoint:
		text := "\uFFFD"
		if v, err := strconv.ParseUint(attr(e, "hex"), 16, 32); err == nil {
			text = visible(rune(v))
		}
		in.out = append(in.out, corpus.Piece{Text: text, Orig: o})
	}
	return nil
}

// code returns the code of an element: its family and the first of its
// id attributes, or its number among the codes of the family without one.
func (in *inliner) code(spec codeSpec, e xml.StartElement, kind corpus.CodeKind) *corpus.Code {
	for _, a := range spec.ids {
		if id := attr(e, a); id != "" {
			return &corpus.Code{ID: spec.family + ":" + id, Kind: kind}
		}
	}
	key := spec.family + "/" + strconv.Itoa(int(kind))
	in.seen[key]++
	return &corpus.Code{ID: spec.family + ":#" + strconv.Itoa(in.seen[key]), Kind: kind}
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
