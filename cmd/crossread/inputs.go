package main

import (
	"cmp"
	"errors"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/config"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/internal/parallel"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/language"
)

// inputs are the documents a check or align command line names and how to
// read them.
type inputs struct {
	cmd          string // the command, for messages
	target       string
	sources      []string
	tlang, slang language.Tag
	format       corpus.Format
	encoding     encoding.Encoding // nil: UTF-8, UTF-16 by its byte-order mark, or a page's declared encoding
	maxBytes     int64
	stdin        io.Reader
	stdinUsed    bool
}

// inputFlags are the flags that name and describe the inputs, shared by
// check and align and read by parseInputs; sources collects -s.
func inputFlags(sources *fileList) []cli.Flag {
	return []cli.Flag{
		&cli.GenericFlag{Name: "source", Value: sources, TakesFile: true, Usage: "source article `FILE`, also -s FILE (repeat for several; at least one)"},
		&cli.GenericFlag{Name: "s", Value: sources, TakesFile: true, Hidden: true},
		&cli.StringFlag{Name: "source-lang", Usage: "language `TAG` of the sources (default: detected)"},
		&cli.StringFlag{Name: "target-lang", Usage: "language `TAG` of the target (default: detected)"},
		&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "input `FORMAT`: auto (by file name and content), text, markdown, html, xliff or tmx"},
		maxBytesFlag,
		&cli.StringFlag{Name: "encoding", Value: "utf-8", Usage: "character `ENCODING` of the inputs: utf-8 (UTF-16 with a byte-order mark is read too), or a WHATWG or IANA name such as latin1, windows-1252, utf-16le, shift_jis; offsets in reports are then into the UTF-8 text. Default: an HTML page's own <meta charset>, else UTF-8"},
	}
}

// parseInputs reads TARGET, the sources and the language and input-format
// flags shared by check and align.
func (e *env) parseInputs(c *cli.Context, cmd string, sources []string) (*inputs, error) {
	switch {
	case c.NArg() == 0:
		return nil, usagef("%s: missing TARGET (see crossread %s --help)", cmd, cmd)
	case c.NArg() > 1:
		for _, a := range c.Args().Tail() {
			if strings.HasPrefix(a, "-") && a != "-" {
				return nil, usagef("%s: flag %s after TARGET; flags go before it", cmd, a)
			}
		}
		return nil, usagef("%s: want one TARGET, got %d arguments (give sources with -s)", cmd, c.NArg())
	}
	if len(sources) == 0 {
		return nil, usagef("%s: no source given; name at least one with -s FILE", cmd)
	}
	return e.newInputs(c, cmd, c.Args().First(), sources)
}

// newInputs reads the language, format and limit flags for target and its
// sources.
func (e *env) newInputs(c *cli.Context, cmd, target string, sources []string) (*inputs, error) {
	in := &inputs{cmd: cmd, target: target, sources: sources, stdin: e.stdin}
	var err error
	if in.tlang, err = parseLang("--target-lang", c.String("target-lang")); err != nil {
		return nil, err
	}
	if in.slang, err = parseLang("--source-lang", c.String("source-lang")); err != nil {
		return nil, err
	}
	if in.format, err = corpus.ParseFormat(c.String("input-format")); err != nil {
		return nil, usagef("--input-format: %v", err)
	}
	if in.encoding, err = corpus.LookupEncoding(c.String("encoding")); err != nil {
		return nil, usagef("--encoding: %v", err)
	}
	if in.encoding == nil && c.IsSet("encoding") {
		in.encoding = encoding.Nop // UTF-8 said: no page's declaration overrides it
	}
	if in.maxBytes, err = parseSize(c.String("max-bytes")); err != nil {
		return nil, err
	}
	return in, nil
}

// read returns the text of path, standard input for "-" (once only),
// decoded to UTF-8, and the name to report it under.
func (in *inputs) read(path string) (name string, data []byte, err error) {
	name, data, _, err = in.readDecoded(path)
	return name, data, err
}

// readAs is read that also returns the encoding the input was decoded
// from, nil for UTF-8, to write it back in (corpus.Document.Encoding).
func (in *inputs) readAs(path string) (name string, data []byte, enc encoding.Encoding, err error) {
	name, data, dec, err := in.readDecoded(path)
	return name, data, dec.Encoding(), err
}

