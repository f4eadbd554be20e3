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
