package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"
)

// env is what the commands read and write instead of the process globals,
// so that tests can run the whole program in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// interrupt returns a context that ends on SIGINT or SIGTERM, for
	// commands that stop cleanly (batch); the others die as usual.
	interrupt func() (context.Context, context.CancelFunc)
	// notFound is set when `crossread help NAME` names no command.
	notFound string
}

// run runs crossread with args (args[0] is the program name) and returns
// the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, interrupt: onSignal}
	return e.run(args)
}

// onSignal returns a context that ends on SIGINT or SIGTERM.
func onSignal() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// run runs crossread in e.
func (e *env) run(args []string) (code int) {
	stderr := e.stderr
	defer func() {
		// A panic outside an action (in flag parsing, say) still ends
		// in one line and exit 3.
		if r := recover(); r != nil {
			err := recovered(r)
			fmt.Fprintln(stderr, errorLine(err))
			code = exitCode(err)
		}
	}()
	err := newApp(e).Run(args)
	if err == nil && e.notFound != "" {
		err = usagef("no help topic %q (see crossread --help)", e.notFound)
	}
	code = exitCode(err)
	if err != nil && code != ExitFindings {
		fmt.Fprintln(stderr, errorLine(err))
	}
	return code
}

// newApp builds the command line interface around e.
func newApp(e *env) *cli.App {
	return &cli.App{
		Name:  "crossread",
		Usage: "check a translated news article against its sources",
		UsageText: `crossread check -s SOURCE [-s SOURCE]... TARGET
crossread fix [--diff | --write] -s SOURCE TARGET
crossread extract [--format json] FILE
crossread demo
crossread batch [--workers N] [FILE]
crossread checks
crossread version`,
		Description: `crossread aligns a translated article (the target) with the articles it was
translated from (the sources) paragraph by paragraph and checks the aligned
paragraphs: numbers, names, terms and more. Sources may cover only part of
the target, in another order.

Examples:
   crossread demo                                  # run on the built-in sample
   crossread check -s news.en.txt news.de.txt      # report for people
   crossread check --format json -o report.json -s a.en.md -s b.en.md news.de.md
   crossread batch < records.jsonl > results.jsonl

Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error or
bad input, 3 internal failure, 130 batch interrupted. Colour is used on terminals unless NO_COLOR is set.`,
		Reader:                    e.stdin,
		Writer:                    e.stdout,
		ErrWriter:                 e.stderr,
		HideVersion:               true,
		DisableSliceFlagSeparator: true, // file names may contain commas
		ExitErrHandler:            func(*cli.Context, error) {},
		OnUsageError:              onUsageError,
		CommandNotFound:           func(_ *cli.Context, name string) { e.notFound = name },
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "version", Usage: "print the version (same as crossread version)"},
		},
		Action: safe(func(c *cli.Context) error {
			if c.Bool("version") && c.NArg() == 0 {
				_, err := fmt.Fprintf(e.stdout, "crossread %s\n", currentVersion())
				return err
			}
			if c.NArg() == 0 {
				_ = cli.ShowAppHelp(c)
				return usagef("no command given (try crossread demo, or crossread check --help)")
			}
			return usagef("unknown command %q (see crossread --help)", c.Args().First())
		}),
		Commands: []*cli.Command{
			checkCommand(e),
			fixCommand(e),
			alignCommand(e),
			extractCommand(e),
			demoCommand(e),
			batchCommand(e),
			checksCommand(e),
			evalCommand(e),
			configCommand(e),
			rulesCommand(e),
			versionCommand(e),
		},
	}
}

// onUsageError turns a flag parsing error into a one-line usage error
// instead of urfave/cli's "Incorrect Usage" and the full help.
func onUsageError(c *cli.Context, err error, _ bool) error {
	msg := strings.Replace(err.Error(), "flag provided but not defined", "unknown flag", 1)
	if c.Command == nil || c.Command.Name == "" || c.Command.Name == c.App.Name {
		return usagef("%s (see crossread --help)", msg)
	}
	return usagef("%s: %s (see crossread %s --help)", c.Command.Name, msg, c.Command.Name)
}

// safe turns a panic inside action into an internal error: crossread
// shows no stack trace unless CROSSREAD_TRACE is set, for a bug report.
func safe(action cli.ActionFunc) cli.ActionFunc {
	return func(c *cli.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				if os.Getenv("CROSSREAD_TRACE") != "" {
					fmt.Fprintf(c.App.ErrWriter, "%v\n%s", r, debug.Stack())
				}
				err = recovered(r)
			}
		}()
		return action(c)
	}
}

// command fills in what every crossread command shares.
func command(c *cli.Command) *cli.Command {
	c.Action = safe(c.Action)
	c.OnUsageError = onUsageError
	// Without this, `crossread check help` would show help instead of
	// checking a file called help.
	c.HideHelpCommand = true
	return c
}
