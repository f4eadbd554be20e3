package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"
)

func checksCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "checks",
		Usage:     "list the checks, their default severity and whether they offer fixes",
		UsageText: "crossread checks [--verbose]",
		Description: `Lists every check crossread can run, by the name that --enable and
--disable take, with its title, the severity of its gravest findings by
default, and whether it offers fixes. --verbose adds what each check flags.

Examples:
   crossread checks
   crossread check --disable entities,consistency -s news.en.txt news.de.txt`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "show each check's documentation"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("checks: takes no arguments")
			}
			return e.listChecks(c.Bool("verbose"))
		},
	})
}

func (e *env) listChecks(verbose bool) error {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHECK\tSEVERITY\tFIXES\tTITLE")
	for _, c := range registry() {
		fixes := "no"
		if c.Fixes {
			fixes = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Name, c.Severity, fixes, c.Title())
	}
	tw.Flush()
	if verbose {
		for _, c := range registry() {
			_, rest, _ := strings.Cut(c.Doc, "\n")
			fmt.Fprintf(&b, "\n%s: %s\n%s\n", c.Name, c.Title(), strings.TrimSpace(rest))
		}
	}
	_, err := fmt.Fprint(e.stdout, b.String())
	return err
}
