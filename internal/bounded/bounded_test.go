package bounded

import "testing"

func TestMap(t *testing.T) {
	m := New[string, int](2)
	m.Put("a", 1)
	m.Put("b", 2)
	if v, ok := m.Get("a"); !ok || v != 1 {
		t.Errorf("Get(a) = %d, %v; want 1, true", v, ok)
	}
	m.Put("c", 3) // full: forgets a and b
	if _, ok := m.Get("a"); ok {
		t.Error("a is still there after the map filled up")
	}
	if v, ok := m.Get("c"); !ok || v != 3 {
		t.Errorf("Get(c) = %d, %v; want 3, true", v, ok)
	}
}

// TestMapSharded: a big map spreads its keys over shards and still
// answers every key it holds, and concurrent use is safe (run with -race).
func TestMapSharded(t *testing.T) {
	m := New[int, int](1 << 10)
	for i := range 500 {
		m.Put(i, i*i)
	}
	for i := range 500 {
		if v, ok := m.Get(i); !ok || v != i*i {
			t.Fatalf("Get(%d) = %d, %v", i, v, ok)
		}
	}
	done := make(chan bool)
	for w := range 2 {
		go func() {
			for i := range 5000 {
				m.Put(i+w, i)
				m.Get(i)
			}
			done <- true
		}()
	}
	<-done
	<-done
}
