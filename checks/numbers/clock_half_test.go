package numbers

import "testing"

func TestWithHalf(t *testing.T) {
	for _, c := range []struct {
		text string
		pm   bool
		want string
		ok   bool
	}{
		{"8 p.m.", false, "8 a.m.", true},
		{"8 PM", false, "8 AM", true},
		{"8 am", true, "8 pm", true},
		{"8:30 A.M.", false, "8:30 A.M.", true},
		{"at 8", true, "", false},
		{"\u212a pm", false, "\u212a am", true}, // a letter whose lower case is shorter
		{"m", true, "", false},
	} {
		if got, ok := withHalf(c.text, c.pm); got != c.want || ok != c.ok {
			t.Errorf("withHalf(%q, %v) = %q, %v; want %q, %v", c.text, c.pm, got, ok, c.want, c.ok)
		}
	}
}
