package main

import (
	"runtime/debug"
	"testing"
)

// TestReserveHeap runs the heap reserve as main's tuning sets it up and
// checks that the collector's setting is left as it was.
func TestReserveHeap(t *testing.T) {
	defer softLimit.Store(softLimit.Swap(gcSoftLimit))
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	reserveHeap([]string{"crossread", "check"})
	if got := debug.SetGCPercent(gcPercent); got != gcPercent {
		t.Errorf("GC percent after the reserve: %d; want %d", got, gcPercent)
	}
}
