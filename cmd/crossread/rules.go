package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/rules"
	"github.com/urfave/cli/v2"
)

var (
	rulesFlag = &cli.StringFlag{
		Name:      "rules",
		TakesFile: true,
		Usage:     "rule `DIR` over the built-in rules: its names.tsv, exonyms.tsv, terms/SRC-TGT.tsv and calques/LANG.tsv replace or add to the files of the same path",
	}
	glossaryFlag = &cli.StringFlag{
		Name:      "glossary",
		TakesFile: true,
		Usage:     "glossary `FILE` of required terms: TBX (.tbx) or TSV (first line: the two languages)",
	}
)

func rulesCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "rules",
		Usage:     "list the rules the checks apply, or validate a rule directory",
		UsageText: "crossread rules [--count] [--rules DIR] [--glossary FILE]\ncrossread rules --check DIR",
		Description: `Lists every loaded rule, one a line, with the file and line it comes from:
do-not-translate names and press nicknames (names.tsv), exonyms
(exonyms.tsv), bilingual term rules — false friends, domain terms, calques —
(terms/SRC-TGT.tsv), target-only calques (calques/LANG.tsv) and glossary
terms (--glossary).
With --count, prints instead how many rules each kind has per language
pair (term rules), language (calques) or "*" (names and exonyms, which
hold for every language), one "KIND LANGS N" line each, and the total.
With --check, validates the rule files of DIR alone and exits 2, naming
file:line, at the first broken file.

Examples:
   crossread rules | grep false-friend
   crossread rules --count
   crossread rules --rules ./myrules --glossary house.tbx
   crossread rules --check ./myrules`,
		Flags: []cli.Flag{
			rulesFlag,
			glossaryFlag,
			&cli.StringFlag{Name: "check", TakesFile: true, Usage: "validate the rule files of `DIR` and exit"},
			&cli.BoolFlag{Name: "count", Usage: "print the number of rules per kind and language pair instead of the rules"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("rules: takes no arguments (see crossread rules --help)")
			}
			if dir := c.String("check"); dir != "" {
				fi, err := os.Stat(dir)
				if err != nil || !fi.IsDir() {
					return usagef("--check: %s is not a directory", dir)
				}
				r, err := rules.Load(rules.Layer{FS: os.DirFS(dir), Label: dir})
				if err == nil {
					err = checks.Unclaimed(r, registry())
				}
				if err != nil {
					return rulesError(err)
				}
				_, err = fmt.Fprintf(e.stdout, "%s: %d rules, no errors\n", dir, len(r.Lines()))
				return err
			}
			r, err := loadRules(c.String("rules"), c.String("glossary"))
			if err != nil {
				return err
			}
			if c.Bool("count") {
				return printCounts(e, r)
			}
			var b strings.Builder
			for _, l := range r.Lines() {
				b.WriteString(l)
				b.WriteByte('\n')
			}
			_, err = fmt.Fprint(e.stdout, b.String())
			return err
		},
	})
}

// printCounts prints the rule counts of r, one "KIND\tLANGS\tN" line
// each, and their total.
func printCounts(e *env, r *rules.Rules) error {
	var b strings.Builder
	total := 0
	for _, c := range r.Counts() {
		fmt.Fprintf(&b, "%s\t%s\t%d\n", c.Kind, c.Langs, c.N)
		total += c.N
	}
	fmt.Fprintf(&b, "total\t\t%d\n", total)
	_, err := fmt.Fprint(e.stdout, b.String())
	return err
}

// loadRules loads the built-in rules with dir over them (when given) and
// the glossary's terms added (when given).
func loadRules(dir, glossary string) (*rules.Rules, error) {
	layers := []rules.Layer{rules.Embedded()}
	if dir != "" {
		fi, err := os.Stat(dir)
		if err != nil || !fi.IsDir() {
			return nil, usagef("--rules: %s is not a directory", dir)
		}
		layers = append(layers, rules.Layer{FS: os.DirFS(dir), Label: dir})
	}
	r, err := rules.Load(layers...)
	if err == nil {
		err = checks.Unclaimed(r, registry())
	}
	if err != nil {
		return nil, rulesError(err)
	}
	if glossary != "" {
		terms, err := rules.LoadGlossaryFile(glossary)
		if err != nil {
			return nil, rulesError(err)
		}
		r.Terms = append(r.Terms, terms...)
	}
	return r, nil
}

// rulesError joins the file:line errors of rule loading into one line.
func rulesError(err error) error {
	var msgs []string
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		msgs = append(msgs, strings.TrimPrefix(err.Error(), corpus.ErrInput.Error()+": "))
	}
	walk(err)
	return &usageError{errors.New(strings.Join(msgs, "; "))}
}
