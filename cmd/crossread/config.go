package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/config"
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

var configFlag = &cli.StringFlag{
	Name:      "config",
	TakesFile: true,
	Usage:     "read `FILE` instead of the crossread.toml of the working directory or its nearest parent",
}

// loadConfigFile returns the crossread.toml that --config names or that
// the working directory or a parent holds, or nil.
func loadConfigFile(c *cli.Context) (*config.File, error) {
	path := c.String("config")
	if path == "" {
		p, ok := config.Find(".")
		if !ok {
			return nil, nil
		}
		path = p
	}
	f, err := config.Load(path)
	if err != nil {
		return nil, usagef("%v", err)
	}
	return f, nil
}

// applyConfig lays the configuration file under the command's flags: a
// flag the user gave wins. It returns the file, or nil without one.
func applyConfig(c *cli.Context) (*config.File, error) {
	f, err := loadConfigFile(c)
	if f == nil || err != nil {
		return f, err
	}
	set := func(name, value string) error {
		if value == "" || c.IsSet(name) || !hasFlag(c, name) {
			return nil
		}
		return c.Set(name, value)
	}
	var off []string
	for name, cc := range f.Checks {
		if !slices.ContainsFunc(registry(), func(k *checks.Check) bool { return k.Name == name }) {
			return nil, usagef("%s:%d: checks.%s: unknown check (see crossread checks)", f.Path, f.CheckLine(name), name)
		}
		if cc.Enabled != nil && !*cc.Enabled {
			off = append(off, name)
		}
	}
	sort.Strings(off)
	var weights []string
	if len(f.MQMWeights) > 0 {
		w := f.Weights()
		weights = []string{fmt.Sprintf("minor=%g,major=%g,critical=%g,info=%g", w.Minor, w.Major, w.Critical, w.Info)}
	}
	pairs := [][2]string{
		{"source-lang", f.SourceLang}, {"target-lang", f.TargetLang}, {"rules", f.Rules}, {"glossary", f.Glossary},
		{"fail-on", f.FailOn}, {"mqm-weights", strings.Join(weights, "")},
	}
	if f.MinScore != nil {
		pairs = append(pairs, [2]string{"min-score", fmt.Sprint(*f.MinScore)})
	}
	if !c.IsSet("enable") {
		pairs = append(pairs, [2]string{"disable", strings.Join(off, ",")})
	}
	for _, p := range pairs {
		if err := set(p[0], p[1]); err != nil {
			return nil, usagef("%s: %s: %v", f.Path, p[0], err)
		}
	}
	return f, nil
}

// hasFlag reports whether the command defines flag name.
func hasFlag(c *cli.Context, name string) bool {
	for _, fl := range c.Command.Flags {
		if slices.Contains(fl.Names(), name) {
			return true
		}
	}
	return false
}

// withFile adds what the configuration file says beyond the flags: the
// severity of checks and the share of unaligned paragraphs tolerated.
func withFile(cfg pipeline.Config, f *config.File) pipeline.Config {
	if f == nil {
		return cfg
	}
	for name, cc := range f.Checks {
		if cc.Severity == "" || !slices.ContainsFunc(cfg.Checks, func(k *checks.Check) bool { return k.Name == name }) {
			continue
		}
		if cfg.Severity == nil {
			cfg.Severity = map[string]checks.Severity{}
		}
		cfg.Severity[name], _ = checks.ParseSeverity(cc.Severity)
	}
	if f.MaxUnaligned != nil {
		cfg.MaxUnaligned = *f.MaxUnaligned
	}
	return cfg
}

func configCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "config",
		Usage:     "print the configuration crossread reads from crossread.toml",
		UsageText: "crossread config [--config FILE]",
		Description: `Finds crossread.toml in the working directory or its nearest parent (or
reads --config FILE), checks it, and prints what it says with paths
resolved, or says that there is none. Flags of check and batch override it.`,
		Flags: []cli.Flag{configFlag},
		Action: func(c *cli.Context) error {
			f, err := loadConfigFile(c)
			if err != nil {
				return err
			}
			if f == nil {
				_, err := fmt.Fprintln(e.stdout, "# no crossread.toml here or in a parent directory; defaults apply")
				return err
			}
			_, err = fmt.Fprintf(e.stdout, "# %s\n%s", f.Path, f)
			return err
		},
	})
}

// sourcesBeside returns the sources of target by the file-name convention
// story.de.md ↔ story.en.md: the files of its folder with the same name
// and extension and another language tag.
func sourcesBeside(target string) []string {
	dir, base := filepath.Split(target)
	name, lang, ext := config.SplitName(base)
	if lang == "" {
		return nil
	}
	matches, _ := filepath.Glob(filepath.Join(dir, globEscape(name)+".*"+globEscape(ext)))
	var out []string
	for _, m := range matches {
		n, l, e := config.SplitName(filepath.Base(m))
		if n == name && e == ext && l != "" && l != lang {
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out
}

// globEscape quotes the characters filepath.Match reads as patterns.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}