// readDecoded is read that also says how the file was decoded, if it was.
func (in *inputs) readDecoded(path string) (name string, data []byte, dec *corpus.Decoded, err error) {
	name = path
	if path != "-" {
		data, err = corpus.ReadFileLimit(path, in.maxBytes)
	} else {
		if in.stdinUsed {
			return "", nil, nil, usagef("%s: standard input (-) given twice", in.cmd)
		}
		in.stdinUsed = true
		name = stdinName
		data, err = corpus.ReadLimit(name, in.stdin, in.maxBytes)
	}
	if err == nil {
		data, dec, err = corpus.DecodeInput(name, data, in.encoding, in.format)
	}
	if err == nil {
		err = corpus.CheckText(name, data)
	}
	if errors.Is(err, corpus.ErrTooLarge) {
		err = usagef("%s: larger than --max-bytes %s; raise it to read this input", name, maxBytesOf(in.maxBytes))
	}
	if errors.Is(err, corpus.ErrNotUTF8) {
		msg := strings.TrimPrefix(errorLine(err), "crossread: ")
		err = usagef("%s with --encoding (such as windows-1252)", msg)
	}
	return name, data, dec, err
}

// load reads and loads path in language tag (detected when undetermined);
// flag names the language flag to suggest when detection fails.
func (in *inputs) load(path string, tag language.Tag, flag string) (*corpus.Document, error) {
	name, data, dec, err := in.readDecoded(path)
	if err != nil {
		return nil, err
	}
	// The file name's language comes after the one a page declares.
	d, err := corpus.Load(name, data, corpus.Options{Lang: tag, Format: in.format, Fallback: nameLang(path), Decoded: dec})
	if err != nil {
		return nil, err
	}
	return checkLang(d, flag)
}

// checkLang refuses a document whose language is unknown, unless it has
// no text at all: the report then says that nothing was translated.
func checkLang(d *corpus.Document, flag string) (*corpus.Document, error) {
	if d.Lang == language.Und && len(d.Paragraphs) > 0 {
		return nil, usagef("cannot detect the language of %s; give it with %s", d.Path, flag)
	}
	return d, nil
}

// dictFlags are the dictionary flags of a command; paths collects --dict.
// With auto, the command looks for installed FreeDict pairs by itself
// (align), and --no-dict turns that off; without, it uses only the
// dictionaries named (check, whose findings should not depend on what
// the machine has installed).
func dictFlags(paths *fileList, auto bool) []cli.Flag {
	usage := "bilingual dictionary `FILE` for the aligner (TSV word<TAB>translation, or a dictd .index); repeatable"
	if !auto {
		return []cli.Flag{&cli.GenericFlag{Name: "dict", Value: paths, TakesFile: true, Usage: usage}}
	}
	return []cli.Flag{
		&cli.GenericFlag{Name: "dict", Value: paths, TakesFile: true, Usage: usage + ". Default: the installed FreeDict pair of the two languages, if any"},
		&cli.BoolFlag{Name: "no-dict", Usage: "align without any dictionary, even an installed one"},
	}
}

// dictionaries returns the dictionaries the aligner gets: the --dict
// files, else, with auto and without --no-dict, the installed FreeDict
// pairs of the target's and the first source's languages.
func dictionaries(c *cli.Context, paths []string, auto bool, target, source *corpus.Document) ([]*align.Dict, error) {
	if c.Bool("no-dict") && len(paths) > 0 {
		return nil, usagef("--dict and --no-dict together: give one")
	}
	if len(paths) == 0 {
		if !auto || c.Bool("no-dict") {
			return nil, nil
		}
		return align.InstalledDicts(target.Lang, source.Lang), nil
	}
	var out []*align.Dict
	for _, p := range paths {
		d, err := align.LoadDict(p)
		if err != nil {
			return nil, usagef("--dict: %v", err)
		}
		out = append(out, d)
	}
	return out, nil
}

// loadAll loads the target and then the sources, side by side unless
// one of them is standard input; the error is the first in that order.
func (in *inputs) loadAll() ([]*corpus.Document, error) {
	paths := append([]string{in.target}, in.sources...)
	docs := make([]*corpus.Document, len(paths))
	errs := make([]error, len(paths))
	load := func(i int) {
		if i == 0 {
			docs[i], errs[i] = in.load(paths[i], in.tlang, "--target-lang")
		} else {
			docs[i], errs[i] = in.load(paths[i], in.slang, "--source-lang")
		}
	}
	if slices.Contains(paths, "-") {
		for i := range paths {
			if load(i); errs[i] != nil {
				return nil, errs[i]
			}
		}
		return docs, nil
	}
	parallel.Do(runtime.GOMAXPROCS(0), len(paths), load)
	if err := cmp.Or(errs...); err != nil {
		return nil, err
	}
	return docs, nil
}

// loadSources loads the sources in order.
func (in *inputs) loadSources() ([]*corpus.Document, error) {
	out := make([]*corpus.Document, 0, len(in.sources))
	for _, s := range in.sources {
		d, err := in.load(s, in.slang, "--source-lang")
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// nameLang returns the language a file name carries (story.en.md), or
// language.Und: a short text says too little to detect it.
func nameLang(path string) language.Tag {
	if _, l, _ := config.SplitName(filepath.Base(path)); l != "" {
		if tag, err := language.Parse(l); err == nil {
			return tag
		}
	}
	return language.Und
}
