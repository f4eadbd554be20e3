package main

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/corpus"
	"github.com/crossread/crossread/pipeline"
	"github.com/urfave/cli/v2"
)

var (
	enableFlag = &cli.StringFlag{
		Name:  "enable",
		Usage: "run only the checks `CHECK,...` (see crossread checks)",
	}
	disableFlag = &cli.StringFlag{
		Name:  "disable",
		Usage: "do not run the checks `CHECK,...`",
	}
)

// checkFlags are the flags that choose checks and rules, shared by check,
// batch and demo (demo takes no rules: it shows the built-in ones).
func checkFlags(withRules bool) []cli.Flag {
	if !withRules {
		return []cli.Flag{enableFlag, disableFlag}
	}
	return []cli.Flag{enableFlag, disableFlag, rulesFlag, glossaryFlag}
}

// configFor returns the pipeline configuration the flags ask for.
func configFor(c *cli.Context) (pipeline.Config, error) {
	var cfg pipeline.Config
	var err error
	if cfg.Checks, err = selectChecks(registry(), c.String("enable"), c.String("disable")); err != nil {
		return cfg, err
	}
	if c.String("rules") != "" || c.String("glossary") != "" {
		if cfg.Rules, err = loadRules(c.String("rules"), c.String("glossary")); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

// selectChecks returns the checks of cs named in enable (all when empty)
// and not in disable, in registry order. An unknown name is a usage error.
func selectChecks(cs []*checks.Check, enable, disable string) ([]*checks.Check, error) {
	on, err := checkNames(cs, "--enable", enable)
	if err != nil {
		return nil, err
	}
	off, err := checkNames(cs, "--disable", disable)
	if err != nil {
		return nil, err
	}
	var out []*checks.Check
	for _, c := range cs {
		if (enable == "" || on[c.Name]) && !off[c.Name] {
			out = append(out, c)
		}
	}
	if len(out) == 0 && (enable != "" || disable != "") {
		return nil, usagef("--enable and --disable leave no check to run")
	}
	return out, nil
}

// checkNames parses a comma-separated list of check names.
func checkNames(cs []*checks.Check, flag, list string) (map[string]bool, error) {
	names := map[string]bool{}
	if list == "" {
		return names, nil
	}
	for n := range strings.SplitSeq(list, ",") {
		n = strings.TrimSpace(n)
		if !slices.ContainsFunc(cs, func(c *checks.Check) bool { return c.Name == n }) {
			known := make([]string, len(cs))
			for i, c := range cs {
				known[i] = c.Name
			}
			return nil, usagef("%s: unknown check %q (known: %s)", flag, n, strings.Join(known, ", "))
		}
		names[n] = true
	}
	return names, nil
}

// runPipeline runs the pipeline and maps its errors onto the command's: the
// input's fault is a usage error, a failed check or any other error an
// internal one. A Result comes back whenever the checks ran.
func runPipeline(target *corpus.Document, sources []*corpus.Document, cfg pipeline.Config) (*pipeline.Result, error) {
	r, err := pipeline.Run(context.Background(), target, sources, cfg)
	var ce *pipeline.CheckError
	switch {
	case err == nil:
		return r, nil
	case errors.Is(err, corpus.ErrInput):
		return nil, err
	case errors.Is(err, pipeline.ErrConfig):
		return nil, &usageError{err}
	case errors.As(err, &ce):
		return r, &internalError{err}
	}
	return nil, &internalError{err}
}
