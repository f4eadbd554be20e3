// Package lazyre compiles a regular expression the first time it is used,
// not at start: a command that never reads Markdown or HTML (crossread
// version, batch) does not pay for compiling their expressions.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that returns expr compiled, compiling it on the
// first call; it panics there if expr is invalid, as regexp.MustCompile.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
