package bilingual

import (
	"fmt"
	"strings"

	"github.com/crossread/crossread/corpus"
	"golang.org/x/text/language"
)

// Options say how to load a bilingual file. The zero value detects the
// format and takes the languages from the file.
type Options struct {
	Format     corpus.Format // FormatAuto: Detect; else FormatXLIFF or FormatTMX
	SourceLang language.Tag  // language.Und: the file's
	// TargetLang is the file's target language when Und; in a TMX file
	// of several languages it picks the one to check.
	TargetLang language.Tag
	// States chooses the units to check by their translation state ("" for
	// none); nil checks all. See ParseStates.
	States func(state string) bool
}

// File is a loaded bilingual file.
type File struct {
	Format  corpus.Format
	Version string // of the format: "1.2", "2.0", "1.4"
	Target  *corpus.Document
	Source  *corpus.Document
	Units   int // in the file, checked or not
}

// unit is one unit as a parser reads it.
type unit struct {
	id               string
	state, qualifier string
	locked           bool
	src, tgt         []corpus.Piece
	// anchor is where the target's text goes in the file: after the
	// start tag of its (first) target, else before the unit's end tag.
	anchor int
}

// parsed is what a parser reads from a file.
type parsed struct {
	version          string
	srcLang, tgtLang string
	units            []unit
}

// Load reads the bilingual file data, named path in messages.
func Load(path string, data []byte, opt Options) (*File, error) {
	if err := corpus.CheckText(path, data); err != nil {
		return nil, err
	}
	format := opt.Format
	if format == corpus.FormatAuto {
		format = Detect(path, data)
	}
	var (
		p   *parsed
		err error
	)
	switch format {
	case corpus.FormatXLIFF:
		p, err = parseXLIFF(newReader(path, data))
	case corpus.FormatTMX:
		p, err = parseTMX(newReader(path, data), opt.SourceLang, opt.TargetLang)
	default:
		return nil, fmt.Errorf("%w: %s: not an XLIFF or TMX file", corpus.ErrInput, path)
	}
	if err != nil {
		return nil, err
	}
	slang, tlang := pick(opt.SourceLang, p.srcLang), pick(opt.TargetLang, p.tgtLang)
	var src, tgt []corpus.Block
	for i, u := range p.units {
		if opt.States != nil && !opt.States(u.state) {
			continue
		}
		cu := corpus.Unit{ID: u.id, Ordinal: i + 1, State: u.state, StateQualifier: u.qualifier, Locked: u.locked}
		if cu.ID == "" {
			cu.ID = fmt.Sprint(i + 1)
		}
		src = append(src, corpus.Block{Pieces: u.src, Unit: cu})
		tgt = append(tgt, corpus.Block{Pieces: anchored(u.tgt, u.anchor), Unit: cu})
	}
	orig := string(data)
	return &File{
		Format:  format,
		Version: p.version,
		Target:  corpus.Assemble(path, orig, tlang, format, tgt),
		Source:  corpus.Assemble(path, orig, slang, format, src),
		Units:   len(p.units),
	}, nil
}

// anchored returns the pieces of a target, or, when it has no text, one
// empty piece at anchor: the document then knows where in the file the
// missing translation belongs (corpus.Document.EmptyUnits).
func anchored(ps []corpus.Piece, anchor int) []corpus.Piece {
	for _, p := range ps {
		if p.Code != nil || strings.TrimSpace(p.Text) != "" {
			return ps
		}
	}
	return []corpus.Piece{{Orig: corpus.Span{Start: anchor, End: anchor}}}
}

// pick returns the tag given, else the file's when it parses.
func pick(given language.Tag, file string) language.Tag {
	if given != language.Und || file == "" {
		return given
	}
	t, err := language.Parse(file)
	if err != nil {
		return language.Und
	}
	return t
}

var errNotBilingual = fmt.Errorf("%w: the bilingual aligner needs the target and source of one bilingual file", corpus.ErrInput)
