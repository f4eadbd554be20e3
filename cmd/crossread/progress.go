package main

import (
	"fmt"
	"io"
	"time"
)

// progress counts a batch's records on one line of a terminal, redrawn at
// most every progressEvery and cleared at the end. It replaces a progress
// bar library whose import of net/http (and with it TLS and x509) added
// milliseconds to every start of crossread, a batch or not.
type progress struct {
	w       io.Writer
	now     func() time.Time
	start   time.Time
	drawn   time.Time
	records int
}

const progressEvery = 200 * time.Millisecond

func newProgress(w io.Writer, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, now: now, start: t, drawn: t}
}

// Add counts n more records and redraws the line when it is due.
func (p *progress) Add(n int) {
	p.records += n
	if t := p.now(); t.Sub(p.drawn) >= progressEvery {
		p.drawn = t
		rate := float64(p.records) / t.Sub(p.start).Seconds()
		fmt.Fprintf(p.w, "\rcrossread batch: %d records (%.0f records/s)\x1b[K", p.records, rate)
	}
}

// Finish clears the line, leaving the terminal as it was.
func (p *progress) Finish() {
	if p.drawn != p.start {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
