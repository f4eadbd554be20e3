package align_test

import (
	"fmt"
	"os"
	"strings"
)

// dumpWMT prints, when ALIGN_WMT_DUMP names the pair, the beads of one
// perturbed document that the aligner and the gold disagree on.
func dumpWMT(pair string, doc int, d wmtDoc, got [][2][]int) {
	if os.Getenv("ALIGN_WMT_DUMP") != pair && os.Getenv("ALIGN_WMT_DUMP") != "all" {
		return
	}
	in := func(bs [][2][]int) map[string]bool {
		m := map[string]bool{}
		for _, b := range bs {
			m[fmtBead(b)] = true
		}
		return m
	}
	g, s := in(d.gold), in(got)
	var sb strings.Builder
	for _, b := range d.gold {
		if !s[fmtBead(b)] {
			fmt.Fprintf(&sb, "  miss %s\n", fmtBead(b))
		}
	}
	for _, b := range got {
		if !g[fmtBead(b)] {
			fmt.Fprintf(&sb, "  bad  %s\n", fmtBead(b))
		}
	}
	if sb.Len() == 0 {
		return
	}
	fmt.Printf("== %s doc %d (%d tgt, %d src)\n%s", pair, doc, len(d.tgt), len(d.src), sb.String())
	for i, p := range d.tgt {
		fmt.Printf("  T%d (%d) %.80s\n", i, len([]rune(p)), p)
	}
	for i, p := range d.src {
		fmt.Printf("  S%d (%d) %.80s\n", i, len([]rune(p)), p)
	}
}
