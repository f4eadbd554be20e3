package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// maxBytesFlag bounds what crossread reads of one input: a file or
// standard input for check and align, a record line for batch.
var maxBytesFlag = &cli.StringFlag{
	Name:  "max-bytes",
	Value: "64MiB",
	Usage: "refuse an input (for batch: a record line) larger than `SIZE` bytes; K, M, G (KiB, MiB, GiB) multiply by 1024",
}

// sizeUnits are the suffixes parseSize takes, longest first.
var sizeUnits = []struct {
	suffix string
	shift  uint
}{
	{"KiB", 10}, {"MiB", 20}, {"GiB", 30},
	{"KB", 10}, {"MB", 20}, {"GB", 30},
	{"K", 10}, {"M", 20}, {"G", 30},
	{"B", 0}, {"", 0},
}

// parseSize parses a positive byte count such as 1048576, 512K or 64MiB;
// the units are binary whatever their spelling or case. The first unit
// that ends s decides: a number that does not parse before it is an error.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	for _, u := range sizeUnits {
		cut := len(t) - len(u.suffix)
		if cut < 0 || !strings.EqualFold(t[cut:], u.suffix) {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(t[:cut]), 10, 64)
		if err != nil || n <= 0 || n > (1<<62)>>u.shift {
			break
		}
		return n << u.shift, nil
	}
	return 0, usagef("--max-bytes: bad size %q (want a positive number of bytes, such as 1048576, 512K or 64MiB)", s)
}

// maxWorkers is the most workers a batch runs: more than a few per CPU
// only holds more records in memory.
func maxWorkers() int { return 4 * runtime.NumCPU() }

// workers returns the number of workers for --workers n: the number of
// CPUs for 0, at most maxWorkers (saying so on stderr when it caps n).
func (e *env) workers(n int) (int, error) {
	switch {
	case n < 0:
		return 0, usagef("batch: --workers %d: want a positive number", n)
	case n == 0:
		return runtime.NumCPU(), nil
	case n > maxWorkers():
		fmt.Fprintf(e.stderr, "crossread: note: --workers %d capped to %d (4 per CPU)\n", n, maxWorkers())
		return maxWorkers(), nil
	}
	return n, nil
}

// maxBytesOf spells n as --max-bytes would take it.
func maxBytesOf(n int64) string {
	for i := 2; i >= 0; i-- {
		if u := sizeUnits[i]; n>>u.shift<<u.shift == n {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}
