package main

import (
	"runtime"
	"runtime/debug"
	"unsafe"
)

// The first touch of a 4 KB page of memory is dear on virtual machines:
// 12 µs on the machine crossread is measured on, where 10 MB of new heap
// took 35 ms to touch, a third of a short check, and a batch over
// DEMETR dev took 37,000 page faults. Where Linux gives 2 MB pages to
// memory a process asks them for (transparent huge pages in "madvise"
// mode, the common default), the same 10 MB took 7-17 ms. The runtime
// maps its heap as it grows and asks for nothing, so the commands that
// check text grow it once at start with one large allocation, ask for
// huge pages for the mapping that holds it, and let it go: what the
// checks allocate next lands in those pages. Measured, whole process:
// the seed pair 73 -> 62 ms; batch over wmt23 zh-en 576 -> 436 ms,
// over DEMETR dev 2.40 -> 2.11 s.

// heapReserve is the heap grown at start: about what a batch peaks at,
// below the soft memory limit. Pages never touched cost nothing.
const heapReserve = 128 << 20

// checking lists the commands that check or align text: the others
// (version, help, rules) end before a reserve would pay.
var checking = map[string]bool{"check": true, "demo": true, "batch": true, "fix": true, "eval": true, "align": true}

// reserveHeap readies the heap when args run a command that checks text,
// unless the user tunes the collector (softLimit is 0 then) or the system
// gives no huge pages on request. main runs it beside the command line's
// reading and the documents' loading: the collection that frees the
// reserve takes some 5 ms, as long as they do.
func reserveHeap(args []string) {
	if len(args) < 2 || !checking[args[1]] || softLimit.Load() == 0 || !hugePagesOnRequest() {
		return
	}
	// No collection while the reserve is live: one, after, frees it,
	// before the collector is let loose again on a heap it would find
	// far over its goal.
	old := debug.SetGCPercent(-1)
	b := make([]byte, heapReserve)
	askHugePages(unsafe.Pointer(unsafe.SliceData(b)))
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
	debug.SetGCPercent(old)
}
