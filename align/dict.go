package align

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// Dict is a bilingual word list: words of one language and their
// translations in another, folded like document tokens. Only one-word
// entries and translations are kept: the aligner matches words.
type Dict struct {
	fwd, rev map[string][]string
}

// Len returns the number of word pairs.
func (d *Dict) Len() int {
	n := 0
	for _, ts := range d.fwd {
		n += len(ts)
	}
	return n
}

// dictStrength is the weight of a dictionary match: a translation is good
// evidence, but dictionaries list many senses.
const dictStrength = 0.8

func newDict() *Dict { return &Dict{fwd: map[string][]string{}, rev: map[string][]string{}} }

func (d *Dict) add(fo *folder, a, b string) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" || strings.ContainsFunc(a, unicode.IsSpace) || strings.ContainsFunc(b, unicode.IsSpace) {
		return
	}
	a, b = fo.fold(a), fo.fold(b)
	if a == b {
		return // identity matches already
	}
	d.fwd[a] = append(d.fwd[a], b)
	d.rev[b] = append(d.rev[b], a)
}

// LoadDict reads a dictionary: a dictd index (path ending in .index, with
// the .dict.dz or .dict next to it, as FreeDict installs them) or a plain
// TSV file of word<TAB>translation lines (# starts a comment).
func LoadDict(path string) (*Dict, error) {
	if strings.HasSuffix(path, ".index") {
		return loadDictd(strings.TrimSuffix(path, ".index"))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, fo := newDict(), newFolder()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		a, b, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want word<TAB>translation", path, line)
		}
		b, _, _ = strings.Cut(b, "\t")
		d.add(fo, a, b)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return d, nil
}

// loadDictd reads base.index and base.dict.dz (or base.dict). The index
// lists headword, offset and length, the last two in dictd's base 64; an
// entry is its headword line followed by translations, numbered or not,
// separated by commas or semicolons.
func loadDictd(base string) (*Dict, error) {
	idx, err := os.ReadFile(base + ".index")
	if err != nil {
		return nil, err
	}
	var body []byte
	if f, err := os.Open(base + ".dict.dz"); err == nil {
		defer f.Close()
		// dictzip is gzip with an index of chunks in the header.
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s.dict.dz: %v", base, err)
		}
		if body, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s.dict.dz: %v", base, err)
		}
	} else if body, err = os.ReadFile(base + ".dict"); err != nil {
		return nil, fmt.Errorf("%s: no .dict.dz or .dict next to the index", base)
	}
	d, fo := newDict(), newFolder()
	for _, line := range bytes.Split(idx, []byte("\n")) {
		parts := strings.Split(string(line), "\t")
		if len(parts) < 3 || strings.HasPrefix(parts[0], "00-database") || strings.HasPrefix(parts[0], "00database") {
			continue
		}
		off, ok1 := b64(parts[1])
		n, ok2 := b64(parts[2])
		if !ok1 || !ok2 || off < 0 || n < 0 || off+n > len(body) {
			continue
		}
		head := parts[0]
		entry := string(body[off : off+n])
		// The first line repeats the headword (with pronunciation).
		_, rest, _ := strings.Cut(entry, "\n")
		for _, l := range strings.Split(rest, "\n") {
			l = strings.TrimSpace(l)
			// "1. Haus; Gebäude" or "Haus, Gebäude"; skip notes and examples.
			if i := strings.Index(l, ". "); i > 0 && i <= 3 && strings.Trim(l[:i], "0123456789") == "" {
				l = l[i+2:]
			}
			if l == "" || strings.ContainsAny(l, "\"“:=") {
				continue
			}
			for _, t := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
				d.add(fo, head, t)
			}
		}
	}
	return d, nil
}

// b64 decodes dictd's base-64 numbers.
func b64(s string) (int, bool) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	n := 0
	for _, r := range s {
		k := strings.IndexRune(digits, r)
		if k < 0 {
			return 0, false
		}
		n = n*64 + k
	}
	return n, s != ""
}

// dictdDir is where Debian's dict-freedict-* packages install dictionaries.
var dictdDir = "/usr/share/dictd"

// InstalledDicts returns the FreeDict dictionaries installed for the two
// languages, in either direction (freedict-deu-eng, freedict-eng-deu).
// Unreadable ones are skipped: a dictionary only helps.
func InstalledDicts(a, b language.Tag) []*Dict {
	a3, b3 := iso3(a), iso3(b)
	if a3 == "" || b3 == "" || a3 == b3 {
		return nil
	}
	var out []*Dict
	for _, pair := range [][2]string{{a3, b3}, {b3, a3}} {
		p := filepath.Join(dictdDir, "freedict-"+pair[0]+"-"+pair[1]+".index")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		if d, err := LoadDict(p); err == nil {
			out = append(out, d)
		}
	}
	return out
}

func iso3(t language.Tag) string {
	base, conf := t.Base()
	if conf == language.No {
		return ""
	}
	return base.ISO3()
}

// dictMatches adds the dictionary's word pairs between target and source
// types, in both directions.
func dictMatches(t, s *docFeat, dicts []*Dict, add func(ti, si int32, m float32)) {
	if len(dicts) == 0 {
		return
	}
	words := func(f *docFeat) map[string]int32 {
		m := map[string]int32{}
		for i, ty := range f.types {
			if isWordKind(ty.kind) {
				m[ty.key] = int32(i)
			}
		}
		return m
	}
	tw := words(t)
	for si, st := range s.types {
		if !isWordKind(st.kind) {
			continue
		}
		for _, d := range dicts {
			for _, m := range [2]map[string][]string{d.fwd, d.rev} {
				for _, tr := range m[st.key] {
					if ti, ok := tw[tr]; ok {
						add(ti, int32(si), dictStrength)
					}
				}
			}
		}
	}
}
