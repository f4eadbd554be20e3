package entities_test

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/checks"
	"github.com/crossread/crossread/checks/entities"
	"github.com/crossread/crossread/checks/internal/pairtest"
)

// A fix that puts the source's place where the target names another
// keeps the possessive, an apostrophe after a name in s included.
func TestPlaceFixKeepsPossessive(t *testing.T) {
	for _, c := range []struct{ src, tgt, want string }{
		{"Мэр Мадрида прибыл вчера.", "Yesterday Paris' mayor arrived.", "Yesterday Madrid's mayor arrived."},
		{"Президент Армении прибыл вчера.", "Yesterday Iran's president arrived.", "Yesterday Armenia's president arrived."},
		{"Он посетил Армению.", "He visited Iran.", "He visited Armenia."},
	} {
		a, fs := pairtest.Run(t, entities.Check, c.src, c.tgt, "ru", "en", 1)
		var got []string
		for _, f := range fs {
			for _, fix := range f.Fixes {
				got = append(got, checks.ApplyFix(a.Target.Text, fix))
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q; want %q", c.tgt, got, c.want)
		}
	}
}
