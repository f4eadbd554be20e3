package lazyre

import "testing"

func TestNew(t *testing.T) {
	re := New(`a+b`)
	if !re().MatchString("xaab") || re() != re() {
		t.Error("New: wrong match, or compiled twice")
	}
}
