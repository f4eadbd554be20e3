package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// tuneGC trades memory for time unless the user tuned the collector
// (GOGC, GOMEMLIMIT): a check keeps little alive, and by default the
// collector ran every few megabytes, a tenth of a short check's time.
// Collecting at three times the live heap, and more often only as the
// heap nears the soft limit, keeps articles within their memory bound.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(gcSoftLimit)
	softLimit.Store(gcSoftLimit)
	watchLiveHeap()
}

// allowHeapFor raises the soft limit to what checking an input of n
// bytes needs (heapPerInputByte a byte). Below what a check keeps alive,
// the limit makes the collector run without pause: a 10 MB article took
// three times as long under the fixed limit.
func allowHeapFor(n int) {
	raiseLimit(int64(n) * heapPerInputByte)
}

// raiseLimit raises the soft limit to want when it is lower.
func raiseLimit(want int64) {
	for cur := softLimit.Load(); cur != 0 && want > cur; cur = softLimit.Load() {
		if softLimit.CompareAndSwap(cur, want) {
			debug.SetMemoryLimit(want)
			return
		}
	}
}

// heapPerInputByte is the heap allowed for each byte of a check's input
// (target and sources): about twice what the grown sample pair keeps
// alive, and within the 300 MB the issue allows a 3 MB article.
const heapPerInputByte = 50

// softLimit is the soft memory limit tuneGC set, raised by allowHeapFor;
// 0 when the user tunes the collector.
var softLimit atomic.Int64

// gcPercent lets the heap grow to three times what is live between
// collections: fewer collections than Go's default, without the page
// faults of a larger heap, which cost more than the collections saved
// (measured on batch runs of the evaluation files).
const gcPercent = 200

// gcSoftLimit is the heap size past which the collector works harder.
const gcSoftLimit = 192 << 20

// watchLiveHeap raises the soft limit after each collection that finds
// more than three quarters of it alive, to twice what is alive: an input
// that keeps more alive than heapPerInputByte allows (an article of
// thousands of short paragraphs, each with findings) made the collector
// run without pause, half the time of a 40-second check. Memory stays
// bounded by what the check needs, not by a guess from the input's size.
func watchLiveHeap() {
	runtime.SetFinalizer(&gcTick{}, func(*gcTick) {
		if followLiveHeap() {
			watchLiveHeap()
		}
	})
}

// gcTick is an object made to be collected: its finalizer runs after
// each collection. It holds a pointer so that it is not a tiny object,
// whose finalizer may never run.
type gcTick struct{ _ *int }

// liveHeapMetric is the heap the last collection found alive.
const liveHeapMetric = "/gc/heap/live:bytes"

// followLiveHeap raises the soft limit when what is alive nears it, and
// reports whether the watch goes on (not once the user tunes the
// collector).
func followLiveHeap() bool {
	cur := softLimit.Load()
	if cur == 0 {
		return false
	}
	s := []metrics.Sample{{Name: liveHeapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return false
	}
	if live := int64(s[0].Value.Uint64()); live > cur/4*3 {
		raiseLimit(2 * live)
	}
	return true
}
