package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/gold"
	"github.com/crossread/crossread/pipeline"
	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"
)

func evalCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "eval",
		Usage:     "score crossread against gold articles or labelled segment pairs",
		ArgsUsage: "GOLD.json...",
		UsageText: "crossread eval [--enable|--disable CHECK,...] GOLD.json...\ncrossread eval --jsonl FILE",
		Description: `With gold files in the format of the seed's llama4.expected.json (a
target, its sources, the source paragraphs each target paragraph may
align to, the findings a checker must or should report and the traps it
must not touch), checks each article and prints the paragraphs aligned as
the gold allows, the must and should findings reported, by kind, and the
traps touched. With --jsonl, reads labelled segment pairs (DEMETR's src,
tgt, src_lang, tgt_lang, flag, error_type; or MQM's clean and
flag_major_accuracy) and prints the recall per error type at major or
above and at any severity, and the clean pairs with a finding per
language pair.

Examples:
   crossread eval ../shared/seed/llama4.expected.json
   crossread eval --jsonl ../shared/eval/demetr/dev.jsonl`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "jsonl", TakesFile: true, Usage: "score the labelled segment pairs of `FILE`"},
		}, checkFlags(false)...),
		Action: func(c *cli.Context) error { return e.eval(c) },
	})
}

func (e *env) eval(c *cli.Context) error {
	cfg, err := configFor(c)
	if err != nil {
		return err
	}
	if path := c.String("jsonl"); path != "" {
		if c.NArg() > 0 {
			return usagef("eval: --jsonl takes no GOLD files")
		}
		return e.evalPairs(path, cfg)
	}
	if c.NArg() == 0 {
		return usagef("eval: name GOLD.json files, or --jsonl FILE")
	}
	for _, path := range c.Args().Slice() {
		g, err := gold.Load(path)
		if err != nil {
			return usagef("eval: %v", err)
		}
		res, err := runPipeline(g.Target, g.Sources, cfg)
		if res == nil {
			return err
		}
		s, err := g.Score(res.Alignment, res.Findings)
		if err != nil {
			return usagef("eval: %s: %v", path, err)
		}
		fmt.Fprintf(e.stdout, "%s (%s, %d findings)\n%s", filepath.Base(path), g.Gold.Target, s.FindingsReported, s)
	}
	return nil
}

// evalPairs scores the labelled segment pairs of path.
func (e *env) evalPairs(path string, cfg pipeline.Config) error {
	f, err := os.Open(path)
	if err != nil {
		return usagef("eval: %v", err)
	}
	defer f.Close()
	var score gold.PairScore
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for line := 1; sc.Scan(); line++ {
		var p gold.Pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return usagef("eval: %s:%d: %v", path, line, err)
		}
		load := func(name, text, lang string) (*corpus.Document, error) {
			return corpus.Load(name, []byte(text), corpus.Options{Lang: language.Make(lang), Format: corpus.FormatText})
		}
		src, err := load("source", p.Src, p.SrcLang)
		if err != nil {
			return usagef("eval: %s:%d: %v", path, line, err)
		}
		tgt, err := load("target", p.Tgt, p.TgtLang)
		if err != nil {
			return usagef("eval: %s:%d: %v", path, line, err)
		}
		res, err := runPipeline(tgt, []*corpus.Document{src}, cfg)
		if res == nil {
			return err
		}
		score.Add(p, res.Findings)
	}
	if err := sc.Err(); err != nil {
		return usagef("eval: %s: %v", path, err)
	}
	_, err = fmt.Fprint(e.stdout, score.String())
	return err
}
