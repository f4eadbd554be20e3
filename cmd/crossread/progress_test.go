package main

import (
	"strings"
	"testing"
	"time"
)

// TestProgress: the line is drawn once per interval with the count and
// rate so far, and cleared at the end; a batch too short to draw leaves
// nothing behind.
func TestProgress(t *testing.T) {
	var out strings.Builder
	clock := time.Unix(0, 0)
	p := newProgress(&out, func() time.Time { return clock })
	p.Add(10) // too soon
	clock = clock.Add(time.Second)
	p.Add(90)
	clock = clock.Add(time.Millisecond)
	p.Add(1) // too soon again
	p.Finish()
	want := "\rcrossread batch: 100 records (100 records/s)\x1b[K\r\x1b[K"
	if out.String() != want {
		t.Errorf("got %q; want %q", out.String(), want)
	}
	out.Reset()
	q := newProgress(&out, func() time.Time { return clock })
	q.Add(5)
	q.Finish()
	if out.String() != "" {
		t.Errorf("a batch that never drew wrote %q", out.String())
	}
}
