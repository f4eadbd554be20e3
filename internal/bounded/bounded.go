// Package bounded is a map for remembering what was computed lately, safe
// for concurrent use, that forgets all it holds when it is full: its
// memory stays bounded however long a batch runs, and the work it saves
// comes back after one miss of each key.
package bounded

import "sync"

// Map maps keys to values, holding at most max of them.
type Map[K comparable, V any] struct {
	mu  sync.Mutex
	m   map[K]V
	max int
}

// New returns a Map that holds at most max entries.
func New[K comparable, V any](max int) *Map[K, V] {
	return &Map[K, V]{m: map[K]V{}, max: max}
}

// Get returns the value of k, and whether there is one.
func (c *Map[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

// Put remembers v as the value of k, forgetting everything else first
// when the map is full.
func (c *Map[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = v
}
