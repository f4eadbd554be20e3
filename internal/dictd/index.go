package dictd

import (
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
)

// Dictionary is a dictd dictionary: its index in memory, its body read on
// demand.
type Dictionary struct {
	// idx is the index text. When it is in byte order, lines holds the
	// start of each line, for a binary search; otherwise keys holds the
	// entries of each headword and lines is nil.
	idx   string
	lines []int32
	keys  map[string][]span
	body  *body
}

// span is an entry's place in the body.
type span struct{ off, n int }

// Open reads base.index and opens base.dict.dz, or base.dict when there is
// no compressed body.
func Open(base string) (*Dictionary, error) {
	idx, err := readString(base + ".index")
	if err != nil {
		return nil, err
	}
	b, err := openBody(base)
	if err != nil {
		return nil, err
	}
	return newDictionary(idx, b), nil
}

// readString reads a file into a string without a second copy: a FreeDict
// index runs to tens of megabytes.
func readString(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if fi, err := f.Stat(); err == nil {
		b.Grow(int(fi.Size()))
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}

// newDictionary indexes the lines of idx, and reads them into a map when
// they are not in byte order. Keys starting with 00 (00-database-info and
// the like) may stand anywhere.
func newDictionary(idx string, b *body) *Dictionary {
	d := &Dictionary{idx: idx, body: b}
	d.lines = make([]int32, 0, strings.Count(idx, "\n")+1)
	sorted := true
	prev := ""
	for pos := 0; pos < len(idx); {
		end := strings.IndexByte(idx[pos:], '\n')
		if end < 0 {
			end = len(idx)
		} else {
			end += pos
		}
		key, _, _ := strings.Cut(idx[pos:end], "\t")
		if !strings.HasPrefix(key, "00") {
			sorted = sorted && key >= prev
			prev = key
		}
		sorted = sorted && pos <= math.MaxInt32
		d.lines = append(d.lines, int32(pos))
		pos = end + 1
	}
	if !sorted {
		d.keys = make(map[string][]span, len(d.lines))
		for i := range d.lines {
			if key, sp, ok := d.line(i); ok {
				d.keys[key] = append(d.keys[key], sp)
			}
		}
		d.lines = nil
	}
	return d
}

// Sorted reports whether the index is in byte order, so that it is
// searched in place.
func (d *Dictionary) Sorted() bool { return d.keys == nil }

// line returns the headword and entry of index line i, and false for a
// line that is malformed, points outside the body, or describes the
// dictionary (00-database-info).
func (d *Dictionary) line(i int) (string, span, bool) {
	l := d.idx[d.lines[i]:]
	if j := strings.IndexByte(l, '\n'); j >= 0 {
		l = l[:j]
	}
	key, rest, ok1 := strings.Cut(l, "\t")
	o, n, ok2 := strings.Cut(rest, "\t")
	if !ok1 || !ok2 || key == "" || strings.HasPrefix(key, "00-database") || strings.HasPrefix(key, "00database") {
		return "", span{}, false
	}
	off, ok1 := b64(o)
	size, ok2 := b64(n)
	if !ok1 || !ok2 || size <= 0 || off+size > d.body.size {
		return "", span{}, false
	}
	return key, span{off, size}, true
}

// key returns the key of index line i, for the binary search.
func (d *Dictionary) key(i int) string {
	l := d.idx[d.lines[i]:]
	if j := strings.IndexAny(l, "\t\n"); j >= 0 {
		l = l[:j]
	}
	return l
}

// spans returns the entries of a headword, as the index spells it.
func (d *Dictionary) spans(head string) []span {
	if d.keys != nil {
		return d.keys[head]
	}
	i := sort.Search(len(d.lines), func(i int) bool { return d.key(i) >= head })
	var out []span
	for ; i < len(d.lines) && d.key(i) == head; i++ {
		if _, sp, ok := d.line(i); ok {
			out = append(out, sp)
		}
	}
	return out
}

// Entries returns the text of the entries listed under a headword, spelt
// exactly as in the index (FreeDict's are in lower case), each once.
// Entries that cannot be read are left out.
func (d *Dictionary) Entries(head string) []string {
	var out []string
	seen := map[int]bool{}
	for _, sp := range d.spans(head) {
		if seen[sp.off] {
			continue
		}
		seen[sp.off] = true
		if e, err := d.body.slice(sp.off, sp.n); err == nil {
			out = append(out, e)
		}
	}
	return out
}

// Headwords returns the headwords of the index, each once: in index order
// for a sorted index, in byte order otherwise.
func (d *Dictionary) Headwords() []string {
	var ks []string
	if d.keys != nil {
		for k := range d.keys {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	for i := range d.lines {
		if k, _, ok := d.line(i); ok && (len(ks) == 0 || ks[len(ks)-1] != k) {
			ks = append(ks, k)
		}
	}
	return ks
}

// b64 decodes dictd's base-64 numbers (A is 0, / is 63), of at most nine
// digits so that they fit an int.
func b64(s string) (int, bool) {
	n := 0
	for _, c := range s {
		var k int
		switch {
		case 'A' <= c && c <= 'Z':
			k = int(c - 'A')
		case 'a' <= c && c <= 'z':
			k = int(c-'a') + 26
		case '0' <= c && c <= '9':
			k = int(c-'0') + 52
		case c == '+':
			k = 62
		case c == '/':
			k = 63
		default:
			return 0, false
		}
		n = n*64 + k
	}
	return n, len(s) > 0 && len(s) < 10
}
