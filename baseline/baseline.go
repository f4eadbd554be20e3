package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/crossread/crossread/align"
	"github.com/crossread/crossread/checks"
)

// version is the format of the file Write writes.
const version = 1

// Baseline is a set of accepted findings.
type Baseline struct {
	Version int     `json:"version"`
	Entries []Entry `json:"findings"`
}

// Entry is one accepted finding.
type Entry struct {
	Path        string `json:"path"` // the target, as the run named it
	Fingerprint string `json:"fingerprint"`
	Check       string `json:"check"`
	Text        string `json:"text"` // for people reading the file
}

// Add records the findings of one checked article.
func (b *Baseline) Add(a *align.Alignment, fs []checks.Finding) {
	b.Version = version
	for _, f := range fs {
		b.Entries = append(b.Entries, Entry{Path: clean(a.Target.Path), Fingerprint: checks.Fingerprint(a, f), Check: f.Check, Text: a.Target.Slice(f.Span)})
	}
}

// Write writes b as JSON.
func (b *Baseline) Write(w io.Writer) error {
	if b.Entries == nil {
		b.Entries = []Entry{}
	}
	b.Version = version
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Read reads a baseline written by Write.
func Read(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a crossread baseline: %v", path, err)
	}
	if b.Version != version {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", path, b.Version, version)
	}
	return &b, nil
}

// Counts says what a baseline did to one run.
type Counts struct {
	Suppressed int `json:"suppressed"` // findings it accepted
	Stale      int `json:"stale"`      // entries for this target that matched no finding
}

// Filter splits the findings of a checked article into those b does not
// accept and those it does. Each entry accepts one finding, so a finding
// that now occurs once more than when the baseline was written is
// reported.
func (b *Baseline) Filter(a *align.Alignment, fs []checks.Finding) (kept, accepted []checks.Finding, c Counts) {
	path := clean(a.Target.Path)
	left := map[string]int{}
	for _, e := range b.Entries {
		if e.Path == path {
			left[e.Fingerprint]++
		}
	}
	for _, f := range fs {
		if fp := checks.Fingerprint(a, f); left[fp] > 0 {
			left[fp]--
			c.Suppressed++
			accepted = append(accepted, f)
			continue
		}
		kept = append(kept, f)
	}
	for _, n := range left {
		c.Stale += n
	}
	return kept, accepted, c
}

// clean spells a path the same way whether the run named it ./a.txt or
// a.txt.
func clean(p string) string { return filepath.ToSlash(filepath.Clean(p)) }
