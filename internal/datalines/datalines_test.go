package datalines

import (
	"fmt"
	"testing"
)

func TestAll(t *testing.T) {
	got := ""
	for n, l := range All("# head\na\tb\n\nc\n#x\nd") {
		got += fmt.Sprintf("%d:%s;", n, l)
	}
	if want := "2:a\tb;4:c;6:d;"; got != want {
		t.Errorf("All = %q, want %q", got, want)
	}
	for range All("a\nb\n") {
		break // stopping early must not panic
	}
}

func ExampleAll() {
	for n, line := range All("# comment\nprison\tтюрьма\n") {
		fmt.Println(n, line)
	}
	// Output: 2 prison	тюрьма
}
