package rules_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crossread/crossread/rules"
)

func TestExonyms(t *testing.T) {
	good := fstest.MapFS{"exonyms.tsv": {Data: []byte("# c\nParis\tParyż,Paříž\n")}}
	r, err := rules.Load(rules.Layer{FS: good, Label: "x"})
	if err != nil {
		t.Fatal(err)
	}
	testCases := []struct {
		a, b string
		want bool
	}{
		{"paryzu", "paris", true}, // inflected, folded
		{"paris", "parizi", true},
		{"london", "paris", false},
	}
	for _, tc := range testCases {
		if got := r.Exonyms[0].Matches(tc.a, tc.b); got != tc.want {
			t.Errorf("Matches(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
	bad := fstest.MapFS{"exonyms.tsv": {Data: []byte("Paris\n")}}
	if _, err := rules.Load(rules.Layer{FS: bad, Label: "x"}); err == nil || !strings.Contains(err.Error(), "x/exonyms.tsv:1") {
		t.Errorf("got %v; want an error naming x/exonyms.tsv:1", err)
	}
}
