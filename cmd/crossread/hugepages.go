package main

import (
	"runtime"
	"runtime/debug"
	"unsafe"

	"github.com/urfave/cli/v2"
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

// reserveHeap readies the heap of a command that checks text, unless the
// user tunes the collector (softLimit is 0 then) or the system gives no
// huge pages on request.
func reserveHeap(*cli.Context) error {
	if softLimit.Load() == 0 || !hugePagesOnRequest() {
		return nil
	}
	// No collection while the reserve is live: one, after, frees it.
	old := debug.SetGCPercent(-1)
	b := make([]byte, heapReserve)
	askHugePages(unsafe.Pointer(unsafe.SliceData(b)))
	runtime.KeepAlive(b)
	debug.SetGCPercent(old)
	runtime.GC()
	return nil
}
