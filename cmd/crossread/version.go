package main

import (
	"fmt"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// version is set at link time:
//
//	go build -ldflags "-X main.version=v1.2.3" ./cmd/crossread
var version string

func versionCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "version",
		Usage:     "print the version of crossread",
		UsageText: "crossread version",
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("version: takes no arguments")
			}
			_, err := fmt.Fprintf(e.stdout, "crossread %s\n", currentVersion())
			return err
		},
	})
}

// currentVersion returns the version set at link time, else the module
// version or VCS revision the binary was built from, else "devel".
func currentVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		return "devel-" + rev + dirty
	}
	return "devel"
}
