package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// profileEnv names the file a CPU profile of the whole run goes to, for
// users who report slowness: CROSSREAD_CPUPROFILE=cpu.out crossread check …
const profileEnv = "CROSSREAD_CPUPROFILE"

func main() {
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
