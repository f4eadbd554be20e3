package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestStartProfilesWritesBoth(t *testing.T) {
	defer func(rate int) { runtime.MemProfileRate = rate }(runtime.MemProfileRate)
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out")
	stop, err := startProfiles(cpu, mem)
	if err != nil {
		t.Fatal(err)
	}
	_ = make([]byte, 1<<20)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{cpu, mem} {
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v, %v", path, fi, err)
		}
	}
}

func TestStartProfilesRefusesBadPath(t *testing.T) {
	defer func(rate int) { runtime.MemProfileRate = rate }(runtime.MemProfileRate)
	dir := t.TempDir()
	for _, paths := range [][2]string{{dir, ""}, {"", dir}, {filepath.Join(dir, "cpu.out"), dir}} {
		if stop, err := startProfiles(paths[0], paths[1]); err == nil {
			stop()
			t.Errorf("startProfiles(%q, %q): no error for a directory", paths[0], paths[1])
		}
	}
}
