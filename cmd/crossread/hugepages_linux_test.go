package main

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestMappingOf: the mapping /proc/self/maps gives holds a heap address,
// and an address in no mapping gives zeros.
func TestMappingOf(t *testing.T) {
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
