package main

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// hugePagesOnRequest reports whether the kernel backs memory with huge
// pages where a process asks (madvise mode): in "always" mode it does so
// unasked, in "never" not at all.
func hugePagesOnRequest() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}

// askHugePages asks for huge pages for the memory mapping that holds p.
func askHugePages(p unsafe.Pointer) {
	lo, hi := mappingOf(uintptr(p))
	if hi > lo {
		// The bounds are addresses, not Go memory: syscall.Madvise would
		// want a slice made of them.
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
	}
}

// mappingOf returns the bounds of the memory mapping that holds address
// p, by /proc/self/maps, or zeros.
func mappingOf(p uintptr) (lo, hi uintptr) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		bounds, _, _ := strings.Cut(sc.Text(), " ")
		l, h, _ := strings.Cut(bounds, "-")
		lv, err1 := strconv.ParseUint(l, 16, 64)
		hv, err2 := strconv.ParseUint(h, 16, 64)
		if err1 == nil && err2 == nil && uintptr(lv) <= p && p < uintptr(hv) {
			return uintptr(lv), uintptr(hv)
		}
	}
	return 0, 0
}
