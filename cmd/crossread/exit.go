package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/crossread/crossread/corpus"
	"github.com/urfave/cli/v2"
)

// Exit codes of crossread.
const (
	ExitOK       = 0 // no finding at or above --fail-on
	ExitFindings = 1 // a finding at or above --fail-on
	ExitUsage    = 2 // bad command line or unreadable input
	ExitFailure  = 3 // internal failure: a bug or an I/O error on output
	// ExitInterrupted is what a shell reports for a process that SIGINT
	// ended: batch catches SIGINT and SIGTERM to end its output after a
	// whole line, then exits so.
	ExitInterrupted = 130
)

// errFindings is returned by an action whose findings reach --fail-on; the
// report already says what they are, so nothing more is printed.
var errFindings = errors.New("findings at or above the --fail-on severity")

// errInterrupted is returned by a batch that SIGINT or SIGTERM stopped.
var errInterrupted = errors.New("batch: interrupted; the output ends after the last whole record")

// usageError marks an error of the command line or the input: exit 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// internalError marks a bug in crossread, such as a recovered panic.
type internalError struct{ err error }

func (e *internalError) Error() string { return "internal error: " + e.err.Error() }
func (e *internalError) Unwrap() error { return e.err }

// exitCode maps an error returned by the app to an exit code.
func exitCode(err error) int {
	var ue *usageError
	var ie *internalError
	var ec cli.ExitCoder
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFindings):
		return ExitFindings
	case errors.Is(err, errInterrupted):
		return ExitInterrupted
	case errors.As(err, &ie):
		return ExitFailure
	case errors.As(err, &ue), errors.Is(err, corpus.ErrInput):
		return ExitUsage
	case errors.As(err, &ec):
		// urfave/cli's own errors, such as an unknown help topic, are
		// about the command line.
		return ExitUsage
	}
	return ExitFailure
}

// errorLine renders err as the one line crossread prints on stderr.
func errorLine(err error) string {
	msg := err.Error()
	// corpus wraps its input errors as "bad input: path: problem"; the
	// path and the problem say enough.
	msg = strings.TrimPrefix(msg, corpus.ErrInput.Error()+": ")
	msg = strings.ReplaceAll(strings.TrimSpace(msg), "\n", "; ")
	return "crossread: " + msg
}

// recovered converts a panic value into an internal error.
func recovered(r any) error {
	return &internalError{fmt.Errorf("%v (this is a bug in crossread; please report it)", r)}
}
