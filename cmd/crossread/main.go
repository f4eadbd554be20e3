package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
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
