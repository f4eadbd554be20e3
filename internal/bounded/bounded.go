// Package bounded is a map for remembering what was computed lately, safe
// for concurrent use, that forgets all it holds when it is full: its
// memory stays bounded however long a batch runs, and the work it saves
// comes back after one miss of each key.
package bounded

import (
	"hash/maphash"
	"sync"
)

// shards is how many locks a big Map spreads its keys over: batch
// workers asking one lock for every word waited on each other.
const shards = 16

// Map maps keys to values, holding at most max of them.
type Map[K comparable, V any] struct {
	seed   maphash.Seed
	shards []shard[K, V]
}

type shard[K comparable, V any] struct {
	mu  sync.Mutex
	m   map[K]V
	max int
}

// New returns a Map that holds at most max entries. A map of fewer than
// shards entries has one lock, so that max holds exactly.
func New[K comparable, V any](max int) *Map[K, V] {
	n := shards
	if max < shards {
		n = 1
	}
	c := &Map[K, V]{seed: maphash.MakeSeed(), shards: make([]shard[K, V], n)}
	for i := range c.shards {
		c.shards[i] = shard[K, V]{m: map[K]V{}, max: max / n}
	}
	return c
}

func (c *Map[K, V]) shardOf(k K) *shard[K, V] {
	if len(c.shards) == 1 {
		return &c.shards[0]
	}
	return &c.shards[maphash.Comparable(c.seed, k)%shards]
}

// Get returns the value of k, and whether there is one.
func (c *Map[K, V]) Get(k K) (V, bool) {
	s := c.shardOf(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}

// Put remembers v as the value of k, forgetting everything else in its
// shard first when the shard is full.
func (c *Map[K, V]) Put(k K, v V) {
	s := c.shardOf(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.m) >= s.max {
		clear(s.m)
	}
	s.m[k] = v
}
