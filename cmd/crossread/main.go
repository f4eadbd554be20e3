package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"sync/atomic"
)

// profileEnv names the file a CPU profile of the whole run goes to, for
// users who report slowness: CROSSREAD_CPUPROFILE=cpu.out crossread check …
const profileEnv = "CROSSREAD_CPUPROFILE"

func main() {
	tuneGC()
	if path := os.Getenv(profileEnv); path != "" {
		stop, err := startProfile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "crossread: %s: %v\n", profileEnv, err)
			os.Exit(ExitUsage)
		}
		code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades memory for time unless the user tuned the collector
// (GOGC, GOMEMLIMIT): a check keeps little alive, and by default the
// collector ran every few megabytes, a tenth of a short check's time.
// Collecting at three times the live heap, and more often only as the
// heap nears the soft limit, keeps articles within their memory bound.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(gcSoftLimit)
	softLimit.Store(gcSoftLimit)
}

// allowHeapFor raises the soft limit to what checking an input of n
// bytes needs (heapPerInputByte a byte). Below what a check keeps alive,
// the limit makes the collector run without pause: a 10 MB article took
// three times as long under the fixed limit.
func allowHeapFor(n int) {
	want := int64(n) * heapPerInputByte
	for cur := softLimit.Load(); cur != 0 && want > cur; cur = softLimit.Load() {
		if softLimit.CompareAndSwap(cur, want) {
			debug.SetMemoryLimit(want)
			return
		}
	}
}

// heapPerInputByte is the heap allowed for each byte of a check's input
// (target and sources): about twice what the grown sample pair keeps
// alive, and within the 300 MB the issue allows a 3 MB article.
const heapPerInputByte = 50

// softLimit is the soft memory limit tuneGC set, raised by allowHeapFor;
// 0 when the user tunes the collector.
var softLimit atomic.Int64

// gcPercent lets the heap grow to three times what is live between
// collections: fewer collections than Go's default, without the page
// faults of a larger heap, which cost more than the collections saved
// (measured on batch runs of the evaluation files).
const gcPercent = 200

// gcSoftLimit is the heap size past which the collector works harder.
const gcSoftLimit = 192 << 20

// startProfile starts a CPU profile written to path and returns what
// stops it.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
