package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestFollowLiveHeap raises a soft limit that what is alive nears, and
// leaves alone one that the user's own tuning turned off.
func TestFollowLiveHeap(t *testing.T) {
	old := softLimit.Load()
	oldMem := debug.SetMemoryLimit(-1)
	defer func() { softLimit.Store(old); debug.SetMemoryLimit(oldMem) }()

	keep := make([]byte, 8<<20) // alive across the collection
	runtime.GC()
	softLimit.Store(1 << 20)
	if !followLiveHeap() {
		t.Fatal("the watch stopped while the limit is ours")
	}
	if got := softLimit.Load(); got < 8<<20 {
		t.Errorf("soft limit %d after a collection found 8 MB alive; want it raised past that", got)
	}
	runtime.KeepAlive(keep)

	softLimit.Store(0) // GOGC or GOMEMLIMIT set by the user
	if followLiveHeap() {
		t.Error("the watch goes on after the user tuned the collector")
	}
}
