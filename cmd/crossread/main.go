package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync/atomic"
)

// profileEnv names the file a CPU profile of the whole run goes to, for
// users who report slowness: CROSSREAD_CPUPROFILE=cpu.out crossread check …
const profileEnv = "CROSSREAD_CPUPROFILE"

// memProfileEnv names the file a profile of every allocation of the run
// goes to (sampled every 4 KB): what a slow or large run spends its
// memory on. CROSSREAD_MEMPROFILE=mem.out crossread batch …
const memProfileEnv = "CROSSREAD_MEMPROFILE"

func main() {
	tuneGC()
	go reserveHeap(os.Args)
	cpu, mem := os.Getenv(profileEnv), os.Getenv(memProfileEnv)
	if mem == "" {
		// Nobody reads the allocation profile: sampling it unwinds a
		// stack every half megabyte, some 2 % of a short check.
		runtime.MemProfileRate = 0
	}
	if cpu == "" && mem == "" {
		os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
	}
	stop, err := startProfiles(cpu, mem)
	if err != nil {
		fmt.Fprintf(os.Stderr, "crossread: profile: %v\n", err)
		os.Exit(ExitUsage)
	}
	code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
	if err := stop(); err != nil {
		fmt.Fprintf(os.Stderr, "crossread: profile: %v\n", err)
	}
	os.Exit(code)
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

// startProfiles starts a CPU profile written to cpu and sampling of
// allocations written to mem (either may be empty) and returns what
// stops them and writes them.
func startProfiles(cpu, mem string) (func() error, error) {
	var cpuFile, memFile *os.File
	var err error
	if mem != "" {
		runtime.MemProfileRate = 4096
		if memFile, err = os.Create(mem); err != nil {
			return nil, err
		}
	}
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err == nil {
			err = pprof.StartCPUProfile(cpuFile)
		}
		if err != nil {
			closeAll(cpuFile, memFile)
			return nil, err
		}
	}
	return func() error {
		if cpuFile != nil {
			pprof.StopCPUProfile()
		}
		var err error
		if memFile != nil {
			err = pprof.Lookup("allocs").WriteTo(memFile, 0)
		}
		return errors.Join(err, closeAll(cpuFile, memFile))
	}, nil
}

// closeAll closes the files that are open.
func closeAll(files ...*os.File) error {
	var errs []error
	for _, f := range files {
		if f != nil {
			errs = append(errs, f.Close())
		}
	}
	return errors.Join(errs...)
}
