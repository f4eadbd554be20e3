package main

import (
	"bufio"
	"io"
	"os"
	"strings"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/corpus/bilingual"
	"github.com/urfave/cli/v2"
)

// statesFlag chooses the units of a bilingual file to check.
var statesFlag = &cli.StringFlag{
	Name:  "states",
	Usage: "check only the units of an XLIFF file in these `STATES` (comma-separated; -STATE leaves one out, as in -final; none is a unit without a state)",
}

// bilingualTarget loads the one TARGET of cmd (check, fix, align)
// without sources when it is an XLIFF or TMX file (by --input-format, its
// name or its content), or returns nil: the file then goes the way of an
// article.
func (e *env) bilingualTarget(c *cli.Context, cmd string, sources []string) (*docPair, error) {
	if len(sources) > 0 || c.NArg() != 1 {
		if f, _ := corpus.ParseFormat(c.String("input-format")); f.Bilingual() {
			return nil, usagef("--input-format %s: give one file and no -s; it holds its sources", f)
		}
		return nil, nil
	}
	path := c.Args().First()
	in, err := e.newInputs(c, cmd, path, nil)
	if err != nil {
		return nil, err
	}
	format := in.format
	if format == corpus.FormatAuto {
		format = bilingual.Detect(path, e.head(path))
	}
	if !format.Bilingual() {
		return nil, nil
	}
	states, err := bilingual.ParseStates(c.String("states"))
	if err != nil {
		return nil, usagef("--states: %v", err)
	}
	in.stdin = e.stdin
	name, data, enc, err := in.readAs(path)
	if err != nil {
		return nil, err
	}
	f, err := bilingual.Load(name, data, bilingual.Options{Format: format, SourceLang: in.slang, TargetLang: in.tlang, States: states})
	if err != nil {
		return nil, err
	}
	f.Target.Encoding, f.Source.Encoding = enc, enc
	t, err := checkLang(f.Target, "--target-lang")
	if err != nil {
		return nil, err
	}
	s, err := checkLang(f.Source, "--source-lang")
	if err != nil {
		return nil, err
	}
	e.warnLang([]*corpus.Document{t, s})
	return &docPair{target: t, sources: []*corpus.Document{s}}, nil
}

// head returns the first bytes of path, or of standard input for "-",
// which it leaves to be read again.
func (e *env) head(path string) []byte {
	const n = 4096
	if path == "-" {
		br := bufio.NewReaderSize(e.stdin, n)
		e.stdin = br
		b, _ := br.Peek(n)
		return b
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, n)
	k, _ := io.ReadFull(f, b)
	return b[:k]
}

// xliffOutput refuses --format xliff for anything but one XLIFF file.
func xliffOutput(format string, bl *docPair) error {
	if !strings.EqualFold(format, "xliff") || bl != nil && bl.target.Format == corpus.FormatXLIFF {
		return nil
	}
	return usagef("--format xliff: the target must be an XLIFF file checked on its own")
}
