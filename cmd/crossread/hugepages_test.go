package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"unsafe"
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

func TestMappingOf(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/maps")
	}
	b := make([]byte, 1<<20)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo, hi := mappingOf(p)
	if lo > p || p >= hi {
		t.Errorf("mappingOf(%#x) = %#x-%#x; want bounds around it", p, lo, hi)
	}
	runtime.KeepAlive(b)
	if lo, hi := mappingOf(0); lo != 0 || hi != 0 {
		t.Errorf("mappingOf(0) = %#x-%#x; want zeros", lo, hi)
	}
}
