package main

import (
	"bufio"
	"encoding/json"
	"strings"

	"github.com/crossread/crossread/corpus"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"
)

func extractCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "extract",
		Usage:     "print the text crossread checks in a file: for a news page, its article",
		ArgsUsage: "FILE",
		UsageText: `crossread extract [--format text|json] [--input-format FORMAT] FILE

Examples:
   crossread extract page.html                 # the article, a blank line between paragraphs
   crossread extract --format json page.html   # paragraphs with their byte offsets in the page`,
		Description: `Loads FILE as check loads a target or a source and prints its paragraphs:
for an HTML page the headline, standfirst, body paragraphs, subheadings,
quotes, list items and captions of its article, without the navigation,
share bars, related links, footers and other page furniture. The JSON form
gives each paragraph with the byte offsets, line and column in FILE where it
starts and ends, and the page's language, title and publication date (from
its meta elements, <time> or JSON-LD); page_lang is the language the page
declares when --lang overrides it, and encoding the one FILE was decoded
from when it is not UTF-8.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output `FORMAT`: text or json"},
			&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "input `FORMAT`: auto (by file name or content), text, markdown or html"},
			&cli.StringFlag{Name: "lang", Usage: "language `TAG` of FILE (default: the page's, else detected)"},
			maxBytesFlag,
			&cli.StringFlag{Name: "encoding", Value: "utf-8", Usage: "character `ENCODING` of FILE (default: a page's own <meta charset>, else UTF-8)"},
		},
		Action: e.extract,
	})
}

func (e *env) extract(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("extract: want one FILE, got %d arguments", c.NArg())
	}
	format := c.String("format")
	if format != "text" && format != "json" {
		return usagef("extract: unknown format %q (want text or json)", format)
	}
	in, err := e.newInputs(c, "extract", c.Args().First(), nil)
	if err != nil {
		return err
	}
	lang, err := parseLang("--lang", c.String("lang"))
	if err != nil {
		return err
	}
	d, err := in.load(in.target, lang, "--lang")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(extracted(d))
	} else {
		paras := make([]string, len(d.Paragraphs))
		for i := range d.Paragraphs {
			paras[i] = d.ParaText(i)
		}
		_, err = w.WriteString(strings.Join(paras, "\n\n") + "\n")
	}
	if err == nil {
		err = w.Flush()
	}
	return err
}

// extractedDoc is the JSON form of what extract prints.
type extractedDoc struct {
	Path         string          `json:"path"`
	Format       string          `json:"format"`
	Lang         string          `json:"lang"`
	LangDetected bool            `json:"lang_detected,omitempty"`
	PageLang     string          `json:"page_lang,omitempty"` // what the page declares, when it differs from lang
	Title        string          `json:"title,omitempty"`
	Published    string          `json:"published,omitempty"`
	Encoding     string          `json:"encoding,omitempty"` // the encoding FILE was decoded from, if not UTF-8
	Paragraphs   []extractedPara `json:"paragraphs"`
}

// extractedPara is a paragraph with the place in the file it comes from:
// byte offsets, and the 1-based line and grapheme column of its start.
// The offsets are into the file as given, also when it was decoded from
// another encoding than UTF-8.
type extractedPara struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func extracted(d *corpus.Document) extractedDoc {
	out := extractedDoc{Path: d.Path, Format: d.Format.String(), Lang: d.Lang.String(), LangDetected: d.LangDetected,
		Title: d.Title, Published: d.Published, Encoding: d.EncodingName, Paragraphs: make([]extractedPara, len(d.Paragraphs))}
	if pl := d.DeclaredLang(); pl != language.Und && pl != d.Lang {
		out.PageLang = pl.String()
	}
	for i, p := range d.Paragraphs {
		o := d.OrigSpan(p.Span)
		pos := d.Position(o.Start)
		f := d.FileSpan(o)
		out.Paragraphs[i] = extractedPara{Text: d.ParaText(i), Start: f.Start, End: f.End, Line: pos.Line, Column: pos.Column}
	}
	return out
}
